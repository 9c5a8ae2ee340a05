/**
 * Phone numbers: libphonenumber-js finds candidates and validates them against the full ("max") metadata,
 * so a 10-digit order number only passes when it is also a real, assignable number, and then only when
 * nothing labels it as a reference. National formats use the default region; "+..." numbers any region.
 * The library is slow on long text, so it only reads small windows around digit runs that could be numbers.
 */
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { isPartOfIdentifier, isReferenceNumber } from './context';
import type { PiiSpan } from './types';

/** Seven to 21 digits with at most a few separator characters between them; longer runs come in pieces. */
const DIGIT_RUN = /\+?\(?\d(?:[ ().\-/]{0,3}\d){6,20}/g;
/** Room after a run for an extension ("ext 204") and before it for a "+" or "(". */
const WINDOW_AFTER = 24;
const WINDOW_BEFORE = 2;
/** The finder reads ", 212" after a number as an extension; only an explicit marker makes one. */
const EXPLICIT_EXTENSION = /(?:\bext\b|\bextension\b|\bx\s?\d|#\s?\d)/i;
const MAX_RESCANS = 50;

export function detectPhones(text: string, region = 'US'): PiiSpan[] {
  const spans: PiiSpan[] = [];
  let scannedTo = 0;
  for (const m of text.matchAll(DIGIT_RUN)) {
    const from = Math.max(scannedTo, m.index - WINDOW_BEFORE);
    const to = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    if (to <= scannedTo) continue;
    scanWindow(text, from, to, region as CountryCode, spans);
    scannedTo = to;
  }
  return spans;
}

function scanWindow(text: string, from: number, to: number, region: CountryCode, spans: PiiSpan[]): void {
  let offset = from;
  for (let pass = 0; pass < MAX_RESCANS && offset < to; pass++) {
    let rescanFrom: number | undefined;
    for (const m of findPhoneNumbersInText(text.slice(offset, to), region)) {
      let start = offset + m.startsAt;
      let end = offset + m.endsAt;
      if (m.number.ext && !EXPLICIT_EXTENSION.test(text.slice(start, end))) {
        // Cut the spurious extension off and look again after the real number: it may hide another number.
        end = start + lengthWithoutExtension(text.slice(start, end), m.number.ext);
        rescanFrom = end;
      }
      while (end > start && /[\s,.;:-]/.test(text[end - 1])) end--;
      if (text[start] === '(' && !text.slice(start, end).includes(')')) start++;
      // The finder's default leniency ("VALID") already validated the number against the metadata.
      const rejected = isReferenceNumber(text, start) || isPartOfIdentifier(text, start, end);
      if (!rejected && !spans.some((s) => s.start === start)) spans.push({ type: 'PHONE', start, end, canonical: m.number.number });
      if (rescanFrom !== undefined) break;
    }
    if (rescanFrom === undefined) return;
    offset = rescanFrom;
  }
}

/** Length of `matched` up to (not including) the separator that precedes the extension digits. */
function lengthWithoutExtension(matched: string, ext: string): number {
  const extAt = matched.lastIndexOf(ext);
  let cut = extAt > 0 ? extAt : matched.length;
  while (cut > 0 && /[\s,;:]/.test(matched[cut - 1])) cut--;
  return cut;
}
