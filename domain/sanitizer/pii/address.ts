/**
 * Postal addresses: house number, street name and street type (US, UK, Canada, Ireland, Australia), the
 * European orders ("Lindenstraße 34", "Calle Mayor 15", "12 rue de la Paix"), a unit or apartment, and
 * postcodes (US ZIP+4, UK, Canadian, Dutch, German, Irish) when a postcode cue or an address is next to them.
 * Street names must be capitalized, so "12 boxes on Main Street" or "the second street on the left" stay.
 */
import { allMatches } from './allMatches';
import { LETTER, UPPER } from './letters';
import type { PiiSpan } from './types';

const STREET_TYPES =
  'Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Terr|Way|Close|Crescent|Cres|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir|Trail|Trl|Row|Mews|Grove|Gardens|Gdns|Walk|Parade|Pde|Esplanade|Quay|Alley|Loop|Pike|Plaza|Crossing|Heights|Hts|Rise|Vale|Wynd|Broadway';
const DIRECTION = '(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?';
const NAME_WORD = `(?:[${UPPER}][${LETTER}'’.-]*|\\d{1,3}(?:st|nd|rd|th))`;
const HOUSE = '\\d{1,6}[A-Za-z]?(?:\\s?[-–/]\\s?\\d{1,5}[A-Za-z]?)?';
const UNIT = `(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Ste|Flat|Floor|Fl|Room|Rm|Bldg|Building|#)\\.?\\s*#?[A-Za-z0-9-]{1,6}(?![${LETTER}\\d]))`;
const UNIT_FIRST = '(?:(?:Flat|Apt|Apartment|Unit|Suite)\\s+[A-Za-z0-9-]{1,5},?\\s+)';
const ENGLISH = `${UNIT_FIRST}?${HOUSE}\\s+(?:${DIRECTION}\\s+)?(?:${NAME_WORD}\\s+){1,4}(?:${STREET_TYPES})\\b\\.?(?:\\s+${DIRECTION}(?![${LETTER}]))?${UNIT}?`;
const GERMANIC_SUFFIX =
  '(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|dijk|steeg|vej|gade|gatan|vägen|veien|gata)';
const GERMANIC = `[${UPPER}][${LETTER}-]*${GERMANIC_SUFFIX}\\s+\\d{1,4}\\s?[a-zA-Z]?(?![${LETTER}\\d])`;
const ROMANCE_TYPES =
  'Calle|C/|Avenida|Avda\\.?|Paseo|Plaza|Carrera|Rua|Travessa|Praça|Largo|Via|Viale|Piazza|Corso|Rambla|Ronda|Camino';
const ROMANCE = `(?:${ROMANCE_TYPES})\\s+(?:(?:de|del|da|do|dos|das|della|di)\\s+)?[${UPPER}][${LETTER}'’-]*(?:\\s+(?:(?:de|del|da|do|la)\\s+)?[${UPPER}][${LETTER}'’-]*){0,3},?\\s+(?:n[ºo°.]\\s*)?\\d{1,4}[a-zA-Z]?(?![${LETTER}\\d])`;
const FRENCH = `${HOUSE},?\\s+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|route|cours)\\s+(?:(?:de la|de l'|du|des|de|d')\\s*)?[${UPPER}][${LETTER}'’-]*(?:\\s+[${UPPER}][${LETTER}'’-]*){0,3}`;
const STREET = new RegExp(`(?<![${LETTER}\\d.,/-])(?:${ENGLISH}|${GERMANIC}|${ROMANCE}|${FRENCH})`, 'g'); // no `i`: names stay capitalized

const POSTCODE =
  /(?<![A-Za-z\d-])(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2}|[ACDEFHKNPRTVWXY]\d[\dW]\s?[\dACDEFHKNPRTVWXY]{4})(?![A-Za-z\d]|-\d)/g;
const POSTCODE_CUE =
  /\b(?:zip(?:\s?code)?|post\s?code|postal\s?code|plz|postleitzahl|code postal|c[oó]digo postal|cep|eircode)\b[^\p{L}\p{N}]{0,3}(?:is\s+|es\s+|est\s+|ist\s+|é\s+)?$/iu;
/** Between an address and its postcode: a city, a state or province, commas. */
const CITY_BETWEEN = /^[,\s]*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?[,\s]*(?:[A-Z]{2,3}\.?)?[,\s]*$/u;

/** For the pre-pass: words that can make a street or introduce a postcode. */
export const STREET_CUE_WORDS = `${STREET_TYPES}|${ROMANCE_TYPES.replace('C/|', '')}|rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|route|cours`;
export const STREET_SUFFIX_WORDS = GERMANIC_SUFFIX.slice(3, -1);

export function detectAddresses(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of allMatches(STREET, text)) {
    let end = m.index + m[0].length;
    while (/[.,\s]/.test(text[end - 1]) && !/\b(?:St|Ave|Rd|Blvd|Dr|Ct|Pl|Ln)\.$/.test(text.slice(m.index, end))) end--;
    spans.push({
      type: 'ADDRESS',
      start: m.index,
      end,
      canonical: text.slice(m.index, end).toLowerCase().replace(/\s+/g, ' '),
    });
  }
  const streets = spans.length;
  let previous = -1; // the last street ending before the postcode (both come in text order)
  for (const m of allMatches(POSTCODE, text)) {
    const start = m.index;
    while (previous + 1 < streets && spans[previous + 1].end <= start) previous++;
    const cued = POSTCODE_CUE.test(text.slice(Math.max(0, start - 30), start));
    // "12 Maple Avenue, Springfield, IL 62704" or "Lindenstraße 34, 10115 Berlin": an address just before it.
    const street = previous >= 0 ? spans[previous] : undefined;
    const nearAddress =
      street !== undefined && start - street.end <= 48 && CITY_BETWEEN.test(text.slice(street.end, start));
    if (!cued && !nearAddress) continue;
    spans.push({ type: 'ADDRESS', start, end: start + m[0].length, canonical: m[0].toUpperCase().replace(/\s/g, '') });
  }
  return spans;
}
