/**
 * Contact-center cues that are cheap to catch: a CVV or expiry date said next to card words, and
 * digit sequences spoken as words ("four one one one ..."), which voice transcripts produce.
 * Spoken digits are classified by the same validators as written ones; an unvalidated run stays.
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { followsAccountCue, type AccountNumberRules } from './accountNumber';
import { allMatches } from './allMatches';
import { isCallersNumber, isPhoneLayout, PHONE_CUE } from './phone';
import { startsWithCallersCountryCode } from './phoneCountries';
import { isCardNumber } from './card';
import { detectEnglishPairs } from './englishPairs';
import { detectFrenchPairs } from './frenchPairs';
import { detectGermanPairs } from './germanPairs';
import { detectSpanishGroups } from './spanishPairs';
import { hasCueNear, isReferenceNumber, questionMarkIn } from './context';
import { ENGLISH_HESITATIONS, OTHER_HESITATIONS } from './hesitations';
import { isValidSsn } from './ssn';
import {
  findPhoneNumbersInText,
  isPossiblePhoneNumber,
  isValidPhoneNumber,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/max';
import { followsBirthFieldCue, isDateDigits, isShortDateDigits, MONTHS, SPEAKER } from './birthDate';
import { LETTER } from './letters';
import { saidDddBefore } from './brazilianAreaCode';
import { DIGIT_WORDS, ENGLISH_UNITS, PORTUGUESE_DIGITS, REPEAT_WORDS, SPOKEN_DIGIT_ALTERNATION } from './spokenDigits';
import type { PiiSpan } from './types';

/** Words that name the card's security code on their own, in EN/ES/FR/DE/PT/IT. */
const CVV_CUES =
  'cvv2?|cvc2?|cvn|cid|csc|security (?:code|number)|card verification (?:code|value|number)|verification (?:code|value|number)' +
  '|(?:last )?(?:three|four|3|4)(?:[- ]digits?)?(?: (?:security )?(?:code|number))? on the (?:back|front)|(?:code|number) on the (?:back|front)' +
  '|(?:three|four|3|4)[- ]digit (?:security )?(?:code|number)' +
  '|código de (?:seguridad|verificación|segurança|verificação)|cryptogramme(?: visuel)?|code de (?:sécurité|vérification)' +
  '|(?:karten)?prüf(?:nummer|ziffer|code)|sicherheits(?:code|nummer)|codice di (?:sicurezza|verifica)';
/** "code" alone names the security code only with a card (a card word or a card number) close by. */
const SPOKEN_DIGIT = `(?:${grouped(`zero|oh|${ENGLISH_UNITS}`, true)})`;
/** Three or four digits said as words after a named cue ("cvv two one four"), and no more. */
const SPOKEN_CODE = `${SPOKEN_DIGIT}(?:[\\s,-]+${SPOKEN_DIGIT}){2,3}(?![\\s,-]+${SPOKEN_DIGIT}\\b)`;
const CVV = new RegExp(
  `\\b(?:(${grouped(CVV_CUES, true)})|code)\\b[^\\d]{0,40}?(?:(?<!\\d)(\\d{3,4}|\\d \\d \\d(?: \\d)?)(?![\\d/.-]\\d|\\d|\\s\\d)|\\b(${SPOKEN_CODE})\\b)`,
  'dgi',
);
const SPOKEN_MONTH = `(?:(?:oh|zero)[\\s-]+(?:${ENGLISH_UNITS})|ten|eleven|twelve|${ENGLISH_UNITS})`;
/** "twenty-eight", "twenty twenty-eight", or digit by digit: "two seven", "three oh" (2024 to 2035). */
export const SPOKEN_YEAR = `(?:(?:twenty[\\s-])?(?:twenty|thirty)(?:[\\s-](?:${ENGLISH_UNITS}))?|two[\\s-](?:four|five|six|seven|eight|nine)|three[\\s-](?:oh|zero|one|two|three|four|five))`;
/**
 * The expiry itself: 09/28, 9-2028, March 2028, "mars 2028", "oh six twenty eight", and a year's end ("the end of 2027",
 * "fin 2028", "Ende 2029").
 */
