import { detectAccountNumbers } from './accountNumber';
import { detectAddresses } from './address';
import { detectBirthDates, hasBirthCue } from './birthDate';
import { detectCards } from './card';
import { detectCuedNames } from './cuedNames';
import { detectCardCues, detectSpokenDigits } from './cues';
import { detectEmails } from './email';
import { detectIbans } from './iban';
import { detectIps } from './ip';
import { detectKnownNames } from './names';
import { resolveOverlaps } from './overlap';
import { detectPhones } from './phone';
import type { Replacer } from './placeholders';
import { scanSignals, type Signals } from './prepass';
import { detectSsns } from './ssn';
import type { DetectOptions, PiiSpan, PiiType } from './types';

export { createReplacer, placeholderFor } from './placeholders';
export { PII_TYPES, type DetectOptions, type PiiSpan, type PiiType } from './types';
export { compileKnownNames, type KnownNames, type NameParticipant } from './names';
export { AccountNumberRulesSchema, DEFAULT_ACCOUNT_NUMBER_RULES, type AccountNumberRules } from './accountNumber';

/** How much of the previous turn is read for cues. */
export const CONTEXT_CHARS = 120;

/** Every PII span in `text`, overlaps resolved, in text order. Only the detectors the pre-pass calls for run. */
export function detectPii(text: string, options: DetectOptions = {}): PiiSpan[] {
  const region = options.phoneRegion ?? 'US';
  const signals = scanSignals(text);
  const spans: PiiSpan[] = detectKnownNames(text, options.knownNames);
  if (signals.at || signals.spokenEmail) spans.push(...detectEmails(text));
  if (signals.digits) {
    spans.push(...detectPhones(text, region), ...detectCards(text), ...detectIbans(text), ...detectIps(text));
    if (signals.addressCue) spans.push(...detectAddresses(text));
  }
  if (signals.nameCue) spans.push(...detectCuedNames(text, options.knownNames));
  spans.push(...detectWithCues(text, signals, options, region));
  return resolveOverlaps(spans);
}

/** The detectors that need a nearby cue also read the end of the previous turn, never redacting it. */
function detectWithCues(text: string, signals: Signals, options: DetectOptions, region: string): PiiSpan[] {
  const numeric = signals.digits;
  if (!numeric && !signals.digitWords && !signals.birthCue) return [];
  const prefix = options.context ? `${options.context.slice(-CONTEXT_CHARS)}\n` : '';
  const scanned = prefix + text;
  const spans: PiiSpan[] = [];
  if (numeric) spans.push(...detectSsns(scanned), ...detectAccountNumbers(scanned, options.accountNumbers));
  if (numeric && (signals.cardCue || (prefix !== '' && scanSignals(prefix).cardCue)))
    spans.push(...detectCardCues(scanned));
  // A birth date needs its cue, in this turn or at the end of the previous one ("Date of birth?" "04/17/1986").
  if ((numeric || signals.birthCue) && (signals.birthCue || (prefix !== '' && hasBirthCue(prefix))))
    spans.push(...detectBirthDates(scanned));
  if (signals.digitWords) spans.push(...detectSpokenDigits(scanned, region));
  return spans
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
