/**
 * A CVV or a card's expiry said next to its cue ("cvv 214", "security code is two one four", "expiry 09/28", "the
 * card expires jan 28"): a bare "code" or a deadline verb needs a card word close by; another label, or another
 * thing's deadline (an offer, a passport), claims the digits instead.
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { hasCueNear, questionMarkIn } from './context';
import { LETTER } from './letters';
import { overlapsInOrder } from './overlap';
import { DIGIT_WORDS, REPEAT_WORDS } from './spokenDigits';
import type { PiiSpan } from './types';
import { SPEAKER } from './birthDateShapes';
import { EXPIRY_VALUE, NAMED_EXPIRY_MONTH_YEAR } from './cardExpiryValues';

/** Words that name the card's security code on their own, in EN/ES/FR/DE/PT/IT. */
const CVV_CUES =
  'cvv2?|cvc2?|cv2|cvn|cid|csc|security (?:code|number)|card verification (?:code|value|number)|verification (?:code|value|number)' +
  '|(?:last )?(?:three|four|3|4)(?:[- ](?:digits?|numbers))?(?: (?:security )?(?:code|number))? on the (?:back|front)|(?:code|number) (?:on|at) the (?:back|front|reverse)' +
  // "le code au dos", "el código de atrás", "o código do verso", "il codice sul retro", "de code op de achterkant".
  "|code (?:au dos|au verso|à l['’]arrière|op de achterkant|achterop|auf der rückseite)|código (?:de (?:atrás|trás)|del reverso|do verso)|codice (?:sul retro|dietro)" +
  '|(?:three|four|3|4)[- ]digit (?:security )?(?:code|number)' +
  '|código de (?:seguridad|verificación|segurança|verificação)|cryptogramme(?: visuel)?|code de (?:sécurité|vérification)' +
  '|(?:karten)?prüf(?:nummer|ziffer|code)|sicherheits(?:code|nummer)|codice di (?:sicurezza|verifica)' +
  // The digits on the back in the other languages ("los tres dígitos de atrás", "les trois chiffres au dos", "die drei
  // Ziffern auf der Rückseite", "le tre cifre sul retro", "de drie cijfers op de achterkant"), and the Dutch names.
  "|(?:d[ií]gitos|n[uú]meros) (?:de (?:atrás|detrás|trás)|del reverso|do verso|de la parte (?:de atrás|trasera))|chiffres (?:au dos|au verso|à l['’]arrière|derrière)" +
  '|(?:ziffern|zahlen) (?:auf der rückseite|hinten)|cifre (?:sul retro|dietro)|cijfers (?:op de achterkant|achterop|aan de achterkant)|beveiligingscode|veiligheidscode|controlecode';
/**
 * "code" alone names the security code only with a card (a card word or a card number) close by; "code CVV 482" is
 * the named cue's (a bare "code" match would hide it).
 */
const SPOKEN_DIGIT = `(?:${grouped(
  Object.keys(DIGIT_WORDS)
    .filter((word) => word !== 'o')
    .join('|'),
  true,
)})`;
/** "double one five": a digit said twice or three times (expanded in the canonical, which must hold three or four). */
const REPEATED = `(?:(?:${Object.keys(REPEAT_WORDS).join('|')})[\\s-]+)?`;
/** Three or four digits said as words after a named cue ("cvv two one four", "double one five"), and no more. */
const SPOKEN_CODE = `${REPEATED}${SPOKEN_DIGIT}(?:[\\s,-]+${REPEATED}${SPOKEN_DIGIT}){1,3}(?![\\s,-]+${SPOKEN_DIGIT}\\b)`;
/** The digits of a code said as words, "double" and "triple" expanded. */
function spokenDigits(value: string): string {
  let digits = '';
  let times = 1;
  for (const word of value.split(/[\s,-]+/)) {
    if (REPEAT_WORDS[word] !== undefined) times = REPEAT_WORDS[word];
    else {
      digits += (DIGIT_WORDS[word] ?? '').repeat(times);
      times = 1;
    }
  }
  return digits;
}
const CVV = new RegExp(
  `\\b(?:(${grouped(CVV_CUES, true)})|code(?![\\s:]+(?:cvv|cvc|csc|cvn)))\\b[^\\d]{0,40}?(?:(?<!\\d)(\\d{3,4}|\\d \\d \\d(?: \\d)?)(?![\\d/.-]\\d|\\d|\\s\\d)|\\b(${SPOKEN_CODE})\\b)`,
  'dgi',
);
/**
 * Nouns that name a card's expiry ("expiry", "valid thru", "valid from 01/22 to", "caduca", "gültig bis"), group 1, and the verbs with the card
 * as their subject ("the card expires jan 28": a card has no expiry day); the verbs "expires", "expiring", "runs out",
 * "end date" alone name any deadline and need a card close by.
 */
