/**
 * A house number said in words, as voice transcripts write it ("three twelve maple street", "fourteen Mill Lane",
 * "uh eighteen church road"), when the text holds number words (the pre-pass tells).
 */
import { allMatches } from './allMatches';
import { LETTER, UPPER } from './letters';
import { ENGLISH_TEENS, ENGLISH_TENS } from './spokenDigits';
import type { PiiSpan } from './types';
import { NOT_STREET_AFTER, nameWordsOk } from './addressLowerCase';
import { addressSpan } from './addressSpan';
import { eitherCase, NUMBER_WORD, STREET_TYPES } from './addressWords';

/**
 * A house number said in words, as voice transcripts write it ("three twelve maple street", "one hundred and six
 * kings road"): two number words or more, up to two words of name and a spelled-out street type, in any case.
 */
const SPOKEN = new RegExp(
  `(?<![${LETTER}])${NUMBER_WORD}(?:(?:(?<=hundred)\\s+and\\s+|[\\s-]+)${NUMBER_WORD}){1,3}\\s+(?:[${LETTER}'’]+\\s+){0,2}?[${LETTER}'’]+\\s+(?:street|avenue|road|lane|drive|boulevard|court|crescent|close|terrace|place)(?![${LETTER}])`,
  'gi',
);
/** A house number said as one word or more before a capitalized street ("fourteen Mill Lane"); not "one", "oh". */
const SPOKEN_CAPITALIZED = new RegExp(
  `(?<![${LETTER}])(?:${eitherCase(NUMBER_WORD.slice(3, -1).replace('oh|zero|one|', ''))})(?:[\\s-]+${NUMBER_WORD})*\\s+(?:[${UPPER}][${LETTER}'’]*\\s+){1,3}(?:${STREET_TYPES})(?![${LETTER}])`,
  'g',
);
/** The street types after a house number said in one word, in full ("church road", never "church rd"). */
const ONE_WORD_STREET_TYPES =
  'street|avenue|road|lane|drive|boulevard|court|crescent|close|terrace|place|way|grove|gardens';
/**
 * One number word as the house number before a lower-case street ("uh eighteen church road"): not "one" or "oh", and
 * the name words must be no counting or joining words ("five minutes up the road" is no street).
 */
const SPOKEN_ONE_WORD = new RegExp(
  `(?<![${LETTER}])(?:${NUMBER_WORD.slice(3, -1).replace('oh|zero|one|', '').replace('|hundred', '')})\\s+((?:[${LETTER}'’]+\\s+){1,2})(?:${ONE_WORD_STREET_TYPES})(?![${LETTER}])`,
  'g',
);
/** What SPOKEN_ONE_WORD cannot match without: a lower-case street type (a native scan first). */
const LOWER_SPOKEN_TYPE = new RegExp(`(?:${ONE_WORD_STREET_TYPES})(?![a-z])`);
/** What comes before a house number said in words: the start of a turn or an answer, an address word, a preposition. */
const SPOKEN_HOUSE_BEFORE =
  /(?:^|[:?.!,]\s*|(?<![\p{L}])(?:at|is|to|on|from|it['’]s|address|live|lives|living|moved|send|ship|deliver)\s+|(?:^|[:?.!,]\s*)(?:uh|um|erm|er|so|yeah|yes|ok|okay),?\s+)$/iu;
/** A unit said before a house number in words, maybe with a number word of its own: "flat two ", "apartment ". */
const SPOKEN_UNIT_BEFORE = new RegExp(
  `(?<![${LETTER}])(?:flat|apt|apartment|unit|suite)\\s+(?:${NUMBER_WORD},?\\s+)?$`,
  'i',
);
/** Number words above nine, which the pre-pass does not look for: a spoken house number may be one of them. */
export const TENS_WORDS = new RegExp(`(?<![a-z])(?:${ENGLISH_TEENS}|${ENGLISH_TENS}|hundred)(?![a-z])`, 'i');

/** The streets with a house number said in words: pushed onto `spans`. */
export function detectSpokenStreets(text: string, spans: PiiSpan[]): void {
  const starts = new Set<number>();
  const oneWord = (LOWER_SPOKEN_TYPE.test(text) ? allMatches(SPOKEN_ONE_WORD, text) : []).filter(
    (m) =>
      nameWordsOk(m[1], true) && !NOT_STREET_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)),
  );
  for (const m of [...allMatches(SPOKEN, text), ...allMatches(SPOKEN_CAPITALIZED, text), ...oneWord]) {
    if (starts.has(m.index)) continue;
    // "flat two one hundred and six kings road", "apartment six twenty one church road": a unit said before the house
    // number, maybe with its own number word, starts the address.
    const unit = SPOKEN_UNIT_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    const start = unit ? m.index - unit[0].length : m.index;
    // "twenty Main Street stores": a count of things; a house number is said as an answer or after "at", "is"...
    if (!SPOKEN_HOUSE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    starts.add(m.index);
    spans.push(addressSpan(text, start, m.index + m[0].length));
  }
}
