import { parseRetryAfter } from '../domain/http/retryAfter';

const NOW = Date.UTC(2026, 9, 21, 7, 27, 50); // Wed, 21 Oct 2026 07:27:50 GMT

describe('parseRetryAfter', () => {
  it('reads delta-seconds as milliseconds', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2000);
    expect(parseRetryAfter(' 120 ', NOW)).toBe(120_000);
    expect(parseRetryAfter('0', NOW)).toBe(0);
  });

  it('reads all three HTTP-date forms relative to now', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', NOW)).toBe(10_000);
    expect(parseRetryAfter('Wednesday, 21-Oct-26 07:28:00 GMT', NOW)).toBe(10_000);
    expect(parseRetryAfter('Wed Oct 21 07:28:00 2026', NOW)).toBe(10_000);
    expect(parseRetryAfter('Sun Nov  6 08:49:37 1994', NOW)).toBe(0);
  });

  it('returns 0 for a past date or a negative number', () => {
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('-5', NOW)).toBe(0);
  });

  it('returns undefined (never NaN) for anything unreadable', () => {
    for (const bad of [
      undefined,
      '',
      '  ',
      'soon',
      '1.5',
      '2s',
      'Wed, 31 Feb 2026 07:28:00 GMT',
      'Wed, 21 Foo 2026 07:28:00 GMT',
      '2026-10-21T07:28:00Z',
      'Wed, 21 Oct 2026 25:28:00 GMT',
    ]) {
      expect(parseRetryAfter(bad, NOW)).toBeUndefined();
    }
  });
});
