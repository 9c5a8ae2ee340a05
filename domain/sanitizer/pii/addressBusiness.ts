/**
 * A business's own address, which an agent gives ("our depot at 14 Canal Road", "visit us at"), is not a person's:
 * the streets found are dropped when a business phrasing is just before or after them.
 */
import type { PiiSpan } from './types';

/**
 * A business's own address, which the agent gives ("our depot at 14 Canal Road", "we're located at", "visit us at"):
 * not a person's. Read in the few words before the street. A bare "we're at" is a household as often as a business.
 */
const BUSINESS_BEFORE =
  /(?:\bour\s+(?:[\p{L}-]+\s+){0,2}?(?:office|offices|store|shop|branch|depot|warehouse|showroom|headquarters|hq|cent(?:re|er)|location|premises|site|clinic|factory|outlet|counter)(?:\s+is)?(?:\s+(?:located|based))?\s+(?:at|on)|\b(?:head|main|registered|corporate)\s+office\s+(?:is\s+)?(?:(?:located|based)\s+)?(?:at|on)|\bheadquarters\s+(?:is|are)\s+(?:(?:located|based)\s+)?(?:at|on)|\bwe(?:['’]re| are)\s+(?:located|based)\s+at|\b(?:visit|find)\s+us\s+at|nuestr[ao]s?\s+(?:oficina|tienda|sucursal|almacén)\s+(?:está\s+)?en(?:\s+la)?|notre\s+(?:agence|boutique|magasin|bureau|siège)\s+(?:est\s+)?(?:au|à)|unsere?\s+(?:Filiale|Büro|Geschäft|Zentrale)\s+(?:ist\s+)?(?:in\s+der|am)|nossa\s+(?:loja|agência|sede|filial)\s+(?:fica\s+)?(?:na|no)|\b(?:the|your|a|that)\s+(?:[\p{L}-]+\s+)?(?:store|shop|branch|depot|showroom|outlet|dealership|garage|office)\s+(?:at|on))\s*$/iu;
/** Or named so just after it: "..., Suite 200, that's our head office", "55 High Street is our nearest branch". */
const BUSINESS_AFTER =
  /^[,.;:\s–-]*(?:that['’]s|that is|it['’]s|which is|is)\s+(?:our|the company['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:office|offices|store|shop|branch|depot|warehouse|showroom|headquarters|hq|cent(?:re|er)|location|premises|site|clinic|factory|outlet)(?![\p{L}])/iu;
/** A word every business phrasing holds: one native scan spares the per-street checks in most texts. */
const BUSINESS_HINT = /our|we['’]re|we are|us\s+at|nuestr|notre|unser|nossa|company|office|headquarters/i;
/**
 * "the store at 500 Oxford Street": "at" or "on" right before a street and a business word just before that (in
 * BUSINESS_HINT, these words would cost every turn with a street).
 */
const atOrOnBefore = (text: string, start: number): boolean => {
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 4) !== 32) return false;
  const a = text.charCodeAt(start - 3);
  const b = text.charCodeAt(start - 2);
  if (!((a === 97 && b === 116) || (a === 111 && b === 110))) return false; // "at", "on"
  return BUSINESS_WORD.test(text.slice(Math.max(0, start - 40), start));
};
const BUSINESS_WORD = /store|shop|branch|depot|showroom|outlet|dealership|garage|office/i;
const isBusinessAddress = (text: string, start: number, end: number): boolean =>
  BUSINESS_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || BUSINESS_AFTER.test(text.slice(end, end + 48));

/** Drops, in place, the streets that are a business's address. */
export function dropBusinessAddresses(text: string, spans: PiiSpan[]): void {
  if (spans.length > 0 && (BUSINESS_HINT.test(text) || spans.some((span) => atOrOnBefore(text, span.start)))) {
    // Kept in place in one pass (a splice per business address moved all the spans after it).
    let kept = 0;
    for (const span of spans) if (!isBusinessAddress(text, span.start, span.end)) spans[kept++] = span;
    spans.length = kept;
  }
}
