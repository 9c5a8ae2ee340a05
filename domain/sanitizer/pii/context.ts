/**
 * Context cues shared by the numeric detectors. A number introduced as an order, tracking or invoice
 * number is a business reference, not a phone or card number, even when it happens to validate.
 */
const NUMBER_WORD = '(?:number|num|no\\.?|nr\\.?|n[°º]|#|id|code|numero|nummer)';
/** Labels that name a business reference on their own ("order 4155211870", "tracking: ..."). */
const REFERENCE_WORDS =
  'order|tracking|track|invoice|inv|ref|reference|confirmation|conf|case|ticket|serial|sku|model|part|item|product|receipt|transaction|txn|booking|reservation|shipment|parcel|package|routing|po|rma|voucher|coupon|promo|gift card|pedido|factura|commande|facture|bestellung|rechnung|fatura|encomenda';
/** Labels that only name a reference with a number word ("account number", "customer id", not "Customer:"). */
const REFERENCE_WORDS_NEEDING_NUMBER = 'account|acct|member|customer|policy|claim|loyalty|membership';

const REFERENCE_LABEL = new RegExp(
  `(?:\\b(?:${REFERENCE_WORDS})\\b(?:\\s*${NUMBER_WORD})?|\\b(?:${REFERENCE_WORDS_NEEDING_NUMBER})\\s*${NUMBER_WORD})\\s*(?:is|was|:|#|-)?\\s*$`,
  'i',
);
const VERSION_LABEL = /(?:\b(?:version|ver|build|release|firmware|update|patch|app|os|ios|android)\s*:?\s*|\bv\.?\s?)$/i;
/** Glued to a word or another number ("SN-4827...", "POL-2024...", "abc123"): part of an identifier. */
const GLUED_BEFORE = /(?:[A-Za-z0-9][-_/]|[A-Za-z0-9_])$/;
const GLUED_AFTER = /^(?:[A-Za-z0-9_]|[-_/][A-Za-z0-9])/;

/** The few characters before `start` (bounded so the look-behind stays cheap). */
const before = (text: string, start: number, width = 40): string => text.slice(Math.max(0, start - width), start);

/** True when the words right before the number label it as a business reference (order, tracking, invoice...). */
export const isReferenceNumber = (text: string, start: number): boolean =>
  REFERENCE_LABEL.test(before(text, start)) || text[start - 1] === '#';

export const isVersionNumber = (text: string, start: number): boolean => VERSION_LABEL.test(before(text, start, 20));

/** True when [start, end) is only a piece of a longer token such as a serial or a hash. */
export const isPartOfIdentifier = (text: string, start: number, end: number): boolean =>
  GLUED_BEFORE.test(before(text, start, 2)) || GLUED_AFTER.test(text.slice(end, end + 2));

/** True when `pattern` occurs within `width` characters on either side of [start, end). */
export function hasCueNear(text: string, start: number, end: number, pattern: RegExp, width = 80): boolean {
  return pattern.test(text.slice(Math.max(0, start - width), Math.min(text.length, end + width)));
}
