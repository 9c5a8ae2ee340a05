/**
 * IBANs: country code, two check digits, then the BBAN, compact or in groups of four. The length must
 * match the country's registered length and the whole must pass ISO 7064 mod-97.
 */
import type { DigitRun } from './prepass';
import type { PiiSpan } from './types';

/** Registered IBAN lengths (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

/** ISO 7064 mod 97-10 over the rearranged IBAN, computed piecewise so no big integers are needed. */
export function ibanChecksumValid(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * `runs`: the pre-pass's digit runs of `text`. An IBAN's check digits always start a run (a letter before them
 * ends any earlier one, and no cue word holds a digit), so the candidates are the runs glued to two letters that
 * follow neither a letter nor a digit: the positions the scan /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}/g would find.
 */
export function detectIbans(text: string, runs: readonly DigitRun[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const run of runs) {
    const start = run.start - 2;
    if (
      start < 0 ||
      !isAsciiLetter(text.charCodeAt(start)) ||
      !isAsciiLetter(text.charCodeAt(start + 1)) ||
      !isDigit(text.charCodeAt(run.start)) ||
      !isDigit(text.charCodeAt(run.start + 1)) ||
      isAlphanumeric(text.charCodeAt(start - 1))
    )
      continue;
    const length = IBAN_LENGTHS[text.slice(start, start + 2).toUpperCase()];
    if (!length) continue;
    const found = readIban(text, start, length);
    if (found && ibanChecksumValid(found.compact)) {
      spans.push({ type: 'IBAN', start, end: found.end, canonical: found.compact });
    }
  }
  return spans;
}
const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Collects `length` alphanumerics from `start`, allowing single spaces between them, then needs a boundary. */
function readIban(text: string, start: number, length: number): { compact: string; end: number } | undefined {
  let compact = '';
  let i = start;
  while (i < text.length && compact.length < length) {
    const code = text.charCodeAt(i);
    if (isAsciiLetter(code) || isDigit(code)) compact += text[i].toUpperCase();
    else if (!(code === 32 && isAlphanumeric(text.charCodeAt(i + 1)) && isAlphanumeric(text.charCodeAt(i - 1))))
      return undefined;
    i++;
  }
  if (compact.length !== length || isAlphanumeric(text.charCodeAt(i))) return undefined;
  return { compact, end: i };
}
/** [A-Za-z0-9] by character code (NaN past either end of the text is neither). */
const isAlphanumeric = (code: number): boolean => isAsciiLetter(code) || isDigit(code);
