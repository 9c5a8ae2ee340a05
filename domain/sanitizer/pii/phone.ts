/**
 * Phone numbers. A linear scan cuts the text into runs of digit groups; inside a run, windows of whole groups
 * that look like a phone layout are the only candidates, and each distinct candidate is validated once by
 * libphonenumber-js against the full ("max") metadata. So a 10-digit order number only passes when it is also
 * a real, assignable number, and then only when nothing labels it as a reference, a price, a quantity or a date.
 * National formats use the default region; "+..." numbers any region.
 *
 * This file walks the runs (phoneRuns.ts reads a run, phoneWindows.ts the windows inside it); the layouts, the
 * phone words and the validations are in phoneLayouts.ts, phoneWords.ts and phoneValidation.ts.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { MIN_DIGITS } from './phoneLayouts';
import * as phoneRuns from './phoneRuns';
import { MAX_VALIDATIONS, type Verdicts } from './phoneValidation';
import * as phoneWindows from './phoneWindows';
import type { DigitRun } from './prepass';
import type { PiiSpan } from './types';

export { isCallersNumber, isPhoneLayout } from './phoneSaidInWords';
export { PHONE_CUE } from './phoneWords';

/** Read once: every use of an imported binding under tsx is a getter call (see phoneWindows.ts). */
const { commaJoined, groupsOf, hasMultiDigitGroupOrPlus, LONG_RUN, mayHoldNationalNumber, readDigitByDigit } =
  phoneRuns;
const { findInRun } = phoneWindows;
const COMMA = 44;
/** An area code alone, its trunk "0" and one to four digits: "020", "0161", "089". */
const AREA_CODE_ALONE = /^0\d{1,4}$/;
/** A year (1990 to 2039), a dash and five or six digits, the whole run: a reference numbered by its year. */
const YEAR_SERIAL = /^(?:199\d|20[0-3]\d)-\d{5,6}$/;

/** `runs`: the pre-pass's digit runs of `text`. */
export function detectPhones(text: string, region: string, runs: readonly DigitRun[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const verdicts: Verdicts = { byCandidate: new Map(), budget: MAX_VALIDATIONS }; // one validation per candidate
  for (let r = 0; r < runs.length; r++) {
    let run = runs[r];
    // "9 1 7, 5 5 5, 0 1 2 6": digits read one at a time with a comma between the groups are one run.
    if (text.charCodeAt(run.start + run.text.length) === COMMA && !hasMultiDigitGroupOrPlus(run.text)) {
      const joined = commaJoined(text, runs, r);
      if (joined.last > r) {
        run = joined.run;
        r = joined.last;
      }
    }
    // "089 / 4412 8830": a German area code and its number with a spaced slash between (three characters the pre-pass
    // does not join): one run when a trunk "0" starts it. So is an area code alone before a spaced dash or a comma,
    // "020 - 555 1234", "0161, 496 0380" (the area code said, a pause, then the number).
    if (r + 1 < runs.length && run.text.startsWith('0')) {
      const next = runs[r + 1];
      const gap =
        next.start - run.start - run.text.length <= 3 ? text.slice(run.start + run.text.length, next.start) : '';
      if (gap === ' / ' || ((gap === ' - ' || gap === ' – ' || gap === ', ') && AREA_CODE_ALONE.test(run.text))) {
        run = { start: run.start, text: text.slice(run.start, next.start + next.text.length) };
        r++;
      }
    }
    // A run of single digits ("1 2 3 ...", "1.1.1.") holds no phone layout: no group walk at all, unless a phone
    // word is near ("my number is 4 1 5 5 5 5 0 1 2 3", how speech-to-text writes digits read one at a time).
    if (run.text.length < MIN_DIGITS) continue;
    if (!hasMultiDigitGroupOrPlus(run.text)) {
      const digitByDigit = readDigitByDigit(text, run, region as CountryCode, verdicts);
      if (digitByDigit) spans.push(digitByDigit);
      continue;
    }
    // "el número 2024-55871", "ticket 2019-004417": a year, a dash and a serial is how a reference is numbered.
    if (YEAR_SERIAL.test(run.text) && text.charCodeAt(run.start - 1) !== 43) continue;
    // Only a long run is worth the test: a short one costs a few windows at most.
    if (run.text.length > LONG_RUN && !mayHoldNationalNumber(text, run, region as CountryCode)) continue;
    findInRun(text, groupsOf(run.text, run.start), region as CountryCode, verdicts, spans);
  }
  return spans;
}
