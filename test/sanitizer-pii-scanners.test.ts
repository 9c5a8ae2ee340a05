/**
 * A native pre-check that spares a pattern must never say "no" where the pattern would have found something: each
 * is compared with its pattern on generated strings built from the characters and words the pattern reads.
 */
import { prng } from '../bench/prng';
import { CVV_CUES, CVV_WORD, detectCardCues, EXPIRY_CUES, EXPIRY_WORD } from '../domain/sanitizer/pii/cardCues';
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

describe('the card cue gates (cardCues.ts)', () => {
  /**
   * Every string an alternation spells (groups, '?', classes and escaped punctuation; no cap on their number), a
   * digit or word class read as one sample ("valid from 1/1 to", "läuft ab").
   */
  function every(source: string): string[] {
    const sample = source.replace(/\\d\{[^}]*\}/g, '1').replace(/\(\?:\\w\+ \)\?/g, '');
    const [words, end] = alternatives(sample, 0);
    expect(end).toBe(sample.length);
    return words;
  }
  function alternatives(source: string, from: number): [string[], number] {
    const words: string[] = [];
    let i = from;
    for (;;) {
      const [sequence, end] = sequenceAt(source, i);
      words.push(...sequence);
      i = end;
      if (source[i] !== '|') return [words, i];
      i++;
    }
  }
  function sequenceAt(source: string, from: number): [string[], number] {
    let words = [''];
    let i = from;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let options: string[];
      if (source.startsWith('(?:', i)) {
        const [inner, end] = alternatives(source, i + 3);
        options = inner;
        i = end + 1;
      } else if (source[i] === '[') {
        const close = source.indexOf(']', i);
        options = [...source.slice(i + 1, close)];
        i = close + 1;
      } else if (source[i] === '\\') {
        options = [source[i + 1]];
        i += 2;
      } else {
        options = [source[i]];
        i++;
      }
      if (source[i] === '?') {
        options = [...options, ''];
        i++;
      }
      words = words.flatMap((w) => options.map((o) => w + o));
    }
    return [words, i];
  }

  it('pass every cue the CVV and expiry patterns start from, in any case', () => {
    const cvv = [...every(CVV_CUES), 'code'];
    const expiry = [
      ...every(EXPIRY_CUES),
      ...['expire', 'expires', 'expiring', 'expired', 'expira', 'run out', 'runs out', 'ran out', 'end date'],
      ...['läuft im', 'läuft am', 'läuft zum', 'läuft bis'],
    ];
    expect(cvv.length).toBeGreaterThan(40);
    expect(expiry.length).toBeGreaterThan(40);
    for (const cue of cvv)
      for (const text of [cue, cue.toUpperCase()]) expect([text, CVV_WORD.test(text)]).toEqual([text, true]);
    for (const cue of expiry)
      for (const text of [cue, cue.toUpperCase()]) expect([text, EXPIRY_WORD.test(text)]).toEqual([text, true]);
  });

  it('fail a turn whose only card cue word names no code or expiry', () => {
    const turn =
      'For security, can you confirm your date of birth? It is 04/17/1986, and my account number is 88120934.';
    expect(CVV_WORD.test(turn)).toBe(false);
    expect(EXPIRY_WORD.test(turn)).toBe(false);
    expect(detectCardCues(turn)).toEqual([]);
  });
});
