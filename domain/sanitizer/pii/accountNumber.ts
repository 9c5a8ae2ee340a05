/**
 * Account, policy, member and customer numbers: a value of a known shape right after a cue. Contact centers
 * have their own formats, so cue words and number shapes come from the deployment (config/pii.json, see
 * AccountNumberRulesSchema); the defaults (accountNumberRules.ts) cover the common "letters, digits and dashes" forms.
 * A cue after the number, or asked second of two: accountCueAfter.ts.
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { isNotAPhoneAfter, NUMBER_WORD, questionMarkIn } from './context';
import { LETTER } from './letters';
import type { PiiSpan } from './types';
import { DEFAULT_ACCOUNT_NUMBER_RULES, type AccountNumberRules } from './accountNumberRules';

export { AccountNumberRulesSchema, DEFAULT_ACCOUNT_NUMBER_RULES, type AccountNumberRules } from './accountNumberRules';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The cue words as one alternation, for this detector and for the pre-pass; undefined when a cue holds a digit,
 * '+' or '(' (the pre-pass could not tell such a cue from a digit run, so it then assumes a cue is present).
 */
export function accountCueSource(rules: AccountNumberRules): string | undefined {
  if (rules.cues.some((c) => /[\d+(]/.test(c))) return undefined;
  return cueAlternation(rules);
}
export const cueAlternation = (rules: AccountNumberRules): string =>
  rules.cues.map((c) => abbreviated(escape(c).replace(/\s+/g, '\\s+'))).join('|');

/**
 * A cue's number word may be written short, as forms and e-mails do: "nº de cliente", "n.º de póliza", "n° de contrat",
 * "n. cliente", "cod. cliente", "Kunden-Nr.", "Mitglieds-Nr.", "polisnr". Read into every configured cue, so a
 * deployment lists each cue once, written out.
 */
const abbreviated = (cue: string): string => {
  for (const [word, short] of ABBREVIATIONS) if (word.test(cue)) return cue.replace(word, short);
  return cue;
};
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/^número(?=\\s)/, 'n(?:úmero|[º°]|\\.\\s?º|úm\\.)'],
  [/^numéro(?=\\s)/, 'n(?:uméro|[º°])'],
  [/^numero(?=\\s)/, 'n(?:umero|r?\\.)'],
  [/^codice(?=\\s)/, 'cod(?:ice|\\.)'],
  [/(?<=[a-zäöüß]{3})nummer$/, '(?:nummer|-?nr\\.?)'],
];

/**
 * The caller looking the number up in the other languages ("a ver, lo tengo aquí", "voyons", "mal sehen", "deixa ver",
 * "vediamo", "even kijken"), and "right", "ok", "which is" before it ("my member ID, which is ...").
 */
const LOOKING_IT_UP =
  "a ver|déjame ver|lo tengo aquí|aquí lo tengo|voyons|je regarde|je l['’]ai (?:ici|là|sous les yeux)|mal sehen|ich schaue? mal|ich hab(?:e)? (?:sie|ihn|es) hier|deixa(?:-me)? ver|deixe-me ver|tenho aqui|vediamo|ce l['’]ho qui|even kijken|momentje|ik heb (?:het|hem) hier|right|ok|okay|which is|that is|the one";
/**
 * A first try taken back for the whole number: "the one ending... no, the full one is 4402 8891" ("no" alone only
 * before such a correction, so "account no. 5" keeps its number word).
 */
const TAKEN_BACK = 'no(?=[,.]? (?:the|it|sorry))|(?:the )?(?:full|whole|complete|entire) (?:one|number)';
/**
 * Between the cue and the number: "is", "es el", "c'est", "ist", "é o", "it's", "lautet"..., and the caller looking it
 * up ("my policy number is, hold on, it's ...", "un momento", "attendez", "einen Moment", "um momento"), and what the
 * paper or card reads ("the member ID on the card says ...").
 */
