/**
 * Context cues shared by the numeric detectors. A number introduced as an order, tracking or invoice
 * number is a business reference, not a phone or card number, even when it happens to validate.
 */
const REFERENCE_LABEL =
  /\b(?:order|tracking|track|invoice|inv|ref|reference|confirmation|conf|case|ticket|serial|policy|claim|sku|model|part|item|receipt|transaction|txn|booking|reservation|shipment|parcel|package|account|acct|member|customer|routing|po|rma|pedido|factura|commande|facture|bestellung|rechnung|fatura|encomenda)\b(?:\s*(?:number|num|no\.?|nr\.?|n[°º]|#|id|code|numero|nummer))?\s*(?:is|was|:|#|-)?\s*$/i;

const VERSION_LABEL = /(?:\b(?:version|ver|build|release|firmware|update|patch|app|os|ios|android)\s*:?\s*|\bv\.?\s?)$/i;

/** The few characters before `start` (bounded so the look-behind stays cheap). */
const before = (text: string, start: number, width = 40): string => text.slice(Math.max(0, start - width), start);

/** True when the words right before the number label it as a business reference (order, tracking, invoice...). */
export const isReferenceNumber = (text: string, start: number): boolean =>
  REFERENCE_LABEL.test(before(text, start)) || text[start - 1] === '#';

export const isVersionNumber = (text: string, start: number): boolean => VERSION_LABEL.test(before(text, start, 20));

/** True when `pattern` occurs within `width` characters on either side of [start, end). */
export function hasCueNear(text: string, start: number, end: number, pattern: RegExp, width = 80): boolean {
  return pattern.test(text.slice(Math.max(0, start - width), Math.min(text.length, end + width)));
}
