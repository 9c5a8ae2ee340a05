/**
 * A French number said as the French say it, in pairs: "zéro six, douze, trente-quatre, cinquante-six,
 * soixante-dix-huit" is 06 12 34 56 78. The digit-by-digit reading (spokenDigits.ts) cannot take "douze" for "12";
 * here the first pair ("zéro" and a digit) and four pairs from 0 to 99 make ten digits, a phone when France's
 * numbering plan takes them (Belgian and Swiss "septante", "huitante", "nonante" included). A fifth pair after them
 * means digits read one by one ("zéro six, un deux, trois quatre, ..."), which the digit reading takes whole.
 */
import { isPossiblePhoneNumber } from 'libphonenumber-js/max';
import { allMatches } from './allMatches';
import { LETTER } from './letters';
import { digitValues, FRENCH_DIGIT_WORDS, FRENCH_UNITS } from './spokenDigits';
import type { PiiSpan } from './types';

const UNIT = FRENCH_UNITS;
const TEEN = 'dix[\\s-](?:sept|huit|neuf)|dix|onze|douze|treize|quatorze|quinze|seize';
const TENS = 'quatre[\\s-]vingts?|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante';
/** One pair: "zéro six", "douze", "soixante et onze", "quatre-vingt-dix-neuf". */
const PAIR = `(?:z[ée]ro[\\s-]+(?:z[ée]ro|${UNIT})|(?:${TENS})(?:(?:[\\s-]+et)?[\\s-]+(?:${TEEN}|${UNIT}))?|${TEEN}|${UNIT})(?![${LETTER}])`;
const BETWEEN = '[\\s,.-]+';
const FRENCH_PAIRS = new RegExp(
  `(?<![${LETTER}])z[ée]ro[\\s-]+(?:${UNIT})(?![${LETTER}])(?:${BETWEEN}${PAIR}){4}(?!${BETWEEN}${PAIR})`,
  'gi',
);
/** With the country code said and no trunk zero: "plus trente-trois, six, douze, trente-quatre, ..." is +33 6 12 34 ... */
const FRENCH_PAIRS_INTERNATIONAL = new RegExp(
  `(?<![${LETTER}])plus[\\s,]+trente[\\s-]+trois${BETWEEN}(?:${UNIT})(?![${LETTER}])(?:${BETWEEN}${PAIR}){4}(?!${BETWEEN}${PAIR})`,
  'gi',
);
const PLUS_33 = /plus[\s,]+trente[\s-]+trois/i;
/**
 * What the pattern cannot match without: "zéro" and a digit word, tested first (both patterns are plain ones, not
 * unicode ones, which cost several times more on every turn with digit words).
 */
const FRENCH_START = new RegExp(`z[ée]ro[\\s-]+(?:${UNIT})(?![${LETTER}])`, 'i');

const VALUES: Readonly<Record<string, number>> = {
  ...digitValues(FRENCH_DIGIT_WORDS),
  zero: 0, // "zéro" written without its accent
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
};
const PAIR_ALONE = new RegExp(PAIR, 'gi');

/** The two digits of a pair: its words summed, "quatre vingt" as 80. */
function pairDigits(pair: string): string | undefined {
  const words = pair
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'et');
  let total = 0;
  for (let k = 0; k < words.length; k++) {
    if (words[k] === 'quatre' && words[k + 1]?.startsWith('vingt')) {
      total += 80;
      k++;
      continue;
    }
    const value = VALUES[words[k]];
    if (value === undefined) return undefined;
    total += value;
  }
  return total < 100 ? String(total).padStart(2, '0') : undefined;
}

export function detectFrenchPairs(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (PLUS_33.test(text))
    for (const m of allMatches(FRENCH_PAIRS_INTERNATIONAL, text)) {
      const said = m[0].slice(m[0].search(/trois/i) + 5);
      // The trunk zero, the digit said alone, then the pairs.
      const [first, ...pairs] = said.match(PAIR_ALONE) ?? [];
      let digits = `0${(pairDigits(first ?? '') ?? 'xx').slice(1)}`;
      for (const pair of pairs) digits += pairDigits(pair) ?? 'x';
      if (digits.length !== 10 || !isPossiblePhoneNumber(digits, 'FR')) continue;
      spans.push({ type: 'PHONE', start: m.index, end: m.index + m[0].length, canonical: `+33${digits.slice(1)}` });
    }
  if (!FRENCH_START.test(text)) return spans;
  for (const m of allMatches(FRENCH_PAIRS, text)) {
    let digits = '';
    for (const pair of m[0].match(PAIR_ALONE) ?? []) digits += pairDigits(pair) ?? 'x';
    if (digits.length !== 10 || !isPossiblePhoneNumber(digits, 'FR')) continue;
    spans.push({ type: 'PHONE', start: m.index, end: m.index + m[0].length, canonical: `+33${digits.slice(1)}` });
  }
  return spans;
}
