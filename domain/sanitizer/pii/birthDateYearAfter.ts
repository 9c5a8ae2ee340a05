/**
 * A year said in words right after a date's day and month ("le premier mai quatre-vingt-quatre", "fifth of march
 * eighty two and ..."): where the date's span ends once the year is taken in.
 */
import { isLetterCode, LETTER } from './letters';
import { ENGLISH_UNITS, FRENCH_UNITS, GERMAN_COMPOUND_UNITS } from './spokenDigits';
import { MONTHS, ROMANCE_YEAR_WORDS, SHORT_YEAR_WORDS, TWO_THOUSAND, YEAR_WORDS } from './birthDateShapes';

/** A two-digit year said in French or German ("quatre-vingt-quatre", "einundachtzig"): no other pattern has them. */
export const FR_DE_SHORT_YEAR =
  `(?:cinquante|soixante(?:-dix)?|quatre-vingts?(?:-dix)?)(?:[- ](?:et[- ])?(?:${FRENCH_UNITS}|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf))?` +
  `|(?:(?:${GERMAN_COMPOUND_UNITS})und)?(?:fünfzig|sechzig|siebzig|achtzig|neunzig)`;
const YEAR_SAID_AFTER = new RegExp(
  `[\\s,]+(?:${YEAR_WORDS}|${TWO_THOUSAND}|${ROMANCE_YEAR_WORDS}|${FR_DE_SHORT_YEAR}|${SHORT_YEAR_WORDS})(?![${LETTER}])`,
  'iy',
);
/** A French or German two-digit year said after a date that ends with its month: "le premier mai quatre-vingt-quatre". */
const FR_DE_YEAR_AFTER = new RegExp(`,?\\s+(?:${FR_DE_SHORT_YEAR})(?![${LETTER}])`, 'iy');
const MONTH_AT_END = new RegExp(`(?<![${LETTER}])(?:${MONTHS})$`, 'i');
/**
 * An English year of the last century said by its last two digits after a date that ends with its month, words
 * following it: "fifth of march eighty two and the email's ..." (SHORT_YEAR_WORDS takes it only at a clause's end).
 * Not a count or an amount: "the ninth of may seventy pounds", "the third of june sixty years ago" stay as they are.
 */
const EN_SHORT_YEAR_AFTER = new RegExp(
  `,?\\s+(?:fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${ENGLISH_UNITS}))?(?![${LETTER}\\d-])(?!\\s+(?:years?|yrs|days?|weeks?|months?|hours?|minutes?|mins?|pounds?|quid|dollars?|bucks|euros?|cents?|pence|p|percent|per|times|of|odd|ish|something|thousand|hundred|k)(?![${LETTER}]))`,
  'iy',
);
export function yearWordAfter(text: string, start: number, stop: number): number {
  if (stop >= text.length || !isLetterCode(text.charCodeAt(stop - 1))) return stop;
  FR_DE_YEAR_AFTER.lastIndex = stop;
  EN_SHORT_YEAR_AFTER.lastIndex = stop;
  const after = FR_DE_YEAR_AFTER.test(text)
    ? FR_DE_YEAR_AFTER.lastIndex
    : EN_SHORT_YEAR_AFTER.test(text)
      ? EN_SHORT_YEAR_AFTER.lastIndex
      : stop;
  if (after === stop) return stop;
  return MONTH_AT_END.test(text.slice(Math.max(start, stop - 12), stop)) ? after : stop;
}
/** Where a year said in words right after `end` ends (the day and month before it), or -1. */
export function yearSaidAfter(text: string, end: number): number {
  YEAR_SAID_AFTER.lastIndex = end;
  return YEAR_SAID_AFTER.test(text) ? YEAR_SAID_AFTER.lastIndex : -1;
}
