/**
 * A native pre-check that spares a pattern must never say "no" where the pattern would have found something: each
 * is compared with its pattern on generated strings built from the characters and words the pattern reads.
 */
import { prng } from '../bench/prng';
import { compileKnownNames, detectKnownNames } from '../domain/sanitizer/pii/names';
import { exactAtoms, firstCharacters, lowerCaseOf, matchAtoms, variantAtoms } from '../domain/sanitizer/pii/nameParts';
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

describe('firstCharacters', () => {
  const PARTS = [
    'philip',
    'sean',
    'seán',
    'jon',
    'catherine',
    "o'brien",
    'mary-jane',
    'jo',
    'li',
    'thomas',
    'hugh',
    'kyle',
  ];
  const PIECES = [
    'p',
    'P',
    'f',
    'v',
    'h',
    's',
    'S',
    'e',
    'é',
    'a',
    'á',
    'n',
    'j',
    'J',
    'o',
    'c',
    'k',
    'C',
    't',
    'i',
    'l',
    'y',
  ];
  const PIECES_MORE = ["'", '’', '-', ' ', '\u00a0', 'İ', 'm', 'r', 'b', 'g', 'u', '1'];
  const end = (_text: string, at: number): number => at;

  it('names the characters each part can start with', () => {
    expect(firstCharacters(variantAtoms('philip'))).toBe('pffv');
    expect(firstCharacters(exactAtoms('jo'))).toBe('j');
    expect(firstCharacters(variantAtoms('catherine'))).toBe('ckc');
    // A part that may match nothing, or start with white space, has no short list.
    expect(firstCharacters([[['s'], []]])).toBeUndefined();
    expect(firstCharacters([[['\\s']], [['a']]])).toBeUndefined();
    expect(firstCharacters([[['x'], []], [['a']]])).toBe('xa');
  });

  it('never rules out a start where the part matcher matches', () => {
    const random = prng(12);
    const pieces = [...PIECES, ...PIECES_MORE];
    const pick = (): string => pieces[Math.floor(random() * pieces.length)];
    let matched = 0;
    let ruledOut = 0;
    const wrong: unknown[] = [];
    for (let n = 0; n < 60_000; n++) {
      const part = PARTS[n % PARTS.length];
      const atoms = part.length > 2 ? variantAtoms(part) : exactAtoms(part);
      const first = firstCharacters(atoms);
      // The part written with a few characters changed, dropped, doubled or capitalized, after up to one more.
      let text = random() < 0.3 ? pick() : '';
      for (const c of part) {
        const r = random();
        text += r < 0.1 ? pick() : r < 0.15 ? '' : r < 0.2 ? c + c : r < 0.35 ? c.toUpperCase() : c;
      }
      const lower = lowerCaseOf(text);
      const hit = text.length > 0 && matchAtoms(text, lower, 0, atoms, end) !== -1;
      const allowed = first === undefined || (lower.length > 0 && first.includes(lower[0]));
      if (hit) matched++;
      if (!allowed) ruledOut++;
      if (hit && !allowed) wrong.push({ part, text });
    }
    expect(wrong).toEqual([]);
    expect(matched).toBeGreaterThan(10_000);
    expect(ruledOut).toBeGreaterThan(5_000);
  });

  it('leaves the names found unchanged: a nickname or part is still found when another part is ruled out first', () => {
    const known = compileKnownNames([
      { role: 'customer', name: 'Jordan Miller' },
      { role: 'agent', name: 'Alex Rivera' },
    ]);
    const text = 'Thanks Xander, and Sasha says Jordan’s order is late; Alexandra, Rivera and sandals, Alec';
    const spans = detectKnownNames(text, known).map((span) => text.slice(span.start, span.end));
    expect(spans).toEqual(['Sasha', 'Jordan’s', 'Alexandra', 'Rivera']);
    expect(detectKnownNames('the invoice says the same as last time', known)).toEqual([]);
  });
});
