/**
 * The encodings' split regexes (gpt-tokenizer's O200K_ and CL100K_TOKEN_SPLIT_REGEX) written out as scanners: where
 * the piece that starts at a position ends. A global match of either regex runs each of its seven or eight
 * alternatives at every piece, and each tries several Unicode property classes; on text outside Latin-1 (full-width
 * digits, zero-width characters) that came to about 170 ns a piece, most of the time a 200 KB turn's count took.
 * Here each character is classified once for the process (by those same property classes) and each alternative is
 * decided by the backtracking the regex would do, in its order. Text with a surrogate (an emoji, an astral letter)
 * is left to the regex: there a character is a code point, not a code unit. The tests hold both scanners to the
 * regexes' own pieces.
 */

/** The end of the piece that starts at `start` (always past it), in a text with no surrogate code unit. */
export type PieceScanner = (text: string, start: number) => number;

/** A character's classes (bits), 0 until it was first classified. */
const LETTER = 1; // \p{L}
const NUMBER = 2; // \p{N}
const UPPER = 4; // [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]
const LOWER = 8; // [\p{Ll}\p{Lm}\p{Lo}\p{M}]
const SPACE = 16; // \s
const NEWLINE = 32; // [\r\n]
const CLASSIFIED = 128;
/** `[^\r\n\p{L}\p{N}]`: what may stand before a word (never past the end of the text). */
const isPrefix = (classes: number): boolean => (classes & (CLASSIFIED | LETTER | NUMBER | NEWLINE)) === CLASSIFIED;
/** `[^\s\p{L}\p{N}]`: punctuation and symbols (never past the end of the text). */
const isSymbol = (classes: number): boolean => (classes & (CLASSIFIED | SPACE | LETTER | NUMBER)) === CLASSIFIED;

const CLASSES = new Uint8Array(0x10000);
const TESTS: [RegExp, number][] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{N}$/u, NUMBER],
  [/^[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]$/u, UPPER],
  [/^[\p{Ll}\p{Lm}\p{Lo}\p{M}]$/u, LOWER],
  [/^\s$/u, SPACE],
  [/^[\r\n]$/u, NEWLINE],
];

function classify(code: number): number {
  const char = String.fromCharCode(code);
  let classes = CLASSIFIED;
  for (const [test, bit] of TESTS) if (test.test(char)) classes |= bit;
  CLASSES[code] = classes;
  return classes;
}

/** The classes of the character at `i` (0 past the end: no class). */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  const classes = CLASSES[code];
  return classes === 0 ? classify(code) : classes;
}

const SURROGATE = /[\uD800-\uDFFF]/;
/** Whether the scanners can read `text` (the regexes read a surrogate pair as one character; the scanners do not). */
export const scannable = (text: string): boolean => !SURROGATE.test(text);

/** The end of a run of characters with one of `bits`, from `i`. */
function runEnd(text: string, i: number, bits: number): number {
  for (const n = text.length; i < n; i++) {
    const code = text.charCodeAt(i);
    const classes = CLASSES[code];
    if (((classes === 0 ? classify(code) : classes) & bits) === 0) break;
  }
  return i;
}

/** The end of a run of punctuation and symbols, from `i`. */
function symbolRunEnd(text: string, i: number): number {
  while (isSymbol(classAt(text, i))) i++;
  return i;
}

const isNewline = (code: number): boolean => code === 0x0d || code === 0x0a;
const isNewlineOrSlash = (code: number): boolean => code === 0x0d || code === 0x0a || code === 0x2f;

/** `\p{N}{1,3}`, from a number at `i`. */
function digitsEnd(text: string, i: number): number {
  let end = i + 1;
  while (end < i + 3 && classAt(text, end) & NUMBER) end++;
  return end;
}

/** ` ?[^\s\p{L}\p{N}]+` then the trailing characters the encoding takes (`i` when no symbol piece starts there). */
function symbolPieceEnd(text: string, i: number, trailing: (code: number) => boolean): number {
  const symbolFrom = text.charCodeAt(i) === 0x20 && isSymbol(classAt(text, i + 1)) ? i + 1 : i; // i < length
  if (!isSymbol(classAt(text, symbolFrom))) return i;
  let end = symbolRunEnd(text, symbolFrom + 1);
  while (end < text.length && trailing(text.charCodeAt(end))) end++;
  return end;
}

