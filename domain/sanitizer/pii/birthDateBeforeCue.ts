/**
 * The date said first and its cue after it ("9/11/1964 for my date of birth", "12.05.1968. Agent: Thanks, that's
 * your birth date confirmed"): the cue is found, then the date looked for in the few characters before it.
 */
import { allMatches } from './allMatches';
import { LETTER } from './letters';
import { ENGLISH_TENS } from './spokenDigits';
import { DATE, MONTHS, SPEAKER } from './birthDateShapes';

/**
 * The date said first: "9/11/1964 for my date of birth", "June the tenth, 1990, that's when I was born", "Ich bin am 3. März 1985 geboren", or confirmed by the
 * other side ("12.05.1968. Agent: Thanks, that's your birth date confirmed"). The cue after it is
 * found first and the date looked for in the few characters before it, so long texts are not scanned for dates.
 */
const CUE_AFTER_DATE = new RegExp(
  `(?:[\\s,]+(?:(?:yeah|yes|yep|right|ok(?:ay)?|um|uh)[,.]?\\s+)?|[\\s,.]+(?:(?:${SPEAKER})\\s*:\\s*)?(?:(?:thanks|thank you|great|perfect|ok(?:ay)?|right|lovely)[,.!]?\\s+)?(?=that['’]s\\s|that is\\s))(?:(?:is|was|as|for|that['’]s|that is)\\s+)?(?:(?:my|his|her|their|our|your|the)\\s+)?(?:date of birth|d\\.?o\\.?b(?![${LETTER}])|birth ?date|birthday(?![${LETTER}])|geboren(?![${LETTER}])|when (?:I|he|she|they|we) (?:was|were) born(?![${LETTER}]))`,
  'gi',
);
const DATE_AT_END = new RegExp(`(?<![\\d${LETTER}])(${DATE})$`, 'di');
const DATE_BEFORE_WINDOW = 60;
/**
 * What every date holds: a digit, or else a month's name (each after no letter in DATE), "of the" ("the third of the
 * fourth") or a year said in words (the spoken-digit dates end with one). DATE_AT_END tries its alternatives at every
 * word of the window (about 1.7 us on "can you confirm your date of birth?"); a window without any of these (most
 * questions for the date) cannot end with a date, and this one scan rules it out.
 */
const MAY_HOLD_DATE = new RegExp(`\\d|of\\s+the|nineteen|${ENGLISH_TENS}|oh[- ]|(?<![${LETTER}])(?:${MONTHS})`, 'i');

/** DATE_AT_END made sticky: its match at a place where the scan found one, the same match again. */
const DATE_AT_END_AT = new RegExp(DATE_AT_END.source, 'diy');

export function datesBeforeCues(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  // Where each window read in this turn has its date (-1: none). DATE_AT_END costs microseconds a window (it tries
  // its alternatives at every word), and a 200 KB turn that repeats a phrase reads the same window thousands of
  // times: a window seen again is looked up, and its date, if any, matched again at its known place only. Dropped
  // with the turn: nothing is kept from one text to the next.
  let seen: Map<string, number> | undefined;
  for (const cue of allMatches(CUE_AFTER_DATE, text)) {
    const from = Math.max(0, cue.index - DATE_BEFORE_WINDOW);
    const before = text.slice(from, cue.index);
    if (!MAY_HOLD_DATE.test(before)) continue;
    const at = (seen ??= new Map()).get(before);
    let m: RegExpExecArray | null;
    if (at === undefined) {
      m = DATE_AT_END.exec(before);
      seen.set(before, m ? m.index : -1);
    } else if (at < 0) m = null;
    else {
      DATE_AT_END_AT.lastIndex = at;
      m = DATE_AT_END_AT.exec(before);
    }
    if (!m) continue;
    m.indices![1] = [m.indices![1][0] + from, m.indices![1][1] + from];
    m.index = m.indices![1][0]; // its cue comes after it: never far before it
    found.push(m);
  }
  return found;
}
