/**
 * The capitalised words bareNames.ts reads (`Hit`s) and what it asks of one or two of them: their kinds as plain
 * numbers, whether two stand side by side, whether they make a pair of names, where a possessive name ends.
 */
import { foldName } from './names';
import * as nameWordKinds from './nameWordKinds';
import { type Hit, Kind } from './nameWordKinds';
import { DOUBLE_BRANDS } from './productNames';

/** Read once: under tsx every use of an imported binding is a getter call, and these run for every capitalised word. */
const { partKind } = nameWordKinds;
/**
 * The kinds read once too: tsx compiles file by file, so an imported const enum is not inlined and each `Kind.X` is
 * two getter calls (tsc inlines it); the loop of bareNames.ts compares kinds several times for every capitalised word.
 */
export const KIND = {
  Unknown: Kind.Unknown,
  Clean: Kind.Clean,
  Ambiguous: Kind.Ambiguous,
  AmbiguousGiven: Kind.AmbiguousGiven,
  Word: Kind.Word,
  Proper: Kind.Proper,
} as const;

/** A listed name that is no ordinary word, or a word of no list. */
export const mayStartName = (kind: Kind): boolean => kind === KIND.Clean || kind === KIND.Unknown;
/**
 * After such a word in a slot that takes a person, a surname may be an ordinary word too ("the courier, Marenko Tiller
 * or something"; "Virgin Media" stays: "Media" is no name).
 */
export const mayFollowName = (kind: Kind): boolean => kind < KIND.Word;
/** Two-letter surnames (Chinese, Korean, Vietnamese) before a name found: "Li Wei Chen", "Wu Mei Lin". */
const SHORT_SURNAMES = new Set(['li', 'wu', 'xu', 'yu', 'hu', 'lu', 'ng', 'vo', 'ko', 'yi', 'ye', 'bo']);

/** "1 Canada Square", "40 Harcourt Street": a house number before the words makes them a street. */
export function afterNumber(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 0x20 && c >= 0x30 && c <= 0x39;
}

export const isApostrophe = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c === 0x27 || c === 0x2019;
};
/** A name's end, its possessive "'s" included (as the labels have it: "Helen Wu's office"). */
export const endOf = (hit: Hit): number => (hit.possessive ? hit.end + 2 : hit.end);
export const isShortSurname = (text: string, hit: Hit): boolean =>
  SHORT_SURNAMES.has(text.slice(hit.start, hit.end).toLowerCase());
/** "Fitzgerald-Nakamura": two names, neither an ordinary word, joined by a hyphen, are a surname alone. */
export function isDoubleBarrelled(text: string, hit: Hit): boolean {
  // The hyphen looked for inside the name only, and first: `indexOf` from the name read on to the text's next hyphen,
  // all of a 200 KB turn without one for each of its thousands of names.
  let dash = hit.start;
  while (dash < hit.end && text.charCodeAt(dash) !== 0x2d) dash++;
  if (dash === hit.end || dash - hit.start < 3 || hit.end - dash - 1 < 3) return false;
  if (DOUBLE_BRANDS.has(foldName(text.slice(hit.start, hit.end)))) return false;
  return (
    partKind(foldName(text.slice(hit.start, dash))) === KIND.Clean &&
    partKind(foldName(text.slice(dash + 1, hit.end))) === KIND.Clean
  );
}

export function adjacent(text: string, a: Hit, b: Hit): boolean {
  return b.start - a.end === 1 && text.charCodeAt(a.end) === 0x20;
}

/** `a`, `b`: the two words' kinds; `short`: the first word has two letters ("Li", "Bo"; "Ba" of rot13 text). */
export function isPair(a: Kind, b: Kind, short: boolean): boolean {
  if (b === KIND.Word || b === KIND.Proper || a === KIND.Ambiguous) return false;
  if (a === KIND.Clean && !short) return true;
  // A given name that is a word, a word of no dictionary or a two-letter name, before a clean name.
  return b === KIND.Clean;
}
