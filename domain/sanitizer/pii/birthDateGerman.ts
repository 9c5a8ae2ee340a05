/**
 * German dates said in words: an ordinal day word ("dritten", "einundzwanzigsten") with its month and year after a
 * birth cue, and such a day word before a date the other patterns found from its month ("am dritten Juni 1958").
 */
import { allMatches } from './allMatches';
import { isLetterCode, LETTER } from './letters';
import { GERMAN_COMPOUND_UNITS } from './spokenDigits';
import type { PiiSpan } from './types';
import { birthDate, MONTHS } from './birthDateShapes';
import { FR_DE_SHORT_YEAR } from './birthDateYearAfter';

/** A German ordinal day word ("dritten", "einundzwanzigsten"). */
const GERMAN_ORDINAL = `(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft|(?:drei|vier|fünf|sech|sieb|acht|neun)zehnt|(?:(?:${GERMAN_COMPOUND_UNITS})und)?zwanzigst|(?:einund)?dreißigst)e[nmrs]?`;
/**
 * A German date said in words, after a birth cue: "Geburtsdatum ist der vierte April zweiundsechzig", "geboren am
 * dritten Mai neunzehnhundertachtzig" (its ordinal day and its year words are in no other pattern).
 */
const GERMAN_SAID_DATE = new RegExp(
  `(?<![${LETTER}])${GERMAN_ORDINAL}\\s+(?:${MONTHS})(?:,?\\s+(?:(?:19|20)\\d{2}|neunzehnhundert[a-zäöüß]*|zweitausend[a-zäöüß]*|${FR_DE_SHORT_YEAR}))?(?![${LETTER}])`,
  'gi',
);
export const GERMAN_BIRTH_CUE = /geburt|geboren|geb\./i;
/** The cue right before the date, only connectors between: "Geburtsdatum ist der", "geboren bin ich am", "geb.". */
const GERMAN_CUE_BEFORE =
  /(?:geburtsdatum|geburtstag|geboren|geb\.)(?:\s*(?:ist|war|lautet|bin|ich|der|am|den|:|,))*\s*$/i;
export function germanSaidDates(text: string, spans: PiiSpan[]): void {
  for (const m of allMatches(GERMAN_SAID_DATE, text)) {
    if (!GERMAN_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    spans.push(birthDate(text, m.index, m.index + m[0].length));
  }
}
/** A German day said as an ordinal word before a date that starts with its month: "am dritten Juni 1958". */
const GERMAN_DAY_BEFORE = new RegExp(`(?<![${LETTER}])${GERMAN_ORDINAL}\\s+$`, 'i');
/** The last letter of a German ordinal day ("dritten", "erster", "zweitem", "viertes", "fünfte"). */
const ORDINAL_END = new Set([0x6e, 0x72, 0x6d, 0x73, 0x65]);
export function wordDayBefore(text: string, start: number): number {
  if (start < 5 || text.charCodeAt(start - 1) !== 32 || !ORDINAL_END.has(text.charCodeAt(start - 2))) return start;
  if (!isLetterCode(text.charCodeAt(start))) return start;
  const from = Math.max(0, start - 30);
  const m = GERMAN_DAY_BEFORE.exec(text.slice(from, start));
  return m ? from + m.index : start;
}
