import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { prng } from '../bench/prng';
import { forgetPhoneVerdicts, nanpVerdict, validNumber } from '../domain/sanitizer/pii/phoneVerdicts';

/** The library's own verdict, as the redactor asked for it before the plain North American path. */
const library = (candidate: string, region: 'US' | 'CA' | 'GB' = 'US'): string | undefined => {
  const parsed = parsePhoneNumberFromString(candidate, region);
  return parsed?.isValid() ? parsed.number : undefined;
};

describe('phone verdicts', () => {
  afterEach(() => forgetPhoneVerdicts());

  it('decides plain North American numbers as libphonenumber-js does, for every area code and exchange start', () => {
    const random = prng(12);
    const digit = () => String(Math.floor(random() * 10));
    let valid = 0;
    for (let area = 200; area <= 999; area++) {
      for (let exchange = 2; exchange <= 9; exchange++) {
        const national = `${area}${exchange}${digit()}${digit()}${digit()}${digit()}${digit()}${digit()}`;
        const expected = library(national);
        if (expected) valid++;
        expect([national, nanpVerdict(national)]).toEqual([national, expected]);
      }
    }
    // Both verdicts occur: the check is not all "invalid" (toll-free, premium, Caribbean and unassigned codes).
    expect(valid).toBeGreaterThan(1000);
    expect(valid).toBeLessThan(6400);
  });

  it('gives the same E.164 as the library for candidates in every layout a digit run holds, and falls back for others', () => {
    const random = prng(7);
    const digit = () => String(Math.floor(random() * 10));
    const separators = [' ', '-', '.', '/', ') ', ')', '  ', ' - ', '(', '--'];
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    for (let i = 0; i < 3000; i++) {
      const [a, b, c] = [
        digit() + digit() + digit(),
        digit() + digit() + digit(),
        digit() + digit() + digit() + digit(),
      ];
      const candidate = pick([
        `(${a}) ${b}-${c}`,
        `${a}${pick(separators)}${b}${pick(separators)}${c}`,
        `1 ${a} ${b} ${c}`,
        `${a}${b}${c}${digit()}`,
        `(${a}${pick(separators)}${b}${c}`,
        `011 ${a} ${b}`,
      ]);
      forgetPhoneVerdicts();
      expect([candidate, validNumber(candidate, 'US')]).toEqual([candidate, library(candidate)]);
      expect([candidate, validNumber(candidate, 'CA')]).toEqual([candidate, library(candidate, 'CA')]);
      expect([candidate, validNumber(candidate, 'GB')]).toEqual([candidate, library(candidate, 'GB')]);
    }
  });

  it('finds a Caribbean number by its leading digits and rejects an unassigned exchange', () => {
    expect(nanpVerdict('4155550142')).toBe(library('4155550142'));
    expect(nanpVerdict('2684641234')).toBe(library('2684641234')); // Antigua's 268
    expect(nanpVerdict('2125551234')).toBe(library('2125551234'));
    expect(nanpVerdict('8005551234')).toBe('+18005551234');
    expect(nanpVerdict('2009991234')).toBeUndefined();
  });
});
