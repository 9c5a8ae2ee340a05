/**
 * Folds the usual obfuscations away before the family patterns run: NFKC (full-width and styled letters),
 * invisible characters, Cyrillic/Greek look-alikes, small capitals, boxed letters, accents, spaced-out letters
 * ("i g n o r e") and leetspeak ("1gn0r3"). The result is only ever matched against, never shown or logged.
 */
import { wordBits } from './lexicon';

// Zero-width, bidi controls, soft hyphen, word joiners, variation selectors and Unicode tag characters.
// Each invisible code point is matched on its own, combining marks and variation selectors included.
export const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDDEF]/g;

const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  һ: 'h',
  ӏ: 'l',
  ү: 'y',
  ԍ: 'g',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ω: 'w',
  μ: 'u',
  ς: 's',
  ζ: 'z',
  // Latin small capitals ("ɪɢɴᴏʀᴇ"), which NFKC leaves as they are
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ꞯ: 'q',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
};
const HOMOGLYPH_CHARS = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'g');
/**
 * Letters drawn in boxes that NFKC leaves as they are: negative circled (U+1F150), negative squared (U+1F170) and
 * regional indicators (U+1F1E6), each A to Z in a row ("🅸🅶🅽🅾🆁🅴"). Matched as UTF-16 pairs.
 */
const BOXED_LETTER = /\uD83C[\uDD50-\uDD69\uDD70-\uDD89\uDDE6-\uDDFF]/g;
const unboxed = (pair: string): string => {
  const low = pair.charCodeAt(1);
  const boxedA = low >= 0xdde6 ? 0xdde6 : low >= 0xdd70 ? 0xdd70 : 0xdd50;
  return String.fromCharCode(97 + low - boxedA);
};

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '+': 't',
};

/**
 * Three or more single letters separated by one and the same separator: "i g n o r e", "s.y.s.t.e.m",
 * "p-r-o-m-p-t". The same one, so "r-e-v-e-a-l y-o-u-r" stays two words.
 */
const SPACED_LETTERS = /(?<![a-z0-9])[a-z0-9@$]([ .\-_*|/])[a-z0-9@$](?:\1[a-z0-9@$])+(?![a-z0-9])/g;

export interface ScreeningViews {
  /** NFKC, invisibles removed, look-alikes folded, lower case, accents stripped: keeps "<|im_start|>" intact. */
  light: string;
  /** `light` with spaced-out letters joined and leetspeak decoded: catches "i g n o r e" and "1gn0r3". */
  folded: string;
  /** `folded` reading "1" as "l" and with split words joined. */
  foldedAlt: string;
}

// Cheap pre-checks: most transcript text is plain ASCII prose, and each fold is skipped when it cannot apply.
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;
const MAYBE_SPACED = /[a-z0-9@$][ .\-_*|/][a-z0-9@$][ .\-_*|/][a-z0-9@$]/g;
/**
 * Whether SPACED_LETTERS can match here: its shortest form, three letters. A longer match starts with a separator
 * after the third letter, which the lookahead also accepts, so this holds exactly where SPACED_LETTERS matches, in
 * a few comparisons where SPACED_LETTERS would run to the end of a 200 KB run of spaced digits.
 */
const SPACED_LETTERS_HERE = /(?<![a-z0-9])[a-z0-9@$]([ .\-_*|/])[a-z0-9@$]\1[a-z0-9@$](?![a-z0-9])/y;

/**
 * Whether SPACED_LETTERS matches `text`. Each of its matches starts where MAYBE_SPACED does, and those places
 * are few ("192.168.1.1" has one): it is tried at them alone, where replacing with it scanned the whole text
 * with its lookbehind whenever one IP address or date was in the transcript.
 */
function hasSpacedLetters(text: string): boolean {
  MAYBE_SPACED.lastIndex = 0;
  for (let m = MAYBE_SPACED.exec(text); m; m = MAYBE_SPACED.exec(text)) {
    SPACED_LETTERS_HERE.lastIndex = m.index;
    if (SPACED_LETTERS_HERE.test(text)) return true;
    MAYBE_SPACED.lastIndex = m.index + 1;
  }
  return false;
}

/** Printable ASCII, tabs and line breaks only: no fold of NFKC, invisibles, look-alikes or accents applies. */
export const isPlainAscii = (text: string): boolean => !NON_ASCII.test(text);

/** NFKC and invisible characters removed; plain ASCII is returned as it is. */
export const withoutInvisibles = (text: string): string =>
  NON_ASCII.test(text) ? text.normalize('NFKC').replace(INVISIBLE, '') : text;

/** A letter next to a leet character: where a leet word ("1gn0r3") must be. */
const LEET_SPOT = /[a-z][0-9@$!|+]|[0-9@$!|+][a-z]/g;
const isRunChar = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 48 && code <= 57) ||
  code === 64 ||
  code === 36 ||
  code === 33 ||
  code === 124 ||
  code === 43;

const isTrailingPunctuation = (code: number): boolean => code === 33 || code === 124 || code === 43; // ! | +

/** Leet characters of a run decoded, a trailing "!" (punctuation) kept: a loop, not two regexps built per run. */
const decodeRunAs = (run: string, end: number, one: 'i' | 'l'): string => {
  let out = '';
  for (let i = 0; i < end; i++) {
    const c = run[i];
    out += c === '1' ? one : (LEET[c] ?? c);
  }
  return out + run.slice(end);
};

