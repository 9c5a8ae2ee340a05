/**
 * An international number said in English with its country code and some of its digits in pairs: "plus thirty three
 * six twelve thirty four fifty six seventy eight" is +33 6 12 34 56 78. The digit-by-digit reading (spokenDigits.ts)
 * cannot take "twelve" for "12"; here every word after "plus" is read (a unit as one digit, a teen or a tens word with
 * its unit as two, "oh" and "zero" as 0, "double"/"triple" repeating the next digit), and the digits are a phone when
 * they make a valid number with the "+". Only a reading with a teen or a tens word: without one, the digit reading
 * takes the number whole.
 */
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { allMatches } from './allMatches';
import { LETTER } from './letters';
import { digitValues, ENGLISH_DIGIT_WORDS, ENGLISH_TEENS, ENGLISH_TENS, REPEAT_WORDS } from './spokenDigits';
import type { PiiSpan } from './types';

/** The digit words: spokenDigits.ts's English ones but "o" (a letter). */
const DIGITS = Object.keys(ENGLISH_DIGIT_WORDS).filter((word) => word !== 'o');
const WORD = `(?:${ENGLISH_TENS}|${ENGLISH_TEENS}|${DIGITS.join('|')}|${Object.keys(REPEAT_WORDS).join('|')})`;
/** "plus" and at least six number words after it, pauses between them. */
const PLUS_WORDS = new RegExp(`(?<![${LETTER}])plus(?:[\\s,-]+${WORD}(?![${LETTER}])){6,16}`, 'gi');
const PLUS = /plus/i;
/** What the pattern cannot match without: "plus", and a teen or tens word (native scans first). */
const PAIR_WORD = new RegExp(`(?:${ENGLISH_TENS}|${ENGLISH_TEENS})(?![${LETTER}])`, 'i');

const VALUES: Readonly<Record<string, number>> = {
  ...digitValues(ENGLISH_DIGIT_WORDS),
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The digits the words say ("thirty three six twelve" is "33612"), or undefined when a repeat word ends them. */
function digitsOf(words: readonly string[]): string | undefined {
  let digits = '';
  let repeat = 1;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (REPEAT_WORDS[word] !== undefined) {
      repeat = REPEAT_WORDS[word];
      continue;
    }
    const value = VALUES[word];
    if (value >= 20 && value % 10 === 0 && VALUES[words[k + 1]] >= 1 && VALUES[words[k + 1]] <= 9) {
      digits += String(value + VALUES[words[k + 1]]).repeat(repeat);
      k++;
    } else digits += String(value).repeat(repeat);
    repeat = 1;
  }
  return repeat === 1 ? digits : undefined;
}

export function detectEnglishPairs(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (!PLUS.test(text) || !PAIR_WORD.test(text)) return spans;
  for (const m of allMatches(PLUS_WORDS, text)) {
    const words = m[0]
      .toLowerCase()
      .split(/[\s,-]+/)
      .slice(1);
    if (!words.some((word) => VALUES[word] >= 10)) continue;
    const digits = digitsOf(words);
    if (!digits || !isValidPhoneNumber(`+${digits}`)) continue;
    spans.push({ type: 'PHONE', start: m.index, end: m.index + m[0].length, canonical: `+${digits}` });
  }
  return spans;
}
