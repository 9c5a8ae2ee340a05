import type { PiiSpan, PiiType } from './types';

/** Tie-break for equally long spans: the more specific validator wins. */
const SPECIFICITY: Record<PiiType, number> = {
  IBAN: 12,
  CREDIT_CARD: 11,
  SSN: 10,
  EMAIL: 9,
  IP_ADDRESS: 8,
  DATE_OF_BIRTH: 7,
  // An account cue right before the digits ("policy 4155211870") says more than a phone validator's guess.
  ACCOUNT_NUMBER: 6,
  PHONE: 5,
  ADDRESS: 4,
  PERSON: 3,
  CARD_EXPIRY: 2,
  CVV: 1,
};

/**
 * Keeps a set of non-overlapping spans: longest first (a card number beats the phone-like digits inside
 * it, an email beats the number in its local part), then the more specific type. Result in text order.
 */
export function resolveOverlaps(spans: PiiSpan[]): PiiSpan[] {
  if (spans.length < 2) return spans;
  if (spans.length <= FEW) return sortedBy(keepPairwise(sortedBy([...spans], byRank)), byStart);
  if (inOrderApart(spans)) return spans;
  const ranked = [...spans].sort(byRank);
  return keepByClaimedCharacters(ranked, spans).sort(byStart);
}

const byRank = (a: PiiSpan, b: PiiSpan): number =>
  b.end - b.start - (a.end - a.start) || SPECIFICITY[b.type] - SPECIFICITY[a.type] || a.start - b.start;
const byStart = (a: PiiSpan, b: PiiSpan): number => a.start - b.start;

/**
 * Whether each span starts after the one before it and ends by the next one's start: then every span is kept, in this
 * order, and there is nothing to rank. A long turn's spans mostly come so (a dump of 14,000 streets or 10,000 phone
 * numbers, one detector's spans in text order), and ranking them and sorting them back cost two sorts of all of them.
 */
function inOrderApart(spans: readonly PiiSpan[]): boolean {
  for (let k = 1; k < spans.length; k++)
    if (spans[k].start <= spans[k - 1].start || spans[k - 1].end > spans[k].start) return false;
  return true;
}

/** A turn holds a handful of spans: comparing pairs costs less than an array of claimed characters. */
const FEW = 24;

/**
 * `spans` sorted in place by an insertion sort: stable as Array.prototype.sort is (spans that compare equal keep
 * their order, so the same span wins a tie), and for the few spans of a turn cheaper than its call.
 */
function sortedBy(spans: PiiSpan[], compare: (a: PiiSpan, b: PiiSpan) => number): PiiSpan[] {
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i];
    let j = i - 1;
    while (j >= 0 && compare(spans[j], span) > 0) {
      spans[j + 1] = spans[j];
      j--;
    }
    spans[j + 1] = span;
  }
  return spans;
}

/** The spans that overlap no span kept before them (an empty span overlaps nothing, and claims nothing). */
function keepPairwise(ranked: PiiSpan[]): PiiSpan[] {
  const kept: PiiSpan[] = [];
  for (const span of ranked) {
    if (span.end > span.start && kept.some((k) => k.end > k.start && span.start < k.end && k.start < span.end))
      continue;
    kept.push(span);
  }
  return kept;
}

/**
 * The same with the claimed characters marked: linear in the spans, where comparing every pair of spans would be
 * quadratic (a 200 KB dump can hold ten thousand candidates). Spans come longest first, so a kept span that
 * overlaps a later one cannot lie strictly inside it: it claims the later span's first or last character, and
 * those two are all that need checking.
 */
function keepByClaimedCharacters(ranked: PiiSpan[], spans: PiiSpan[]): PiiSpan[] {
  const claimed = new Uint8Array(spans.reduce((max, s) => Math.max(max, s.end), 0));
  const kept: PiiSpan[] = [];
  for (const span of ranked) {
    if (span.end > span.start && (claimed[span.start] === 1 || claimed[span.end - 1] === 1)) continue;
    claimed.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept;
}

/**
 * A test of whether [start, end) overlaps a span of `spans`, for a scan that asks in text order (each range starts
 * after the last one asked ends) and pushes what it finds onto `spans` as it goes: `spans.some(...)` per match is
 * quadratic in a 200 KB flood of ten thousand matches. The spans there when the test is made are sorted once and
 * walked with the ranges; a span pushed later lies after every range asked before it, and only the last end counts.
 */
export function overlapsInOrder(spans: readonly PiiSpan[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort(byStart);
  let next = 0;
  let pushed = spans.length;
  let reach = -1;
  return (start, end) => {
    while (next < sorted.length && sorted[next].start < end) reach = Math.max(reach, sorted[next++].end);
    while (pushed < spans.length) reach = Math.max(reach, spans[pushed++].end);
    return reach > start;
  };
}
