/**
 * The words and small shapes the address patterns share: street types in each language, a house number, a name word,
 * the Romance particles, floor and door, and the number words of a house number said aloud. The patterns themselves
 * are in addressStreets.ts (capitalized), addressLowerCase.ts, addressSpoken.ts and addressCuedStreets.ts.
 */
import { LETTER, UPPER } from './letters';
import { ENGLISH_TEENS, ENGLISH_TENS, ENGLISH_UNITS } from './spokenDigits';

export const STREET_TYPES =
  'Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Terr|Way|Close|Crescent|Cres|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir|Trail|Trl|Row|Mews|Grove|Gardens|Gdns|Walk|Parade|Pde|Esplanade|Quay|Alley|Loop|Pike|Plaza|Crossing|Heights|Hts|Rise|Vale|Wynd|Broadway|Park|View|Hill|Lawn|Lawns|Grange|Manor|Meadows|Estate';
export const NAME_WORD = `(?:[${UPPER}][${LETTER}'’.-]*|\\d{1,3}(?:st|nd|rd|th))`;
export const HOUSE = '\\d{1,6}[A-Za-z]?(?:\\s?[-–/]\\s?\\d{1,5}[A-Za-z]?)?';
/** "Apt|Unit" -> "[Aa]pt|[Uu]nit": a unit word is said in either case ("flat 2", "unit 14"), street names are not. */
export const eitherCase = (words: string): string =>
  words
    .split('|')
    .map((w) => (/^[A-Z]/.test(w) ? `[${w[0]}${w[0].toLowerCase()}]${w.slice(1)}` : w))
    .join('|');
export const GERMANIC_SUFFIX =
  '(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|dijk|steeg|vej|gade|gatan|vägen|veien|gata)';
/** "34", "34a", "418-2", "12 II" is rare: a house number and its addition (letter or floor). */
export const EUROPEAN_HOUSE = '\\d{1,4}(?:\\s?[a-zA-Z](?![a-zA-Z])|[-/]\\d{1,4})?';
export const ROMANCE_TYPES =
  'Calle|C/|Av\\.|Avenida|Avinguda|Carrer|Rúa|Alameda|Estrada|Avenue|Avda\\.?|Paseo|Plaza|Carrera|Rua|Travessa|Praça|Largo|Via|Viale|Piazza|Corso|Rambla|Ronda|Camino';
export const ROMANCE_PARTICLES = `(?:(?:de|del|da|do|dos|das|della|di|la|las|los|lo|le|l[’'])\\s*){0,2}`;
/** Floor and door after a Spanish or Portuguese house number: "5, 3º B", "100, 2º Esq". */
export const ROMANCE_FLOOR = `(?:,?\\s+\\d{1,2}\\.?\\s?[ºª°]\\.?(?:\\s?(?:[A-H]|[Ii]zq(?:uierda|da)?\\.?|[Dd]cha\\.?|[Dd]erecha|[Ee]sq(?:uerdo)?\\.?|[Dd]ir(?:eito)?\\.?|[Dd]to\\.?|[Ff]rente)(?![${LETTER}]))?)`;
/** A flat or door said as a word after the house number: "120, apartamento 42", "15, piso 3", "8, appartement 12". */
export const ROMANCE_UNIT = `(?:,?\\s+(?:${eitherCase('Apartamento|Apto|Apt|Piso|Planta|Puerta|Dpto|Depto|Andar|Bloco|Bloque|Escalera|Appartement|Appt|Bâtiment|Étage')})\\.?\\s*[A-Za-z0-9-]{1,4}(?![${LETTER}\\d]))`;
export const NUMBER_WORD = `(?:oh|zero|${ENGLISH_UNITS}|${ENGLISH_TEENS}|${ENGLISH_TENS}|hundred)`;
/** The street types read in lower case, spelled out or cut short (LOWER_TYPES adds the rarer ones). */
export const LOWER_CASE_TYPES =
  'street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|way|terrace|crescent|close|parkway|highway|circle|square';

/** For the pre-pass: words that can make a street or introduce a postcode. */
export const STREET_CUE_WORDS = `${STREET_TYPES}|${ROMANCE_TYPES.replace('C/|', '')}|rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|route|cours|box|postfach|postbus|apartado|postale|postal|bp|c(?=/)`;
export const STREET_SUFFIX_WORDS = GERMANIC_SUFFIX.slice(3, -1);
