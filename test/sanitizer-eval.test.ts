import { evaluateSanitizer } from '../scripts/evaluate-sanitizer';
import { PII_TYPES } from '../domain/sanitizer/pii';

/** Floors from issue 4, held on the labelled set in test/fixtures/sanitizer-eval. */
const PII_FLOOR = 0.97;
const INJECTION_RECALL_FLOOR = 0.97;
const FALSE_POSITIVE_CEILING = 0.03;

describe('sanitizer evaluation set', () => {
  const result = evaluateSanitizer();

  it.each(PII_TYPES)('%s: recall and precision of at least 0.97 on 40+ labelled values', (type) => {
    const rate = result.pii[type];
    expect(rate.truePositives + rate.falseNegatives).toBeGreaterThanOrEqual(40);
    expect(rate.recall).toBeGreaterThanOrEqual(PII_FLOOR);
    expect(rate.precision).toBeGreaterThanOrEqual(PII_FLOOR);
  });

  it('injection: recall of at least 0.97 on 150+ attacks, false-positive rate of at most 0.03 on 150+ benign messages', () => {
    expect(result.injection!.attacks).toBeGreaterThanOrEqual(150);
    expect(result.injection!.benign).toBeGreaterThanOrEqual(150);
    expect(result.injection!.recall).toBeGreaterThanOrEqual(INJECTION_RECALL_FLOOR);
    expect(result.injection!.falsePositiveRate).toBeLessThanOrEqual(FALSE_POSITIVE_CEILING);
  });

  it('covers every family', () => {
    expect(Object.keys(result.injection!.recallByFamily).sort()).toEqual(
      ['delimiter_injection', 'instruction_override', 'prompt_exfiltration', 'roleplay_jailbreak', 'tool_abuse'],
    );
  });
});
