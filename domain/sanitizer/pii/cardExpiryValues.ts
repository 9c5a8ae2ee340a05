/**
 * How a card's expiry is written or said: "09/28", "9-2028", "March 2028", "mars 2028", "oh six twenty eight",
 * "cero cinco veintisiete", "the end of 2027"; and after a cue that names the expiry, a month and two digits.
 */
import { LETTER } from './letters';
import { ENGLISH_UNITS } from './spokenDigits';
import { MONTHS } from './birthDateShapes';

const SPOKEN_MONTH = `(?:(?:oh|zero)[\\s-]+(?:${ENGLISH_UNITS})|ten|eleven|twelve|${ENGLISH_UNITS})`;
/** "twenty-eight", "twenty twenty-eight", or digit by digit: "two seven", "three oh" (2024 to 2035). */
export const SPOKEN_YEAR = `(?:(?:twenty[\\s-])?(?:twenty|thirty)(?:[\\s-](?:${ENGLISH_UNITS}))?|two[\\s-](?:four|five|six|seven|eight|nine)|three[\\s-](?:oh|zero|one|two|three|four|five))`;
/**
 * The expiry itself: 09/28, 9-2028, March 2028, "mars 2028", "oh six twenty eight", and a year's end ("the end of 2027",
 * "fin 2028", "Ende 2029").
 */
/** Between a spoken month and year: a pause, or the slash said aloud ("oh nine slash twenty-six"). */
const SPOKEN_SLASH = '(?:\\s*(?:/|slash|barra|sur)\\s*|[\\s,]+)';
/**
 * A month and year read out in Spanish, Portuguese, French or German: "cero cinco veintisiete", "zéro huit vingt-neuf",
 * "null drei achtundzwanzig".
 */
const SPOKEN_MONTH_OTHER =
  '(?:cero|zero|zéro|null)[\\s-]+(?:uno|un|um|eins|dos|dois|deux|zwei|tres|três|trois|drei|cuatro|quatro|quatre|vier|cinco|cinq|fünf|seis|six|sechs|siete|sete|sept|sieben|ocho|oito|huit|acht|nueve|nove|neuf|neun)|diez|dez|dix|zehn|once|onze|elf|doce|doze|douze|zwölf';
const SPOKEN_YEAR_OTHER =
  '(?:dos mil )?veinti(?:cuatro|cinco|séis|seis|siete|ocho|nueve)|(?:dois mil e )?vinte e (?:quatro|cinco|seis|sete|oito|nove)|(?:deux mille )?vingt-(?:quatre|cinq|six|sept|huit|neuf)|(?:zweitausend)?(?:vier|fünf|sechs|sieben|acht|neun)undzwanzig|(?:dos mil )?treinta|(?:dois mil e )?trinta|(?:deux mille )?trente|(?:zweitausend)?dreißig';
/** Between a month and a year read out in those languages, also "del"/"de"/"do": "cero cinco del veintiocho". */
const SPOKEN_OF_OTHER = `(?:\\s+(?:del|de|do)\\s+|${SPOKEN_SLASH})`;
export const EXPIRY_VALUE = `(?:${SPOKEN_MONTH_OTHER})${SPOKEN_OF_OTHER}(?:${SPOKEN_YEAR_OTHER})(?![${LETTER}])|(?:0?[1-9]|1[0-2])(?:\\s?[/.-]\\s?|\\s+(?:slash|barra)\\s+)(?:20\\d{2}|\\d{2})|20\\d{2}[/-](?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])[23]\\d|(?:0?[1-9]|1[0-2])\\s+(?:of|de|del)\\s+20\\d{2}|(?:end(?: of)?|fin(?: de)?|ende|fim de|fine)\\s+20\\d{2}|(?:${MONTHS})(?:\\s+(?:of|de|del|do))?,?\\s+(?:20\\d{2}|'\\d{2}|${SPOKEN_YEAR}(?![\\s-]*\\d)|(?:${SPOKEN_YEAR_OTHER})(?![${LETTER}]))|${SPOKEN_MONTH}${SPOKEN_SLASH}${SPOKEN_YEAR}`;
/**
 * After a cue that names the expiry, a month and two digits are its year ("expiry July 26", "april of 27", "caduca en
 * diciembre del 27"), not a day; so are two
 * digits of a month (or one) and two of a year read out with a space ("expiry 08 27", "expiration? 3 27").
 */
export const NAMED_EXPIRY_MONTH_YEAR = `(?:${MONTHS})(?:\\s+(?:of|de|del|do))?,?\\s+\\d{2}(?![\\d/.:]|\\s*(?:st|nd|rd|th)\\b)|(?:0?[1-9]|1[0-2])\\s(?:20)?(?:2[4-9]|3\\d)(?![\\d/:]|\\.\\d|\\s+(?:days?|weeks?|months?|years?|hours?|minutes?|inch|inches|items?|times|euros?|pounds?|dollars?|percent)\\b)`;
