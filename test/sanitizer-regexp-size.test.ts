/**
 * V8 stops optimising a regular expression whose source is longer than 20 KB (RegExp::kRegExpTooLargeToOptimize):
 * the birth-date pattern crossed it by 700 characters once, and redaction as a whole became 30% slower with the
 * same output. Every pattern the sanitizer builds stays under it.
 */
const V8_TOO_LARGE_TO_OPTIMIZE = 20 * 1024;

describe('sanitizer regular expressions', () => {
  it('are all short enough for V8 to optimise', () => {
    const built: { length: number; start: string }[] = [];
    const Original = RegExp;
    const recording = new Proxy(Original, {
      construct(target, args: [string | RegExp, string?]) {
        const source = typeof args[0] === 'string' ? args[0] : args[0].source;
        built.push({ length: source.length, start: source.slice(0, 60) });
        return new target(...args);
      },
    });
    globalThis.RegExp = recording;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../domain/sanitizer');
      });
    } finally {
      globalThis.RegExp = Original;
    }
    expect(built.length).toBeGreaterThan(50);
    // The largest patterns are long (the birth dates' about 19 KB), so the recording did see them.
    expect(Math.max(...built.map((b) => b.length))).toBeGreaterThan(10_000);
    expect(built.filter((b) => b.length > V8_TOO_LARGE_TO_OPTIMIZE)).toEqual([]);
  });
});