/** Between a spoken month and year: a pause, or the slash said aloud ("oh nine slash twenty-six"). */
const SPOKEN_SLASH = '(?:\\s*(?:/|slash|barra|sur)\\s*|[\\s,]+)';
/**
 * A month and year read out in Spanish, Portuguese, French or German: "cero cinco veintisiete", "zéro huit vingt-neuf",
 * "null drei achtundzwanzig".
 */
const SPOKEN_MONTH_OTHER =
  '(?:cero|zero|zéro|null)[\\s-]+(?:uno|un|um|eins|dos|dois|deux|zwei|tres|três|trois|drei|cuatro|quatro|quatre|vier|cinco|cinq|fünf|seis|six|sechs|siete|sete|sept|sieben|ocho|oito|huit|acht|nueve|nove|neuf|neun)|diez|dez|dix|zehn|once|onze|elf|doce|doze|douze|zwölf';
const SPOKEN_YEAR_OTHER =
  '(?:dos mil )?veinti(?:cuatro|cinco|séis|seis|siete|ocho|nueve)|(?:dois mil e )?vinte e (?:quatro|cinco|seis|sete|oito|nove)|(?:deux mille )?vingt-(?:quatre|cinq|six|sept|huit|neuf)|(?:zweitausend)?(?:vier|fünf|sechs|sieben|acht|neun)undzwanzig|(?:dos mil )?treinta|(?:dois mil e )?trinta|(?:deux mille )?trente|(?:zweitausend)?dreißig';
/** Between a month and a year read out in those languages, also "del"/"de"/"do": "cero cinco del veintiocho". */
const SPOKEN_OF_OTHER = `(?:\\s+(?:del|de|do)\\s+|${SPOKEN_SLASH})`;
const EXPIRY_VALUE = `(?:${SPOKEN_MONTH_OTHER})${SPOKEN_OF_OTHER}(?:${SPOKEN_YEAR_OTHER})(?![${LETTER}])|(?:0?[1-9]|1[0-2])(?:\\s?[/.-]\\s?|\\s+(?:slash|barra)\\s+)(?:20\\d{2}|\\d{2})|20\\d{2}[/-](?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])[23]\\d|(?:0?[1-9]|1[0-2])\\s+(?:of|de|del)\\s+20\\d{2}|(?:end(?: of)?|fin(?: de)?|ende|fim de|fine)\\s+20\\d{2}|(?:${MONTHS})(?:\\s+(?:of|de|del|do))?,?\\s+(?:20\\d{2}|'\\d{2}|${SPOKEN_YEAR}(?![\\s-]*\\d)|(?:${SPOKEN_YEAR_OTHER})(?![${LETTER}]))|${SPOKEN_MONTH}${SPOKEN_SLASH}${SPOKEN_YEAR}`;
/**
 * Nouns that name a card's expiry ("expiry", "valid thru", "valid from 01/22 to", "caduca", "gültig bis"), group 1, and the verbs with the card
 * as their subject ("the card expires jan 28": a card has no expiry day); the verbs "expires", "expiring", "runs out",
 * "end date" alone name any deadline and need a card close by.
 */
const EXPIRY_CUES =
  'card (?:expires|expiring|expired|runs out)|exp(?:iry|iration)?(?: date)?|exp\\.|valid[ -](?:thru|through|until|till|to)|valid from \\d{1,2}/\\d{2,4} (?:to|until|till|-)|good[ -](?:thru|through|until|till)|caduca(?: en| el)?|caducidad|vence(?: en| el)?|vencimiento|fecha de (?:caducidad|vencimiento|expiración)' +
  "|date d[’']expiration|expire (?:fin|en|le)|valable jusqu[’'](?:à|au|en)|gültig bis|ablaufdatum|läuft (?:im )?(?:\\w+ )?ab|validade|válido até|vencimento|scadenza|data di scadenza|valid[ao] fino a";
/**
 * After a cue that names the expiry, a month and two digits are its year ("expiry July 26", "april of 27", "caduca en
 * diciembre del 27"), not a day; so are two
 * digits of a month (or one) and two of a year read out with a space ("expiry 08 27", "expiration? 3 27").
 */
