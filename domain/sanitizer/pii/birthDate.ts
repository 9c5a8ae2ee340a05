/**
 * Dates of birth: a date, numeric or spelled out, right after a birth cue ("date of birth", "DOB", "born on",
 * "birthday", "fecha de nacimiento", "date de naissance", "Geburtsdatum", "data de nascimento", "data di nascita"). A date with
 * no birth cue before it (an appointment, a delivery, an invoice) stays.
 *
 * This file reads each cued date in text order and what comes with it; the shapes, the cues and the other readings
 * are in birthDate*.ts.
 */
import { allMatches } from './allMatches';
import { LETTER } from './letters';
import type { PiiSpan } from './types';
import { datesBeforeCues } from './birthDateBeforeCue';
import { CORRECTED_DATE, RESTATED_DAY_MONTH, sameDayAndMonth } from './birthDateCorrections';
import {
  BIRTH_DATE,
  FIELD_CUE_WORD,
  MONTH_NUMBER_AFTER,
  notInCompound,
  NUMBERS_BIRTH_DATE,
  TAKEN_BACK_DAY,
  YEAR_OR_DAY_MONTH,
  YEAR_SAID,
  YEAR_SAID_WORD,
} from './birthDateCues';
import { dayMonthDigitsThenYear, digitsOneByOne, SPACED_DIGITS_NEAR } from './birthDateDigits';
import { GERMAN_BIRTH_CUE, germanSaidDates, wordDayBefore } from './birthDateGerman';
import { birthDate, MONTHS } from './birthDateShapes';
import { yearWordAfter } from './birthDateYearAfter';
import { LISTED_DATE } from './birthDateListed';

export { BIRTH_CUE_WORDS, CONNECTORS, followsBirthFieldCue, hasBirthCue } from './birthDateCues';
export { isDateDigits, isShortDateDigits } from './birthDateDigits';
export { DAY, DAY_THEN_MONTH, MONTHS, SPEAKER } from './birthDateShapes';

/** How far past a field cue's start its date is near; beyond it, a recent year is no birth year. */
const NEAR_CUE = 75;
const RECENT_YEAR = /20[2-9]\d|twenty twenty/i;

/** `digitWords`: whether the turn holds a digit said as a word (the pre-pass's finding; true when unknown). */
export function detectBirthDates(text: string, digitWords = true): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const taken = new Set<number>();
  const yearsSaid = YEAR_SAID_WORD.test(text) ? allMatches(YEAR_SAID, text).filter(notInCompound) : [];
  // The dates after a cue (group 1) and the years or days and months alone (groups 1 and 2 of the other pattern), in
  // the order of the text, as when one pattern found them all.
  const dated = allMatches(BIRTH_DATE, text).filter(notInCompound);
  if (MONTH_NUMBER_AFTER.test(text)) {
    const said = allMatches(NUMBERS_BIRTH_DATE, text).filter(notInCompound);
    if (said.length > 0) {
      dated.push(...said);
      dated.sort((a, b) => a.index - b.index);
    }
  }
  const alone = allMatches(YEAR_OR_DAY_MONTH, text).filter(notInCompound);
  const isAlone = new Set<RegExpExecArray>(alone);
  const cued = alone.length === 0 ? dated : [...dated, ...alone].sort((a, b) => a.index - b.index);
  for (const m of [...cued, ...datesBeforeCues(text), ...yearsSaid]) {
    const date = !isAlone.has(m);
    const [start, end] = m.indices![1] ?? m.indices![2];
    if (taken.has(start)) continue;
    // Far from its cue, a date of this decade is more often an appointment than a caller's birth.
    if (date && start - m.index > NEAR_CUE && RECENT_YEAR.test(text.slice(start, end))) continue;
    taken.add(start);
    let stop = end;
    while (stop > start && /[.,\s]/.test(text[stop - 1])) stop--;
    const whole = birthDate(text, wordDayBefore(text, start), yearWordAfter(text, start, stop));
    spans.push(whole);
    // The day said first and taken back is the caller's too ("the 22nd no sorry 23rd of August 1979").
    if (date) {
      const back = TAKEN_BACK_DAY.exec(text.slice(m.index, start));
      if (back) spans.push(birthDate(text, m.index + back.index, m.index + back.index + back[1].length));
    }
    // A correction names a second one: "it should be 06/14/1975, not 06/15/1975".
    CORRECTED_DATE.lastIndex = stop;
    const other = CORRECTED_DATE.exec(text);
    if (other && !taken.has(other.indices![1][0])) {
      taken.add(other.indices![1][0]);
      spans.push(birthDate(text, other.indices![1][0], other.indices![1][1]));
    }
    // Another person's listed after it: "my husband's DOB is 14/02/1979 and mine is 02/09/1981".
    LISTED_DATE.lastIndex = whole.end;
    const listed = date ? LISTED_DATE.exec(text) : null;
    if (listed && !taken.has(listed.indices![1][0])) {
      const [from, to] = listed.indices![1];
      taken.add(from);
      spans.push(birthDate(text, from, yearWordAfter(text, from, to)));
    }
    // The day and month said again in words after a filler: "03.07.1964 uh the third of july".
    RESTATED_DAY_MONTH.lastIndex = stop;
    const again = date ? RESTATED_DAY_MONTH.exec(text) : null;
    if (again && !taken.has(again.indices![1][0]) && sameDayAndMonth(text.slice(start, stop), again[1])) {
      taken.add(again.indices![1][0]);
      spans.push(birthDate(text, again.indices![1][0], again.indices![1][1]));
    }
  }
  // Each of these needs a field cue's word ("geb" of "geboren" and "Geburtsdatum" among them): one test for all.
  const cue = FIELD_CUE_WORD.exec(text);
  if (cue === null) return babyOf(text, spans);
  if (GERMAN_BIRTH_CUE.test(text)) germanSaidDates(text, spans);
  if (digitWords) dayMonthDigitsThenYear(text, cue.index, spans);
  if (SPACED_DIGITS_NEAR.test(text)) digitsOneByOne(text, cue.index, spans);
  return babyOf(text, spans);
}

/**
 * "I'm a March '88 baby", "she's a June 2015 baby", "he was an '82 baby": the month (or the year alone) of a birth said
 * as what the speaker or a person is. The subject and "a"/"an" before it are needed ("the March 2026 baby shower" is an
 * event), and nothing but "baby" after the year. A pattern of its own (BIRTH_DATE is near the size V8 optimises), run
 * only when the turn holds "baby".
 */
const BABY = new RegExp(
  `(?<![${LETTER}])(?:i['’]?m|i am|i was|(?:you|we|they)['’]re|(?:you|we|they) (?:are|were)|(?:he|she)['’]s|(?:he|she) (?:is|was))\\s+an?\\s+((?:(?:${MONTHS})\\s+)?(?:'\\d{2}|(?:19|20)\\d{2}))\\s+baby(?![${LETTER}])`,
  'dgi',
);
function babyOf(text: string, spans: PiiSpan[]): PiiSpan[] {
  if (!/baby/i.test(text)) return spans;
  for (const m of allMatches(BABY, text)) spans.push(birthDate(text, m.indices![1][0], m.indices![1][1]));
  return spans;
}
