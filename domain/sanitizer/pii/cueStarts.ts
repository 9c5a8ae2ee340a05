/**
 * Where a pattern that starts with one of the pre-pass's cue words (after no letter or digit) may match in
 * `prefix + turn`, the previous turn's end and the turn as the cued detectors scan them (previousTurn.ts), so such a
 * detector tries its pattern at these places instead of scanning the whole text for its cue.
 *
 * A pre-pass scan reaches every place where one of its cue words starts unless an earlier hit covers it, so such a
 * word starts a cue word it found or lies inside one (a word of another kind may win where a cue starts, as the name
 * cue "policy holder" over the account cue "policy"): every word start inside a cue word found is a place. For cues
 * that start with a letter (a digit run holds none).
 */
import * as letters from './letters';

/** Read once: under tsx every use of an imported binding is a getter call, and this one runs per character. */
const { isLetterCode } = letters;

/** The pre-pass's cue words (Candidates.cueWords) of the turn and of the previous turn. */
export interface CueWords {
  turn: readonly number[];
  /** Of the previous turn's text or of the prefix itself: the prefix's first character is at `cut` in them. */
  previous: readonly number[];
  cut: number;
}

/**
 * `wordsAcrossBreak`: how many words a cue may have before the line break that ends the prefix (its number of white
 * space runs): the previous turn's scan saw its text without the turn after it, so such a cue was no cue there.
 */
export function cueStarts(scanned: string, prefixLength: number, words: CueWords, wordsAcrossBreak: number): number[] {
  const starts: number[] = [];
  if (prefixLength > 0) {
    const tail = tailStart(scanned, prefixLength - 1, wordsAcrossBreak);
    const { previous, cut } = words;
    for (let k = 0; k < previous.length; k += 2) {
      const end = Math.min(previous[k + 1] - cut, tail);
      for (let at = Math.max(previous[k] - cut, 0); at < end; at++) if (startsWord(scanned, at)) starts.push(at);
    }
    for (let at = tail; at < prefixLength; at++) if (startsWord(scanned, at)) starts.push(at);
  }
  const { turn } = words;
  for (let k = 0; k < turn.length; k += 2) {
    const end = turn[k + 1] + prefixLength;
    for (let at = turn[k] + prefixLength; at < end; at++) if (startsWord(scanned, at)) starts.push(at);
  }
  return starts;
}

/** Where the last `count` words before `end` start (words: what lies between white space). */
function tailStart(text: string, end: number, count: number): number {
  let at = end;
  for (let k = 0; k < count; k++) {
    while (at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--;
    while (at > 0 && !isSpaceCode(text.charCodeAt(at - 1))) at--;
  }
  return at;
}
/** What a cue's `\s+` matches (cues are matched with one between their words): `\s`, by its code. */
const isSpaceCode = (code: number): boolean =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  (code >= 0xa0 &&
    (code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff));

/**
 * After no letter or digit, and no ASCII character but a letter (an ASCII punctuation mark or space matches no
 * letter, case ignored or not).
 */
function startsWord(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80 && !((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return false;
  const before = text.charCodeAt(at - 1);
  return !isLetterCode(before) && !(before >= 0x30 && before <= 0x39);
}
