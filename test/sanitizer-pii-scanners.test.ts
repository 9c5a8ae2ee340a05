/**
 * A native pre-check that spares a pattern must never say "no" where the pattern would have found something: each
 * is compared with its pattern on generated strings built from the characters and words the pattern reads.
 */
import { prng } from '../bench/prng';
import { mayHoldWordFor } from '../domain/sanitizer/pii/spelledNames';

/** Strings of up to `length` pieces drawn from `pieces`. */
function generated(pieces: readonly string[], count: number, length: number, seed: number): string[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    for (let n = Math.floor(random() * (length + 1)); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)];
    return text;
  });
}

describe('mayHoldWordFor', () => {
  const WORD_AFTER = /^[\s,.;:–-]*(?:(?:that's|it's|so)\s+)?([A-Za-z][a-z'’][A-Za-z'’-]*)/;
  const WORD_BEFORE = /([A-Za-z][a-z'’][A-Za-z'’-]*)[\s,]*(?:(?:that's|it's|is)\s+)?$/;
  const lettersOf = (text: string): string => text.replace(/[^A-Za-z]/g, '').toLowerCase();
  const PIECES = ['a', 'b', 'A', 'B', 's', 'S', 'i', 't', "'", '’', '-', ' ', ',', '.', '\t', '\u00a0', 'é', '1'];
  const WORDS = ['is', "it's", "that's", 'so', 'ab', 'Ab', "a'b", 'A’b', 'sab', 'Sabs', 'bab'];
  const LETTERS = ['ab', 'aab', 'abab', 'ba', 'bab', 'sab', 'sabs', 'ss', 'a', ''];

  it('is true wherever WORD_AFTER or WORD_BEFORE finds a word spelling the letters', () => {
    const random = prng(4);
    const missed: unknown[] = [];
    let found = 0;
    for (const text of generated([...PIECES, ...WORDS], 60_000, 10, 5)) {
      const letters = LETTERS[Math.floor(random() * LETTERS.length)];
      const from = Math.floor(random() * 3);
      const to = Math.max(from, text.length - Math.floor(random() * 3));
      for (const pattern of [WORD_AFTER, WORD_BEFORE]) {
        const m = pattern.exec(text.slice(from, to));
        if (!m || lettersOf(m[1]) !== letters) continue;
        found++;
        if (!mayHoldWordFor(text.slice(from, to), letters))
          missed.push({ text, from, to, letters, pattern: pattern.source });
      }
    }
    expect(missed.slice(0, 5)).toEqual([]);
    expect(found).toBeGreaterThan(500); // the strings do hold such words
  });

  it('is false for letters read out with no word beside them', () => {
    const text = 'spelled A-B-C-D-E-F spelled A-B-C-D-E-F ';
    expect(mayHoldWordFor(text.slice(0, 20), 'abcdef')).toBe(false);
    expect(mayHoldWordFor('spelled A-B-C, Abc', 'abc')).toBe(true);
  });
});
