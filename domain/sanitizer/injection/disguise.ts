/**
 * Disguise is evidence. A caller with a real question has no reason to write "ignore" in full-width letters
 * beside plain ones, with a Cyrillic "о" inside a Latin word, with a zero-width space inside it, or as "1gn0r3":
 * the only reader such a spelling fools is a filter. Normalization already reads through each disguise; this
 * says which intent classes were disguised, so a window asking for one of them counts it against the message
 * ("ＩＧＮＯＲＥ the ａｂｏｖｅ" scores as high as "disregard everything above", where plain "ignore the above"
 * stays under the threshold: a customer may well say it about their own earlier message).
 *
 * Only words that ask something of the assistant count: a disguised password ("P@ssw0rd") or account number is
 * not an attack, and full-width letters alone are how some keyboards type Latin (a text must mix them with
 * plain ASCII words).
 */
import { classBit, wordBits, type IntentClass } from './lexicon';
import { isPlainAscii, normalizeForScreening, unleetWord } from './normalize';

/**
 * What an attack asks: ignore, reveal, obey, drop limits. Nouns and role words are a customer's too ("the
 * instructions in your email", "is there a god mode in the game").
 */
const REQUEST_CLASSES: readonly IntentClass[] = ['override', 'reveal', 'obey', 'nolimits'];
/** The classes a disguise can add weight to: a window without one of them needs no look at the disguises. */
export const DISGUISABLE = REQUEST_CLASSES.reduce((bits, name) => bits | classBit(name), 0);

/** Full-width Latin letters. */
const FULL_WIDTH = /[\uFF21-\uFF3A\uFF41-\uFF5A]/;
/** A plain ASCII word of two or more letters. */
const ASCII_WORD = /(?:^|[^\p{L}\p{N}])[A-Za-z]{2,}(?![\p{L}\p{N}])/u;
/** Invisible characters inside a word (zero-width spaces and joiners, soft hyphen, word joiners, tags). */
const INVISIBLE_INSIDE = /[\w\u00C0-\u024F\u0370-\u04FF][\u00AD\u200B-\u200D\u2060-\u2064\uFEFF]|\uDB40[\uDC00-\uDDEF]/;
/** A Latin letter beside a Cyrillic or Greek one: one word, two scripts. */
const MIXED_SCRIPT = /[A-Za-z][\u0370-\u03FF\u0400-\u04FF]|[\u0370-\u03FF\u0400-\u04FF][A-Za-z]/;
/** Letters drawn as math alphanumerics, boxed, circled or small capitals. */
const FANCY_LETTERS =
  /\uD835[\uDC00-\uDFFF]|\uD83C[\uDD50-\uDD69\uDD70-\uDD89\uDDE6-\uDDFF]|[\u1D00-\u1D2B\u24B6-\u24E9\u0262\u026A\u0274\u0280\u028F]/;
/**
 * A letter beside a digit leetspeak uses for a letter ("1gn0r3"). Symbols ("@", "$") are left out: beside a
 * letter they are mostly e-mail addresses and prices, and an attack spelled with them alone is rare.
 */
const LEET = /[A-Za-z][0134578]|[0134578][A-Za-z]/;
/** Any of the disguises above, found where it is: most texts have none and are looked at no further. */
const DISGUISE_SPOT = new RegExp(
  [FULL_WIDTH, INVISIBLE_INSIDE, MIXED_SCRIPT, FANCY_LETTERS, LEET].map((r) => r.source).join('|'),
  'g',
);
/** In plain ASCII text only leetspeak can disguise a word (a scan of one short pattern, not five). */
const LEET_SPOT = new RegExp(LEET.source, 'g');

/** Whitespace and punctuation that is not a leet letter end a word. */
const isWordEnd = (code: number): boolean =>
  code <= 0x20 ||
  code === 0x2e || // .
  code === 0x2c || // ,
  code === 0x3b || // ;
  code === 0x3a || // :
  code === 0x21 || // !
  code === 0x3f || // ?
  code === 0x22 || // "
  code === 0x27 || // '
  (code >= 0x28 && code <= 0x29) || // ( )
  code === 0x5b || // [
  code === 0x5d || // ]
  code === 0x7b || // {
  code === 0x7d || // }
  code === 0x3c || // <
  code === 0x3e; // >

/** ASCII letters in a word: a request word disguised in leetspeak keeps at least three ("1gn0r3"). */
function asciiLetters(word: string): number {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) letters++;
  }
  return letters;
}

/** Leetspeak's letters, as the screen's normalization reads them ("1" as "i", then as "l"). */
/** The request classes a word read through its disguises holds. */
function foldedRequestClasses(word: string): number {
  let classes = 0;
  for (const folded of normalizeForScreening(word).folded.split(' ')) classes |= wordBits(folded) & DISGUISABLE;
  return classes;
}

/**
 * The request classes of the word around a disguise spot, or 0 when it is no disguise (a code like "AB12", full-width
 * letters in a text typed wholly in them). A spot of two ASCII characters is leetspeak's; any other is read through
 * the screen's normalization.
 */
function requestClassesAt(word: string, spot: string, fullWidthCounts: boolean): number {
  if (spot.charCodeAt(0) < 0x80 && spot.charCodeAt(1) < 0x80) {
    if (word.length < 4 || asciiLetters(word) < 3) return 0;
    if (!isPlainAscii(word)) return foldedRequestClasses(word);
    const lower = word.toLowerCase();
    return (wordBits(unleetWord(lower, 'i')) | wordBits(unleetWord(lower, 'l'))) & DISGUISABLE;
  }
  if (!fullWidthCounts && FULL_WIDTH.test(spot) && !MIXED_SCRIPT.test(word) && !INVISIBLE_INSIDE.test(word)) return 0;
  return foldedRequestClasses(word);
}

/** The request classes of the words of `raw` written in a disguise (0: none). */
export function disguisedRequestClasses(raw: string, plainAscii = isPlainAscii(raw)): number {
  const spots = plainAscii ? LEET_SPOT : DISGUISE_SPOT;
  let fullWidthCounts: boolean | undefined;
  let classes = 0;
  let done = 0;
  spots.lastIndex = 0;
  for (let m = spots.exec(raw); m; m = spots.exec(raw)) {
    let start = m.index;
    while (start > done && !isWordEnd(raw.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < raw.length && !isWordEnd(raw.charCodeAt(end))) end++;
    done = end;
    spots.lastIndex = end;
    fullWidthCounts ??= plainAscii || (FULL_WIDTH.test(raw) && ASCII_WORD.test(raw));
    classes |= requestClassesAt(raw.slice(start, end), m[0], fullWidthCounts);
  }
  return classes;
}
