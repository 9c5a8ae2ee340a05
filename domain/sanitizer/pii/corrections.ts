import { shapeOf } from './accountNumber';
import type { PiiSpan } from './types';

/** The types whose value a caller or agent corrects by saying a second one of the same shape. */
const CORRECTED_TYPES = new Set(['DATE_OF_BIRTH', 'CARD_EXPIRY', 'ACCOUNT_NUMBER', 'PHONE']);
/**
 * After a value, a correction then digits, in the same turn or the answer to a read-back: "11-7-93, no wait,
 * 11-7-94", "as 10/27? Customer: no it's 10/28", "07700 900 771, still right? Customer: no it's changed, it's ...".
 * The gap holds no digit and a correction word.
 */
const CORRECTION_AFTER =
  /^[^\d\n]{0,40}?(?<![A-Za-z])(?:no|nope|sorry|wait|actually|i mean|correction|oops|non|nein|não|perdón|pardon)(?![A-Za-z])[^\d\n]{0,40}?(?=\d)/i;
/** The gap names something else the digits are: "account 40718263? no, order 40718264", "no, at 12:30". */
const OTHER_THING =
  /order|invoice|ticket|track|booking|reference|ref\b|room|flight|store|extension|\bat\b|\bon\b|o['’]clock|time|units?|items?|price|pedido|commande|bestell/i;

/** A second value of the same type and shape said as a correction right after a detected one. */
export function correctedAfterGap(text: string, spans: readonly PiiSpan[]): PiiSpan[] {
  const added: PiiSpan[] = [];
  for (const span of spans) {
    if (!CORRECTED_TYPES.has(span.type)) continue;
    const value = text.slice(span.start, span.end);
    if (!/^\d/.test(value) || !/\d$/.test(value)) continue;
    const gap = CORRECTION_AFTER.exec(text.slice(span.end, span.end + 90));
    if (!gap || OTHER_THING.test(gap[0])) continue;
    const start = span.end + gap[0].length;
    const end = start + value.length;
    if (/[A-Za-z\d]/.test(text.charAt(end)) || shapeOf(text.slice(start, end)) !== shapeOf(value)) continue;
    if (spans.some((other) => other.start < end && start < other.end)) continue;
    added.push({ type: span.type, start, end, canonical: text.slice(start, end).replace(/\s+/g, '').toLowerCase() });
  }
  return added;
}