/** A lower-case word with its leet characters read as letters, "1" as `one` ("1gn0r3" -> "ignore"). */
export const unleetWord = (word: string, one: 'i' | 'l'): string => decodeRunAs(word, word.length, one);

/**
 * A "1" reads as `one`. In the first reading ("1" as "i") a run that makes no word of the lexicon that way but
 * does with "l" is read with "l": "1gn0r3 y0ur ru1es" reads "ignore your rules" there, where neither reading had
 * both words before ("ignore your ruies", "lgnore your rules"). The second reading stays "l" throughout.
 */
const decodeRun = (run: string, one: 'i' | 'l'): string => {
  let end = run.length;
  while (end > 0 && isTrailingPunctuation(run.charCodeAt(end - 1))) end--;
  const decoded = decodeRunAs(run, end, one);
  if (one === 'l' || !run.includes('1') || wordBits(decoded.slice(0, end)) !== 0) return decoded;
  const withL = decodeRunAs(run, end, 'l');
  return wordBits(withL.slice(0, end)) !== 0 ? withL : decoded;
};

/**
 * The word-like runs around the leet spots of `text`, as [start, end) pairs: each run is scanned once, so
 * plain prose is copied, not called back per word.
 */
function leetRuns(text: string): number[] {
  const runs: number[] = [];
  LEET_SPOT.lastIndex = 0;
  let copied = 0;
  for (let m = LEET_SPOT.exec(text); m; m = LEET_SPOT.exec(text)) {
    let start = m.index;
    while (start > copied && isRunChar(text.charCodeAt(start - 1))) start--;
    let end = m.index + 2;
    while (end < text.length && isRunChar(text.charCodeAt(end))) end++;
    runs.push(start, end);
    copied = end;
    LEET_SPOT.lastIndex = end;
  }
  return runs;
}

/** `text` with its leet runs decoded, "1" read as `one`. */
function decodeRuns(text: string, runs: readonly number[], one: 'i' | 'l'): string {
  if (runs.length === 0) return text;
  let out = '';
  let copied = 0;
  for (let r = 0; r < runs.length; r += 2) {
    out += text.slice(copied, runs[r]) + decodeRun(text.slice(runs[r], runs[r + 1]), one);
    copied = runs[r + 1];
  }
  return out + text.slice(copied);
}

/** "1" reads as "i" or "l" ("ru1e5"): the second reading is kept as another view. */
const decodeLeet = (text: string, one: 'i' | 'l' = 'i'): string => decodeRuns(text, leetRuns(text), one);

/** Hyphens, underscores and middle dots splitting a word ("ign-ore", "prev_ious"). */
const SPLIT_WORD = /(?<=[a-z])[-_\u00B7](?=[a-z])/g;
const HAS_SPLIT_WORD = /[a-z][-_\u00B7][a-z]/;

/**
 * Whitespace that collapsing to one space changes: a run of two or more, or one character that is not a
 * space. Replacing only these gives what replacing every run of `\s+` gives (a lone space stays itself),
 * without a match and a copy for every gap between two words.
 */
const SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/**
 * Spaced-out letters joined and decoded ("i g n o r e", "1-g-n-0-r-3"), each distinct run once: a flood of one
 * spelling ("spelled A-B-C-D-E-F" ten thousand times in 200 KB) decoded the same run for every match.
 */
function joinSpacedLetters(text: string): string {
  const decoded = new Map<string, string>();
  return text.replace(SPACED_LETTERS, (run) => {
    let joined = decoded.get(run);
    if (joined === undefined) {
      joined = decodeLeet(run.replace(/[ .\-_*|/]/g, ''));
      decoded.set(run, joined);
    }
    return joined;
  });
}

const LIGATURE_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', œ: 'oe', æ: 'ae' };
const LIGATURE = /[ßœæ]/;
const LIGATURES = /[ßœæ]/g;

/** `plainAscii` may be passed when known (the screen tests the raw text once): it saves a scan of the text. */
export function normalizeForScreening(text: string, plainAscii = isPlainAscii(text)): ScreeningViews {
  let light = text.toLowerCase();
  if (!plainAscii) {
    light = text
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(BOXED_LETTER, unboxed)
      .toLowerCase()
      .replace(HOMOGLYPH_CHARS, (ch) => HOMOGLYPHS[ch] ?? ch);
    light = light.normalize('NFD').replace(/\p{M}/gu, ''); // accents: "précédentes" matches "precedentes"
    // letters no decomposition splits: "Straße" reads "strasse", "belle-sœur" "belle-soeur", not "stra e", "s ur"
    if (LIGATURE.test(light)) light = light.replace(LIGATURES, (ch) => LIGATURE_LETTERS[ch] ?? ch);
  }
  // Joined before spaces collapse, so a double space between spaced-out words stays a word gap.
  const joined = hasSpacedLetters(light) ? joinSpacedLetters(light) : light;
  const collapsed = joined.replace(SPACE_TO_COLLAPSE, ' ').trim();
  const runs = leetRuns(collapsed);
  const folded = decodeRuns(collapsed, runs, 'i');
  const split = HAS_SPLIT_WORD.test(collapsed);
  // Without split words the second reading has the same leet runs: they are found once for both.
  let foldedAlt = folded;
  if (split) foldedAlt = decodeLeet(collapsed.replace(SPLIT_WORD, ''), 'l');
  else if (folded !== collapsed) foldedAlt = decodeRuns(collapsed, runs, 'l');
  return {
    get light() {
      return light.replace(/[^\S\n]+/g, ' ').trim();
    },
    folded,
    foldedAlt,
  };
}
