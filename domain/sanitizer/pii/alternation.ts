/**
 * Irregexp tries the branches of an alternation one after the other at every position, so a cue list of a
 * hundred words costs a hundred quick checks per character. Grouping the branches by their first character
 * ("thanks|thank|hi|hello" becomes "t(?:hanks|hank)|h(?:i|ello)") lets it reject a position after one check
 * per first character. The language matched is the same, and so is the branch that wins at a position: a branch
 * only moves past branches whose first character can never match where its own does (a non-unicode pattern
 * folds case to upper case, never a non-ASCII character to ASCII), and inside a group the branches keep their
 * order. A branch whose first character is not plain ("(?:it|account)...", "\\w*nummer") stays where it is and
 * no branch moves past it. For patterns without the `u` flag (their case folding is the one assumed here).
 */
export function groupByFirstCharacter(alternation: string, ignoreCase: boolean): string {
  const segments: Group[][] = [[]];
  for (const branch of topLevelBranches(alternation)) {
    const first = firstAtom(branch, ignoreCase);
    let segment = segments[segments.length - 1];
    if (first === undefined) {
      segments.push([{ prefix: '', key: '', rests: [branch] }], []);
      continue;
    }
    let group = segment.find((g) => g.key === first.key);
    if (!group && segment.some((g) => overlaps(g.key, first.key))) {
      segment = [];
      segments.push(segment);
    }
    if (!group) {
      group = { prefix: first.text, key: first.key, rests: [] };
      segment.push(group);
    }
    group.rests.push(branch.slice(first.text.length));
  }
  return segments
    .flat()
    .map(({ prefix, rests }) => (rests.length === 1 ? prefix + rests[0] : `${prefix}(?:${rests.join('|')})`))
    .join('|');
}

/**
 * `(?<![${notBefore}])(?:${alternation})`, with the look-behind moved past each branch's first character where that
 * is one plain character or class: "b(?<![X][^])orn" accepts what "(?<![X])born" does, and in the same order. A
 * look-behind in front is evaluated at every position; after the first character, only where that matched. Faster
 * only when the branches start with few characters (the birth cues: about a quarter off their scan); for the big cue
 * lists, whose first characters are most letters, the look-behind in front rejects the middle of every word at once
 * and moving it made their scans half as slow again. A branch whose first atom is not plain keeps the look-behind in
 * front. For patterns without the `u` flag (`[^]` is one UTF-16 unit, as each first atom matches).
 */
export function afterNoneOf(notBefore: string, alternation: string): string {
  const lookBehind = `(?<![${notBefore}]`;
  return `(?:${topLevelBranches(alternation)
    .map((branch) => {
      const first = firstAtom(branch, false);
      return first === undefined
        ? `${lookBehind})${branch}`
        : `${first.text}${lookBehind}[^])${branch.slice(first.text.length)}`;
    })
    .join('|')})`;
}

interface Group {
  /** The first atom as the group's first branch writes it. */
  prefix: string;
  /** The characters the first atom matches, folded when the pattern ignores case, sorted. */
  key: string;
  rests: string[];
}

const overlaps = (a: string, b: string): boolean => [...a].some((c) => b.includes(c));

/**
 * The branch's first atom when it is one plain character or a class of plain characters ("[Mm]"), not
 * quantified; undefined otherwise.
 */
function firstAtom(branch: string, ignoreCase: boolean): { text: string; key: string } | undefined {
  let text: string;
  let chars: string[];
  if (branch[0] === '[') {
    const close = branch.indexOf(']');
    if (close < 2) return undefined;
    text = branch.slice(0, close + 1);
    chars = branch.slice(1, close).split('');
    if (chars[0] === '^' || chars.some((c) => c === '-' || c === '\\' || c === '[' || SURROGATE.test(c)))
      return undefined;
  } else {
    // Half of a surrogate pair is no character of its own (and would split one in a unicode pattern).
    if (branch.length === 0 || !PLAIN.test(branch[0]) || SURROGATE.test(branch[0])) return undefined;
    text = branch[0];
    chars = [branch[0]];
  }
  if (QUANTIFIER.test(branch[text.length] ?? '')) return undefined;
  const folded = new Set(chars.map((c) => (ignoreCase ? canonical(c) : c)));
  return { text, key: [...folded].sort().join('') };
}

/** How a non-unicode case-insensitive pattern compares a character (ECMA-262 Canonicalize). */
function canonical(c: string): string {
  const upper = c.toUpperCase();
  if (upper.length !== 1 || (c.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128)) return c;
  return upper;
}

const PLAIN = /^[^\\^$.|?*+()[\]{}]$/;
const SURROGATE = /^[\uD800-\uDFFF]$/;
const QUANTIFIER = /^[?*+{]$/;

/** The branches of an alternation: split at each '|' outside groups, classes and escapes. */
export function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      current += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      branches.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  branches.push(current);
  return branches;
}
