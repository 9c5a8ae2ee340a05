/**
 * The birth cues and the patterns that read a date after one: a field cue ("date of birth", "DOB", "Geburtsdatum")
 * with a few words or a turn before its date, a word of a sentence ("born on", "birthday") with only connectors, the
 * year or the day and month alone after the cues that ask for them; and the cue words the pre-pass looks for.
 */
import { afterNoneOf, groupByFirstCharacter as grouped } from './alternation';
import { LETTER } from './letters';
import { SPANISH_UNITS } from './spokenDigits';
import { DATE, ROMANCE_DAYS, ROMANCE_YEAR_WORDS, SPEAKER, TWO_THOUSAND, YEAR_WORDS } from './birthDateShapes';

/**
 * Cues that name the date of birth as a field: an agent asks for it and the answer comes a few words (or a turn)
 * later ("date of birth for the account holder is ...", "your DOB? — Yep, 22nd June '78"), so any short run of
 * words without a digit may stand between them.
 */
const FIELD_CUE =
  'year of birth|birth year|date[- ]of[- ]birth|birth ?date|d\\.?o\\.?b\\.?|d o b|geb\\.|fecha de nacimiento|date de naissance|geburtsdatum|data de nascimento|data di nascita|geboortedatum';
/**
 * Cues that are words of a sentence ("born", "birthday"): only spoken connectors between them and the date. A birthday
 * asked for ("could I get your birthday for verification? Customer: ...", "and the birthday on the account customer:
 * ...") may end its question with a few words after "on", "for" or "of": the answer's speaker label comes next.
 */
const CUE =
  `born(?: on| in)?|birthday(?: is)?|birthday(?: (?:on|for|of) [^\\d.!?:]{1,35}?)?\\??\\s*(?=(?:${SPEAKER})\\s*:)|` +
  'nací (?:el|en|un)|naci(?:ó|o|eron) (?:el|en)|nacid[oa] (?:el|en)|nasce(?:u|ram) (?:em|a|no dia)|née? (?:le|en)|geboren am|geboren op|geboren|nascid[oa] (?:em|a|no dia)|nasci (?:em|a|no dia)|geburtstag|cumpleaños|aniversário|anniversaire|nat[oa] (?:il|nel)|compleanno';
/** Words that bring another date along ("DOB is on file; the appointment is 03/04"): the gap stops at them. */
const OTHER_DATE_WORDS =
  'appointment|deliver|order|invoice|bill|statement|receipt|transaction|due|renew|expir|schedul|book|ship|paid|payment|charged|chang|updat|slot|callback|call back|meeting|visit|cita|pedido|factura|rendez|commande|facture|termin|rechnung|bestell|consulta|encomenda|fatura';
/** A day said and taken back: "its the 22nd no sorry 23rd of August 1979", "the 4th, no, the 5th" (the gap may pass it). */
const CORRECTED_DAY = `[0-3]?\\d(?:st|nd|rd|th),?\\s+(?=(?:no|sorry|wait|I mean|actually|oops)(?![${LETTER}]))`;
export const TAKEN_BACK_DAY = new RegExp(
  `(?<![\\d${LETTER}])([0-3]?\\d(?:st|nd|rd|th)),?\\s+(?:no|sorry|wait|I mean|actually|oops)(?![${LETTER}])`,
  'i',
);
/**
 * Between a field cue and its date: no digit, no other date's word, a sentence or two (a question, a hesitation
 * and the answer: "date of birth on the policy? Hmm, it's my husband's actually, his would be 9/4/1958").
 */
const FIELD_GAP = `(?:(?!${OTHER_DATE_WORDS})(?:[^\\d]|${CORRECTED_DAY})){0,110}?`;
/** "my birthday is 12/3": day and month alone, after the cues that name the date (not "born in 1/2 the time"). */
const DAY_MONTH_CUE = 'birthday|date of birth|d\\.?o\\.?b\\.?|d o b|birth ?date';
/**
 * "year of birth? 1979": the year alone, after the cues that ask for it, the question for the year among them ("what
 * year were you born? 1955", "¿en qué año nació?", "en quelle année êtes-vous née ?", "em que ano nasceu?").
 */
const YEAR_CUE =
  'year (?:[a-z]+ ){1,3}born|año (?:[^\\s\\d]+ ){0,2}naci(?:ó|o|ste|eron)(?: usted| (?:su|tu|el|la) [^\\s\\d?]+)?|année (?:[^\\s\\d]+ ){0,3}née?s?|ano (?:[^\\s\\d]+ ){0,2}nasce(?:u|ram|ste)' +
  '|year of birth|birth year|born in|born|geboren|nací en|nacid[oa] en|née? en|nascid[oa] em|nasci em|date of birth|d\\.?o\\.?b\\.?|d o b|birth ?date|año de nacimiento|année de naissance|geburtsjahr|ano de nascimento|anno di nascita|nat[oa] nel|geboortejaar';
/**
 * Spoken connectors between a cue and its date; a question's answer comes after the speaker's label ("When were you
 * born? Caller: June 2nd, 1990") and German puts the verb between ("Geboren bin ich am 3.9.1981").
 */
export const CONNECTORS = `(?:\\s*(?:is|was|would be|it['’]s|it is|that['’]s|that is|for me|please|again|um|uh|er|yeah|yes|sure|yep|es|el|est|le|c['’]est|ist|der|bin|ich|am|é|è|il|em|o|dia|on|a|the|as|${SPEAKER}|[?:.,=–-])(?![${LETTER}]))*`;
/**
 * Three kinds of cue, each after no letter, in two patterns: a date after a birth cue (BIRTH_DATE), and the year or
 * the day and month alone after the cues that ask for them (YEAR_OR_DAY_MONTH). One pattern for the three came within
 * 40 characters of the size V8 optimises (see sanitizer-regexp-size.test.ts). The look-behind is written once per
 * pattern, before its cues: irregexp evaluates a look-behind that starts a branch at every place it tries that branch.
 */
