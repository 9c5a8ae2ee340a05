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
