/**
 * A cued name said again in the same turn: repeated elsewhere ("Mein Name ist Krüger, Dieter Krüger"), corrected
 * ("jean-baptiste no sorry jean-luc moreau"), or a short name said in full after a comma ("Pat, Patricia
 * Oyelaran-Smith"). Separate from the cue scans: these start from the spans the scans found, not from a cue.
 */
import { isCleanName, isWordNotName, mayBeLowerCaseName } from './bareNames';
import * as shapes from './cuedNameShapes';
import * as verdicts from './cuedNameVerdicts';
import { isLetterCode, LETTER, LOWER, UPPER } from './letters';
import { foldName, type KnownNames } from './names';
import { isProductNameSaidAgain } from './productNames';
import type { PiiSpan } from './types';

/** Read once: under tsx every use of an imported binding is a getter call, and these are read for every repeat. */
const { PARTICLE, PARTICLES } = shapes;
const { lowerCaseName, NOT_A_NAME } = verdicts;

/** The cued `spans` (not empty) with the names the turn says again after them. */
export function namesSaidAgain(text: string, names: KnownNames | undefined, spans: PiiSpan[]): PiiSpan[] {
  if (CORRECTION_WORD.test(text)) correctedNames(text, names, spans);
  const orOrShort = text.includes(' or ') || text.includes(' for short');
  for (let k = 0, n = spans.length; k < n; k++) {
    const span = spans[k];
    if (orOrShort) otherNameAfter(text, span, spans);
    // A comma and a space after it, then a word that starts as it does ("Pat, Patricia"), checked before the pattern.
    if (text.charCodeAt(span.end) !== 44 || text.charCodeAt(span.end + 1) !== 32) continue;
    if (!span.canonical.startsWith('named:') || text.lastIndexOf(' ', span.end - 1) >= span.start) continue; // one word
    if (isLowerCase(text, span.start)) {
      fullNameInLowerCase(text, span, names, spans);
      continue;
    }
    if (!sameStart(text, span.start, span.end + 2)) continue;
    const full = FULL_NAME_AFTER.exec(text.slice(span.end, span.end + 60));
    if (!full) continue;
    const start = span.end + full[0].length - full[1].length;
    spans.push({ type: 'PERSON', start, end: start + full[1].length, canonical: `named:${foldName(full[1])}` });
  }
  const repeats = repeatedNames(text, spans, names);
  return repeats.length === 0 ? spans : spans.concat(repeats);
}

/** "someone named Ahmad or Ahmed": another spelling offered right after a name; a listed name or a word of no list. */
const OR_NAME_AFTER = new RegExp(`^\\s+or\\s+([${UPPER}][${LOWER}]+)(?![${LETTER}])`);
/** "called Desmond, Des for short": the short form said after the name. */
const FOR_SHORT_AFTER = new RegExp(`^,?\\s+([${UPPER}][${LOWER}]+)\\s+for short(?![${LETTER}])`);
function otherNameAfter(text: string, span: PiiSpan, spans: PiiSpan[]): void {
  const after = text.slice(span.end, span.end + 40);
  const or = OR_NAME_AFTER.exec(after);
  const other = or && mayBeLowerCaseName(or[1]) ? or : FOR_SHORT_AFTER.exec(after);
  if (!other || NOT_A_NAME.has(foldName(other[1]))) return;
  const start = span.end + other[0].length - other[1].length - (other === or ? 0 : ' for short'.length);
  spans.push({ type: 'PERSON', start, end: start + other[1].length, canonical: `named:${foldName(other[1])}` });
}

/** A one-word name said again in full after a comma: "kwame, kwame boateng", "gonzalez, maria gonzalez". */
const LOWER_FULL_NAME_AFTER = new RegExp(`^,\\s+([${LOWER}][${LOWER}'’-]+\\s+[${LOWER}][${LOWER}'’-]+)(?![${LETTER}])`);
/** A cued short name said in full right after it: "it's under Pat, Patricia Oyelaran-Smith". */
const FULL_NAME_AFTER = new RegExp(
  `^,\\s+([${UPPER}][${LOWER}]+(?:\\s+[${UPPER}][${LETTER}'’-]+){1,2})(?![${LETTER}])`,
);

