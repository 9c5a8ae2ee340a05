/**
 * What every address pattern makes of a match, and what each asks before it adds one: the span with its canonical
 * form, and whether a span found so far already covers a place.
 */
import type { PiiSpan } from './types';

/** An address span, its canonical form lower case with single spaces (one street, one pseudonym). */
export const addressSpan = (text: string, start: number, end: number): PiiSpan => {
  const said = text.slice(start, end).toLowerCase();
  // Most streets are written with single spaces, which the replace would copy into a new string all the same (a dump
  // of 14,000 streets made 2.5 MB of them).
  return { type: 'ADDRESS', start, end, canonical: ODD_SPACE.test(said) ? said.replace(/\s+/g, ' ') : said };
};
/** White space that is not one plain space: two in a row, or a tab, a line break, a no-break space... */
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * Whether a span found so far reaches a place: asked at places that only grow, so one pass over the spans sorted by
 * start serves every question (a dump of street-like phrases holds thousands of streets).
 */
export function coverage(spans: readonly PiiSpan[]): (from: number, to: number) => boolean {
  let inOrder = true;
  for (let k = 1; k < spans.length && inOrder; k++) inOrder = spans[k - 1].start <= spans[k].start;
  const sorted = inOrder ? spans.slice() : [...spans].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  return (from, to) => {
    while (next < sorted.length && sorted[next].start <= to) reach = Math.max(reach, sorted[next++].end);
    return reach >= from;
  };
}
