/**
 * One name part and its common spelling variants (Catherine/Katherine, Sean/Seán, Jon/John, Ann/Anne), as a
 * list of atoms: each atom lists what may stand at its place, in the order a regular expression would try
 * them. The same atoms render the regular expression (for the texts that spell names letter by letter) and
 * drive a small matcher that tries them at a word start: compiling a regular expression per conversation cost
 * more than redacting its whole transcript, the matcher costs nothing to build.
 */

/** What one character of a variant may be: the lower-case characters it matches, or any white space. */
type CharSet = string;
const WHITESPACE: CharSet = '\\s';
/** One atom: its alternatives in order, each a sequence of character sets ('' alternative: the atom is optional). */
type Atom = readonly (readonly CharSet[])[];
export type PartAtoms = readonly Atom[];

/** A base letter and its accented forms: a name written without accents still matches the accented spelling. */
export const ACCENTED: Readonly<Record<string, string>> = {
  a: 'aàáâãäå',
  e: 'eèéêë',
  i: 'iìíîïı',
  o: 'oòóôõöø',
  u: 'uùúûü',
  n: 'nñ',
  c: 'cç',
  y: 'yÿý',
  // Letters foldName (names.ts) folds with no decomposition: "Michał" folds to "michal" and must still match.
  l: 'lł',
  d: 'dđð',
};
const VOWELS = 'aeiouy';
/** A letter of the name with its accented forms ("a" also matches "á"). */
const accented = (c: string): CharSet => ACCENTED[c] ?? c;
/** The atoms below are shared and never changed: a conversation's names are compiled per conversation. */
const literal = (s: string): CharSet[] => s.split('');
const optional = (...first: CharSet[][]): Atom => [...first, []];
const PH: Atom = [literal('ph'), literal('ff'), literal('f'), literal('v')];
const F: Atom = [literal('ph'), literal('ff'), literal('f')];
const V: Atom = [literal('v'), literal('ph')];
const CK: Atom = [literal('ck'), literal('k'), literal('c')];
const C_OR_K: Atom = [literal('c'), literal('k'), literal('ck')];
const TH: Atom = [literal('th'), literal('t')];
const OPTIONAL_H: Atom = optional(literal('h'));
const ENDING: Atom = [literal('y'), literal('ie'), literal('i'), literal('ey')];
/** A final "e" may be left off or written accented ("Jose" is said "José"). */
const OPTIONAL_E: Atom = optional([accented('e')]);
const OPTIONAL_APOSTROPHE: Atom = optional(["'’"]);
const OPTIONAL_HYPHEN: Atom = optional([`-${WHITESPACE}`]);
/** Per character: the atom of a doubled letter, of a vowel that may take an "h", of the letter alone. */
const DOUBLED = new Map<string, Atom>();
const WITH_H = new Map<string, Atom>();
const SINGLE = new Map<string, Atom>();
const atomFor = (cache: Map<string, Atom>, c: string, build: (a: CharSet) => Atom): Atom => {
  let atom = cache.get(c);
  if (atom === undefined) {
    atom = build(accented(c));
    cache.set(c, atom);
  }
  return atom;
};

/** The atom for the letters of folded name `t` at `i`, and how many letters it covers. */
function atomAt(t: string, i: number): [Atom, number] {
  const c = t[i];
  const next = t[i + 1] ?? '';
  const last = i === t.length - 1;
  if (c === 'p' && next === 'h') return [PH, 2];
  if (c === 'f') return [F, next === 'f' ? 2 : 1];
  if (c === 'v') return [V, 1];
  if (c === 'c' && next === 'k') return [CK, 2];
  if ((c === 'c' && !'eiy'.includes(next)) || c === 'k') return [C_OR_K, 1];
  if (c === 't' && next === 'h') return [TH, 2];
  if (c === 'h' && i > 0 && VOWELS.includes(t[i - 1]) && (last || !VOWELS.includes(next))) return [OPTIONAL_H, 1];
  if (last && c === 'y') return [ENDING, 1];
  if (i === t.length - 2 && ((c === 'i' && next === 'e') || (c === 'e' && next === 'y'))) return [ENDING, 2];
  if (last && c === 'e' && i > 2) return [OPTIONAL_E, 1];
  if (c === "'" || c === '’') return [OPTIONAL_APOSTROPHE, 1];
  if (c === '-') return [OPTIONAL_HYPHEN, 1];
  if (next === c || 'lnrtmsp'.includes(c)) return [atomFor(DOUBLED, c, (a) => [[a, a], [a]]), next === c ? 2 : 1];
  if (i > 0 && 'aeiou'.includes(c) && (last || (!VOWELS.includes(next) && next !== 'h')))
    return [atomFor(WITH_H, c, (a) => [[a, 'h'], [a]]), 1]; // Jon/John, Sara/Sarah
  return [atomFor(SINGLE, c, (a) => [[a]]), 1];
}

/** The atoms of folded name part `t` (three letters or more) with its spelling variants. */
export function variantAtoms(t: string): PartAtoms {
  const atoms: Atom[] = [];
  for (let i = 0; i < t.length;) {
    const [atom, covered] = atomAt(t, i);
    atoms.push(atom);
    i += covered;
  }
  return atoms;
}

