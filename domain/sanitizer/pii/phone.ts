/**
 * Phone numbers: libphonenumber-js finds candidates and validates them against the full ("max") metadata,
 * so a 10-digit order number only passes when it is also a real, assignable number, and then only when
 * nothing labels it as a reference. National formats use the default region; "+..." numbers any region.
 */
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { isPartOfIdentifier, isReferenceNumber } from './context';
import type { PiiSpan } from './types';

/** The finder reads ", 212" after a number as an extension; only an explicit marker makes one. */
const EXPLICIT_EXTENSION = /(?:\bext\b|\bextension\b|\bx\s?\d|#\s?\d)/i;
const MAX_RESCANS = 50;

export function detectPhones(text: string, region = 'US'): PiiSpan[] {
  const spans: PiiSpan[] = [];
  let offset = 0;
  for (let pass = 0; pass < MAX_RESCANS && offset < text.length; pass++) {
    const rest = text.slice(offset);
    const found = findPhoneNumbersInText(rest, region as CountryCode);
    let rescanFrom: number | undefined;
    for (const m of found) {
      let start = offset + m.startsAt;
      let end = offset + m.endsAt;
      if (m.number.ext && !EXPLICIT_EXTENSION.test(text.slice(start, end))) {
        // Cut the spurious extension off and look again after the real number: it may hide another number.
        end = start + lengthWithoutExtension(text.slice(start, end), m.number.ext);
        rescanFrom = end;
      }
      if (!m.number.isValid() || isReferenceNumber(text, start) || isPartOfIdentifier(text, start, end)) {
        if (rescanFrom !== undefined) break;
        continue;
      }
      while (end > start && /[\s,.;:-]/.test(text[end - 1])) end--;
      if (text[start] === '(' && !text.slice(start, end).includes(')')) start++;
      spans.push({ type: 'PHONE', start, end, canonical: m.number.number });
      if (rescanFrom !== undefined) break;
    }
    if (rescanFrom === undefined) break;
    offset = rescanFrom;
  }
  return spans;
}

/** Length of `matched` up to (not including) the separator that precedes the extension digits. */
function lengthWithoutExtension(matched: string, ext: string): number {
  const extAt = matched.lastIndexOf(ext);
  let cut = extAt > 0 ? extAt : matched.length;
  while (cut > 0 && /[\s,;:]/.test(matched[cut - 1])) cut--;
  return cut;
}
