import { detectPii } from '../domain/sanitizer/pii';
import { screenText } from '../domain/sanitizer/injection';
import { ADVERSARIAL_INPUTS } from './fixtures/adversarialInputs';

/**
 * Pathological inputs are screened and scanned to a sane verdict: none of them holds PII or an attack.
 * How long they take is a benchmark figure (`npm run bench sanitizer`), not a test assertion.
 */
describe('adversarial input', () => {
  it.each(Object.entries(ADVERSARIAL_INPUTS))('%s yields no PII and no injection verdict', (_, text) => {
    expect(screenText(text).verdict).toBe('clean');
    expect(detectPii(text)).toEqual([]);
  });
});