const NAMED_EXPIRY_MONTH_YEAR = `(?:${MONTHS})(?:\\s+(?:of|de|del|do))?,?\\s+\\d{2}(?![\\d/.:]|\\s*(?:st|nd|rd|th)\\b)|(?:0?[1-9]|1[0-2])\\s(?:20)?(?:2[4-9]|3\\d)(?![\\d/:]|\\.\\d|\\s+(?:days?|weeks?|months?|years?|hours?|minutes?|inch|inches|items?|times|euros?|pounds?|dollars?|percent)\\b)`;
/** Or the cue asked and the answer a turn later: "the expiry date on the card? Customer: it's 11 27". */
const NAMED_EXPIRY = new RegExp(
  `\\b(${grouped(EXPIRY_CUES, true)})(?![${LETTER}])(?:[^\\d]{0,20}?|[^\\d?]{0,40}\\?\\s*(?:(?:${SPEAKER})\\s*:\\s*)?(?:(?:it['’]s|it is|um|uh|er|so|yeah|yes|sure|that['’]s)[\\s,]+)*)(?<![${LETTER}\\d])(${NAMED_EXPIRY_MONTH_YEAR})(?![${LETTER}])`,
  'dgi',
);
/**
 * An expiry after its cue, a few words between; or asked ("expiry date please. Customer: hold on let me flip it over...
 * 07/2030"), when the answer after the speaker's label may take a few more words.
 */
const EXPIRY = new RegExp(
  `\\b(?:(${grouped(EXPIRY_CUES, true)})|expires?|expiring|expired|expira|scade|vale (?:até|hasta)|use by|runs? out|ran out|end date|läuft (?:im|am|zum|bis))(?![${LETTER}])(?:[^\\d]{0,40}?|[^\\d?.]{0,30}?(?:\\?|\\bplease\\b[?.]?)\\s*(?:${SPEAKER})\\s*:[^\\d]{0,40}?)(?<![${LETTER}\\d])(${EXPIRY_VALUE})(?![\\d${LETTER}])`,
  'dgi',
);
const CARD_WORDS =
  /\b(?:card|visa|mastercard|master card|amex|american express|discover|credit|debit|cvv|cvc|security code|tarjeta|carte|karte|cart[aã]o|carta|kreditkarte|valid from)\b|\d{4}[ -]?\d{4,6}[ -]?\d{4,5}/i;
/**
 * Another label between the cue and the digits claims them ("security code ... lock code: 4471"), and so does another
 * paper or screen than the card ("a 3 digit number on the receipt, 118").
 */
const OTHER_LABEL =
  /\b(?:lock|door|gate|alarm|pin|zip|postcode|postal|order|room|ext|extension|promo|gift|access|entry|otp|one-time|sms|area|country|discount|coupon|voucher|reference|ref|booking|confirmation|tracking|product|model|serial|item|sku|part|batch|lot|receipt|invoice|ticket|letter|bill|statement|router|parcel|package|screen)\b/i;
/** A deadline of something other than a card: "the offer expires 08/27", "passport expiry 03/30", "milk expiry ...". */
const NOT_A_CARD_WORDS =
  'offer|promo|promotion|coupon|voucher|deal|discount|trial|subscription|warranty|guarantee|passport|licen[cs]e|permit|contract|quote|link|password|token|session|lease|insurance|policy|membership|milk|food|carton|product|medicine|medication|prescription|drug|batch|lot|bottle|package|vaccine|battery|filter|promozione|offerta|abbonamento|contratto|garanzia|passaporto|patente|polizza' +
  '|angebot|vertrag|abo|abonnement|gutschein|reisepass|ausweis|oferta|contrato|suscripción|garantía|pasaporte|offre|contrat|passeport|promoção|assinatura|garantia|passaporte';
