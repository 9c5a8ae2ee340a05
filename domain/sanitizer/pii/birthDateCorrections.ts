/**
 * Right after a birth date: another date it is corrected to or from ("..., not 06/15/1975"), or its day and month
 * said again in words ("03.07.1964 uh the third of july"), which are the caller's too.
 */
import { LETTER } from './letters';
import { MONTHS, ORDINAL_WORDS } from './birthDateShapes';

/**
 * Right after a birth date, another full numeric date it is corrected to or from ("..., not 06/15/1975", "... but it
 * should be 1/6/80", "... sorry, 1/6/80").
 */
export const CORRECTED_DATE = new RegExp(
  `,?\\s*(?:not|or|instead of|rather than|nicht|no|pas|não|(?:but\\s+)?(?:it\\s+)?should (?:be|read|say)|(?:no,?\\s+)?(?:sorry|I mean|actually),?)\\s+([0-3]?\\d[./-][0-3]?\\d[./-](?:\\d{4}|\\d{2})|\\d{4}[-/.][01]?\\d[-/.][0-3]?\\d)(?![\\d${LETTER}])`,
  'dgiy',
);

/** Right after a birth date, its day and month said again in words after a filler: "... 03.07.1964 uh the third of july". */
export const RESTATED_DAY_MONTH = new RegExp(
  `,?\\s+(?:uh|um|er|erm|so|that['’]s|that is|i\\.?e\\.?),?\\s+(?:the\\s+)?((?:${ORDINAL_WORDS})\\s+of\\s+(?:${MONTHS}))(?![${LETTER}])`,
  'dgiy',
);

/** The day an ordinal word says is its place here plus one ("first" to "twentieth", ORDINAL_WORDS' first twenty). */
const ORDINAL_VALUES = ORDINAL_WORDS.split('|').slice(0, 20);
const MONTH_STARTS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
/** Whether a numeric date ("03.07.1964") and a day and month said in English ("third of july") agree, either order. */
export function sameDayAndMonth(numeric: string, said: string): boolean {
  const parts = numeric.split(/[./-]/).map(Number);
  if (parts.length !== 3) return false;
  const words = said.toLowerCase().split(/[\s-]+/);
  const ofAt = words.indexOf('of');
  const ordinal = words.slice(0, ofAt);
  const day =
    ordinal[0] === 'thirtieth'
      ? 30
      : (ordinal[0] === 'twenty' ? 20 : ordinal[0] === 'thirty' ? 30 : 0) +
        ORDINAL_VALUES.indexOf(ordinal[ordinal.length - 1]) +
        1;
  const month = MONTH_STARTS.indexOf(words[ofAt + 1].slice(0, 3)) + 1;
  const [a, b] = parts[0] > 31 ? [parts[2], parts[1]] : [parts[0], parts[1]]; // "1964-07-03": year first
  return month > 0 && ((a === day && b === month) || (a === month && b === day));
}