const DATE_AFTER_CUE = (date: string): string =>
  `(?<![${LETTER}])(?:(?:${grouped(FIELD_CUE, true)})(?:'s|’s)?${FIELD_GAP}|(?:${grouped(CUE, true)})(?:'s|’s)?${CONNECTORS}\\s*)(?<![\\d${LETTER}])(${date})(?![\\d${LETTER}])`;
export const BIRTH_DATE = new RegExp(DATE_AFTER_CUE(DATE), 'dgi');
export const YEAR_OR_DAY_MONTH = new RegExp(
  `(?<![${LETTER}])(?:(?:${grouped(YEAR_CUE, true)})${CONNECTORS}\\s*((?:19|20)\\d{2}|'\\d{2})(?![\\d${LETTER}]|[./-]\\d)` +
    `|(?:${grouped(DAY_MONTH_CUE, true)})(?:'s|’s)?${CONNECTORS}\\s*([0-3]?\\d/[0-3]?\\d)(?![/\\d]))`,
  'dgi',
);
/**
 * Day, month and year said as numbers in Spanish or Portuguese, "del"/"do" between them: "nací el quince del cuatro
 * del ochenta y cinco", "el 2 del 11 del 91", "nasci no dia quinze do quatro de oitenta e cinco". A pattern of its own
 * after the same cues (BIRTH_DATE is near the size V8 optimises), run only when "del" or "do" comes before a month's
 * number; a number past twelve is no month ("del trece" stays).
 */
const MONTH_NUMBER_WORDS = `0?[1-9]|1[0-2]|${SPANISH_UNITS}|diez|once|doce|um|dois|três|quatro|sete|oito|nove|dez|onze|doze`;
const NUMBERS_DATE = `(?:[0-3]?\\d|${ROMANCE_DAYS})\\s+d(?:el?|o)\\s+(?:${MONTH_NUMBER_WORDS})\\s+d(?:el?|o|e)\\s+(?:(?:19|20)\\d{2}|\\d{2}|${ROMANCE_YEAR_WORDS})`;
export const NUMBERS_BIRTH_DATE = new RegExp(DATE_AFTER_CUE(NUMBERS_DATE), 'dgi');
export const MONTH_NUMBER_AFTER = new RegExp(`\\sd(?:el|o)\\s+(?:${MONTH_NUMBER_WORDS})(?![${LETTER}\\d])`, 'i');

/**
 * The year alone said in words after the same cues ("what year were you born? nineteen seventy three", "year of birth is
 * two thousand and one"): a pattern of its own, run only when such a year's first word is in the turn (in the pattern
 * above it took the birth-date pattern past the size V8 optimises, see sanitizer-regexp-size.test.ts).
 */
export const YEAR_SAID = new RegExp(
  `(?<![${LETTER}])(?:${grouped(YEAR_CUE, true)})${CONNECTORS}\\s*(${YEAR_WORDS}|${TWO_THOUSAND})(?![${LETTER}]|[\\s-]+\\d)`,
  'dgi',
);
export const YEAR_SAID_WORD = /nineteen|twenty|thousand/i;

/** "Geburtsdatum bitte? null drei, ...": a courtesy may follow the field cue. */
const COURTESY = "(?:\\s*(?:bitte|por favor|s[’']il vous pla[iî]t|per favore))?";
const FIELD_CUE_BEFORE = new RegExp(`(?<![${LETTER}])(?:${FIELD_CUE})(?:'s|’s)?${COURTESY}${CONNECTORS}\\s*$`, 'i');
/** Whether a field cue ("date of birth", "DOB", ...) and its connectors end right before `start`. */
export const followsBirthFieldCue = (text: string, start: number): boolean =>
  FIELD_CUE_BEFORE.test(text.slice(Math.max(0, start - 60), start));

/**
 * A cue word at the end of a compound ("first-born 1999", "new-born", "still-born") is an adjective's part, not the
 * verb of a birth: checked on the match, not in the pattern, where a second look-behind would cost every position.
 */
export const notInCompound = (m: RegExpExecArray): boolean =>
  !(m.index >= 2 && m.input.charCodeAt(m.index - 1) === 45 && LETTER_BEFORE.test(m.input[m.index - 2]));
const LETTER_BEFORE = new RegExp(`[${LETTER}]`);

/** The field cues' words (their patterns need one): a native test spares the four-digit scan most birth-cued turns. */
export const FIELD_CUE_WORD = /birth|dob|d\.o\.b|d o b|geb|nacimiento|naissance|nascimento|nascita|geboorte/i;
/** How far after a field cue's first letter its four digits may end. */
export const FIELD_CUE_WINDOW = 120;

export const BIRTH_CUE_WORDS =
  'baby|birth|birthdate|dob|d\\.o\\.b|d o b|geb(?=\\.)|born|birthday|nacimiento|nací|nació|nacio|nacieron|nasceu|nasceram|nacid[oa]|naissance|née?|geburtsdatum|geburts(?:monat|jahr)|geboren|geboorte(?:datum|jaar)|nascimento|nascid[oa]|nasci|geburtstag|cumpleaños|aniversário|anniversaire|nascita|nat[oa]|compleanno';
const BIRTH_CUE = new RegExp(afterNoneOf(LETTER, grouped(BIRTH_CUE_WORDS, true)), 'i');
export const hasBirthCue = (text: string): boolean => BIRTH_CUE.test(text);