/** After a word: `'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE])`, if it follows `end`. */
function contractionEnd(text: string, end: number): number {
  // Every read is inside the text: a read past its end (NaN) would throw optimized code back to the interpreter.
  if (end + 1 >= text.length || text.charCodeAt(end) !== 0x27) return end;
  const first = text.charCodeAt(end + 1) | 0x20; // ASCII lower case; a non-letter never becomes one of these
  if (first === 0x73 || first === 0x64 || first === 0x6d || first === 0x74) return end + 2; // s d m t
  if (end + 2 >= text.length) return end;
  const second = text.charCodeAt(end + 2) | 0x20;
  if ((first === 0x6c && second === 0x6c) || ((first === 0x76 || first === 0x72) && second === 0x65)) return end + 3; // ll ve re
  return end;
}

/** `\s*[\r\n]+` (o200k) and `\s*[\r\n]` (cl100k) from `i` in the space run [i, spaceEnd): past its last line break. */
function lastNewlineEnd(text: string, i: number, spaceEnd: number): number {
  for (let k = spaceEnd - 1; k >= i; k--) if (classAt(text, k) & NEWLINE) return k + 1;
  return -1;
}

/**
 * o200k_base: `[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?:'s|...)?`
 * `|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?:'s|...)?|\p{N}{1,3}`
 * `| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+`
 */
export const o200kPieceEnd: PieceScanner = (text, i) => {
  const first = classAt(text, i);
  // The optional prefix is tried present first, then absent.
  const from = isPrefix(first) ? i + 1 : i;
  // First alternative: upper-case letters as many as there are, then given back one by one until a lower-case
  // letter follows; the first such letter from the end of the run is the last of the run that is both (\p{Lm},
  // \p{Lo}, \p{M}) unless the character after the run is lower-case. The second takes the whole run.
  let upperEnd = -1;
  let prefixedUpperEnd = -1;
  for (let a = from; a >= i; a--) {
    let end = a;
    let lastBoth = -1;
    for (let classes = classAt(text, end); classes & UPPER; classes = classAt(text, ++end))
      if (classes & LOWER) lastBoth = end;
    if (classAt(text, end) & LOWER) return contractionEnd(text, runEnd(text, end + 1, LOWER));
    if (lastBoth >= 0) return contractionEnd(text, runEnd(text, lastBoth + 1, LOWER));
    if (a > i) prefixedUpperEnd = end;
    else upperEnd = end;
  }
  if (prefixedUpperEnd > from) return contractionEnd(text, runEnd(text, prefixedUpperEnd, LOWER));
  if (upperEnd > i) return contractionEnd(text, runEnd(text, upperEnd, LOWER));
  if (first & NUMBER) return digitsEnd(text, i);
  const symbols = symbolPieceEnd(text, i, isNewlineOrSlash);
  if (symbols > i) return symbols;
  const spaceEnd = runEnd(text, i, SPACE);
  const newline = lastNewlineEnd(text, i, spaceEnd);
  if (newline >= 0) return newline;
  return spaceEnd === text.length || spaceEnd - i < 2 ? spaceEnd : spaceEnd - 1;
};

/**
 * cl100k_base: `'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE])|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}`
 * `| ?[^\s\p{L}\p{N}]+[\r\n]*|\s+$|\s*[\r\n]|\s+(?!\S)|\s`
 */
export const cl100kPieceEnd: PieceScanner = (text, i) => {
  const contraction = contractionEnd(text, i);
  if (contraction > i) return contraction;
  const first = classAt(text, i);
  if (isPrefix(first) && classAt(text, i + 1) & LETTER) return runEnd(text, i + 2, LETTER);
  if (first & LETTER) return runEnd(text, i + 1, LETTER);
  if (first & NUMBER) return digitsEnd(text, i);
  const symbols = symbolPieceEnd(text, i, isNewline);
  if (symbols > i) return symbols;
  const spaceEnd = runEnd(text, i, SPACE);
  if (spaceEnd === text.length) return spaceEnd;
  const newline = lastNewlineEnd(text, i, spaceEnd);
  if (newline >= 0) return newline;
  return spaceEnd - i < 2 ? spaceEnd : spaceEnd - 1;
};
