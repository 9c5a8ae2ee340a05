import { detectCards } from './card';
import { detectCardCues, detectSpokenDigits } from './cues';
import { detectEmails } from './email';
import { detectIbans } from './iban';
import { detectIps } from './ip';
import { resolveOverlaps } from './overlap';
import { detectPhones } from './phone';
import type { Replacer } from './placeholders';
import { detectSsns } from './ssn';
import type { DetectOptions, PiiSpan, PiiType } from './types';

export { createReplacer, placeholderFor } from './placeholders';
export { PII_TYPES, type DetectOptions, type PiiSpan, type PiiType } from './types';

/** How much of the previous turn is read for cues. */
export const CONTEXT_CHARS = 120;

/** Every PII span in `text`, overlaps resolved, in text order. */
export function detectPii(text: string, options: DetectOptions = {}): PiiSpan[] {
  const region = options.phoneRegion ?? 'US';
  return resolveOverlaps([
    ...detectEmails(text),
    ...detectPhones(text, region),
    ...detectCards(text),
    ...detectIbans(text),
    ...detectIps(text),
    ...detectWithCues(text, options.context, region),
  ]);
}

/** The detectors that need a nearby cue also read the end of the previous turn, never redacting it. */
function detectWithCues(text: string, context: string | undefined, region: string): PiiSpan[] {
  const prefix = context ? `${context.slice(-CONTEXT_CHARS)}\n` : '';
  const scanned = prefix + text;
  return [...detectSsns(scanned), ...detectCardCues(scanned), ...detectSpokenDigits(scanned, region)]
    .filter((span) => span.start >= prefix.length)
    .map((span) => ({ ...span, start: span.start - prefix.length, end: span.end - prefix.length }));
}

/** Replaces every detected span; counts go to the report, the values go nowhere. */
export function redactText(
  text: string,
  replace: Replacer,
  options: DetectOptions = {},
): { text: string; counts: Partial<Record<PiiType, number>> } {
  const counts: Partial<Record<PiiType, number>> = {};
  let out = '';
  let cursor = 0;
  for (const span of detectPii(text, options)) {
    out += text.slice(cursor, span.start) + replace(span);
    cursor = span.end;
    counts[span.type] = (counts[span.type] ?? 0) + 1;
  }
  return { text: out + text.slice(cursor), counts };
}