const FILLER = `(?:corrente|corriente|courant|poupança|de ahorros|is|was|['’]s|:|#|-|=|,|uh|um|uhm|erm|er|hold on|hang on|one sec(?:ond)?|just a (?:sec|second|moment|minute)|let me (?:see|check|look|find it|find that|grab it)|bear with me|espere|un momento|attendez|un instant|moment mal|einen moment|um momento|un attimo|under(?= (?:reference|ref|number|no|#))|ending(?: in| with)?|ends in|ends with|last (?:four|4)(?: digits)?(?: are)?|es|est|ist|é|è|el|le|la|o|a|der|die|lautet|c[’']est|it[’']s|that[’']s|its|reference|ref|number|with (?:you|us)|says|reads|shows|it is|(?:right )?here|(?:it )?starts(?: with)?|(?:it )?begins(?: with)?|empieza (?:por|con)|commence par|beginnt mit|começa (?:com|por)|somewhere|\\.{2,3}|…|on (?:the|your|my|this) (?:letter|bill|statement|card|invoice|renewal|email|form|paperwork|screen|app|top|front|back)|${LOOKING_IT_UP}|${TAKEN_BACK})`;
/**
 * The cue asked as a question and the number in the answer, in one line: "can you confirm the policy number for
 * me? Customer: it's MTR-0099-4412", "what's the account number? Customer: right, got the letter here... 7731 0094 52".
 */
const QUESTION_THEN_ANSWER = `(?:[^?\\d\\n]{0,40}(?:\\?\\s*(?:[A-Z][a-z]+\\s*:\\s*)?|\\s(?:caller|customer|client)\\s*:\\s*)(?:(?:(?:oh,? )?(?:yes|yeah|yep)(?:,? I (?:do|have))?|I do|I have|I've got it(?: here)?|here it is|sure|ok|okay|no|sorry|the full(?: one)?|hang on|one sec(?:ond)?|just a (?:sec|second|moment|minute)|let me (?:see|check|look|find it|find that|grab it)|(?:I've |I have |I )?got (?:(?:the|my) [a-z]+|it|that)(?: here| in front of me)?|um+|uh+|erm|right|so)[,.…]*\\s*){0,4})`;

/**
 * A filler word ends the word: not glued to a digit or a dash and digits, where it starts the number ("ES-882173",
 * "A1B2C3D4" are not "es" or "a" then digits).
 */
const FILLER_END = `(?![${LETTER}]|-\\d|(?<=[${LETTER}])\\d)`;
/** A letter said with its spelling word before the digits: "M as in Mike, 7, 7, 4, 0, 2, 9", "P for Peter 448190". */
const SPELLED_LETTER = `(?:[A-Z] (?:as in|for|like|wie|como|comme) [A-Z][a-z]+,? )`;

/**
 * The cue's number word, maybe after the card that carries it: "loyalty card number", "member card no.", and the
 * number read back after it: "I have the account number as 31904476" ("the same account as 2019" stays: no number word).
 */
export const CARD_THEN_NUMBER = `(?:(?:\\s*card)?\\s*${NUMBER_WORD}(?:\\s+(?:down\\s+)?as(?![${LETTER}]))?)`;

const compiled = new WeakMap<AccountNumberRules, RegExp>();

/** One regular expression for the rules (compiled once per rules object). */
function patternFor(rules: AccountNumberRules): RegExp {
  let pattern = compiled.get(rules);
  if (!pattern) {
    const cues = cueAlternation(rules);
    const shapes = rules.shapes.map((s) => `(?:${s})`).join('|');
    pattern = new RegExp(
      `(?<![${LETTER}\\d])(?:${grouped(cues, true)})${CARD_THEN_NUMBER}?${QUESTION_THEN_ANSWER}?(?:\\s*${FILLER}${FILLER_END})*\\s*((?:(?!(?:${NOT_A_PREFIX_WORDS})\\s)([A-Z]{2,3})\\s(?=\\d))?${SPELLED_LETTER}?(?:${shapes})${CHECK_LETTER_AFTER})(?![${LETTER}\\d]|-[${LETTER}\\d])`,
      'dgi',
    );
    compiled.set(rules, pattern);
  }
  return pattern;
}