export const NOT_A_CARD_BEFORE = new RegExp(`\\b(?:${NOT_A_CARD_WORDS})\\b[^.?!]{0,30}$`, 'i');
const NOT_A_CARD_WORD = new RegExp(`\\b(?:${NOT_A_CARD_WORDS})\\b`, 'i');
const NOT_A_CARD_AFTER = new RegExp(`^[^.?!]{0,30}?\\b(?:${NOT_A_CARD_WORDS})\\b`, 'i');
/** "It expires March 2027", "mine runs out 09/28": the card talked about is the subject. */
/** "Your trial ends soon. It expires March 2026": what "it" is may be named a sentence earlier. */
const NOT_A_CARD_EARLIER = new RegExp(
  `\\b(?:${NOT_A_CARD_WORDS}|ticket|event|booking|reservation|registration|certificate|domain|visa application)\\b`,
  'i',
);
const PRONOUN_SUBJECT = /(?<![\p{L}])(?:it|mine)\s+$/iu;
const BARE_CODE_GAP = /^[\s:#=-]*(?:(?:is|was|would be|es|est|ist|é)\s*)?[\s:#=-]*$/i;
const SSN_CUE = /\b(?:ssn|social security|social)\b/i;

/**
 * "nove um dois", "um dois três": "um" is the Portuguese one after a Portuguese digit word or before one (past a pause);
 * after an English one or before one it is a hesitation ("four one five, um, five five five").
 */
const PORTUGUESE_NEXT = /^[\s,.-]*([\p{L}]+)/u;
/** `before` and `after` are the words beside "um" (lower case); `after` is read only when `before` decides nothing. */
function isPortugueseOne(before: string | undefined, after: () => string | undefined): boolean {
  return PORTUGUESE_DIGITS.has(before ?? '') || PORTUGUESE_DIGITS.has(after() ?? '');
}
/** The word after `end` in `text`, past white space and light punctuation, in lower case. */
const nextWord = (text: string, end: number): string | undefined =>
  PORTUGUESE_NEXT.exec(text.slice(end, end + 16))?.[1].toLowerCase();

/** Written digits are the written detectors' job: a run is made of spelled-out digits only. */
const WORD = new RegExp(`[${LETTER}]+|\\d+`, 'g');
const MIN_SPOKEN_DIGITS = 7;

/**
 * What every match of CVV holds (case ignored as the pattern ignores it): a word of each of its cues ("security number",
 * "on the back", "prüf"...) or "code". The pre-pass's card cue is any of its words ("date", "back", "security"), so
 * most turns that reach detectCardCues hold none of these, and one native test spares the pattern's scan.
 */
export const CVV_WORD =
  /cvv|cvc|cvn|cid|csc|code|security number|verification value|verification number|on the back|on the front|digit number|código|cryptogramme|prüf|sicherheits|codice/i;
/** The same for EXPIRY and NAMED_EXPIRY (whose cues are EXPIRY's first ones). */
export const EXPIRY_WORD =
  /exp|valid|válid|vale |good|caduc|venc|valable|gültig|ablauf|läuft|scad|use by|run|ran out|end date/i;
export { CVV_CUES, EXPIRY_CUES };

export function detectCardCues(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const cvv = CVV_WORD.test(text);
  const expiry = EXPIRY_WORD.test(text);
  for (const [pattern, type, mayMatch] of [
    [CVV, 'CVV', cvv],
    [EXPIRY, 'CARD_EXPIRY', expiry],
    [NAMED_EXPIRY, 'CARD_EXPIRY', expiry],
  ] as const) {
    if (!mayMatch) continue;
    for (const m of allMatches(pattern, text)) {
      const spoken = m[3] !== undefined; // a CVV said as words
      const [start, end] = m.indices![spoken ? 3 : 2];
      if (spoken && m[1] === undefined) continue; // only a named cue takes digits said as words
      // "lock code: 4471": the label before a bare "code" claims it too.
      if (OTHER_LABEL.test(text.slice(Math.max(0, m.index - 12), start))) continue;
      // A cue that names the card's code or expiry on its own; "it expires", said of the card being read out, too.
      const named =
        m[1] !== undefined ||
        (type === 'CARD_EXPIRY' &&
          PRONOUN_SUBJECT.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
          !NOT_A_CARD_EARLIER.test(text.slice(Math.max(0, m.index - 120), m.index)));
      const cardNear = hasCueNear(text, start, end, CARD_WORDS, 100);
      if (!named && !cardNear) continue;
      // A bare "code" labels the digits right after it ("code 318", "the code is 318"), not "code on the screen says 403".
      if (!named && type === 'CVV' && !BARE_CODE_GAP.test(text.slice(m.index + 4, start))) continue;
      // "the expiry date of your passport? Customer: May 27": the question names what expires.
      if (
        type === 'CARD_EXPIRY' &&
        questionMarkIn(text, m.index, start) &&
        NOT_A_CARD_WORD.test(text.slice(m.index, start))
      )
        continue;
      if (
        type === 'CARD_EXPIRY' &&
        (NOT_A_CARD_BEFORE.test(text.slice(Math.max(0, m.index - 40), start)) ||
          (!cardNear && NOT_A_CARD_AFTER.test(text.slice(end, end + 40))))
      )
        continue;
      const value = text.slice(start, end).toLowerCase();
      const canonical = spoken
        ? value
            .split(/[\s,-]+/)
            .map((w) => DIGIT_WORDS[w])
            .join('')
        : value.replace(/\s/g, '');
      spans.push({ type, start, end, canonical });
    }
  }
  return spans;
}

/**
 * The card's expiry asked and answered with its month, alone or with a two-digit year: "what month does the card
 * expire? Customer: Dec is fine", "and the expiry date on the card? Customer: Dec 28". The question names the expiry
 * (a noun) or asks for the month it expires; another thing's deadline ("when does the trial expire?") stays.
 */
const EXPIRY_ASKED = new RegExp(
  `\\b(?:(${grouped(EXPIRY_CUES, true)})|(?:what|which) month (?:does|will|did) (?:it|the card|your card|that card) expire|expires?|expiring)(?![${LETTER}])[^\\d?.!]{0,40}\\?\\s*(?:(?:${SPEAKER})\\s*:\\s*)?(?:(?:it['’]s|it is|um|uh|er|erm|so|yeah|yes|that['’]s|oh)[\\s,]+)*((?:${MONTHS})(?:(?:\\s+of|\\s+and)?,?\\s+(?:'?\\d{2}|20\\d{2}|${SPOKEN_YEAR}))?)(?=\\s*(?:$|[,.!?;])|\\s+(?:is|was|works|should|please|then|and|or|it|(?:I|i) (?:think|believe))(?![${LETTER}]))`,
  'dgi',
);
const MONTH_OR_CARD = /month|card/i;
/** The answers to an expiry question in `text` (the question may end the previous turn: `from` is where this one starts). */
export function detectExpiryAnswers(text: string, from = 0): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of allMatches(EXPIRY_ASKED, text)) {
    const [start, end] = m.indices![2];
    if (start < from) continue;
    const asked = text.lastIndexOf('?', start);
    const question = text.slice(Math.max(0, m.index - 40), asked);
    // "expires?" alone names any deadline: the card is named or the month is what is asked.
    if (m[1] === undefined && !MONTH_OR_CARD.test(question)) continue;
    if (NOT_A_CARD_BEFORE.test(question)) continue;
    spans.push({ type: 'CARD_EXPIRY', start, end, canonical: text.slice(start, end).toLowerCase() });
  }
  return spans;
}