const isLowerCase = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 0x61 && c <= 0x7a;
};
/**
 * "kwame, kwame boateng" (the same start), "gonzalez, maria gonzalez" (the same surname at the end) or "bex, rebecca
 * thornbury" (a listed first name and a surname).
 */
function fullNameInLowerCase(text: string, span: PiiSpan, names: KnownNames | undefined, spans: PiiSpan[]): void {
  const full = LOWER_FULL_NAME_AFTER.exec(text.slice(span.end, span.end + 60));
  if (!full) return;
  const said = text.slice(span.start, span.end).toLowerCase();
  const [first, last] = full[1].split(/\s+/);
  // Or another name in full, a listed first name and a surname: a nickname then the name ("bex, rebecca thornbury").
  if (first !== said && last !== said && !(isCleanName(first) && mayBeLowerCaseName(last))) return;
  const start = span.end + full[0].length - full[1].length;
  const named = lowerCaseName(text, start, start + full[1].length, names);
  if (named && named.end === start + full[1].length) spans.push(named);
}

/** "my name is jean-baptiste no sorry jean-luc moreau": the name said again, corrected, right after a name. */
const CORRECTION_WORD = /sorry|mean|wait|actually|not/i;
/** A lower-case word, then "'s" or "is"/"was"/"has": a clause, not a name said again ("jean-luc's my name" is one). */
const LOWER_CLAUSE =
  /^\p{Ll}[\p{Ll}-]*(?:['’]s(?!\s+(?:my|the|her|his|our)\s)|\s+(?:is|was|has|isn['’]t|wasn['’]t))(?![\p{L}])/u;
const CORRECTED = new RegExp(
  `^[,.\\s]+(?:no,?\\s+)?(?:sorry|[Ii] mean|wait|actually)[,.\\s]+(?:(?:it['’]?s|its|it is)\\s+)?([${LETTER}'’-]{2,}(?:\\s+[${LETTER}'’-]+){0,2})`,
  'i',
);
/**
 * "it was Francesca on the phone, not Frances": the name told apart from another one, capitalized, which must be a name
 * by the lexicon (not "Sam, not Tuesday").
 */
const NOT_THIS_NAME = new RegExp(`^[^.?!]{0,24}?,?\\s+not\\s+([${UPPER}][${LOWER}'’-]+)(?![${LETTER}])`);
function correctedNames(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  for (let k = 0, n = spans.length; k < n; k++) {
    if (spans[k].type !== 'PERSON') continue;
    const after = text.slice(spans[k].end, spans[k].end + 60);
    const other = NOT_THIS_NAME.exec(after);
    if (other && mayBeLowerCaseName(other[1])) {
      const start = spans[k].end + other[0].length - other[1].length;
      spans.push({ type: 'PERSON', start, end: start + other[1].length, canonical: `named:${foldName(other[1])}` });
    }
    const m = CORRECTED.exec(after);
    // "Ms Kaczmarek, sorry, go on": an ordinary word after the apology goes on with the call, it corrects no name; so
    // does a lower-case word that starts a clause ("Smith, S-M-I-T-H, sorry, line's bad", "sorry, line is bad").
    if (!m || isWordNotName(m[1].split(/[\s-]/)[0]) || LOWER_CLAUSE.test(m[1])) continue;
    const start = spans[k].end + m[0].length - m[1].length;
    const span = lowerCaseName(text, start, start + m[1].length, names);
    if (span) spans.push(span);
  }
}

/** Whether the three letters at `a` and at `b` are the same, case aside (character codes: no strings made). */
function sameStart(text: string, a: number, b: number): boolean {
  for (let k = 0; k < 3; k++) if ((text.charCodeAt(a + k) | 0x20) !== (text.charCodeAt(b + k) | 0x20)) return false;
  return true;
}

const CAPITALIZED_BEFORE = new RegExp(`([${UPPER}][${LETTER}'’-]+(?: ${PARTICLE}){0,2}) $`);
const CAPITALIZED_AFTER = new RegExp(`^ ([${UPPER}][${LETTER}'’-]+)(?![${LETTER}'’-])`);
const LOWER_AFTER = new RegExp(`^ ([${LOWER}][${LOWER}'’-]+)(?![${LETTER}'’-])`);
/**
 * Where a lower-case first name said again ends with the word after it, when that word may be a surname in lower case
 * (a word of speech, "jonah said", is none): `end` otherwise.
 */
function lowerSurnameEnd(text: string, end: number, names: KnownNames | undefined): number {
  const after = LOWER_AFTER.exec(text.slice(end, end + 30));
  if (!after || !mayBeLowerCaseName(after[1])) return end;
  const start = end + 1;
  const named = lowerCaseName(text, start, start + after[1].length, names);
  return named && named.end === start + after[1].length ? named.end : end;
}

/** Repeats looked for per turn: a turn says a name again once or twice; a flood of them is no conversation. */
const MAX_REPEATS = 16;

/**
 * A name a cue introduced is a name wherever else the turn says it: "Mein Name ist Krüger, Dieter Krüger." A
 * repeat takes the capitalized word right before it ("Dieter"), unless that word is no name, or else the one right
 * after it ("Bridget, Bridget Flanagan"). Each distinct word is
 * searched once, and overlaps with the cued spans (sorted, as the scans found them) by binary search.
 */
function repeatedNames(text: string, spans: readonly PiiSpan[], names: KnownNames | undefined): PiiSpan[] {
  const repeats: PiiSpan[] = [];
  let sorted: PiiSpan[] | undefined; // sorted only once a word is said twice (most names are said once)
  // The words searched, and (a flood of cued names says the same few names thousands of times) the surfaces split: the
  // sets are made at the second word or surface (most turns cue one short name once).
  let firstWord: string | undefined;
  let searched: Set<string> | undefined;
  let firstSurface: string | undefined;
  let surfaces: Set<string> | undefined;
  for (const span of spans) {
    if (!span.canonical.startsWith('named:')) continue;
    const surface = text.slice(span.start, span.end);
    if (firstSurface === undefined) firstSurface = surface;
    else {
      surfaces ??= new Set([firstSurface]);
      if (surfaces.has(surface)) continue;
      surfaces.add(surface);
    }
    // The surface's words between single spaces (its `split(' ')`), cut from the text.
    for (let from = span.start; from <= span.end;) {
      let to = text.indexOf(' ', from);
      if (to < 0 || to > span.end) to = span.end;
      const said = text.slice(from, to);
      from = to + 1;
      const word = isPossessive(said) ? said.slice(0, -2) : said;
      // Most names are said once: a native search rules them out before anything else.
      if (word.length < 3 || PARTICLES.has(word)) continue;
      if (firstWord === undefined) firstWord = word;
      else {
        searched ??= new Set([firstWord]);
        if (searched.has(word)) continue;
        searched.add(word);
      }
      if (text.indexOf(word, text.indexOf(word) + word.length) < 0) continue;
      sorted ??= [...spans].sort((x, y) => x.start - y.start);
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        const end = at + word.length;
        if (isLetterCode(text.charCodeAt(at - 1)) || isLetterCode(text.charCodeAt(end)) || inCued(sorted, at, end))
          continue;
        const before = CAPITALIZED_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
        const start = before && !NOT_A_NAME.has(foldName(before[1])) ? at - before[0].length : at;
        // "My name's Bridget, Bridget Flanagan": a first name said again brings its surname after it.
        const after = start === at ? CAPITALIZED_AFTER.exec(text.slice(end, end + 30)) : null;
        // "like my name is like jonah uh jonah whitfield": in lower case, a surname that may be a name in lower case.
        const stop =
          after && !NOT_A_NAME.has(foldName(after[1]))
            ? end + after[0].length
            : start === at && isLowerCase(text, at)
              ? lowerSurnameEnd(text, end, names)
              : end;
        // "this is Jordan Pike, about the Jordan trainers", "ich fahre einen Mercedes": the name as a product's.
        if (isProductNameSaidAgain(text, start, stop)) continue;
        repeats.push({ type: 'PERSON', start, end: stop, canonical: `named:${foldName(text.slice(start, stop))}` });
        if (repeats.length >= MAX_REPEATS) return repeats;
      }
    }
  }
  return repeats;
}

/** Ends with "'s" or "’s" (what `replace(/['’]s$/, '')` takes off). */
function isPossessive(said: string): boolean {
  const n = said.length;
  if (n < 2 || said.charCodeAt(n - 1) !== 0x73) return false;
  const c = said.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019;
}

/** Whether [start, end) overlaps one of `sorted` (sorted by start, as the cued spans are), by binary search. */
function inCued(sorted: readonly PiiSpan[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= start) lo = mid + 1;
    else if (sorted[mid].start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
