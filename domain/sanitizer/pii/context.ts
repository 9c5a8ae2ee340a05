/**
 * Context cues shared by the numeric detectors. A number introduced as an order, tracking or invoice
 * number is a business reference, not a phone or card number, even when it happens to validate.
 */
import { groupByFirstCharacter as grouped } from './alternation';

export const NUMBER_WORD = '(?:number|num|no\\.?|nr\\.?|n[°º]|#|id|code|numero|número|numéro|nummer)';
/** Labels that name a business reference on their own ("order 4155211870", "tracking: ..."). */
const REFERENCE_WORDS =
  'order|tracking|track|invoice|inv|ref|reference|confirmation|conf|case|ticket|serial|sku|model|part|item|product|receipt|transaction|txn|booking|reservation|shipment|parcel|package|routing|po|rma|voucher|coupon|promo|gift card|pedido|factura|commande|facture|bestellung|rechnung|fatura|encomenda|imei|meid|iccid|imsi|mpan|mprn|meter|router|modem|barcode|upc|ean|gtin|isbn|suivi|colis|dossier|seguimiento|expediente|incidencia|protocolo|rastreio|rastreamento';
/**
 * Labels that only name a reference with a number word ("account number", "customer id", not "Customer:"), devices
 * among them ("my Sky box number is 0123 4567 890").
 */
const REFERENCE_WORDS_NEEDING_NUMBER =
  'account|acct|member|customer|policy|claim|loyalty|membership|box|device|handset|boiler|appliance';

/**
 * A reference's label and its number word as one German or Dutch compound ("Bestellnummer", "Rechnungsnummer",
 * "Seriennummer", "ordernummer", "factuurnummer", "trackingnummer"), which no word boundary splits.
 */
const COMPOUND_REFERENCE_STEMS =
  'order|bestel|bestell|auftrags?|vorgangs?|rechnungs?|lieferscheins?|sendungs?|serien?|referenz|tracking|ticket|factuur|zendings?|referentie|dossier|klacht';
const COMPOUND_REFERENCE = `\\b(?:${COMPOUND_REFERENCE_STEMS})(?:nummer|nr\\.?)`;

const REFERENCE_LABEL = new RegExp(
  `(?:\\b(?:${grouped(REFERENCE_WORDS, true)})\\b(?:\\s*${NUMBER_WORD})?|${COMPOUND_REFERENCE}|\\b(?:${REFERENCE_WORDS_NEEDING_NUMBER})\\s*${NUMBER_WORD})\\s*(?:is|was|ist|lautet|:|#|-)?\\s*$`,
  'i',
);
/**
 * A version, section or clause label up to three words before a dotted number ("firmware is now 1.4.3.0",
 * "Section 12.8.4.3"), unless an address word sits closer to the number ("firmware fine but my IP is ...").
 */
