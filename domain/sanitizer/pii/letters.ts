/**
 * Character classes for the name, address and date patterns. Unicode-mode regular expressions (`u` with \p{L})
 * run several times slower in V8 than plain ones, so the detectors use explicit ranges: Latin (with Latin-1 and
 * Latin Extended-A), Greek and Cyrillic, which covers the languages the redactor reads.
 */
export const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F\\u0391-\\u03A9\\u0400-\\u042F';
export const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0100-\\u017F\\u03B1-\\u03C9\\u0430-\\u045F';
/** One character of LETTER (test a single character with it: it is not anchored). */
export const A_LETTER = new RegExp(`[${LETTER}]`);
/**
 * Whether a UTF-16 code unit is one of LETTER's: A_LETTER's test without building a one-character string (NaN,
 * from a `charCodeAt` past either end, is no letter).
 */
export const isLetterCode = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0xc0 && code <= 0x4ff && code !== 0xd7 && code !== 0xf7 && (code <= 0x24f || code >= 0x370));
