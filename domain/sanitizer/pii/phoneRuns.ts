/**
 * A digit run as the pre-pass found it, before its windows are read: its digit groups, whether it is worth reading
 * at all, and the runs of single digits ("4 1 5 5 5 5 0 1 2 3", "9 1 7, 5 5 5, 0 1 2 6") read one digit at a time.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { hasCueNear, isReferenceNumber } from './context';
import { DATE_SHAPE, foreignShaped, NANP, plausibleNationalLength } from './phoneLayouts';
import { validate, validateElsewhere, type Verdicts } from './phoneValidation';
import { PHONE_CUE } from './phoneWords';
import type { DigitRun } from './prepass';
import type { PiiSpan } from './types';

export interface Group {
  start: number;
  end: number;
  digits: string;
}

/**
 * `/\d\d|\+/.test(run)` by character codes: asked of every digit run, where the pattern's call cost more than the
 * scan (8 ms of a first scan of 10,000 runs).
 */
export function hasMultiDigitGroupOrPlus(run: string): boolean {
  let previousDigit = false;
  for (let k = 0; k < run.length; k++) {
    const code = run.charCodeAt(k);
    if (code === 43) return true;
    const digit = code >= 48 && code <= 57;
    if (digit && previousDigit) return true;
    previousDigit = digit;
  }
  return false;
}

/** The digit groups of a run, by a walk over its character codes (a split allocated a string per separator). */
export function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  let from = -1;
  for (let k = 0; k <= run.length; k++) {
    const code = k < run.length ? run.charCodeAt(k) : -1;
    const digit = code >= 48 && code <= 57;
    if (digit && from < 0) from = k;
    else if (!digit && from >= 0) {
      groups.push({ start: offset + from, end: offset + k, digits: run.slice(from, k) });
      from = -1;
    }
  }
  return groups;
}

/**
 * Whether a run can hold a North American number at all: without a "+" (before it or at its start) every
 * candidate is national, and ten digits of the North American shape must occur in its digits. One native
 * test spares the group walk over a long run of digit pairs ("12 12 12 ...", "12.12.12...").
 */
const NANP_DIGITS = /[2-9]\d\d[2-9]\d{6}/;
export const LONG_RUN = 32;
const NOT_DIGIT = /\D/g;
export function mayHoldNationalNumber(text: string, run: DigitRun, region: CountryCode): boolean {
  if (!NANP.has(region) || run.text.startsWith('+') || text.slice(Math.max(0, run.start - 2), run.start).includes('+'))
    return true;
  if (NANP_DIGITS.test(run.text.replace(NOT_DIGIT, ''))) return true;
  // A caller from elsewhere: a national number next to a phone word ("mobile's 07845 221 903").
  return (
    FOREIGN_RUN.test(run.text) &&
    !DATE_SHAPE.test(run.text) &&
    hasCueNear(text, run.start, run.start + run.text.length, PHONE_CUE, 60)
  );
}
/** A run that may hold a national number from elsewhere: a trunk "0", an area code in brackets, or nine digits. */
const FOREIGN_RUN = /^(?:0|\(|\d{3}\D?\d{2,3}\D?\d{2,3}\D?\d{0,3}$)/;

const DIGIT_BY_DIGIT = /^\d(?:(?:, ?|[ -])\d){6,14}$/;
/** Eleven digits from "07" or from "01"/"02" (British), ten from "04" (Australian mobile): no other number is so read. */
const SPEAKS_FOR_ITSELF = /^0(?:7[1-57-9]\d{8}|[12]\d{9}|4\d{8})$/;
const COMMA_GAP = /^, ?$/;
/** Runs of single digits from `runs[first]` on joined by ", " (each gap checked once; at most fifteen digits). */
export function commaJoined(text: string, runs: readonly DigitRun[], first: number): { run: DigitRun; last: number } {
  let last = first;
  let end = runs[first].start + runs[first].text.length;
  while (last + 1 < runs.length && end - runs[first].start < 40) {
    const next = runs[last + 1];
    if (hasMultiDigitGroupOrPlus(next.text) || !COMMA_GAP.test(text.slice(end, next.start))) break;
    last++;
    end = next.start + next.text.length;
  }
  return { run: { start: runs[first].start, text: text.slice(runs[first].start, end) }, last };
}
export function readDigitByDigit(
  text: string,
  run: DigitRun,
  region: CountryCode,
  verdicts: Verdicts,
): PiiSpan | undefined {
  if (!DIGIT_BY_DIGIT.test(run.text)) return undefined;
  const end = run.start + run.text.length;
  if (isReferenceNumber(text, run.start)) return undefined;
  const digits = run.text.replace(NOT_DIGIT, '');
  // A British or Australian mobile, or a British landline, read one digit at a time needs no phone word, as said in
  // words (cues.ts): "so that's 0 4 9 1 5 7 0 1 5 6, correct?".
  if (!hasCueNear(text, run.start, end, PHONE_CUE, 60) && !SPEAKS_FOR_ITSELF.test(digits)) return undefined;
  const e164 =
    (plausibleNationalLength(digits, region) ? validate(digits, region, verdicts) : undefined) ??
    (foreignShaped(digits, digits) ? validateElsewhere(digits, region, verdicts) : undefined);
  return e164 ? { type: 'PHONE', start: run.start, end, canonical: e164 } : undefined;
}
