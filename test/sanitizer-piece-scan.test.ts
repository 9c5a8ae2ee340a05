import { CL100K_TOKEN_SPLIT_REGEX, O200K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/cjs/encodingParams/constants';
import { prng } from '../bench/prng';
import { cl100kPieceEnd, o200kPieceEnd, scannable, type PieceScanner } from '../domain/sanitizer/pieceScan';
import { ADVERSARIAL_INPUTS, PII_ADVERSARIAL_INPUTS } from './fixtures/adversarialInputs';

const SCANNERS: [string, RegExp, PieceScanner][] = [
  ['o200k_base', O200K_TOKEN_SPLIT_REGEX, o200kPieceEnd],
  ['cl100k_base', CL100K_TOKEN_SPLIT_REGEX, cl100kPieceEnd],
];

function scanned(text: string, scan: PieceScanner): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length;) {
    const end = scan(text, start);
    if (!(end > start)) throw new Error(`no piece at ${start}`);
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/** Letters of each case class, marks, digits of several scripts, every kind of white space, symbols, apostrophes. */
const ALPHABET = [
  ...'aAbZsStTdDmMlLvVeErRxy \'"!?./,-_@#$%^&*()[]{}<>:;|\\\n\r\t\v\f0123456789',
  ...'\u00a0\u00e9\u00c9\u0301\u0302\u02b0\u01c5\u4e2d\u3000\u2028\u2029\u200b\u200c\ufeff\uff11\uff21\uff41\u0660',
  ...'\u2460\u216b\u0416\u0436\u05d0\u0627\u0915\u093f\u1680\u2003\u202f\u205f\u0085\u00ad\u00b2\u00bd\u3042\u30a2',
  ...'\uff9e\u0e01\u0e31\u2019\u00df\u0130\u1e9e\u2c6f\u0345\u20dd\u3007\u00aa\u02c6\u1d2c',
];

describe('the split regexes written out as scanners', () => {
  it.each(SCANNERS)('cuts random texts into the pieces %s’s regex matches', (_name, regex, scan) => {
    const random = prng(7);
    for (let n = 0; n < 40_000; n++) {
      // A few characters per text, so runs of one class and the switches between classes both come up.
      const chars = Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => ALPHABET[Math.floor(random() * ALPHABET.length)],
      );
      const text = Array.from(
        { length: Math.floor(random() * 24) },
        () => chars[Math.floor(random() * chars.length)],
      ).join('');
      const pieces = scanned(text, scan);
      const expected = text.match(regex) ?? [];
      if (pieces.length !== expected.length || pieces.some((p, i) => p !== expected[i])) {
        expect([text, pieces]).toEqual([text, expected]);
      }
    }
  });

  it.each(SCANNERS)('reads every character outside the surrogates as %s’s regex does', (_name, regex, scan) => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const text of [
        c,
        `a${c}`,
        `A${c}b`,
        ` ${c}x`,
        `'${c}`,
        `${c}'s`,
        `${c}${c}${c}`,
        `1${c}2`,
        `!${c}\r\n/`,
        `${c}  x`,
      ]) {
        const pieces = scanned(text, scan);
        const expected = text.match(regex) ?? [];
        if (pieces.length !== expected.length || pieces.some((p, i) => p !== expected[i])) {
          expect([text, pieces]).toEqual([text, expected]);
        }
      }
    }
  });

  it.each(SCANNERS)('cuts the pathological inputs as %s’s regex does', (_name, regex, scan) => {
    for (const text of Object.values({ ...ADVERSARIAL_INPUTS, ...PII_ADVERSARIAL_INPUTS })) {
      if (!scannable(text)) continue;
      const pieces = scanned(text, scan);
      const expected = text.match(regex) ?? [];
      expect(pieces.length).toBe(expected.length);
      expect(pieces.every((p, i) => p === expected[i])).toBe(true);
    }
  });

  it('leaves text with a surrogate to the regex', () => {
    expect(scannable('plain text, ＡＢＣ and é')).toBe(true);
    for (const text of ['emoji 😀', '\uD83D alone', 'alone \uDE00']) expect(scannable(text)).toBe(false);
  });
});
