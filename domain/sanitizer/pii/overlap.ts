import type { PiiSpan, PiiType } from './types';

/** Tie-break for equally long spans: the more specific validator wins. */
const SPECIFICITY: Record<PiiType, number> = {
  IBAN: 12, CREDIT_CARD: 11, SSN: 10, EMAIL: 9, IP_ADDRESS: 8, DATE_OF_BIRTH: 7, PHONE: 6, ACCOUNT_NUMBER: 5, ADDRESS: 4, PERSON: 3,
  CARD_EXPIRY: 2, CVV: 1,
};

/**
 * Keeps a set of non-overlapping spans: longest first (a card number beats the phone-like digits inside
 * it, an email beats the number in its local part), then the more specific type. Result in text order.
 */
export function resolveOverlaps(spans: PiiSpan[]): PiiSpan[] {
  if (spans.length < 2) return spans;
  const ranked = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || SPECIFICITY[b.type] - SPECIFICITY[a.type] || a.start - b.start,
  );
  const kept: PiiSpan[] = [];
  for (const span of ranked) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
