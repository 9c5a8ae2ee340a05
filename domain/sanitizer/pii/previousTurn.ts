/**
 * The end of the previous turn, read before a turn for the cues it asks ("What is your account number?" "88120934"):
 * a detector scans that end, a separator and the turn, and keeps only what it finds in the turn.
 */
import type { PiiSpan } from './types';

/** How much of the previous turn is read for cues. */
export const CONTEXT_CHARS = 120;

/** The part of the previous turn read for cues. */
export const previousTurnEnd = (context: string): string => context.slice(-CONTEXT_CHARS);
/** The previous turn's end and a line break (no match runs from one turn into the other): what is scanned before a turn. */
export const previousTurnPrefix = (context: string): string => `${previousTurnEnd(context)}\n`;

/** Spans found in `prefix` + the turn, back in the turn's offsets; one starting in the prefix is dropped. */
export function spansOfTurn(spans: PiiSpan[], prefixLength: number): PiiSpan[] {
  return spans
    .filter((span) => span.start >= prefixLength)
    .map((span) => ({ ...span, start: span.start - prefixLength, end: span.end - prefixLength }));
}
