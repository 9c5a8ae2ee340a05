/**
 * Capitalized streets, in each country's order: house number, name and type (US, UK, Canada, Ireland, Australia),
 * name and house number ("Lindenstraße 34", "Calle Mayor 15"), house number and French street word ("12 rue de la
 * Paix"), post-office boxes; the rarer shapes in a pattern of their own; and what may stand just before a street (a
 * unit, a house name, a word of a Dutch or German name). Street names must be capitalized: no `i` flag.
 */
import { allMatches } from './allMatches';
import { isLetterCode, LETTER, UPPER } from './letters';
import type { PiiSpan } from './types';
import * as spanOf from './addressSpan';
import * as units from './addressUnits';
import {
  eitherCase,
  EUROPEAN_HOUSE,
  GERMANIC_SUFFIX,
  HOUSE,
  NAME_WORD,
  ROMANCE_FLOOR,
  ROMANCE_PARTICLES,
  ROMANCE_TYPES,
  ROMANCE_UNIT,
  STREET_TYPES,
} from './addressWords';

/** Read once: under tsx every use of an imported binding is a getter call, and these run for every street found. */
const { addressSpan } = spanOf;
const { isDigitCode } = units;

const DIRECTION = '(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?';
const UNIT = `(?:,?\\s+(?:${eitherCase('Apt|Apartment|Unit|Suite|Ste|Flat|Floor|Fl|Room|Rm|Bldg|Building')}|#)\\.?\\s*#?[A-Za-z0-9-]{1,6}(?![${LETTER}\\d]))`;
const UNIT_FIRST = `(?:(?:${eitherCase('Flat|Apt|Apartment|Unit|Suite|Ste|Level|Floor|Shop|Lot|Villa|Studio')})\\.?\\s+[A-Za-z0-9-]{1,5},?\\s+)`;
/** "Unit 4/23 Smith Street": the Australian unit/house number after its word. */
const UNIT_SLASH = '(?:(?:Unit|Apt|Apartment|Flat|Suite|Shop)\\s+(?=\\d{1,5}[A-Za-z]?\\s?/))';
/**
 * The same unit word in lower case ("unit 3 / 41 Smith Street"), taken onto a street found with its "N/M" house
 * number (in STREET's pattern, each lower-case branch costs every position of every turn).
 */
const LOWER_UNIT_BEFORE = /(?<![\p{L}])(?:unit|apt|apartment|flat|suite|shop)\s+$/u;
const SLASHED_HOUSE = /^\d{1,5}[A-Za-z]?\s?\//;
const ENGLISH = `(?:${UNIT_FIRST}|${UNIT_SLASH})?${HOUSE}\\s+(?:${DIRECTION}\\s+)?(?:${NAME_WORD}\\s+){1,4}(?:${STREET_TYPES})\\b\\.?(?:\\s+(?:${DIRECTION}|Upper|Lower)(?![${LETTER}]))?${UNIT}?`;
/** A street type after a hyphen ("Karl-Marx-Allee") or as a word of its own ("Berliner Straße", "Lange Straße"). */
const GERMAN_TYPE_WORD = '(?:Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee)';
/** A capitalised word before a Dutch or German street ("Van Baerlestraat", "Nieuwe Keizersgracht", "Alte Landstraße"). */
const STREET_FIRST_WORDS = new Set(
  'Van Von De Den Der Sint Sankt Prins Prinses Koningin Nieuwe Oude Lange Korte Alte Neue Große Grosse Kleine Hohe Obere Untere'.split(
    ' ',
  ),
);
/**
 * "Am Lindenhof 3", "An der Alster 12", "Zur Mühle 5": a German street named with a preposition, a capitalised word or
 * two, a house number of up to three digits; then a stop, a floor, a postcode or the end (not "Im Paket 2 Teile").
 */