const VERSION_LABEL =
  /(?:\b(?:version|ver|build|release|firmware|update|updated|patch|app|os|ios|android|section|sect|sec|clause|article|art|paragraph|para|chapter|chap|rule|step|item|figure|fig|table|appendix|annex|schedule|part|page|rev|revision|edition|standard|iso|rfc|§)\b(?:[\s,'"()-]+(?!ip\b|address\b)[\w-]+){0,3}[\s:#-]*|§\s*|\bv\.?\s?)$/i;

/** The few characters before `start` (bounded so the look-behind stays cheap). */
const before = (text: string, start: number, width = 40): string => text.slice(Math.max(0, start - width), start);

/** "#" right before `start`, or "#" and one white space character ("# 4155..."), read in place. */
const hashBefore = (text: string, start: number): boolean =>
  text.charCodeAt(start - 1) === 35 ||
  (start >= 2 && text.charCodeAt(start - 2) === 35 && isSpace(text.charCodeAt(start - 1)));

const SPACE = /\s/;
const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || (code >= 128 && SPACE.test(String.fromCharCode(code)));
const isWordCharacter = (code: number): boolean =>
  (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 95;
/** The ASCII letters and digits a word ends with ("número": "mero"), lower case: what a label check can see last. */
const endOfWord = (word: string): string => (/[A-Za-z0-9_]*$/.exec(word) as RegExpExecArray)[0].toLowerCase();

/**
 * Whether the `width` characters before `start` can end with a label whose last word is one of `lastWords`: true
 * when, past white space, they end with a character no word ends with (":", "#", "$"...) or with one of those words
 * (at the end of a longer word too).
 * The label patterns are anchored at their end, so irregexp tries them from every one of the characters; this
 * cheap look at the last word first spares them for the common number after an ordinary word ("call 415...").
 */
function mayEndWithLabel(text: string, start: number, width: number, lastWords: LastWords): boolean {
  const from = Math.max(0, start - width);
  let end = start;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === from) return false; // nothing but white space: no label
  const last = text.charCodeAt(end - 1);
  if (!isWordCharacter(last)) return true;
  let wordStart = end - 1;
  while (wordStart > from && isWordCharacter(text.charCodeAt(wordStart - 1))) wordStart--;
  // A number word may be glued to its label ("customerid", "orderno"): the word may only end with a last word.
  for (const word of lastWords.get(String.fromCharCode(last >= 65 && last <= 90 ? last | 32 : last)) ?? [])
    if (word.length <= end - wordStart && text.slice(end - word.length, end).toLowerCase() === word) return true;
  return false;
}
/** Words by their last character. */
type LastWords = ReadonlyMap<string, readonly string[]>;
function byLastCharacter(words: readonly string[]): LastWords {
  const byLast = new Map<string, string[]>();
  for (const word of new Set(words.map(endOfWord))) {
    const last = word[word.length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), word]);
  }
  return byLast;
}
/** The words REFERENCE_LABEL can end with: a label, a number word, "is" or "was". */
const REFERENCE_LAST_WORDS = byLastCharacter([
  ...REFERENCE_WORDS.split('|'),
  ...['number', 'num', 'no', 'nr', 'id', 'code', 'numero', 'número', 'numéro', 'nummer'],
  ...['is', 'was', 'ist', 'lautet'],
]);

/**
 * A reference label a few words before its number, joined to it by "is" (EN/ES/FR/DE/PT) and an article: "the IMEI on
 * the box is 3569...", "la factura es la 2024-00871", "die Rechnungsnummer oben ist 4411...". The words between are
 * letters only (a comma ends the clause) and none of them names a phone ("the order's fine and my number is ..." stays
 * a phone). "'s" may stand for "is" ("tracking number's 9400..."), and a comma and "it's" may follow a label said
 * with its number word ("the part number, it's 0192 837 465"; "just in case, it's 07700 ..." stays a phone).
 */
const COPULAS = 'is|was|es|era|fue|est|était|ist|war|é|foi';
const NOT_BETWEEN =
  'it|me|mine|and|or|but|y|o|et|ou|und|oder|e|mi|mon|ma|mein|meine|meu|minha|phone|mobile|cell|cellphone|tel|landline|contact|callback|call|ring|reach|text|whatsapp|fax|number|numbers|teléfono|telefono|móvil|movil|celular|número|numero|numéro|téléphone|telephone|portable|handy|telefon|telefonnummer|nummer|telefone|contato|contacto';
const REFERENCE_LABEL_AFAR = new RegExp(
  `\\b(?:${grouped(REFERENCE_WORDS, true)})\\b(?:\\s*${NUMBER_WORD}\\s*,\\s*(?:it['’]?s|it is|that['’]?s|that is|c['’]est|es|ist|é)|(?:\\s*${NUMBER_WORD})?(?:(?:\\s+(?!(?:${NOT_BETWEEN})(?![\\p{L}]))[\\p{L}'’]+){0,3}\\s+(?:${COPULAS})|['’]s))(?:\\s+(?:the|el|la|le|l'|o|a|der|die|das))?\\s*:?\\s*$`,
  'iu',
);
/** The words REFERENCE_LABEL_AFAR can end with: a copula, "it's", "that's", "c'est" or an article. */
const COPULA_LAST_WORDS = byLastCharacter([
  ...COPULAS.split('|'),
  's',
  'the',
  'el',
  'la',
  'le',
  'o',
  'a',
  'der',
  'die',
  'das',
]);

/** True when the words right before the number label it as a business reference (order, tracking, invoice...). */
export const isReferenceNumber = (text: string, start: number): boolean =>
  (mayEndWithLabel(text, start, 40, REFERENCE_LAST_WORDS) && REFERENCE_LABEL.test(before(text, start))) ||
  (mayEndWithLabel(text, start, 48, COPULA_LAST_WORDS) && REFERENCE_LABEL_AFAR.test(before(text, start, 48))) ||
  (hashBefore(text, start) && !CARD_HASH.test(before(text, start, 24)) && !PHONE_HASH.test(before(text, start, 24)));

/** "cell # 415 555 0132", "phone #: ...": after a phone word a "#" introduces the phone number, not a reference. */
const PHONE_HASH = /\b(?:phone|cell|mobile|tel|telephone|contact|callback|fax|landline|home|work)\s*#\s?$/i;
/** "card #3782...", "Visa # 4111...": after a card word a "#" introduces the card number, not a reference. */
const CARD_HASH = /\b(?:card|visa|mastercard|amex|discover|credit|debit|tarjeta|carte|karte|cart[aã]o)\s*#\s?$/i;

export const isVersionNumber = (text: string, start: number): boolean => VERSION_LABEL.test(before(text, start, 48));

/** Money, quantities and dates around a number: "$415.555.0142", "qty 4155550142", "dated 2125550199", "... units". */
const NOT_PHONE_WORDS =
  'usd|eur|gbp|price|priced|cost|costs|total|amount|balance|paid|pay|charge|charged|qty|quantity|units?|pcs|pieces|date|dated|due';
const NOT_PHONE_BEFORE = new RegExp(
  `(?:[$€£¥]|\\b(?:${grouped(NOT_PHONE_WORDS, true)})\\b\\s*(?:is|was|of|:)?)\\s*$`,
  'i',
);
/** The words NOT_PHONE_BEFORE can end with ("units?" stands for both forms). */
const NOT_PHONE_LAST_WORDS = byLastCharacter([
  ...NOT_PHONE_WORDS.replace('units?', 'unit|units').split('|'),
  ...['is', 'was', 'of'],
]);
const NOT_PHONE_AFTER =
  /^\s*(?:[$€£¥%]|(?:usd|eur|gbp|dollars?|euros?|pounds?|cents?|units?|pcs|pieces|items?|boxes|pack|packs|kg|lbs?|miles|km|grams?|g|mg|ml|litres?|liters?|metres?|meters?|tonnes?|ounces?|oz)\b)/i;

export const isNotAPhoneBefore = (text: string, start: number): boolean =>
  mayEndWithLabel(text, start, 24, NOT_PHONE_LAST_WORDS) && NOT_PHONE_BEFORE.test(before(text, start, 24));
/** Every NOT_PHONE_AFTER branch starts, past white space, with a currency or percent sign or a letter. */
export const isNotAPhoneAfter = (text: string, end: number): boolean =>
  mayStartWith(text, end, 12, NOT_PHONE_AFTER_FIRST) && NOT_PHONE_AFTER.test(text.slice(end, end + 12));
const NOT_PHONE_AFTER_FIRST = /[$€£¥%A-Za-z]/;

/**
 * Whether the first character past white space in the `width` characters from `from` can start a match (`first`
 * tests it): a cheap look before a pattern anchored at `from`, which most numbers (followed by "," or " and") fail.
 */
export function mayStartWith(text: string, from: number, width: number, first: RegExp): boolean {
  const to = Math.min(text.length, from + width);
  let at = from;
  while (at < to && isSpace(text.charCodeAt(at))) at++;
  return at < to && first.test(text[at]);
}
export const isNotAPhoneByCue = (text: string, start: number, end: number): boolean =>
  isNotAPhoneBefore(text, start) || isNotAPhoneAfter(text, end);

/** True when [start, end) is only a piece of a longer token such as a serial or a hash. */
export const isPartOfIdentifier = (text: string, start: number, end: number): boolean =>
  isGluedBefore(text, start) || isGluedAfter(text, end);

/**
 * Glued to a word or another number ("SN-4827...", "POL-2024...", "abc123"): part of an identifier. Before a
 * number: a letter, digit or "_", or one of "-_/" after a letter or digit; after it, the same mirrored. Read in
 * place, without a slice or a regular expression: a dump holds thousands of runs.
 */
export function isGluedBefore(text: string, start: number): boolean {
  const last = start >= 1 ? text.charCodeAt(start - 1) : -1;
  if (isWordCharacter(last)) return true;
  return (last === 45 || last === 95 || last === 47) && start >= 2 && isAsciiLetterOrDigit(text.charCodeAt(start - 2));
}
export function isGluedAfter(text: string, end: number): boolean {
  const first = end < text.length ? text.charCodeAt(end) : -1;
  if (isWordCharacter(first)) return true;
  return (
    (first === 45 || first === 95 || first === 47) &&
    end + 1 < text.length &&
    isAsciiLetterOrDigit(text.charCodeAt(end + 1))
  );
}
const isAsciiLetterOrDigit = (code: number): boolean => code !== 95 && isWordCharacter(code);

/** True when `pattern` occurs within `width` characters on either side of [start, end). */
export function hasCueNear(text: string, start: number, end: number, pattern: RegExp, width = 80): boolean {
  return pattern.test(text.slice(Math.max(0, start - width), Math.min(text.length, end + width)));
}

/**
 * Whether a '?' stands in text(from, to]: what `text.lastIndexOf('?', to) > from` says, reading that stretch only
 * (`lastIndexOf` reads back to the text's previous '?', all of a 200 KB turn without one, for each of its matches).
 */
export function questionMarkIn(text: string, from: number, to: number): boolean {
  for (let k = to; k > from; k--) if (text.charCodeAt(k) === 0x3f) return true;
  return false;
}
