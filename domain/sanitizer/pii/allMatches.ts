/**
 * Every match of a global pattern, as `String.prototype.matchAll` gives them but without cloning the pattern:
 * matchAll builds a new RegExp per call, which for the redactor's large patterns costs several times more than
 * the scan itself. Eager (an array), so a shared module-level pattern is never left half-iterated. `from`: where
 * the scan starts.
 */
export function allMatches(pattern: RegExp, text: string, from = 0): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}

/**
 * The matches `allMatches` finds with `pattern`'s global twin, tried only at `starts` (ascending) with `sticky`, a
 * sticky copy: the same matches whenever every place the pattern can match is among `starts`, since a global scan
 * takes the first place at or after its last match's end where the pattern matches, and matches there as the sticky
 * one does. For a pattern that cannot match the empty string.
 */
export function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let after = 0;
  for (const at of starts) {
    if (at < after) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    found.push(m);
    after = sticky.lastIndex;
  }
  sticky.lastIndex = 0;
  return found;
}
