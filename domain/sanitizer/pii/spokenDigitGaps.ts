/**
 * What may stand between two digits of one number said as words: pauses and hesitations ("four one five, um, five
 * five five"), and "um", a hesitation in English but the Portuguese one beside a Portuguese digit word.
 */
import { ENGLISH_HESITATIONS, OTHER_HESITATIONS } from './hesitations';
import { PORTUGUESE_DIGITS } from './spokenDigits';

/**
 * "nove um dois", "um dois três": "um" is the Portuguese one after a Portuguese digit word or before one (past a pause);
 * after an English one or before one it is a hesitation ("four one five, um, five five five").
 */
const PORTUGUESE_NEXT = /^[\s,.-]*([\p{L}]+)/u;
/** `before` and `after` are the words beside "um" (lower case); `after` is read only when `before` decides nothing. */
export function isPortugueseOne(before: string | undefined, after: () => string | undefined): boolean {
  return PORTUGUESE_DIGITS.has(before ?? '') || PORTUGUESE_DIGITS.has(after() ?? '');
}
/** The word after `end` in `text`, past white space and light punctuation, in lower case. */
export const nextWord = (text: string, end: number): string | undefined =>
  PORTUGUESE_NEXT.exec(text.slice(end, end + 16))?.[1].toLowerCase();

/**
 * What may stand between two digits of one spoken number: pauses, and hesitations ("four one five, um, five five
 * five", "null eins sechs null, äh, vier ...", "zéro six, euh, ..."). A hesitation stays inside the span when digits follow it.
 */
const HESITATIONS = `${ENGLISH_HESITATIONS}|${OTHER_HESITATIONS}|ah|ehm|öhm|hmm`;
export const BETWEEN_SPOKEN_DIGITS = new RegExp(`^[\\s,.-]*(?:(?:${HESITATIONS})[\\s,.-]+)*$`, 'i');
export const HESITATION = new RegExp(`^(?:${HESITATIONS})$`);
