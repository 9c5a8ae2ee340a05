/**
 * A name corrected to another ("not Reid, it's Reed", "not okafor it's okonkwo"): both are names, the second taken
 * too, unless a name found already covers them.
 */
import { allMatches } from './allMatches';
import type { KnownNames } from './names';
import * as nameWordKinds from './nameWordKinds';
import type { PiiSpan } from './types';

/** Read once: under tsx every use of an imported binding is a getter call. */
const { isCleanName, isWordNotName, push } = nameWordKinds;

/**
 * A name corrected to one spelt nearly alike: "not Reid, it's Reed", "no es Jiménez, es Giménez", "pas Dupont, Dupond",
 * "nicht Meier mit ei, sondern Mayer", "não é Souza com z, é Sousa". Both words are names or words of no list (not "not
 * May, it's Mar", "not Line, it's Lane"), at most two letters apart and fewer than half their length. Or to another
 * name, however spelt, or in lower case as voice transcripts write it ("not okafor it's okonkwo", "no es ibarra, es
 * urrutia"): then both are listed names that are no ordinary word ("not monday its sunday", "not paris its lyon" stay).
 */
export const CORRECTION_WORD = /(?:not|n['’]t|no es|pas|nicht|não é) \p{L}/u;
const CORRECTED_NAME =
  /(?<![\p{L}])(?:not|isn['’]t|no es|pas|nicht|não é)\s+(\p{L}[\p{L}'’-]+)(?:\s+(?:with|con|avec|mit|com)\s+(?:an?\s+|una?\s+|ein\s+|um\s+)?\p{L}{1,3})?\s*,?\s+(?:(?:it['’]?s|it is|es|c['’]est|sondern|é|but)\s+)?(\p{L}[\p{L}'’-]+)(?![\p{L}])/dgu;
const STARTS_CAPITAL = /^\p{Lu}/u;
export function correctedNames(text: string, spans: PiiSpan[], names: KnownNames | undefined): void {
  const spansBefore = spans.length;
  const matches = allMatches(CORRECTED_NAME, text);
  if (matches.length === 0) return;
  // Made at the first correction that passes (the spans as they are before this pass, as when made here).
  let overlaps: ((start: number, end: number) => boolean) | undefined;
  for (const m of matches) {
    const [a, b] = [m[1], m[2]];
    if (a.length < 3 || b.length < 3) continue;
    const [lowerA, lowerB] = [a.toLowerCase(), b.toLowerCase()];
    if (lowerA === lowerB) continue;
    if (!(isCleanName(a) && isCleanName(b))) {
      if (!STARTS_CAPITAL.test(a) || !STARTS_CAPITAL.test(b) || isWordNotName(a) || isWordNotName(b)) continue;
      const apart = editDistance(lowerA, lowerB);
      if (apart > 2 || apart * 2 >= Math.min(a.length, b.length)) continue;
    }
    overlaps ??= overlapTest(spans.slice(0, spansBefore));
    for (const [start, end] of [m.indices![1], m.indices![2]])
      if (!overlaps(start, end)) push(spans, text, start, end, names);
  }
}
/**
 * Whether [start, end) overlaps one of `spans` (as they are now): a binary search over the spans sorted by start, with
 * the furthest end so far (a flood of corrections must not test every span found for each).
 */
function overlapTest(spans: readonly PiiSpan[]): (start: number, end: number) => boolean {
  // They mostly come in text order already: sorted (a copy) only when they do not.
  let sorted = spans;
  for (let k = 1; k < spans.length; k++)
    if (spans[k].start < spans[k - 1].start) {
      sorted = [...spans].sort((a, b) => a.start - b.start);
      break;
    }
  const furthest = new Float64Array(sorted.length);
  for (let k = 0; k < sorted.length; k++) furthest[k] = Math.max(sorted[k].end, k > 0 ? furthest[k - 1] : 0);
  return (start, end) => {
    // The last span that starts before `end`.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthest[lo - 1] > start;
  };
}
/** Levenshtein distance of two short words, in two rows reused from call to call (grown for a longer word). */
let distanceRows = [new Int32Array(33), new Int32Array(33)];
function editDistance(a: string, b: string): number {
  if (distanceRows[0].length <= b.length) distanceRows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [row, next] = distanceRows;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j] + 1,
        next[j - 1] + 1,
        row[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
    [row, next] = [next, row];
  }
  return row[b.length];
}
