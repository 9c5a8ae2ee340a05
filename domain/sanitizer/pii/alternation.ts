/**
 * Irregexp tries the branches of an alternation one after the other at every position, so a cue list of a
 * hundred words costs a hundred quick checks per character. Grouping the branches by their first character
 * ("thanks|thank|hi|hello" becomes "t(?:hanks|hank)|h(?:i|ello)") lets it reject a position after one check
 * per first character. The language matched is the same: branches with different first characters can never
 * match at the same position (case-insensitively too: a non-unicode pattern folds a character to its upper
 * case, and never a non-ASCII one to ASCII), and inside a group the branches keep their order, so the branch
 * that wins at a position is the one that won before. For case-insensitive patterns only (the grouping folds case).
 */
export function groupByFirstCharacter(alternation: string): string {
  const groups = new Map<string, { first: string; rests: string[] }>();
  for (const branch of topLevelBranches(alternation)) {
    const first = branch[0];
    // Only a plain character that is not quantified can be taken out; anything else keeps the list as it was.
    if (first === undefined || !PLAIN.test(first) || QUANTIFIER.test(branch[1] ?? '')) return alternation;
    const key = canonical(first);
    const group = groups.get(key) ?? { first, rests: [] };
    group.rests.push(branch.slice(1));
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ first, rests }) => (rests.length === 1 ? first + rests[0] : `${first}(?:${rests.join('|')})`))
    .join('|');
}

/** How a non-unicode case-insensitive pattern compares a character (ECMA-262 Canonicalize). */
function canonical(c: string): string {
  const upper = c.toUpperCase();
  if (upper.length !== 1 || (c.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128)) return c;
  return upper;
}

const PLAIN = /^[^\\^$.|?*+()[\]{}]$/;
const QUANTIFIER = /^[?*+{]$/;

/** The branches of an alternation: split at each '|' outside groups, classes and escapes. */
function topLevelBranches(source: string): string[] {
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
