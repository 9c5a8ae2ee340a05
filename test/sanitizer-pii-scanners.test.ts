/**
 * Hand-written scans that replace a regular expression for speed must find exactly what the expression finds:
 * each is compared with its expression on generated strings built from the characters and words it reads.
 */
import { prng } from '../bench/prng';
import { wordBefore } from '../domain/sanitizer/pii/spelledNames';

/** Strings of up to `length` pieces drawn from `pieces`. */
function generated(pieces: readonly string[], count: number, length: number, seed: number): string[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    for (let n = Math.floor(random() * (length + 1)); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)];
    return text;
  });
}

describe('wordBefore reads as its pattern does', () => {
  const WORD_BEFORE = /([A-Za-z][a-z'’][A-Za-z'’-]*)[\s,]*(?:(?:that's|it's|is)\s+)?$/;
  const PIECES = ['a', 'b', 'S', 'Z', 'i', 's', 't', "'", '’', '-', ' ', ',', '\t', '\u00a0', '\u2028', '\u001c'];
  const WORDS = ['is', "it's", "that's", "hat's", 'Is', 'x', '.', '1', 'é', 'M', '\n', 'Smith'];
  it.each([
    ['single characters', generated(PIECES, 20_000, 14, 1)],
    ['characters and the fillers', generated([...PIECES, ...WORDS], 20_000, 12, 2)],
  ])('%s', (_, texts) => {
    const differing: unknown[] = [];
    for (const text of texts) {
      for (const [from, to] of [
        [0, text.length],
        [1, text.length],
        [0, text.length - 1],
      ]) {
        if (to < from) continue;
        const m = WORD_BEFORE.exec(text.slice(from, to));
        const expected = m ? [from + m.index, from + m.index + m[1].length] : undefined;
        const found = wordBefore(text, from, to);
        if (JSON.stringify(found) !== JSON.stringify(expected)) differing.push({ text, from, to, found, expected });
      }
    }
    expect(differing.slice(0, 5)).toEqual([]);
  });
});