export function detectAccountNumbers(
  text: string,
  rules: AccountNumberRules = DEFAULT_ACCOUNT_NUMBER_RULES,
): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of allMatches(patternFor(rules), text)) {
    let end = m.indices![1][1];
    let start = m.indices![1][0];
    // "the ZIP code on the account? Caller: 30309-4417": asked is a detail kept on the account, not its number.
    const asked = questionMarkIn(text, m.index, start);
    if (asked && ON_THE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "a contact number and the policy number? 07911 234 876, and ...": a phone asked beside the cue is a phone.
    if (
      TRUNK_PHONE_SHAPE.test(text.slice(start, end)) &&
      asked &&
      PHONE_ASKED.test(text.slice(Math.max(0, m.index - 60), m.index))
    )
      continue;
    // The pattern ignores case, so a letter prefix may be a lower-case word ("for 12345"): a prefix is upper case.
    // Letters read out one at a time before the digits ("a b 4 4 7 1 9 0") are the number's own, whatever their case
    // (a filler may have taken the first one, "a").
    const letters = LETTERS_BEFORE.exec(text.slice(Math.max(m.index, start - 12), start));
    if (
      letters &&
      SPACED_START.test(text.slice(start, end)) &&
      SPACED_LETTERS.test(letters[1] + text.slice(start, end))
    )
      start -= letters[1].length;
    // "mtr 558120", "hx 4 4 9 2 0 1 7": a few letters that make no word (group 2) are the number's own prefix.
    const prefix =
      m[2] !== undefined || SPACED_LETTERS.test(text.slice(start, end))
        ? null
        : LOWER_CASE_PREFIX.exec(text.slice(start, end));
    if (prefix) start += prefix[0].length;
    // "Patient number, uh, MRN 00448 1290": a second cue before the digits is no part of them.
    const leadingCue = /^[A-Za-z]{2,4}\s/.test(text.slice(start, end))
      ? cueAtStart(rules).exec(text.slice(start, end))
      : null;
    if (leadingCue) start += leadingCue[0].length;
    // "HX 4471 992 B": a check letter closes a number that starts with letters; it is a capital with no word after it
    // ("... 992 I think" is the caller's "I").
    if (
      CHECK_LETTER.test(text.slice(end - 2, end)) &&
      !(STARTS_WITH_LETTER.test(text.slice(start, end)) && CHECK_LETTER_ALONE.test(text.slice(end - 1, end + 8)))
    )
      end -= 2;
    // "PL 2291 0048 7.", "55 1029 3388 1": one digit that ends the clause closes a number that starts with letters or
    // is read in groups (its check digit); "PL 2291 0048 2 weeks ago" keeps its count.
    if (STARTS_WITH_LETTER.test(text.slice(start, end)) || GROUPED.test(text.slice(start, end))) {
      CHECK_DIGIT_AFTER.lastIndex = end;
      if (CHECK_DIGIT_AFTER.test(text)) end += 2;
    }
    const value = text.slice(start, end);
    if (!/\d/.test(value) || (prefix && !/^\d[\d -]*$/.test(value))) continue;
    // "my account is 2500 pounds in arrears", "the account shows 1200 points": an amount or a quantity, no number.
    if (ONLY_DIGITS.test(value) && (isNotAPhoneAfter(text, end) || COUNTED_AFTER.test(text.slice(end, end + 16))))
      continue;
    spans.push({ type: 'ACCOUNT_NUMBER', start, end, canonical: value.toUpperCase().replace(/[\s-]/g, '') });
    listedAfter(text, end, value, spans);
    continuedAfter(text, end, spans);
  }
  if (spans.length === 0 && text.includes('umber') && NUMBER_WORD_LATER.test(text)) numberSaidLater(text, rules, spans);
  if (spans.length === 0 && text.includes('last')) lastDigitsAsked(text, rules, spans);
  return spans;
}

/**
 * "55810023 and 55810024", "HM220145 and the other one is HM220146": a second number of the same shape listed
 * right after a cued one is an account number too.
 */
function listedAfter(text: string, end: number, value: string, spans: PiiSpan[]): void {
  for (let k = 0; k < 3; k++) {
    const next = LISTED.exec(text.slice(end, end + 60));
    if (!next) return;
    const start = end + next[0].length - next[1].length;
    if (shapeOf(next[1]) !== shapeOf(value)) return;
    end = start + next[1].length;
    spans.push({ type: 'ACCOUNT_NUMBER', start, end, canonical: next[1].toUpperCase().replace(/[\s-]/g, '') });
  }
}
const LISTED = new RegExp(
  `^\\s*(?:,\\s*)?(?:and|or|&|y|o|et|ou|und|oder|e|(?:no,?\\s+)?(?:sorry|i mean|wait|actually),?)?\\s+(?:(?:the|my) other(?: one)?(?: is)?\\s+|also\\s+|it['’]?s\\s+)?([A-Za-z0-9]+(?:[ /-][A-Za-z0-9]+)*)(?![${LETTER}\\d])`,
  'i',
);
/**
 * The rest of a number given in a second go, the same turn or the next: "4410 2287. Agent: go on. Customer: and then
 * 93", "it starts 6621 then 0385", "y luego 44", "et puis 17", "und dann 09", "e depois 31". Not a count, an amount or a
 * time ("... then 2 weeks later", "... then 3 pm").
 */
