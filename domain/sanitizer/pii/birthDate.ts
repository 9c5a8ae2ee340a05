/**
 * Dates of birth: a date, numeric or spelled out, right after a birth cue ("date of birth", "DOB", "born on",
 * "birthday", "fecha de nacimiento", "date de naissance", "Geburtsdatum", "data de nascimento"). A date with
 * no birth cue before it (an appointment, a delivery, an invoice) stays.
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { LETTER } from './letters';
import type { PiiSpan } from './types';

const CUE =
  'date of birth|birth ?date|d\\.?o\\.?b\\.?|born(?: on| in)?|birthday(?: is)?|fecha de nacimiento|nací el|nacido el|nacida el|date de naissance|née? le|geburtsdatum|geboren am|geboren|data de nascimento|nascid[oa] (?:em|a)|nasci em|geburtstag|cumpleaños|aniversário|anniversaire';
export const MONTHS =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?' +
  '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre' +
  '|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre' +
  '|januar|jänner|februar|märz|maerz|april|juni|juli|oktober|dezember' +
  '|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro';
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first';
/** "April seventeen": a day said as a cardinal number. */
const CARDINAL_DAYS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[- ]one)?';
const DAY = `(?:[0-3]?\\d(?:st|nd|rd|th|er|º|°)?\\.?|${ORDINAL_WORDS}|${CARDINAL_DAYS})`;
const YEAR_WORDS =
  '(?:nineteen|twenty)(?:[- ](?:hundred|oh[- ]\\w+|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))';
/** Between a day and its month: "9th of July", "15 de marzo", "3. Mai". */
const DAY_MONTH = '(?:\\s+(?:of|de|del|du))?\\s+';
const YEAR = `(?:(?:19|20)\\d{2}|'\\d{2}|${YEAR_WORDS})`;
const DATE = [
  '\\d{4}[-/.][01]?\\d[-/.][0-3]?\\d', // ISO, 1980/01/05
  '(?:19|20)\\d{2}[01]\\d[0-3]\\d|[0-3]\\d[01]\\d(?:19|20)\\d{2}|[01]\\d[0-3]\\d(?:19|20)\\d{2}', // 19800105, 05011980
  '[0-3]?\\d[./-][0-3]?\\d[./-](?:\\d{4}|\\d{2})', // 17/04/1986, 04/17/1986, 11-30-1949, 17.04.86
  `${DAY}${DAY_MONTH}(?:${MONTHS})(?:\\s+de|,)?\\s+(?:de\\s+)?(?:${YEAR}|\\d{2}(?!\\d))`, // 9th of July 1990, 3. Mai 1968, 12 de mayo de 1975
  `(?:${MONTHS})\\s+(?:the\\s+)?${DAY},?\\s+(?:of\\s+)?(?:${YEAR}|\\d{2}(?!\\d))`, // March 3rd, 1962; feb 14 85
  `(?:${MONTHS})(?:\\s+of|,)?\\s+(?:19|20)\\d{2}`, // born in March 1962
  `${DAY}${DAY_MONTH}(?:${MONTHS})`, // born on the 9th of July (no year)
  `(?:${MONTHS})\\s+(?:the\\s+)?${DAY}(?![\\d])`, // birthday is March 3rd
].join('|');
const BIRTH_DATE = new RegExp(
  `(?<![${LETTER}])(?:${grouped(CUE, true)})(?:'s|’s)?(?:\\s*(?:is|was|would be|it['’]s|it is|that['’]s|that is|um|uh|er|es|el|est|le|c['’]est|ist|der|am|é|em|o|dia|on|a|the|[?:.,=–-])(?![${LETTER}]))*\\s*(${DATE})(?![\\d${LETTER}])`,
  'dgi',
);

export function detectBirthDates(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of allMatches(BIRTH_DATE, text)) {
    const [start, end] = m.indices![1];
    let stop = end;
    while (stop > start && /[.,\s]/.test(text[stop - 1])) stop--;
    spans.push({
      type: 'DATE_OF_BIRTH',
      start,
      end: stop,
      canonical: text.slice(start, stop).toLowerCase().replace(/\s+/g, ' '),
    });
  }
  return spans;
}

export const BIRTH_CUE_WORDS =
  'birth|birthdate|dob|d\\.o\\.b|born|birthday|nacimiento|nací|nacid[oa]|naissance|née?|geburtsdatum|geboren|nascimento|nascid[oa]|nasci|geburtstag|cumpleaños|aniversário|anniversaire';
const BIRTH_CUE = new RegExp(`(?<![${LETTER}])(?:${grouped(BIRTH_CUE_WORDS, true)})`, 'i');
export const hasBirthCue = (text: string): boolean => BIRTH_CUE.test(text);
