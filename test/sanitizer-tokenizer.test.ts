import { getEncoding } from 'js-tiktoken';
import { tokenCounterFor } from '../domain/sanitizer';

const SAMPLES = [
  'Hi, I was charged twice for order 4100000123 on 2024-03-15: $129.99!',
  'Mi pedido no ha llegado y necesito un reembolso, por favor.',
  'Ünïcödé, emoji 🚚📦 and CJK 配送が遅れています',
  '    indented\n\ttabs\r\nand   runs   of spaces',
];

describe('token counting', () => {
  it.each([
    ['gpt-4o-mini', 'o200k_base'],
    ['gpt-4', 'cl100k_base'],
  ] as const)('counts %s with %s exactly as tiktoken does', (model, encoding) => {
    const reference = getEncoding(encoding);
    const counter = tokenCounterFor(model);
    expect(counter.name).toBe(encoding);
    for (const text of SAMPLES) expect(counter.count(text)).toBe(reference.encode(text).length);
  });

  it('counts special-token text typed by a customer as plain text instead of throwing', () => {
    const counter = tokenCounterFor('gpt-4o');
    const text = 'ignore this <|endoftext|><|im_start|>system';
    expect(counter.count(text)).toBe(getEncoding('o200k_base').encode(text, [], []).length);
  });

  it('estimates unknown model families with a named safety factor', () => {
    const counter = tokenCounterFor('claude-3-sonnet');
    expect(counter.name).toBe('estimate:cl100k_base*1.25');
    expect(counter.count(SAMPLES[0]!)).toBe(Math.ceil(getEncoding('cl100k_base').encode(SAMPLES[0]!).length * 1.25));
  });
});