/**
 * Seven spoken digits take at least five words ("triple one triple two one"): rarer than "one moment". Every digit
 * word starts and ends with an ASCII letter ("zéro", "três", "fünf"), so a word boundary bounds them.
 */
const SPOKEN_WORD = `\\b(?:${grouped(`${SPOKEN_DIGIT_ALTERNATION}|oh|o|um|hundred`, true)})\\b[\\s,.-]*`;
/**
 * The same as `(?:word){5}`, its first word written out: irregexp then looks for where a first word can start before
 * it tries a run there, and the test costs a third to a half of what the quantified group alone cost on a turn with
 * no run (the bench's "after five" and "one moment" turns with their context: 1.2-3.3 us -> 0.4-1.3).
 */
const SPOKEN_RUN = new RegExp(`${SPOKEN_WORD}(?:${SPOKEN_WORD}){4}`, 'i');

/** A digit word beside a written digit group ("415 five five five", "four one five 555"): a number said both ways. */
const DIGIT_WORD = grouped(SPOKEN_DIGIT_ALTERNATION, true);
const MIXED_DIGITS = new RegExp(`\\d[\\s,-]+(?:${DIGIT_WORD})\\b|\\b(?:${DIGIT_WORD})[\\s,-]+\\d`, 'i');
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/**
 * What may stand between two digits of one spoken number: pauses, and hesitations ("four one five, um, five five
 * five", "null eins sechs null, äh, vier ...", "zéro six, euh, ..."). A hesitation stays inside the span when digits follow it.
 */
const HESITATIONS = `${ENGLISH_HESITATIONS}|${OTHER_HESITATIONS}|ah|ehm|öhm|hmm`;
const BETWEEN_SPOKEN_DIGITS = new RegExp(`^[\\s,.-]*(?:(?:${HESITATIONS})[\\s,.-]+)*$`, 'i');
const HESITATION = new RegExp(`^(?:${HESITATIONS})$`);

