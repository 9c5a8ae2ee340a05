/**
 * A German number said as Germans often say it: the trunk "null" and the area code digit by digit, then the rest in
 * pairs ("null eins fünf eins, zwölf, vierunddreißig, sechsundfünfzig, achtundsiebzig" is 01512 34 56 78), or with the
 * country code said ("plus neunundvierzig ..."). The digit-by-digit reading (spokenDigits.ts) cannot take "zwölf" for
 * "12"; here digit words and pair words (10 to 99) make the number, a phone when Germany's numbering plan takes it.
 * At least one pair is said (digits alone are the digit reading's).
 */
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { allMatches } from './allMatches';
import { LETTER } from './letters';
import { GERMAN_COMPOUND_UNITS, GERMAN_DIGIT_WORDS } from './spokenDigits';
import type { PiiSpan } from './types';

/** German digit words (spokenDigits.ts). */
const GERMAN_DIGITS = Object.keys(GERMAN_DIGIT_WORDS);

const TEENS: Readonly<Record<string, number>> = {
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS: Readonly<Record<string, number>> = {
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
const UNIT = GERMAN_COMPOUND_UNITS;
const TEN = Object.keys(TENS).join('|');
const PAIR = `(?:(?:${UNIT})und)?(?:${TEN})|${Object.keys(TEENS).join('|')}`;
const DIGIT = GERMAN_DIGITS.join('|');
const TOKEN = `(?:${PAIR}|${DIGIT})(?![${LETTER}])`;
const SEP = '[\\s,.-]+';
const GERMAN_PAIRS = new RegExp(
  `(?<![${LETTER}])(?:plus${SEP}neunundvierzig|null)(?![${LETTER}])(?:${SEP}${TOKEN}){3,11}(?!${SEP}${TOKEN})`,
  'gi',
);
/** What the pattern cannot match without: "null" or "neunundvierzig", and a pair word ("-zig", "-ßig", a teen). */
const START = /null|neunundvierzig/i;
const PAIR_WORD = /zig|ßig|zehn|elf|zwölf/i;
const UNIT_AND_TENS = new RegExp(`^(?:(${UNIT})und)?(${TEN})$`);

/** The digits one word says ("zwölf" 12, "vierunddreißig" 34, "null" 0), and whether it was a pair. */
function wordDigits(word: string): [string, boolean] | undefined {
  if (GERMAN_DIGITS.includes(word)) return [GERMAN_DIGIT_WORDS[word], false];
  if (TEENS[word] !== undefined) return [String(TEENS[word]), true];
  const m = UNIT_AND_TENS.exec(word);
  if (!m) return undefined;
  return [String(TENS[m[2]] + (m[1] ? Number(GERMAN_DIGIT_WORDS[m[1] === 'ein' ? 'eins' : m[1]]) : 0)), true];
}

export function detectGermanPairs(text: string): PiiSpan[] {
  if (!START.test(text) || !PAIR_WORD.test(text)) return [];
  const spans: PiiSpan[] = [];
  for (const m of allMatches(GERMAN_PAIRS, text)) {
    const words = m[0].toLowerCase().split(/[\s,.-]+/);
    const international = words[0] === 'plus';
    let digits = international ? '0' : '';
    let pairs = 0;
    for (const word of international ? words.slice(2) : words) {
      const said = wordDigits(word);
      if (!said) {
        digits = '';
        break;
      }
      digits += said[0];
      if (said[1]) pairs++;
    }
    if (pairs === 0 || digits.length < 9 || digits.length > 12 || !isValidPhoneNumber(digits, 'DE')) continue;
    spans.push({ type: 'PHONE', start: m.index, end: m.index + m[0].length, canonical: `+49${digits.slice(1)}` });
  }
  return spans;
}