const GERMAN_PREPOSITION_STREET = `(?:Am|Im|An de[mnr]|Auf de[mnr]|In de[nr]|Zu[mr]|Unter den|Hinter de[mnr]|Vor de[mnr])\\s+[${UPPER}][${LETTER}-]+(?:\\s+[${UPPER}][${LETTER}-]+)?\\s+\\d{1,3}[a-z]?(?=\\s*(?:[,.;!?]|$|\\d{5}(?!\\d)))`;
const GERMANIC = `[${UPPER}][${LETTER}-]*${GERMANIC_SUFFIX}\\s+${EUROPEAN_HOUSE}(?![${LETTER}\\d])`;
const GERMAN_TYPE_APART = `[${UPPER}][${LETTER}]*(?:-[${UPPER}][${LETTER}]*)*(?:-|[${LETTER}]\\s+)${GERMAN_TYPE_WORD}\\s+${EUROPEAN_HOUSE}(?![${LETTER}\\d])`;
/** The word (letters only, up to 14) ending at `end`; '' when it is longer or glued to something else. */
function wordBefore(text: string, end: number): string {
  let k = end;
  while (k > end - 15 && k > 0 && isLetterCode(text.charCodeAt(k - 1))) k--;
  if (k === end || k === end - 15 || (k > 0 && text.charCodeAt(k - 1) !== 32 && text.charCodeAt(k - 1) !== 44))
    return '';
  return text.slice(k, end);
}
const ROMANCE = `(?:${eitherCase(ROMANCE_TYPES)})\\s+${ROMANCE_PARTICLES}[${UPPER}][${LETTER}'’-]*(?:\\s+${ROMANCE_PARTICLES}[${UPPER}][${LETTER}'’-]*){0,3},?\\s+(?:n[ºo°.]\\s*)?${EUROPEAN_HOUSE}(?![${LETTER}\\d])${ROMANCE_FLOOR}?${ROMANCE_UNIT}{0,2}`;
const FRENCH = `${HOUSE}(?:\\s?(?:bis|ter|quater))?,?\\s+(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Pp]lace|[Qq]uai|[Rr]oute|[Cc]ours)\\s+(?:(?:de la|de l'|du|des|de|d')\\s*)?[${UPPER}][${LETTER}'’-]*(?:\\s+[${UPPER}][${LETTER}'’-]*){0,3}`;
/** "RR 3 Box 214", "HC 65 Box 190", "Rural Route 1, Site 4, Box 12" (in lower case too): a rural route and its box. */
const RURAL_ROUTE = `(?:(?:RR|R\\.R\\.|HC|Star Route)\\s?\\d{1,3},?\\s+(?:Site\\s+\\d{1,3},?\\s+)?Box\\s+\\d{1,5}|[Rr]ural [Rr]oute\\s+\\d{1,3}(?:,?\\s+[Ss]ite\\s+\\d{1,3})?(?:,?\\s+[Bb]ox\\s+\\d{1,5})?)(?![${LETTER}\\d])`;
/** A post-office box: "PO Box 4521", "Postfach 10 02 03", "Postbus 123", "Apartado 1234", "Case postale 12", "Caixa Postal 88". */
const PO_BOX = `(?:P\\.?\\s?O\\.?\\s?Box|[Pp]\\.?[Oo]\\.?\\s[Bb]ox|Post Office Box|Postfach|Postbus|Apartado(?: de [Cc]orreos)?|Case [Pp]ostale|Caixa [Pp]ostal|Boîte [Pp]ostale|BP)\\s+\\d{1,6}(?:\\s\\d{2}){0,2}(?![${LETTER}\\d])`;
/** "58 Calle Ocho", "2815 Via Del Mar": a Spanish or Italian street type after an American house number. */
const NUMBER_THEN_ROMANCE = `${HOUSE}\\s+(?:Calle|Camino|Via|Vía|Avenida|Paseo|Plaza|Rua)\\s+${ROMANCE_PARTICLES}[${UPPER}][${LETTER}'’-]*(?:\\s+${ROMANCE_PARTICLES}[${UPPER}][${LETTER}'’-]*){0,2}(?![${LETTER}\\d])`;
/** "apartment 22, The Maltings", "Flat 4, The Old Bakery": a flat in a named building. */
const FLAT_IN_NAMED_BUILDING = `(?:${eitherCase('Flat|Apartment|Apt|Unit')})\\.?\\s+\\d{1,4}[A-Za-z]?,\\s+The\\s+[${UPPER}][${LETTER}'’-]+(?:\\s+[${UPPER}][${LETTER}'’-]+)?`;
/** An abbreviation's stop is part of the street ("St.", "Rd."; "2º izq.", "2.º Esq." for a Spanish or Portuguese door). */
const STREET_ABBREVIATION_END = /\b(?:St|Ave|Rd|Blvd|Dr|Ct|Pl|Ln|[Ii]zq|[Dd]cha|[Ee]sq|[Dd]to|[Dd]ir)\.$/;
/** A house name before its street: "Rose Cottage, Mill Road", "Old Vicarage, 2 Church Lane". */
/** The last word of a house's name. */
const HOUSE_WORD_LIST = 'Cottage|Cottages|Farm|Farmhouse|Lodge|Barn|Vicarage|Rectory|Grange|Bungalow|Manse|Croft';
const HOUSE_NAME = `(?:[${UPPER}][${LETTER}'’-]+\\s+){1,2}(?:${HOUSE_WORD_LIST})`;
const NAMED_HOUSE_STREET = `${HOUSE_NAME},\\s+(?:${NAME_WORD}\\s+){1,3}(?:${STREET_TYPES})(?![${LETTER}])`;
const HOUSE_WORDS = new Set(HOUSE_WORD_LIST.split('|'));
const SLASHED_UNIT_BEFORE = /(?<![\p{L}])(?:flat|apt|apartment|unit|suite)\.?\s+\d{1,3}[A-Za-z]?\/\d{1,3},\s+$/iu;
const HOUSE_NAME_BEFORE = new RegExp(`(?<![${LETTER}])${HOUSE_NAME},\\s+$`);
const STREET = new RegExp(`(?<![${LETTER}\\d.,/-])(?:${ENGLISH}|${GERMANIC}|${ROMANCE}|${FRENCH}|${PO_BOX})`, 'g'); // no `i`: names stay capitalized
/**
 * The rarer shapes, in a pattern of their own run only when a word they cannot match without is in the text (most of
 * their branches start at any capital, which would cost every turn with a street word): German types apart or after a
 * hyphen, German streets with a preposition, rural routes, a Spanish type after an American house number, a flat in a
 * named building, a house name before its street.
 */
