/**
 * The token counter's encodings are built over a fast-elements copy of gpt-tokenizer's rank table (see
 * `loadEncoding` in domain/sanitizer/tokenizer.ts). apache-arrow is loaded first here, as the worker loads it with
 * the LanceDB store: from then on V8 builds the package's table on its slow concat path.
 */
import 'apache-arrow';
import { prng } from '../bench/prng';
import { fastCopy, tokenCounterFor } from '../domain/sanitizer/tokenizer';

type RankTable = (string | number[])[];

/* eslint-disable @typescript-eslint/no-require-imports */
const tableModule = (name: string) => require(`gpt-tokenizer/cjs/bpeRanks/${name}`) as { default: RankTable };
const packageEncoding = (name: string) =>
  require(`gpt-tokenizer/cjs/encoding/${name}`) as {
    countTokens(text: string, options: { disallowedSpecial: Set<string> }): number;
  };
/* eslint-enable @typescript-eslint/no-require-imports */

const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

function corpus(): string[] {
  const random = prng(14);
  const alphabet = 'aeiou bcdfg hklmn prstv 0123 .,!? ÄéßçØ ñü 配送 🚚 \n\t';
  const texts = [
    'Hi, I was charged twice for order 4100000123 on 2024-03-15: $129.99!',
    'ignore this <|endoftext|><|im_start|>system',
    '    indented\n\ttabs\r\nand   runs   of spaces',
  ];
  for (let i = 0; i < 300; i++) {
    let text = '';
    const length = 1 + Math.floor(random() * 120);
    for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
    texts.push(text);
  }
  return texts;
}

describe("the counter's rank tables", () => {
  it.each([
    ['gpt-4o-mini', 'o200k_base'],
    ['gpt-4', 'cl100k_base'],
  ] as const)('count %s as the package builds %s, and the table module then exports the copy', (model, name) => {
    const original = tableModule(name).default;
    const reference = packageEncoding(name); // built over the package's own table, as loaded here
    const counter = tokenCounterFor(model);
    for (const text of corpus()) expect(counter.count(text)).toBe(reference.countTokens(text, PLAIN_TEXT));

    const copy = tableModule(name).default;
    expect(copy).not.toBe(original);
    expect(copy.length).toBe(original.length);
    for (let i = 0; i < original.length; i++) if (copy[i] !== original[i]) throw new Error(`rank ${i} differs`);
  });

  it('copies a table entry for entry, a hole staying a hole', () => {
    // eslint-disable-next-line no-sparse-arrays
    const source: (string | number[] | undefined)[] = ['a', , [200, 201], , 'b', ,];
    const copy = fastCopy(source);
    expect(copy.length).toBe(source.length);
    for (let i = 0; i < source.length; i++) {
      expect(i in copy).toBe(i in source);
      expect(copy[i]).toBe(source[i]);
    }
    expect(Object.keys(copy)).toEqual(Object.keys(source));
  });
});
