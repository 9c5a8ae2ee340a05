/**
 * Folds the usual obfuscations away before the family patterns run: NFKC (full-width and styled letters),
 * invisible characters, Cyrillic/Greek look-alikes, accents, spaced-out letters ("i g n o r e") and
 * leetspeak ("1gn0r3"). The result is only ever matched against, never shown or logged.
 */

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
};
const HOMOGLYPH_CHARS = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'g');

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

/** Three or more single letters separated by one separator: "i g n o r e", "s.y.s.t.e.m", "p-r-o-m-p-t". */
const SPACED_LETTERS = /(?<![a-z0-9])[a-z0-9@$](?:[ .\-_*|/][a-z0-9@$]){2,}(?![a-z0-9])/g;

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
const HAS_LEET = /[a-z][0-9@$!|+]|[0-9@$!|+][a-z]/;
const MAYBE_SPACED = /[a-z0-9@$][ .\-_*|/][a-z0-9@$][ .\-_*|/][a-z0-9@$]/;

/** NFKC and invisible characters removed; plain ASCII is returned as it is. */
export const withoutInvisibles = (text: string): string =>
  NON_ASCII.test(text) ? text.normalize('NFKC').replace(INVISIBLE, '') : text;

/** Word-like runs; only those holding both a letter and a leet character ("1gn0r3") are rewritten. */
const LEET_RUN = /[a-z0-9@$!|+]+/g;

/** "1" reads as "i" or "l" ("ru1e5"): the second reading is kept as another view. Trailing "!" stays. */
const decodeLeet = (text: string, one: 'i' | 'l' = 'i'): string =>
  HAS_LEET.test(text)
    ? text.replace(LEET_RUN, (run) => {
        if (!HAS_LEET.test(run)) return run;
        const word = run.replace(/[!|+]+$/, '');
        return word.replace(/[0-9@$!|+]/g, (c) => (c === '1' ? one : (LEET[c] ?? c))) + run.slice(word.length);
      })
    : text;
/** Hyphens, underscores and middle dots splitting a word ("ign-ore", "prev_ious"). */
const SPLIT_WORD = /(?<=[a-z])[-_\u00B7](?=[a-z])/g;

export function normalizeForScreening(text: string): ScreeningViews {
  let light = text.toLowerCase();
  if (NON_ASCII.test(text)) {
    light = text
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .toLowerCase()
      .replace(HOMOGLYPH_CHARS, (ch) => HOMOGLYPHS[ch] ?? ch);
    light = light.normalize('NFD').replace(/\p{M}/gu, ''); // accents: "précédentes" matches "precedentes"
  }
  // Joined before spaces collapse, so a double space between spaced-out words stays a word gap.
  const joined = MAYBE_SPACED.test(light)
    ? light.replace(SPACED_LETTERS, (run) => decodeLeet(run.replace(/[ .\-_*|/]/g, '')))
    : light;
  const collapsed = joined.replace(/\s+/g, ' ').trim();
  const leet = HAS_LEET.test(collapsed);
  const split = SPLIT_WORD.test(collapsed);
  SPLIT_WORD.lastIndex = 0;
  const folded = decodeLeet(collapsed);
  return {
    light: light.replace(/[^\S\n]+/g, ' ').trim(),
    folded,
    foldedAlt: leet || split ? decodeLeet(collapsed.replace(SPLIT_WORD, ''), 'l') : folded,
  };
}