/** The atoms of a short folded part ("Jo", "Li", "Ní"): its letters exactly, accented or not. */
export const exactAtoms = (t: string): PartAtoms => [...t].map((c) => [[accented(c)]]);

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const renderSet = (set: CharSet): string => {
  if (set === accented(set[0]) && set.length > 1) return `[${set}]`;
  if (set.includes(WHITESPACE)) return `[${escape(set.replace(WHITESPACE, ''))}\\s]`;
  return set.length === 1 ? escape(set) : `[${[...set].map(escape).join('')}]`;
};

/** A regular expression source (for the `i` flag) matching exactly what the atoms match. */
export function renderAtoms(atoms: PartAtoms): string {
  return atoms
    .map((atom) => {
      const alternatives = atom.map((alternative) => alternative.map(renderSet).join(''));
      return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
    })
    .join('');
}

/**
 * A regular expression source (no flags needed) for how a match of the atoms can begin: its first two
 * characters in either case; undefined when that is no short list (white space could come first or second).
 */
export function beginnings(atoms: PartAtoms): string[] | undefined {
  const found = new Set<string>();
  return walkBeginnings(atoms, 0, [], found) ? [...found] : undefined;
}

/**
 * Adds to `found` the first two character sets of every way the atoms from `from` on can start after `sets`; false
 * when one of those ways is no short list (white space first or second, or under two characters in all). A module
 * function, not a closure: it runs for every new name part.
 */
function walkBeginnings(atoms: PartAtoms, from: number, sets: readonly CharSet[], found: Set<string>): boolean {
  if (sets.length >= 2 || from === atoms.length) {
    const head = sets.slice(0, 2);
    if (head.length === 0 || head.some((set) => set.includes(WHITESPACE))) return false;
    found.add(head.map(bothCases).join(''));
    return true;
  }
  for (const alternative of atoms[from])
    if (!walkBeginnings(atoms, from + 1, [...sets, ...alternative], found)) return false;
  return true;
}

/**
 * Every character a match of the atoms can begin with, as one string of their character sets (the matcher compares a
 * character by `includes` on each set, so a character is in this string exactly when some first set takes it);
 * undefined when white space may come first or the atoms may match nothing.
 */
export function firstCharacters(atoms: PartAtoms): string | undefined {
  let firsts = '';
  for (const atom of atoms) {
    let optional = false;
    for (const alternative of atom) {
      if (alternative.length === 0) optional = true;
      else if (alternative[0].includes(WHITESPACE)) return undefined;
      else firsts += alternative[0];
    }
    if (!optional) return firsts;
  }
  return undefined;
}

const inClass = (c: string): string => c.replace(/[\\\]^-]/g, '\\$&');
/** A character class of both cases of `set`'s characters; the same few sets recur in every name, so each is built once. */
const bothCases = (set: CharSet): string => {
  let known = BOTH_CASES.get(set);
  if (known === undefined) {
    let out = '';
    for (const c of set) {
      const upper = c.toUpperCase();
      out += inClass(c) + (upper.length === 1 && upper !== c ? inClass(upper) : '');
    }
    known = `[${out}]`;
    if (BOTH_CASES.size < BOTH_CASES_LIMIT) BOTH_CASES.set(set, known);
  }
  return known;
};
const BOTH_CASES = new Map<CharSet, string>();
/** Sets are letters, their accented forms and a few punctuation marks: the limit only guards against odd input. */
const BOTH_CASES_LIMIT = 4096;

const SPACE = /\s/;
/**
 * Whether `c` (one UTF-16 unit) can be white space at all: every character `\s` takes is a control or space
 * character up to U+0020 or from U+00A0 on. A letter that fails its set is then rejected without a second
 * search of the set and a pattern test (the matcher runs at every candidate word start of every turn).
 */
const mayBeSpace = (c: string): boolean => c <= ' ' || c >= '\u00a0';

/**
 * `text` in lower case, character for character (a character whose lower case is longer, as "İ", stays and
 * matches nothing), so the matcher compares characters without converting each.
 */
export function lowerCaseOf(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const c of text.split('')) {
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/**
 * Tries the atoms at `at` of `text` (`lower`: lowerCaseOf(text)) as a regular expression with the `i` flag would (alternatives in order, backtracking into earlier
 * atoms), handing each way the atoms can end to `accept` (a module-level function: closures made per call
 * cost more than the match); the first end `accept` takes decides. Returns where the match ends as `accept`
 * said, or -1; `matched.partEnd` is then where the atoms themselves ended.
 */
export function matchAtoms(
  text: string,
  lower: string,
  at: number,
  atoms: PartAtoms,
  accept: (text: string, end: number) => number,
  from = 0,
): number {
  if (from === atoms.length) {
    const end = accept(text, at);
    if (end !== -1) matched.partEnd = at;
    return end;
  }
  for (const alternative of atoms[from]) {
    let end = at;
    let ok = true;
    for (const set of alternative) {
      const c = lower[end];
      if (c === undefined || !(set.includes(c) || (mayBeSpace(c) && set.includes(WHITESPACE) && SPACE.test(c)))) {
        ok = false;
        break;
      }
      end++;
    }
    if (!ok) continue;
    const result = matchAtoms(text, lower, end, atoms, accept, from + 1);
    if (result !== -1) return result;
  }
  return -1;
}

/** Where the atoms of the last successful matchAtoms call ended. */
export const matched = { partEnd: -1 };
