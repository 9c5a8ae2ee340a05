/**
 * How a date is written or said, in the five languages: months, days (digits, ordinals, cardinals, Romance words),
 * years (digits, English, Romance, "two thousand and two"), and DATE, every shape of a whole date a birth cue may come
 * with; and the span a birth date makes. The cues are in birthDateCues.ts.
 */
import { ENGLISH_TEENS, ENGLISH_TENS, ENGLISH_UNITS, FRENCH_UNITS, SPANISH_UNITS } from './spokenDigits';
import type { PiiSpan } from './types';

/** A speaker's label in a transcript line ("Caller:", "Agent:"). */
export const SPEAKER = 'caller|customer|agent|client|cliente|kunde|kundin|rep';
export const MONTHS =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?' +
  '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre' +
  // French, with the Italian months that differ from it by a letter ("settembre", "ottobre", "dicembre").
  '|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|se[pt]tembre|o[ct]tobre|novembre|d[ieé]cembre' +
  '|januar|jänner|februar|märz|maerz|aprile?|juni|juli|oktober|dezember' +
  '|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro' +
  '|gennaio|febbraio|maggio|giugno|luglio' +
  // Dutch, where it differs from the others.
  '|januari|februari|maart|mei|augustus';
export const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first';
/** "April seventeen": a day said as a cardinal number. */
const CARDINAL_DAYS = `${ENGLISH_UNITS}|${ENGLISH_TEENS}|twenty(?:[- ](?:${ENGLISH_UNITS}))?|thirty(?:[- ]one)?`;
/** Days said as words in Spanish, French and Portuguese ("veinte de julio", "vingt-deux juillet", "primeiro de maio"). */
export const ROMANCE_DAYS =
  `primero|${SPANISH_UNITS}|diez|once|doce|trece|catorce|quince|dieci(?:séis|seis|siete|ocho|nueve)|veinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)|veinte|treinta(?: y uno)?` +
  '|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix(?:-sept|-huit|-neuf)?|onze|douze|treize|quatorze|quinze|seize|vingt(?:-et-un| et un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?|trente(?:-et-un| et un)?' +
  '|primeiro|um|dois|três|quatro|sete|oito|nove|dez|doze|treze|catorze|dez[ae](?:sseis|ssete|nove)|dezoito|vinte(?: e (?:um|dois|três|quatro|cinco|seis|sete|oito|nove))?|trinta(?: e um)?';
export const DAY = `(?:[0-3]?\\d(?:st|nd|rd|th|er|º|°)?\\.?|${ORDINAL_WORDS}|${CARDINAL_DAYS}|${ROMANCE_DAYS})`;
/** The month said as its ordinal: "the 3rd of the 4th", "the twelfth of the twelfth". */
const MONTH_ORDINAL =
  '(?:0?[1-9]|1[0-2])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth';
export const YEAR_WORDS = `(?:nineteen|twenty)(?:[- ](?:hundred|oh[- ]\\w+|${ENGLISH_TEENS}|(?:${ENGLISH_TENS})(?:[- ](?:${ENGLISH_UNITS}))?))`;
/** Between a day and its month: "9th of July", "15 de marzo", "3. Mai". */
const DAY_MONTH = ',?(?:\\s+(?:of|de|del|du))?\\s+';
/** "eighty-five", "oh-two": a year said by its last two digits. */
export const SHORT_YEAR_WORDS = `(?:(?:${ENGLISH_TENS})(?:[- ](?:${ENGLISH_UNITS}))?|oh[- ](?:${ENGLISH_UNITS}))(?![- ]?[a-z])`;
const ES_NUMBER = `diez|once|doce|trece|catorce|quince|dieci[a-záéíóúñç]+|veinte|veinti[a-záéíóúñç]+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|${SPANISH_UNITS}`;
const FR_NUMBER = `${FRENCH_UNITS}|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante`;
const PT_NUMBER =
  'dez|onze|doze|treze|catorze|quinze|dez[a-záéíóúñç]+|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|um|dois|três|quatro|cinco|seis|sete|oito|nove';
/** Years said as words in the other languages: "mil novecientos ochenta", "mille neuf cent quatre-vingt". */
export const ROMANCE_YEAR_WORDS =
  `(?:mil novecientos|dos mil)(?:\\s+(?:y\\s+)?(?:${ES_NUMBER})){0,2}` +
  `|(?:mille neuf cents?|dix-neuf cents?|deux mille)(?:[\\s-](?:et[\\s-])?(?:${FR_NUMBER})){0,4}` +
  `|(?:mil novecentos|dois mil)(?:\\s+e\\s+(?:${PT_NUMBER})){0,2}|neunzehnhundert[a-zäöüß]*|zweitausend[a-zäöüß]*` +
  // "del ochenta y dos", "de oitenta e sete": a year said by its last two digits in Spanish or Portuguese.
  `|(?:cincuenta|cinquenta|sesenta|sessenta|setenta|ochenta|oitenta|noventa)(?:\\s+[ye]\\s+(?:uno|um|dos|dois|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove))?(?![a-záéíóúñç])`;