const RARER_STREET = new RegExp(
  `(?<![${LETTER}\\d.,/-])(?:${GERMAN_TYPE_APART}|${GERMAN_PREPOSITION_STREET}|${RURAL_ROUTE}|${NUMBER_THEN_ROMANCE}|${FLAT_IN_NAMED_BUILDING}|${NAMED_HOUSE_STREET})`,
  'g',
);
const RARER_STREET_HINT =
  /Stra(?:ße|sse)|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee|Am |Im |An d|Auf d|Zu[mr] |Box|Rural|rural route|Calle|Camino|Via |Vía|Avenida|Paseo|Plaza|Rua|, The |Cottage|Farm|Lodge|Barn|Vicarage|Rectory|Grange|Bungalow|Manse|Croft/;

/**
 * Whether a German street named with a preposition may be in the text ("Am Lindenhof 3"): it holds no street word for
 * the pre-pass, so a turn with a digit run asks this (a native search for the prepositions first).
 */
export const mayHaveGermanPrepositionStreet = (text: string): boolean =>
  (text.includes('Am ') ||
    text.includes('Im ') ||
    text.includes('An d') ||
    text.includes('Zu') ||
    text.includes('Auf d')) &&
  GERMAN_PREPOSITION_HINT.test(text);
const GERMAN_PREPOSITION_HINT = new RegExp(`(?<![${LETTER}])(?:Am|Im|An de[mnr]|Auf de[mnr]|Zu[mr]) [${UPPER}]`);

/** The capitalized streets (the rarer shapes only where the main pattern found none): pushed onto `spans`. */
export function detectStreets(text: string, spans: PiiSpan[]): void {
  for (const m of allMatches(STREET, text)) {
    let end = m.index + m[0].length;
    while (/[.,\s]/.test(text[end - 1]) && !STREET_ABBREVIATION_END.test(text.slice(m.index, end))) end--;
    let start = m.index;
    if (SLASHED_HOUSE.test(m[0])) {
      const unit = LOWER_UNIT_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (unit) start -= unit[0].length;
    } else if (text.charCodeAt(start - 2) === 44 && text.charCodeAt(start - 1) === 32) {
      // ", " before the street: a house name may precede it (its last word read first: a dump of streets has thousands).
      if (HOUSE_WORDS.has(wordBefore(text, start - 2))) {
        const house = HOUSE_NAME_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
        if (house) start -= house[0].length;
      } else if (isDigitCode(text.charCodeAt(start - 3))) {
        // "flat 2/1, 34 Hyndland Road": a Glasgow flat's floor/door before the house number (not in STREET's pattern,
        // where the branch cost every street of a dump a quarter more).
        const unit = SLASHED_UNIT_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
        if (unit) start -= unit[0].length;
      }
    } else if (
      text.charCodeAt(start - 1) === 32 &&
      (text.charCodeAt(start) < 48 || text.charCodeAt(start) > 57) && // not a house number first: a Dutch or German order
      STREET_FIRST_WORDS.has(wordBefore(text, start - 1))
    ) {
      // "Van Baerlestraat 34", "Nieuwe Keizersgracht 12": a capitalised word of the street's name before it.
      start -= wordBefore(text, start - 1).length + 1;
    }
    spans.push(addressSpan(text, start, end));
  }
  // Only where the main pattern found no street: a turn names one address as a rule, and the hint's scan is spared.
  if (spans.length === 0 && RARER_STREET_HINT.test(text))
    for (const m of allMatches(RARER_STREET, text)) {
      let end = m.index + m[0].length;
      while (/[.,\s]/.test(text[end - 1])) end--;
      // One pattern's matches never overlap, and addressSpan only trims them
      spans.push(addressSpan(text, m.index, end));
    }
}
