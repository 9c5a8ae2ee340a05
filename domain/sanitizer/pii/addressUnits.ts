/**
 * A flat, unit or floor said after a street that another pattern found ("..., apartment 803", "Hauptstraße 112,
 * Wohnung 4", "45, tercero izquierda"): the span grows to take it in.
 */
import { LETTER } from './letters';
import type { PiiSpan } from './types';
import { NUMBER_WORD } from './addressWords';

/**
 * A unit or floor after a street the other patterns found: "..., apartment 803", "... apartment six b" (said in words),
 * "45, tercero izquierda", "210, segundo direito" (a Spanish or Portuguese floor and door said as words); the flat or
 * floor words of the other languages too ("Hauptstraße 112, Wohnung 4", "3 rue des Lilas, appartement 12"), an Italian
 * flat or stair ("Via Roma 21, interno 4", "scala B") and a Belgian box ("Bondgenotenlaan 45 bus 3", "bte 2";
 * "bus" right after the house number only: "12 Main Street, bus 3 goes past" is a bus).
 */
const UNIT_AFTER = new RegExp(
  `,?\\s+(?:(?:appartement|appt|apartamento|apto|apt|apartment|unit|suite|ste|flat|floor|room|wohnung|whg|stock|tür|piso|andar|étage|etage|interno|int|scala|(?<=\\d\\s)bus|bte|boîte|#)\\.?\\s*(?:#?\\d{1,5}[A-Za-z]?|[A-Za-z]\\d{0,4}|${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD}){0,2}(?:\\s+[a-h])?)|(?:primero|segundo|tercero|cuarto|quinto|sexto|s[eé]ptimo|octavo|noveno|d[eé]cimo|bajo|[aá]tico|primeiro|terceiro|quarto|oitavo|nono|r[eé]s-do-ch[aã]o)(?:\\s+(?:izquierda|derecha|centro|esquerdo|direito|frente|[a-h]))?|(?:ground|first|second|third|fourth|fifth|sixth|top|basement|1st|2nd|3rd|[4-9]th)\\s+floor|\\d{1,2}\\.\\s?(?:OG|Stock|Etage|Obergeschoss)|(?:b[aâ]timent|b[aâ]t\\.|escalier|bloc)\\s*[A-Za-z0-9]{1,3})(?![${LETTER}\\d])`,
  'iy',
);
/**
 * Whether a unit may follow `end`: after a comma or spaces, one of the first letters of UNIT_AFTER's words or "#" (a
 * check of character codes: a dump of street-like phrases has thousands of streets).
 */
function mayStartUnit(text: string, end: number): boolean {
  let k = end;
  while (k < end + 3 && (text.charCodeAt(k) === 44 || text.charCodeAt(k) === 32)) k++;
  if (k === end) return false;
  const code = text.charCodeAt(k);
  return (
    code === 35 || // "#"
    code === 225 || // "á"
    code === 193 || // "Á"
    code === 233 || // "é"
    (isDigitCode(code) && isFloorNumber(text, k)) || // a floor's number ("2. OG", "2nd floor")
    UNIT_FIRST_LETTERS.has(code | 0x20)
  );
}
export const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** "2. OG", "12. Stock", "2nd floor": one or two digits, then a stop or an ordinal's letters (not "14 High Street"). */
function isFloorNumber(text: string, at: number): boolean {
  const next = isDigitCode(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
  const c = text.charCodeAt(next) | 0x20;
  return text.charCodeAt(next) === 46 || c === 115 || c === 110 || c === 114 || c === 116; // ".", s, n, r, t
}
const UNIT_FIRST_LETTERS = new Set([...'afuswrpcqosnbdtegi'].map((c) => c.charCodeAt(0)));

/** Each street found so far takes in the unit or floor said right after it. */
export function extendUnits(text: string, spans: PiiSpan[]): void {
  for (const span of spans) {
    if (!mayStartUnit(text, span.end)) continue;
    UNIT_AFTER.lastIndex = span.end;
    const unit = UNIT_AFTER.exec(text);
    if (unit) span.end += unit[0].length;
  }
}