export function detectSpokenDigits(text: string, region = 'US', accountNumbers?: AccountNumberRules): PiiSpan[] {
  // "zéro six, douze, trente-quatre, ...": a French number said in pairs.
  const spans: PiiSpan[] = detectFrenchPairs(text);
  // "seis cero cero, doce, treinta y cuatro, cincuenta y seis": a Spanish number said in three digits and pairs.
  spans.push(...detectSpanishGroups(text));
  // "null eins fünf eins, zwölf, vierunddreißig, ...": a German number with pairs.
  spans.push(...detectGermanPairs(text));
  // "plus thirty three six twelve thirty four ...": an international number with digits said in pairs, in English.
  spans.push(...detectEnglishPairs(text));
  const mixed = MIXED_DIGITS.test(text);
  if (!mixed && !SPOKEN_RUN.test(text)) return spans; // most turns: no walk over every word
  let run: { start: number; end: number; digits: string; spoken: boolean } | undefined;
  let repeat = 1; // "double five" = "55", "triple oh" = "000"
  let lastWord = '';
  const flush = (): void => {
    const account =
      run && run.spoken ? spokenAccountNumber(text, run.start, run.end, run.digits, accountNumbers) : undefined;
    if (account) spans.push(account);
    else if (run && run.spoken && run.digits.length < MIN_SPOKEN_DIGITS) {
      const date = shortSpokenBirthDate(text, run.start, run.end, run.digits);
      if (date) spans.push(date);
    } else if (run && run.spoken) {
      const plus = internationalPlus(text, run.start, run.digits);
      const type = plus < 0 ? classifySpoken(text, run.start, run.end, run.digits, region, accountNumbers) : 'PHONE';
      if (type)
        spans.push({
          type,
          start: plus < 0 ? run.start : plus,
          end: run.end,
          canonical: plus < 0 ? run.digits : `+${run.digits}`,
        });
    }
    run = undefined;
    repeat = 1;
  };
  for (const m of allMatches(WORD, text)) {
    const word = m[0].toLowerCase();
    const end = m.index + m[0].length;
    const digit =
      DIGIT_WORDS[word] ?? (word === 'um' && isPortugueseOne(lastWord, () => nextWord(text, end)) ? '1' : undefined);
    const joined = run !== undefined && BETWEEN_SPOKEN_DIGITS.test(text.slice(run.end, m.index));
    if (!joined) flush();
    if (REPEAT_WORDS[word] !== undefined) {
      run ??= { start: m.index, end, digits: '', spoken: true };
      run.end = end;
      repeat = REPEAT_WORDS[word];
    } else if (word === 'hundred' && run?.spoken && repeat === 1 && DIGIT_WORDS[lastWord] !== undefined) {
      // "oh seven seven hundred, nine hundred, ...": a digit and "hundred" said for the digit and two zeros.
      run.end = end;
      run.digits += '00';
    } else if (digit !== undefined && (run || word !== 'o')) {
      run ??= { start: m.index, end, digits: '', spoken: true };
      run.end = end;
      run.spoken = true;
      run.digits += digit.repeat(repeat);
      repeat = 1;
    } else if (mixed && repeat === 1 && m[0].length <= 4 && isDigitCode(m[0].charCodeAt(0))) {
      // "415 five five five 0132": written groups inside a number said in words (a run of written digits alone is the
      // written detectors').
      run ??= { start: m.index, end, digits: '', spoken: false };
      run.end = end;
      run.digits += m[0];
    } else if (!(run && HESITATION.test(word))) flush(); // a hesitation waits for the next word
    lastWord = word;
  }
  flush();
  return spans;
}

/**
 * Letters read out before the digits of a reference, each maybe with its spelling word ("a as in alpha", "b for
 * bravo") or a said dash: "policy number is a as in alpha four four seven ...", "member id is c k seven seven ...".
 */