const EXPIRY_CUES =
  'card (?:expires|expiring|expired|runs out)|exp(?:iry|iration)?(?: date)?|exp\\.|valid[ -](?:thru|through|until|till|to)|valid from \\d{1,2}/\\d{2,4} (?:to|until|till|-)|good[ -](?:thru|through|until|till)|caduca(?: en| el)?|caducidad|vence(?: en| el)?|vencimiento|fecha de (?:caducidad|vencimiento|expiración)' +
  "|date d[’']expiration|expire (?:fin|en|le)|valable jusqu[’'](?:à|au|en)|gültig bis|ablaufdatum|läuft (?:im )?(?:\\w+ )?ab|validade|válido até|vencimento|scadenza|data di scadenza|valid[ao] fino a";
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

/**
 * What every match of CVV holds (case ignored as the pattern ignores it): a word of each of its cues ("security number",
 * "on the back", "prüf"...) or "code". The pre-pass's card cue is any of its words ("date", "back", "security"), so
 * most turns that reach detectCardCues hold none of these, and one native test spares the pattern's scan.
 */
export const CVV_WORD =
  /cvv|cvc|cvn|cid|csc|code|cv2|security number|verification value|verification number|on the back|on the front|at the back|at the front|the reverse|digit number|código|cryptogramme|prüf|sicherheits|codice|d[ií]gitos|n[uú]meros|chiffres|ziffern|zahlen|cifre|cijfers/i;
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
      const canonical = spoken ? spokenDigits(value) : value.replace(/\s/g, '');
      if (spoken && (canonical.length < 3 || canonical.length > 4)) continue;
      spans.push({ type, start, end, canonical });
    }
  }
  if (cvv) codesBeforeCue(text, spans);
  return spans;
}

/**
 * The code before its cue: "card's 4111 ..., expires 07/28, and 442 on the back", "907 is the security code", "315,
 * that's the cvv". Three or four digits (alone or spaced) with a card close by: "room 442 on the back corridor" has none.
 */
const CODE_BEFORE_CUE = new RegExp(
  `(?<![\\d${LETTER}.,/:-])(\\d{3,4}|\\d \\d \\d(?: \\d)?)(?:,?\\s+(?:is|was|that['’]s|which is|that is)\\s+(?:the|my)\\s+(?:cvv2?|cvc2?|csc|security code|card verification (?:code|value)|verification code)|\\s+(?:is\\s+|are\\s+)?on the back(?: of (?:the|my) card)?(?!\\s+of\\s))(?![${LETTER}\\d])`,
  'dgi',
);
const AMOUNT_BEFORE = /(?:[$€£¥]|\b(?:cost|costs|paid|pay|price|total|of|for|about|around|only)\s+)$/i;
function codesBeforeCue(text: string, spans: PiiSpan[]): void {
  const overlaps = overlapsInOrder(spans);
  for (const m of allMatches(CODE_BEFORE_CUE, text)) {
    const [start, end] = m.indices![1];
    if (overlaps(start, end) || !hasCueNear(text, start, end, CARD_WORDS, 100)) continue;
    // "room 442 on the back", "it cost 442 on the back of ...": another label or an amount claims the digits.
    const before = text.slice(Math.max(0, start - 12), start);
    if (OTHER_LABEL.test(before) || AMOUNT_BEFORE.test(before)) continue;
    spans.push({ type: 'CVV', start, end, canonical: text.slice(start, end).replace(/\s/g, '') });
  }
}
