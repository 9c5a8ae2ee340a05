/**
 * A Spanish number said as the Spanish say it: the first three digits one by one, then pairs ("seis cero cero, doce,
 * treinta y cuatro, cincuenta y seis" is 600 12 34 56). The digit-by-digit reading (spokenDigits.ts) cannot take
 * "doce" for "12"; here three digit words and three pairs from 0 to 99 make nine digits, a phone when Spain's
 * numbering plan takes them. A fourth pair after them means some other number, left alone.
 */
import { isPossiblePhoneNumber, isValidPhoneNumber } from 'libphonenumber-js/max';
import { allMatches } from './allMatches';
import { LETTER } from './letters';
import { digitValues, SPANISH_DIGIT_WORDS } from './spokenDigits';
import type { PiiSpan } from './types';

/** The digit words (spokenDigits.ts), and "un" for "uno". */
const DIGITS: Readonly<Record<string, string>> = { ...SPANISH_DIGIT_WORDS, un: '1' };
const DIGIT = Object.keys(DIGITS).join('|');
const UNIT = Object.keys(DIGITS)
  .filter((word) => word !== 'cero')
  .join('|');
const TEEN = 'diez|once|doce|trece|catorce|quince|diec?i(?:séis|seis|siete|ocho|nueve)';
const TWENTIES = 'veinte|veinti(?:uno|ún|un|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)';
const TENS = 'treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa';
/** One pair: "cero cinco", "doce", "treinta y cuatro", "veintiocho". */
const PAIR = `(?:cero[\\s-]+(?:cero|${UNIT})|(?:${TENS})(?:\\s+y\\s+(?:${UNIT}))?|${TWENTIES}|${TEEN})(?![${LETTER}])`;
const BETWEEN = '[\\s,.-]+';
const SPANISH_GROUPS = new RegExp(
  `(?<![${LETTER}])(?:${DIGIT})(?:${BETWEEN}(?:${DIGIT})){2}(?![${LETTER}])(?:${BETWEEN}${PAIR}){3}(?!${BETWEEN}(?:${PAIR}|${DIGIT}))`,
  'gi',
);
/**
 * A Mexican number said in five pairs ("cincuenta y cinco, doce, treinta y cuatro, cincuenta y seis, setenta y ocho" is
 * 55 1234 5678): ten digits Mexico's numbering plan takes, with a phone word in the turn (five pairs in a row may
 * count anything).
 */
const MEXICAN_PAIRS = new RegExp(
  `(?<![${LETTER}])${PAIR}(?:${BETWEEN}${PAIR}){4}(?!${BETWEEN}(?:${PAIR}|${DIGIT}))`,
  'gi',
);
const PHONE_WORD = /tel[eé]fono|celular|\bcel\b|n[uú]mero|whats|llam|m[oó]vil|contacto/i;
/**
 * What the pattern cannot match without: a piece of every pair word of ten or more ("-nta" of the tens, "veint",
 * "dieci", ...), a plain test before it (the words with their accents and word ends cost twice as much on every turn).
 */
const SPANISH_PAIR_WORD = /[ei]nta(?![a-z])|veint|dieci|diez|doce|trece|catorce|quince/i;

const VALUES: Readonly<Record<string, number>> = {
  ...digitValues(DIGITS),
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
};
const STRIP_ACCENTS = (word: string): string => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The value of one word: a listed one, "dieci..." (10 + unit) or "veinti..." (20 + unit). */
function wordValue(word: string): number | undefined {
  const plain = STRIP_ACCENTS(word.toLowerCase());
  if (VALUES[plain] !== undefined) return VALUES[plain];
  for (const [prefix, base] of [
    ['dieci', 10],
    ['diez', 10],
    ['veinti', 20],
  ] as const) {
    if (plain.startsWith(prefix)) {
      const unit = VALUES[plain.slice(prefix.length)];
      return unit !== undefined && unit < 10 ? base + unit : undefined;
    }
  }
  return undefined;
}

/** The number words of a match, lower-cased, without the pauses between them or the "y" of "treinta y cuatro". */
const numberWords = (said: string): string[] =>
  said
    .toLowerCase()
    .split(/[\s,.-]+/)
    .filter((w) => w !== '' && w !== 'y');

/** The nine digits the match says: three digit words, then three pairs (each word of a pair summed). */
function digitsOf(said: string): string | undefined {
  const words = numberWords(said);
  let digits = '';
  for (const word of words.slice(0, 3)) {
    const value = wordValue(word);
    if (value === undefined || value > 9) return undefined;
    digits += value;
  }
  const pairs = pairsOf(words.slice(3));
  return pairs !== undefined && digits.length + pairs.length === 9 ? digits + pairs : undefined;
}

/** The digits of words said in pairs: a word of ten or more, maybe with a unit after it ("treinta y cuatro"), or "cero" and a unit. */
function pairsOf(words: readonly string[]): string | undefined {
  let digits = '';
  let pair: number | undefined;
  for (const word of words) {
    const value = wordValue(word);
    if (value === undefined) return undefined;
    if (pair === undefined) pair = value;
    else if ((pair === 0 || (pair >= 30 && pair % 10 === 0)) && value < 10) {
      digits += String(pair + value).padStart(2, '0');
      pair = undefined;
    } else {
      digits += String(pair).padStart(2, '0');
      pair = value;
    }
  }
  if (pair !== undefined) digits += String(pair).padStart(2, '0');
  return digits;
}

export function detectSpanishGroups(text: string): PiiSpan[] {
  if (!SPANISH_PAIR_WORD.test(text)) return [];
  const spans: PiiSpan[] = [];
  for (const m of allMatches(SPANISH_GROUPS, text)) {
    const digits = digitsOf(m[0]);
    if (!digits || !isPossiblePhoneNumber(digits, 'ES') || !/^[6-9]/.test(digits)) continue;
    spans.push({ type: 'PHONE', start: m.index, end: m.index + m[0].length, canonical: `+34${digits}` });
  }
  if (spans.length === 0 && PHONE_WORD.test(text))
    for (const m of allMatches(MEXICAN_PAIRS, text)) {
      const digits = pairsOf(numberWords(m[0]));
      if (digits?.length !== 10 || !isValidPhoneNumber(digits, 'MX')) continue;
      spans.push({ type: 'PHONE', start: m.index, end: m.index + m[0].length, canonical: `+52${digits}` });
    }
  return spans;
}