/** "two thousand and two", "two thousand twelve": a year of this century said in full. */
export const TWO_THOUSAND = `two thousand(?:(?: and)? (?:${ENGLISH_UNITS}|${ENGLISH_TEENS}|twenty(?:[- ](?:${ENGLISH_UNITS}))?))?`;
const YEAR = `(?:(?:19|20)\\d{2}|'\\d{2}|${YEAR_WORDS}|${TWO_THOUSAND}|${ROMANCE_YEAR_WORDS}|${SHORT_YEAR_WORDS})`;
/** Month and day said as spoken digits: "oh-four, oh-nine, eighty-eight". */
const SPOKEN_NUMBER_1_31 = `(?:oh|zero)[- ]?(?:${ENGLISH_UNITS})|${ENGLISH_TEENS}|twenty(?:[- ](?:${ENGLISH_UNITS}))?|thirty(?:[- ]one)?|${ENGLISH_UNITS}`;
export const DAY_THEN_MONTH = `${DAY}${DAY_MONTH}(?:${MONTHS})|(?:${MONTHS})\\s+(?:the\\s+)?${DAY}`;
export const DATE = [
  '\\d{4}[-/.][01]?\\d[-/.][0-3]?\\d', // ISO, 1980/01/05
  '(?:19|20)\\d{2}[01]\\d[0-3]\\d|[0-3]\\d[01]\\d(?:19|20)\\d{2}|[01]\\d[0-3]\\d(?:19|20)\\d{2}', // 19800105, 05011980
  '[0-3]?\\d[./-][0-3]?\\d[./-](?:\\d{4}|\\d{2})', // 17/04/1986, 04/17/1986, 11-30-1949, 17.04.86
  '[0-3]?\\d ?[./-] ?[0-3]?\\d ?[./-] ?(?:\\d{4}|\\d{2})', // 14 / 02 / 1979, 12 . 06 . 1977, typed with spaces
  // 9th of July 1990, 3. Mai 1968, 12 de mayo de 1975; March 3rd, 1962; feb 14 85. One alternative for both orders,
  // so YEAR is written once (the second starts with a month, where neither the first nor the next can match).
  `(?:${DAY}${DAY_MONTH}(?:${MONTHS})(?:\\s+del?|,)?\\s+(?:de\\s+)?|(?:${MONTHS})\\s+(?:the\\s+)?${DAY},?\\s+(?:(?:of|in)\\s+)?)(?:${YEAR}|\\d{2}(?!\\d))`,
  `[0-3]?\\d[-/ .](?:${MONTHS})[-/ .]?(?:(?:19|20)\\d{2}|\\d{2}(?!\\d))`, // 03-MAR-1985, 3/Mar/85
  `(?:${MONTHS})(?:\\s+(?:of|de|del|do)|,)?\\s+(?:19|20)\\d{2}`, // born in March 1962, nací en marzo de 1985
  `${DAY}\\s+of\\s+the\\s+(?:${MONTH_ORDINAL})(?:,?\\s+${YEAR}|,?\\s+\\d{2}(?!\\d))?`, // the 3rd of the 4th 1979
  '[0-3]?\\d\\s[0-3]?\\d\\s(?:(?:19|20)\\d{2}|\\d{2})', // 6 6 1966, 5 1 82
  `(?:${SPOKEN_NUMBER_1_31})[\\s,-]+(?:${SPOKEN_NUMBER_1_31})[\\s,-]+(?:${YEAR_WORDS}|${SHORT_YEAR_WORDS})`, // oh-four, oh-nine, eighty-eight
  `(?:(?:19|20)\\d{2}|'\\d{2}|${YEAR_WORDS}|${SHORT_YEAR_WORDS}),?\\s+(?:on\\s+)?(?:the\\s+)?(?:${DAY_THEN_MONTH})`, // 1972, April the ninth; eighty six, April 17th
  `${DAY}${DAY_MONTH}(?:${MONTHS})`, // born on the 9th of July (no year)
  `(?:${MONTHS})\\s+(?:the\\s+)?${DAY}(?![\\d])`, // birthday is March 3rd
  '[0-3]\\d[01]\\d\\d{2}|[01]\\d[0-3]\\d\\d{2}', // dob 010582
].join('|');

/** A birth date's span, its canonical form lower case with single spaces. */
export const birthDate = (text: string, start: number, end: number): PiiSpan => ({
  type: 'DATE_OF_BIRTH',
  start,
  end,
  canonical: text.slice(start, end).toLowerCase().replace(/\s+/g, ' '),
});
