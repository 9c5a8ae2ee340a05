import { RecentCache } from '../domain/sanitizer/recentCache';

describe('RecentCache', () => {
  it('makes a value once and remembers it, undefined included', () => {
    const cache = new RecentCache<string, string | undefined>(8);
    const made: string[] = [];
    const make = (key: string) => () => (made.push(key), key === 'none' ? undefined : key.toUpperCase());
    expect(cache.remember('a', make('a'))).toBe('A');
    expect(cache.remember('a', make('a'))).toBe('A');
    expect(cache.remember('none', make('none'))).toBeUndefined();
    expect(cache.remember('none', make('none'))).toBeUndefined();
    expect(made).toEqual(['a', 'none']);
  });

  it('holds at most its limit: a key not asked for again is made anew after a limit of others', () => {
    const cache = new RecentCache<number, number>(8);
    let makes = 0;
    const ask = (key: number) => cache.remember(key, () => (makes++, key * 2));
    for (let key = 0; key < 100; key++) ask(key);
    expect(makes).toBe(100);
    // The last four (half the limit) are certainly held; the first was dropped long ago.
    for (let key = 96; key < 100; key++) ask(key);
    expect(makes).toBe(100);
    expect(ask(0)).toBe(0);
    expect(makes).toBe(101);
  });

  it('keeps a key that is still asked for through any number of others, and forgets everything on clear', () => {
    const cache = new RecentCache<string, number>(8);
    let hotMakes = 0;
    for (let i = 0; i < 1000; i++) {
      cache.remember(`cold-${i}`, () => i);
      if (i % 3 === 0) cache.remember('hot', () => ++hotMakes);
    }
    expect(hotMakes).toBe(1);
    cache.clear();
    cache.remember('hot', () => ++hotMakes);
    expect(hotMakes).toBe(2);
  });
});