function continuedAfter(text: string, end: number, spans: PiiSpan[]): void {
  const next = CONTINUED.exec(text.slice(end, end + 80));
  if (!next) return;
  const start = end + next.indices![1][0];
  const stop = end + next.indices![1][1];
  if (
    isNotAPhoneAfter(text, stop) ||
    COUNTED_AFTER.test(text.slice(stop, stop + 16)) ||
    TIME_AFTER.test(text.slice(stop, stop + 8))
  )
    return;
  spans.push({ type: 'ACCOUNT_NUMBER', start, end: stop, canonical: next[1].replace(/[\s-]/g, '') });
}
const CONTINUED = new RegExp(
  `^[^\\d]{0,50}?(?<![${LETTER}])(?:and then|then|and the rest(?: is)?|the rest(?: is)?|y luego|luego|y después|et puis|puis|et ensuite|und dann|dann|e depois|depois|e então)[,:]?\\s+(?:(?:it['’]?s|is|es|c['’]est|ist|é)\\s+)?(\\d{1,6}(?:[ -]\\d{1,6}){0,2})(?![\\d${LETTER}]|[/.:,]\\d)`,
  'di',
);
const TIME_AFTER = /^\s*(?:am|pm|a\.m|p\.m|o['’]clock|h|uhr|heures?|horas?)(?![a-z])/i;
/** Digits as 9, letters as A: "HM220145" and "HM220146" have one shape ("11-7-93" and "12:30" do not). */
export const shapeOf = (value: string): string => value.toUpperCase().replace(/\d/g, '9').replace(/[A-Z]/g, 'A');

/**
 * "and the last four of the account? 9 1 0 3": the last digits of a cued number asked for, then given (four, written
 * together or one by one).
 */
function lastDigitsAsked(text: string, rules: AccountNumberRules, spans: PiiSpan[]): void {
  for (const m of allMatches(LAST_DIGITS_ASKED, text)) {
    const [start, end] = m.indices![1];
    if (!cueWithin(rules).test(text.slice(m.index, start))) continue;
    const value = text.slice(start, end);
    spans.push({ type: 'ACCOUNT_NUMBER', start, end, canonical: value.replace(/[\s,]/g, '') });
  }
}
const LAST_DIGITS_ASKED = new RegExp(
  `\\blast (?:four|4|three|3)(?: digits)? (?:of|on|from|for) (?:the|your|my|this|that) [^\\d?]{2,40}\\?[^\\d?]{0,30}?(?<!\\d)(\\d{3,4}|\\d(?:[ ,]+\\d){2,3})(?![\\d${LETTER}]|[ ,]+\\d)`,
  'dgi',
);

/**
 * "the account number is on the top of the letter. ok got it. number 20 44 9981": the word "number" starting a
 * clause after the account cue brings the value a sentence later.
 */
function numberSaidLater(text: string, rules: AccountNumberRules, spans: PiiSpan[]): void {
  for (const m of allMatches(NUMBER_LATER, text)) {
    const [start, end] = m.indices![1];
    if (!/\d{2}/.test(text.slice(start, end))) continue;
    if (!cueWithin(rules).test(text.slice(Math.max(0, m.index - 150), m.index))) continue;
    const value = text.slice(start, end);
    spans.push({ type: 'ACCOUNT_NUMBER', start, end, canonical: value.toUpperCase().replace(/[\s-]/g, '') });
  }
}
const NUMBER_WORD_LATER =
  /(?:^|[.!?:,]\s*|\b(?:ok|okay|so|right|got it|sorry)[,.]?\s+)(?:the )?(?:(?:full|whole|complete|correct|right|actual|new) )?number\b/i;
const NUMBER_LATER = new RegExp(
  `(?:^|[.!?:,]\\s*|\\b(?:ok|okay|so|right|got it|sorry)[,.]?\\s+)(?:the )?(?:(?:full|whole|complete|correct|right|actual|new) )?number(?:\\s+is|\\s*:|['’]s)?\\s+((?:[A-Z]{1,3}[ -]?)?\\d{2,12}(?:[ -]\\d{2,6}){0,4})(?![${LETTER}\\d]|[ -]\\d)`,
  'dgi',
);
const cueAtStartCache = new WeakMap<AccountNumberRules, RegExp>();
function cueAtStart(rules: AccountNumberRules): RegExp {
  let pattern = cueAtStartCache.get(rules);
  if (!pattern) {
    pattern = new RegExp(`^(?:${cueAlternation(rules)})[\\s:#]+(?=\\d)`, 'i');
    cueAtStartCache.set(rules, pattern);
  }
  return pattern;
}
const cueWithinCache = new WeakMap<AccountNumberRules, RegExp>();
function cueWithin(rules: AccountNumberRules): RegExp {
  let pattern = cueWithinCache.get(rules);
  if (!pattern) {
    pattern = new RegExp(`(?<![${LETTER}\\d])(?:${grouped(cueAlternation(rules), true)})`, 'i');
    cueWithinCache.set(rules, pattern);
  }
  return pattern;
}
const LOWER_CASE_PREFIX = /^[a-z]+[ -]/;
const ONLY_DIGITS = /^\d[\d ]*$/;
/** What an account counts: "1200 points", "2024 payments" (money and goods: isNotAPhoneAfter). */
const COUNTED_AFTER =
  /^\s*(?:points?|credits?|miles|payments?|transactions?|days?|weeks?|months?|years?|hours?|minutes?|calls?|texts?|messages?|gb|mb|quid|bucks)(?![\p{L}])/iu;
/** One letter after a space: a check letter after the number's shape (the pattern ignores case: checked after). */
const CHECK_LETTER_AFTER = `(?: [A-Z](?![${LETTER}\\d]))?`;
const CHECK_LETTER = /^ [A-Za-z]$/;
const STARTS_WITH_LETTER = /^[A-Za-z]/;
const GROUPED = /\d[ -]\d/;
const CHECK_DIGIT_AFTER = /[ -]\d(?=[.,;!?)]|\s*$)(?![.,]\d)/y;
/** A check letter is a capital with no word right after it. */
const CHECK_LETTER_ALONE = /^[A-Z](?![ \t]*[A-Za-z])/;
/** Short words that are no letter prefix of a number ("for 2021", "the 4471 ..."). */
const NOT_A_PREFIX_WORDS =
  'mrn|nhs|id|ssn|dob|pin|vat|tax|as|is|es|el|la|le|lo|no|on|at|to|of|in|and|the|my|for|its|it|was|yes|our|you|are|am|be|by|or|so|oh|ok|um|uh|er|erm|uhm|nr|its|his|her|one|two|six|ten|von|der|die|das|den|des|del|los|las|une|un|una|uno|mon|ma|mes|mi|su|sa|ses|ein|vom|zum|und|et|ou|oder|um|de|da|do|du|em|na|nos|das|dos|son|se|si|ce|il|le|te|tu|ya|yo|we|he|she|me|us|via|per|pro|con|sin|tel|ref|nos|the|and|all|any|due|now|not|but|too|get|got|has|had|did|can|may|let|see|say|new|old|own|few|two|try|use|pay|set|our|out|off|end|ask|two';
const TRUNK_PHONE_SHAPE = /^0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}$/;
const PHONE_ASKED = /\b(?:contact|phone|mobile|telephone|cell|callback|landline)\b/i;
const SPACED_LETTERS = /^(?:[A-Za-z],? ){2,}\d/;
const LETTERS_BEFORE = /(?<![A-Za-z])((?:[A-Za-z],? )+)$/;
const SPACED_START = /^(?:[A-Za-z],? )?\d,? \d/;
const ON_THE_BEFORE = /\bon (?:the|your|my|this|that) $/i;

/** True when the account cue (with its number word and fillers) ends right before `start`. */
export function followsAccountCue(
  text: string,
  start: number,
  rules: AccountNumberRules = DEFAULT_ACCOUNT_NUMBER_RULES,
): boolean {
  let pattern = cueBefore.get(rules);
  if (!pattern) {
    pattern = new RegExp(
      `(?<![${LETTER}\\d])(?:${grouped(cueAlternation(rules), true)})${CARD_THEN_NUMBER}?${QUESTION_THEN_ANSWER}?(?:\\s*${FILLER}(?![${LETTER}]))*\\s*$`,
      'i',
    );
    cueBefore.set(rules, pattern);
  }
  return pattern.test(text.slice(Math.max(0, start - CUE_BEFORE_WINDOW), start));
}
/**
 * How far back the cue may start: as far as the written number's pattern reaches with a question, its answer words
 * and a few fillers ("what's the account number please customer: it's on the letter somewhere, hang on, right, it's
 * five five oh ...").
 */
const CUE_BEFORE_WINDOW = 120;
const cueBefore = new WeakMap<AccountNumberRules, RegExp>();
