/**
 * Which kind of cue word a hit of the pre-pass's merged cue alternation is. Irregexp tries an alternation's
 * branches one first character at a time, so one alternation of every kind's words (grouped by first character)
 * costs about a third less per character than one group per kind; the kind of a hit is then looked up.
 *
 * The kind is the one the per-kind alternation `(kind 1)|(kind 2)|...` would have captured: the first kind with a
 * word matching at the hit. The merged alternation keeps the branches' order, so its match is the winning branch's
 * word. A table maps every word a kind's branches can spell (literals and finite patterns such as "obrigad[oa]")
 * to the first kind that lists it; a kind listed earlier can only have won with a branch the table cannot spell
 * ("post\s?code", "c(?=/)"), which is tested at the hit. Words with a non-ASCII character are tested kind by kind:
 * the table compares lower case, which is how a case-insensitive pattern compares ASCII only.
 */
import { topLevelBranches } from './alternation';

/** Every string `branch` can match, lower-cased; undefined when it is not a small finite language. */
export function spellings(branch: string): string[] | undefined {
  const parsed = sequence(branch, 0);
  return parsed && parsed.end === branch.length ? [...new Set(parsed.words.map((w) => w.toLowerCase()))] : undefined;
}

const MAX_SPELLINGS = 64;
const PLAIN = /^[^\\^$.|?*+()[\]{}]$/;
/** Escapes of a punctuation character ("\\.", "\\/"); "\\s", "\\w", "\\b"... are not one character. */
const ESCAPED_PUNCTUATION = /^[^A-Za-z0-9]$/;

interface Parsed {
  words: string[];
  end: number;
}

/** A run of atoms up to a '|' or ')' at this depth. */
function sequence(source: string, from: number): Parsed | undefined {
  let words = [''];
  let i = from;
  while (i < source.length && source[i] !== '|' && source[i] !== ')') {
    const atom = atomAt(source, i);
    if (!atom) return undefined;
    let options = atom.words;
    i = atom.end;
    if (source[i] === '?') {
      options = [...options, ''];
      i++;
    }
    if (i < source.length && '*+{'.includes(source[i])) return undefined;
    words = words.flatMap((w) => options.map((o) => w + o));
    if (words.length > MAX_SPELLINGS) return undefined;
  }
  return { words, end: i };
}

function atomAt(source: string, i: number): Parsed | undefined {
  const c = source[i];
  if (c === '\\') {
    const escaped = source[i + 1] ?? '';
    return ESCAPED_PUNCTUATION.test(escaped) ? { words: [escaped], end: i + 2 } : undefined;
  }
  if (c === '[') {
    const close = source.indexOf(']', i + 1);
    const members = close > i + 1 ? [...source.slice(i + 1, close)] : [];
    if (members.length === 0 || members.some((m) => m === '^' || m === '-' || m === '\\' || m === '['))
      return undefined;
    return { words: members, end: close + 1 };
  }
  if (c === '(') {
    if (source.slice(i, i + 3) !== '(?:') return undefined; // a look-around or a capture
    const words: string[] = [];
    let j = i + 3;
    for (;;) {
      const alternative = sequence(source, j);
      if (!alternative) return undefined;
      words.push(...alternative.words);
      j = alternative.end;
      if (source[j] === ')') return words.length > MAX_SPELLINGS ? undefined : { words, end: j + 1 };
      if (source[j] !== '|') return undefined;
      j++;
    }
  }
  return PLAIN.test(c) ? { words: [c], end: i + 1 } : undefined;
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

export class WordKinds {
  /** Lower-case spelling -> the first kind whose branches spell it. */
  private readonly firstKind = new Map<string, number>();
  /** Per kind, its branches the table cannot spell, as a sticky pattern (undefined: none). */
  private readonly unspelled: (RegExp | undefined)[] = [];
  /** Per kind, all its branches, as a sticky pattern. */
  private readonly whole: RegExp[] = [];

  /** `kinds`: each kind's alternation, in the merged alternation's order; `after`: what must follow a word. */
  constructor(kinds: readonly string[], after: string) {
    kinds.forEach((alternation, kind) => {
      const unspelled: string[] = [];
      for (const branch of topLevelBranches(alternation)) {
        const words = spellings(branch);
        if (!words) unspelled.push(branch);
        for (const word of words ?? []) if (!this.firstKind.has(word)) this.firstKind.set(word, kind);
      }
      this.unspelled.push(unspelled.length > 0 ? new RegExp(`(?:${unspelled.join('|')})${after}`, 'iy') : undefined);
      this.whole.push(new RegExp(`(?:${alternation})${after}`, 'iy'));
    });
  }

  /** The kind of `word`, the merged alternation's match at `index` of `text`. */
  kindAt(text: string, index: number, word: string): number {
    if (ASCII.test(word)) {
      const listed = this.firstKind.get(word.toLowerCase());
      const before = listed ?? this.unspelled.length;
      for (let kind = 0; kind < before; kind++) {
        const pattern = this.unspelled[kind];
        if (pattern && matchesAt(pattern, text, index)) return kind;
      }
      if (listed !== undefined) return listed;
    }
    for (let kind = 0; kind < this.whole.length; kind++) if (matchesAt(this.whole[kind], text, index)) return kind;
    return -1; // not reached: the word matched one of the kinds
  }
}

function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
