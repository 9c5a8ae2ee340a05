/**
 * Postcodes (US ZIP+4, UK, Canadian, Dutch, German, Irish, the bare four digits of many countries), taken only when a
 * postcode cue is before them, an address just before them (a city between), a question asked for one, or a street
 * just after them.
 */
import { allMatches } from './allMatches';
import type { PiiSpan } from './types';

const POSTCODE =
  /(?<![A-Za-z\d-])(?:\d{4}-\d{3}|\d{5}(?:-\d{4}|-\d{3})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2}|[ACDEFHKNPRTVWXY]\d[\dW]\s?[\dACDEFHKNPRTVWXY]{4}|\d{4})(?![A-Za-z\d]|-\d)/g;
/**
 * What every POSTCODE shape holds: four digits in a row or a capital right before a digit. One native scan rules out
 * the turns with neither (a 200 KB dump of "12 Main Street" was scanned by POSTCODE's lookbehind and nine shapes at
 * every character).
 */
const POSTCODE_SHAPE = /\d{4}|[A-Z]\d/;
const POSTCODE_CUE =
  /\b(?:zip(?:\s?code)?|post\s?code|postal\s?code|plz|postleitzahl|code postal|c[oó]digo postal|cep|eircode)(?:['’]s)?\b[^\p{L}\p{N}]{0,3}(?:(?:caller|customer|client|cliente|kunde|kundin)\s*:\s*)?(?:(?:is|es|est|ist|é|el|le|o|it's)\s+)*$/iu;
/**
 * Between an address and its postcode: a city ("Dublin 1" with its district), a state or province, commas; a filler
 * before the city, as voice transcripts write it ("62 pembroke lane, uh, bristol bs8 1tr").
 */
const CITY_BETWEEN =
  /^\.?[,\s]*(?:(?:uh|um|er|erm)[,\s]+)*(?:(?:in|en|em|à|a)\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:[,\s]+\p{Lu}[\p{L}'’.-]*){0,4}(?:\s\d{1,2})?)?[,\s]*(?:[A-Z]{2,3}\.?)?[,\s]*(?:(?:in|en|em|à|a)\s+)?$/u;

/**
 * Or a city in lower case, as voice transcripts write it ("... apt 3 chicago 60614"): one or two words, no word that
 * starts a clause or counts time ("since 2019"), before a postcode of five digits or with letters.
 */
const LOWER_CITY_BETWEEN =
  /^[,\s]*(?:(?:uh|um|er|erm)[,\s]+)*(?:(?:in|en|em)\s+)?([a-z][a-z\u00DF-\u00FF'’.-]+(?:\s+[a-z][a-z\u00DF-\u00FF'’.-]+)??)(?:\s\d{1,2})?[,\s]*(?:[a-z]{2,3}\.?)?[,\s]*$/;
const NOT_A_CITY =
  /\b(?:since|for|from|until|till|and|or|but|the|my|is|was|then|about|around|in|at|on|to|with|no|not|yes|ok|before|after|years?|months?)\b/;
const FIVE_OR_LETTERS = /^\d{5}|[A-Za-z]/;
const lowerCaseCity = (between: string, postcode: string): boolean => {
  if (!FIVE_OR_LETTERS.test(postcode) && !AU_STATE_BEFORE.test(between)) return false;
  const city = LOWER_CITY_BETWEEN.exec(between);
  return city !== null && !NOT_A_CITY.test(city[1]);
};

/** A postcode of a shape no other number has (letters in it, or ZIP+4), asked for earlier in the sentence or turn. */
const POSTCODE_ASKED =
  /\b(?:zip(?:\s?code)?|post\s?code|postal\s?code|eircode|code postal|c[oó]digo postal|plz|postleitzahl)\b[^\n]{0,80}$/iu;
const DISTINCT_POSTCODE = /[A-Z]|\d{5}-\d{4}/;
/** Between a postcode and the street after it: a comma, "it's", "and", "the address is". */
const POSTCODE_THEN_STREET = /^[,.\s]*(?:(?:it['’]?s|and|the address is|address is)[,\s]+)?$/i;

/** Lower-case postcodes with letters (UK, Canada, Ireland), taken only after a postcode cue or near an address. */
const LOWER_POSTCODE =
  /(?<![A-Za-z\d-])(?:[a-z]{1,2}\d[a-z\d]?\s\d[a-z]{2}|[a-z]\d[a-z]\s?\d[a-z]\d|[acdefhknprtvwxy]\d[\dw]\s[\dacdefhknprtvwxy]{4})(?![A-Za-z\d])/g;
const POSTCODE_WORD = /zip|post\s?code|postal|eircode/i;
const LOWER_LETTER_DIGIT = /[a-z]\d/;
/** A four-digit Australian postcode after its state in lower case ("fremantle wa 6160"). */
const AU_STATE_BEFORE = /(?<![\p{L}])(?:nsw|vic|qld|wa|sa|tas|act|nt)[,\s]*$/u;

/** The postcodes of the text, after `spans`, the streets found (sorted by start): pushed onto them. */
export function detectPostcodes(text: string, spans: PiiSpan[]): void {
  const streets = spans.length;
  let previous = -1; // the last street ending before the postcode (both come in text order)
  const postcodes = POSTCODE_SHAPE.test(text) ? allMatches(POSTCODE, text) : [];
  if ((spans.length > 0 || POSTCODE_WORD.test(text)) && LOWER_LETTER_DIGIT.test(text)) {
    const lower = allMatches(LOWER_POSTCODE, text);
    if (lower.length > 0) postcodes.push(...lower.map((m) => Object.assign(m, { lower: true })));
    postcodes.sort((a, b) => a.index - b.index);
  }
  for (const m of postcodes) {
    const start = m.index;
    while (previous + 1 < streets && spans[previous + 1].end <= start) previous++;
    const cued = POSTCODE_CUE.test(text.slice(Math.max(0, start - 30), start));
    // "12 Maple Avenue, Springfield, IL 62704" or "Lindenstraße 34, 10115 Berlin": an address just before it.
    const street = previous >= 0 ? spans[previous] : undefined;
    const nearAddress =
      street !== undefined &&
      start - street.end <= 48 &&
      (CITY_BETWEEN.test(text.slice(street.end, start)) || lowerCaseCity(text.slice(street.end, start), m[0]));
    // A bare four-digit postcode (AU, AT, BE, CH, DK, NZ...) is no exception: it too needs its cue or an address.
    // "date of birth and postcode? Caller: 19/07/1988 and NW3 5QR": a shape only a postcode has, asked for before.
    const asked =
      !cued &&
      !nearAddress &&
      DISTINCT_POSTCODE.test(m[0]) &&
      POSTCODE_ASKED.test(text.slice(Math.max(0, start - 100), start));
    // "D08 VF8H, it's 14 Thomas Street": a postcode of a shape only a postcode has, said just before the street.
    const before =
      !cued &&
      !nearAddress &&
      !asked &&
      previous + 1 < streets &&
      spans[previous + 1].start - start <= 32 &&
      DISTINCT_POSTCODE.test(m[0]) &&
      POSTCODE_THEN_STREET.test(text.slice(start + m[0].length, spans[previous + 1].start));
    if (!cued && !nearAddress && !asked && !before) continue;
    if ((m as { lower?: boolean }).lower && !cued && !nearAddress) continue;
    spans.push({ type: 'ADDRESS', start, end: start + m[0].length, canonical: m[0].toUpperCase().replace(/\s/g, '') });
  }
}