const LETTERS_BEFORE = /(?<![\p{L}'’])(?:[a-z](?:\s+(?:as in|for|like)\s+[a-z]+)?[\s,]+(?:dash[\s,]+)?){1,4}$/iu;

/**
 * A number said after an account cue that the other readings leave: shorter than a phone (five or six digits, "policy
 * number is four four seven nine two one"), or after letters read out, which the span takes in. Digits said with no
 * cue, or after another number's ("order number is four four seven one two"), stay with the other readings.
 */
function spokenAccountNumber(
  text: string,
  start: number,
  end: number,
  digits: string,
  accountNumbers: AccountNumberRules | undefined,
): PiiSpan | undefined {
  if (digits.length < 4) return undefined;
  const letters = LETTERS_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  const from = letters ? start - letters[0].length : start;
  if (!letters && (digits.length < 5 || digits.length >= MIN_SPOKEN_DIGITS)) return undefined;
  if (!followsAccountCue(text, from, accountNumbers)) return undefined;
  return { type: 'ACCOUNT_NUMBER', start: from, end, canonical: text.slice(from, end).toLowerCase() };
}

/**
 * A birth date read out digit by digit in six digits, day, month and year ("date of birth is one four oh three eight
 * six"), after a field cue (a run too short for any other number; four digits and a year in words: birthDate.ts).
 */
function shortSpokenBirthDate(text: string, start: number, end: number, digits: string): PiiSpan | undefined {
  if (digits.length !== 6 || !isShortDateDigits(digits) || !followsBirthFieldCue(text, start)) return undefined;
  return { type: 'DATE_OF_BIRTH', start, end, canonical: digits };
}

const UK_MOBILE = /^07[1-57-9]/;
const AU_MOBILE = /^04/;
const UK_GEOGRAPHIC = /^0[12]/;

/** "plus four four, seven nine one one, ...": the "+" of a country code said aloud (EN/FR/DE "plus", ES "más", PT "mais"). */
const PLUS_BEFORE = /(?<![\p{L}])(?:plus|más|mais)[\s,]*$/iu;
/** Where the said "+" before a spoken run starts, when the run is a valid international number with it; else -1. */
function internationalPlus(text: string, start: number, digits: string): number {
  const from = Math.max(0, start - 8);
  const m = PLUS_BEFORE.exec(text.slice(from, start));
  // Possible for its country, not necessarily valid: "plus four four seven seven double oh nine ..." is in a range kept
  // for fiction and tests, still a number to a reader (as without the "plus", below); ten digits at least.
  return m && (isValidPhoneNumber(`+${digits}`) || (digits.length >= 10 && isPossiblePhoneNumber(`+${digits}`)))
    ? from + m.index
    : -1;
}

/** Digits said in the SSN's groups, with a pause between them: "five two three, four one, eight eight zero six". */
function isSsnGrouped(spoken: string): boolean {
  const sizes = spoken.split(PAUSE).map((group) => {
    let size = 0;
    for (const word of group.toLowerCase().split(/\s+/)) {
      if (REPEAT_WORDS[word] !== undefined) size += REPEAT_WORDS[word] - 1;
      else if (DIGIT_WORDS[word] !== undefined) size += 1;
    }
    return size;
  });
  return sizes.join(' ') === '3 2 4';
}
const PAUSE = /\s*[,.;–-]\s*/;
/** No phone has more digits (E.164): a longer run said in words is read for no layout. */
const MAX_PHONE_DIGITS = 15;
/** The words of a number said in parts, across the pauses. */
const wordsOf = (parts: string[]): string[] => parts.flatMap((part) => part.split(/\s+/).filter((word) => word !== ''));
/**
 * The digit groups of a number said in words with pauses between them, joined by spaces ("oh two oh, seven nine four
 * six" is "020 7946"), or undefined when it was said in one breath or holds a word of another kind ("hundred").
 */
function spokenLayout(spoken: string): string | undefined {
  const groups: string[] = [];
  const parts = spoken.toLowerCase().split(PAUSE);
  let every: string[] | undefined; // every word, across pauses: built at the first "um" only
  let k = 0; // `every[k]`: the word after the one being read
  for (const part of parts) {
    let digits = '';
    let repeat = 1;
    for (const word of part.split(/\s+/)) {
      if (word !== '') k++;
      // "nove um dois": the Portuguese one, as the detector read it (isPortugueseOne).
      if (word === 'um' && isPortugueseOne((every ??= wordsOf(parts))[k - 2], () => every![k])) {
        digits += '1'.repeat(repeat);
        repeat = 1;
        continue;
      }
      if (word === '' || HESITATION.test(word)) continue;
      if (REPEAT_WORDS[word] !== undefined) repeat = REPEAT_WORDS[word];
      else if (/^\d+$/.test(word)) digits += word;
      else if (DIGIT_WORDS[word] !== undefined) {
        digits += DIGIT_WORDS[word].repeat(repeat);
        repeat = 1;
      } else return undefined;
    }
    if (digits !== '') groups.push(digits);
  }
  return groups.length > 1 ? groups.join(' ') : undefined;
}

function classifySpoken(
  text: string,
  start: number,
  end: number,
  digits: string,
  region: string,
  accountNumbers: AccountNumberRules | undefined,
): PiiSpan['type'] | undefined {
  // "account number is four four one nine ...": the cue names it before any validator guesses.
  if (followsAccountCue(text, start, accountNumbers)) return 'ACCOUNT_NUMBER';
  // "my DOB is zero three zero four one nine eight five": a date read out digit by digit after a birth field cue.
  if (isDateDigits(digits) && followsBirthFieldCue(text, start)) return 'DATE_OF_BIRTH';
  if (isReferenceNumber(text, start)) return undefined;
  // "protocolo número onze, nove oito sete ...": the label sits before the number's area code said as a number.
  const ddd = saidDddBefore(text, start);
  if (ddd >= 0 && isReferenceNumber(text, ddd)) return undefined;
  if (isCardNumber(digits)) return 'CREDIT_CARD';
  if (
    digits.length === 9 &&
    (hasCueNear(text, start, end, SSN_CUE, 60) || isSsnGrouped(text.slice(start, end))) &&
    isValidSsn(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5))
  ) {
    return 'SSN';
  }
  // "oh seven seven double oh nine ...": a caller's national number, next to a phone word.
  if (isCallersNumber(text, start, end, digits, region as CountryCode)) return 'PHONE';
  // "my number's double four seven seven ...": the country code said without "plus", next to a phone word; valid, or
  // possible for its country with a national number not from "0" (a range kept for fiction is still a number to a
  // reader, as with "plus"), outside North America (a said "one" first is too often part of something else).
  if (startsWithCallersCountryCode(digits) && hasCueNear(text, start, end, PHONE_CUE, 60)) {
    const international = parsePhoneNumberFromString(`+${digits}`);
    if (
      international &&
      (international.isValid() ||
        (international.countryCallingCode !== '1' &&
          !international.nationalNumber.startsWith('0') &&
          international.isPossible()))
    )
      return 'PHONE';
  }
  // "oh two oh, seven nine four six, oh three three two", "five five five, two three four, ...": said in the groups
  // the number is written in, read as the written number would be.
  const layout = digits.length <= MAX_PHONE_DIGITS ? spokenLayout(text.slice(start, end)) : undefined;
  if (
    layout !== undefined &&
    isPhoneLayout(layout, digits, region as CountryCode, hasCueNear(text, start, end, PHONE_CUE, 60))
  )
    return 'PHONE';
  // "oh seven nine eight one, two two three, four five six": a British mobile said in words needs no phone word
  // (eleven digits from "07", as no other number people read out is written).
  // Possible, not necessarily valid: "oh seven seven double oh, nine double oh ..." is in a range kept for fiction and
  // tests, still someone's number to a reader (as the written "07700 900461" is).
  if (digits.length === 11 && UK_MOBILE.test(digits) && isPossiblePhoneNumber(digits, 'GB')) return 'PHONE';
  // And a British landline ("oh one six one, four nine six, two two two eight": eleven digits from "01" or "02", a valid
  // area code and length), which a caller reads out as often as a mobile.
  if (digits.length === 11 && UK_GEOGRAPHIC.test(digits) && isValidPhoneNumber(digits, 'GB')) return 'PHONE';
  // So is an Australian mobile ("zero four one two, three four five, six seven eight": ten digits from "04").
  if (digits.length === 10 && AU_MOBILE.test(digits) && isPossiblePhoneNumber(digits, 'AU')) return 'PHONE';
  const phones = findPhoneNumbersInText(digits, region as CountryCode);
  if (
    phones.length === 1 &&
    phones[0].startsAt === 0 &&
    phones[0].endsAt === digits.length &&
    phones[0].number.isValid()
  )
    return 'PHONE';
  return undefined;
}
