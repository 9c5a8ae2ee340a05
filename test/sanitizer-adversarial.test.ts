import { detectPii } from '../domain/sanitizer/pii';
import { screenText } from '../domain/sanitizer/injection';

/**
 * Pathological 200 KB inputs (one huge word, endless digit runs, repeated trigger words) must stay
 * linear: a quadratic scan takes half a minute or more here, a linear one a few seconds at most.
 * The bound is generous so a loaded CI machine does not make it flaky.
 */
const BOUND_MS = 20_000;
const SIZE = 200_000;
const inputs: Record<string, string> = {
  'one long mixed-case word': 'aB'.repeat(SIZE / 2),
  'one long lower-case word': 'abcdefghij'.repeat(SIZE / 10),
  'base64-looking run': 'QUFB'.repeat(SIZE / 4),
  'spaced digits': '1 '.repeat(SIZE / 2),
  'dotted digits': '1.'.repeat(SIZE / 2),
  'repeated trigger words': 'ignore the previous '.repeat(SIZE / 20),
  'at signs': 'a@'.repeat(SIZE / 2),
};

describe('adversarial input', () => {
  it.each(Object.entries(inputs))('%s is screened and scanned in bounded time', (_, text) => {
    const started = Date.now();
    screenText(text);
    detectPii(text);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  });
});
