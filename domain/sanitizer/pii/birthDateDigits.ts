/**
 * A date read out digit by digit after a field cue: eight, six or four digits said as words ("zero three zero four
 * one nine eight five", "null drei, null sieben, einundachtzig") or written one at a time ("DOB? 1 7 0 6 9 2"),
 * and the checks that such digits make a day, a month and a year (cues.ts asks them too).
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { LETTER } from './letters';
import { DIGIT_WORDS, SPOKEN_DIGIT_ALTERNATION } from './spokenDigits';
import type { PiiSpan } from './types';
import { FIELD_CUE_WINDOW, followsBirthFieldCue } from './birthDateCues';
import { birthDate } from './birthDateShapes';
import { yearSaidAfter } from './birthDateYearAfter';

/**
 * A date read out digit by digit ("my DOB is zero three zero four one nine eight five"): eight digits that make one,
 * day, month and year in either order or the year first (the spoken-digit reading asks, cues.ts), after a field cue.
 */
const month = (mm: string): boolean => mm >= '01' && mm <= '12';
const day = (dd: string): boolean => dd >= '01' && dd <= '31';
const year = (yyyy: string): boolean => yyyy.startsWith('19') || yyyy.startsWith('20');
export function isDateDigits(digits: string): boolean {
  if (digits.length !== 8) return false;
  const [a, b] = [digits.slice(0, 2), digits.slice(2, 4)];
  return (
    (((day(a) && month(b)) || (month(a) && day(b))) && year(digits.slice(4))) ||
    (year(digits.slice(0, 4)) && month(digits.slice(4, 6)) && day(digits.slice(6)))
  );
}
/**
 * Six digits read out (day, month and a two-digit year in either order: "one four oh three eight six"), or four (day
 * and month) before a year said in words ("cero cuatro cero nueve, ochenta y ocho", "null drei, null sieben,
 * einundachtzig"): the spoken-digit reading asks, after a field cue.
 */
export function isShortDateDigits(digits: string): boolean {
  if (digits.length !== 6 && digits.length !== 4) return false;
  const [a, b] = [digits.slice(0, 2), digits.slice(2, 4)];
  return (day(a) && month(b)) || (month(a) && day(b));
}
/** Four digits said as words, in any of the five languages. */
const FOUR_DIGITS_SAID = new RegExp(
  `(?<![${LETTER}])(?:${grouped(`${SPOKEN_DIGIT_ALTERNATION}|oh`, true)})(?:[\\s,-]+(?:${grouped(`${SPOKEN_DIGIT_ALTERNATION}|oh`, true)})){3}(?![${LETTER}])`,
  'gi',
);
/** Day and month read out digit by digit and the year in words, after a field cue: "null drei, null sieben, einundachtzig". */
export function dayMonthDigitsThenYear(text: string, cueAt: number, spans: PiiSpan[]): void {
  // Read only in the few words after the first field cue (the digits must follow one within 60 characters).
  const window = text.slice(cueAt, cueAt + FIELD_CUE_WINDOW);
  for (const found of allMatches(FOUR_DIGITS_SAID, window)) {
    const m = { index: cueAt + found.index, 0: found[0] };
    const digits = m[0]
      .toLowerCase()
      .split(/[\s,-]+/)
      .map((word) => DIGIT_WORDS[word])
      .join('');
    if (!isShortDateDigits(digits) || !followsBirthFieldCue(text, m.index)) continue;
    const stop = yearSaidAfter(text, m.index + m[0].length);
    if (stop > 0) spans.push(birthDate(text, m.index, stop));
  }
}
/** Six or eight digits written one at a time: "DOB? 1 7 0 6 9 2", "date of birth 0 4 1 7 1 9 8 6". */
const SPACED_DIGITS = /(?<!\d[ ,]?)\d(?:,? \d){5}(?:(?:,? \d){2})?(?!,? ?\d)/g;
export const SPACED_DIGITS_NEAR = /\d \d \d \d/;
export function digitsOneByOne(text: string, cueAt: number, spans: PiiSpan[]): void {
  for (const m of allMatches(SPACED_DIGITS, text.slice(cueAt, cueAt + FIELD_CUE_WINDOW))) {
    const digits = m[0].replace(/\D/g, '');
    const start = cueAt + m.index;
    if (!(digits.length === 6 ? isShortDateDigits(digits) : isDateDigits(digits))) continue;
    if (followsBirthFieldCue(text, start)) spans.push(birthDate(text, start, start + m[0].length));
  }
}
