/**
 * US Social Security numbers. Separated forms (123-45-6789, 123 45 6789) count when the number obeys the
 * SSA rules; nine bare digits are too common (orders, ZIP+4) and count only with an SSN cue nearby.
 */
import { allMatches } from './allMatches';
import { hasCueNear, isPartOfIdentifier, isReferenceNumber } from './context';
import type { PiiSpan } from './types';

const SSN_CANDIDATE = /(?<![\d-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\d-])/g;
const SSN_CUE = /\b(?:ssn|ss#|social security|social|seguro social|s\.s\.n\.|tax id|tin|itin)\b/i;

/** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function isValidSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

/**
 * `from`: where the scan starts. The cue detectors read the previous turn's end before the text; an SSN needs no
 * cue, so only the text is scanned, while the checks around a match still see what comes before it.
 */
export function detectSsns(text: string, from = 0): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of allMatches(SSN_CANDIDATE, text, from)) {
    const [whole, area, separator, group, serial] = m;
    const start = m.index;
    const end = start + whole.length;
    if (!isValidSsn(area, group, serial) || isReferenceNumber(text, start) || isPartOfIdentifier(text, start, end))
      continue;
    if (separator === '' && !hasCueNear(text, start, end, SSN_CUE, 60)) continue;
    spans.push({ type: 'SSN', start, end, canonical: area + group + serial });
  }
  return spans;
}
