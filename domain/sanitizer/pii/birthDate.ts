/**
 * Dates of birth: a date, numeric or spelled out, right after a birth cue ("date of birth", "DOB", "born on",
 * "birthday", "fecha de nacimiento", "date de naissance", "Geburtsdatum", "data de nascimento", "data di nascita"). A date with
 * no birth cue before it (an appointment, a delivery, an invoice) stays.
 */
import { afterNoneOf, groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { isLetterCode, LETTER } from './letters';
import { DIGIT_WORDS, SPOKEN_DIGIT_ALTERNATION } from './spokenDigits';
import type { PiiSpan } from './types';

/** A speaker's label in a transcript line ("Caller:", "Agent:"). */
export const SPEAKER = 'caller|customer|agent|client|cliente|kunde|kundin|rep';
/**
 * Cues that name the date of birth as a field: an agent asks for it and the answer comes a few words (or a turn)
 * later ("date of birth for the account holder is ...", "your DOB? — Yep, 22nd June '78"), so any short run of
 * words without a digit may stand between them.
 */
const FIELD_CUE =
  'year of birth|birth year|date[- ]of[- ]birth|birth ?date|d\\.?o\\.?b\\.?|d o b|geb\\.|fecha de nacimiento|date de naissance|geburtsdatum|data de nascimento|data di nascita';
/**
 * Cues that are words of a sentence ("born", "birthday"): only spoken connectors between them and the date. A birthday
 * asked for ("could I get your birthday for verification? Customer: ...", "and the birthday on the account customer:
 * ...") may end its question with a few words after "on", "for" or "of": the answer's speaker label comes next.
 */
const CUE =
  `born(?: on| in)?|birthday(?: is)?|birthday(?: (?:on|for|of) [^\\d.!?:]{1,35}?)?\\??\\s*(?=(?:${SPEAKER})\\s*:)|` +
  'nací (?:el|en|un)|nacid[oa] (?:el|en)|née? (?:le|en)|geboren am|geboren|nascid[oa] (?:em|a|no dia)|nasci (?:em|a|no dia)|geburtstag|cumpleaños|aniversário|anniversaire|nat[oa] (?:il|nel)|compleanno';
/** Words that bring another date along ("DOB is on file; the appointment is 03/04"): the gap stops at them. */
const OTHER_DATE_WORDS =
  'appointment|deliver|order|invoice|bill|statement|receipt|transaction|due|renew|expir|schedul|book|ship|paid|payment|charged|chang|updat|slot|callback|call back|meeting|visit|cita|pedido|factura|rendez|commande|facture|termin|rechnung|bestell|consulta|encomenda|fatura';
/** A day said and taken back: "its the 22nd no sorry 23rd of August 1979", "the 4th, no, the 5th" (the gap may pass it). */
const CORRECTED_DAY = `[0-3]?\\d(?:st|nd|rd|th),?\\s+(?=(?:no|sorry|wait|I mean|actually|oops)(?![${LETTER}]))`;
const TAKEN_BACK_DAY = new RegExp(
  `(?<![\\d${LETTER}])([0-3]?\\d(?:st|nd|rd|th)),?\\s+(?:no|sorry|wait|I mean|actually|oops)(?![${LETTER}])`,
  'i',
);
/**
 * Between a field cue and its date: no digit, no other date's word, a sentence or two (a question, a hesitation
 * and the answer: "date of birth on the policy? Hmm, it's my husband's actually, his would be 9/4/1958").
 */
const FIELD_GAP = `(?:(?!${OTHER_DATE_WORDS})(?:[^\\d]|${CORRECTED_DAY})){0,110}?`;
export const MONTHS =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?' +
  '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre' +
  // French, with the Italian months that differ from it by a letter ("settembre", "ottobre", "dicembre").
  '|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|se[pt]tembre|o[ct]tobre|novembre|d[ieé]cembre' +
  '|januar|jänner|februar|märz|maerz|aprile?|juni|juli|oktober|dezember' +
  '|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro' +
  '|gennaio|febbraio|maggio|giugno|luglio';
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first';
/** "April seventeen": a day said as a cardinal number. */
const CARDINAL_DAYS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[- ]one)?';
/** Days said as words in Spanish, French and Portuguese ("veinte de julio", "vingt-deux juillet", "primeiro de maio"). */
const ROMANCE_DAYS =
  'primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci(?:séis|seis|siete|ocho|nueve)|veinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)|veinte|treinta(?: y uno)?' +
  '|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix(?:-sept|-huit|-neuf)?|onze|douze|treize|quatorze|quinze|seize|vingt(?:-et-un| et un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?|trente(?:-et-un| et un)?' +
  '|primeiro|um|dois|três|quatro|sete|oito|nove|dez|doze|treze|catorze|dez[ae](?:sseis|ssete|nove)|dezoito|vinte(?: e (?:um|dois|três|quatro|cinco|seis|sete|oito|nove))?|trinta(?: e um)?';
export const DAY = `(?:[0-3]?\\d(?:st|nd|rd|th|er|º|°)?\\.?|${ORDINAL_WORDS}|${CARDINAL_DAYS}|${ROMANCE_DAYS})`;
/** The month said as its ordinal: "the 3rd of the 4th", "the twelfth of the twelfth". */
const MONTH_ORDINAL =
  '(?:0?[1-9]|1[0-2])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth';
const YEAR_WORDS =
  '(?:nineteen|twenty)(?:[- ](?:hundred|oh[- ]\\w+|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))';
/** Between a day and its month: "9th of July", "15 de marzo", "3. Mai". */
const DAY_MONTH = ',?(?:\\s+(?:of|de|del|du))?\\s+';
/** "eighty-five", "oh-two": a year said by its last two digits. */
const SHORT_YEAR_WORDS =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))(?![- ]?[a-z])';
const ES_NUMBER =
  'diez|once|doce|trece|catorce|quince|dieci[a-záéíóúñç]+|veinte|veinti[a-záéíóúñç]+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve';
const FR_NUMBER =
  'un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante';
const PT_NUMBER =
  'dez|onze|doze|treze|catorze|quinze|dez[a-záéíóúñç]+|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|um|dois|três|quatro|cinco|seis|sete|oito|nove';
/** Years said as words in the other languages: "mil novecientos ochenta", "mille neuf cent quatre-vingt". */
const ROMANCE_YEAR_WORDS =
  `(?:mil novecientos|dos mil)(?:\\s+(?:y\\s+)?(?:${ES_NUMBER})){0,2}` +
  `|(?:mille neuf cents?|dix-neuf cents?|deux mille)(?:[\\s-](?:et[\\s-])?(?:${FR_NUMBER})){0,4}` +
  `|(?:mil novecentos|dois mil)(?:\\s+e\\s+(?:${PT_NUMBER})){0,2}|neunzehnhundert[a-zäöüß]*|zweitausend[a-zäöüß]*` +
  // "del ochenta y dos", "de oitenta e sete": a year said by its last two digits in Spanish or Portuguese.
  `|(?:cincuenta|cinquenta|sesenta|sessenta|setenta|ochenta|oitenta|noventa)(?:\\s+[ye]\\s+(?:uno|um|dos|dois|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove))?(?![a-záéíóúñç])`;
/** "two thousand and two", "two thousand twelve": a year of this century said in full. */
const TWO_THOUSAND =
  'two thousand(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?';
const YEAR = `(?:(?:19|20)\\d{2}|'\\d{2}|${YEAR_WORDS}|${TWO_THOUSAND}|${ROMANCE_YEAR_WORDS}|${SHORT_YEAR_WORDS})`;
/** Month and day said as spoken digits: "oh-four, oh-nine, eighty-eight". */
const SPOKEN_NUMBER_1_31 =
  '(?:oh|zero)[- ]?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[- ]one)?|one|two|three|four|five|six|seven|eight|nine';
export const DAY_THEN_MONTH = `${DAY}${DAY_MONTH}(?:${MONTHS})|(?:${MONTHS})\\s+(?:the\\s+)?${DAY}`;
const DATE = [
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
/** "my birthday is 12/3": day and month alone, after the cues that name the date (not "born in 1/2 the time"). */
const DAY_MONTH_CUE = 'birthday|date of birth|d\\.?o\\.?b\\.?|d o b|birth ?date';
/**
 * "year of birth? 1979": the year alone, after the cues that ask for it, the question for the year among them ("what
 * year were you born? 1955", "¿en qué año nació?", "en quelle année êtes-vous née ?", "em que ano nasceu?").
 */
const YEAR_CUE =
  'year (?:[a-z]+ ){1,3}born|año (?:[^\\s\\d]+ ){0,2}naci(?:ó|o|ste|eron)(?: usted| (?:su|tu|el|la) [^\\s\\d?]+)?|année (?:[^\\s\\d]+ ){0,3}née?s?|ano (?:[^\\s\\d]+ ){0,2}nasce(?:u|ram|ste)' +
  '|year of birth|birth year|born in|born|geboren|nací en|nacid[oa] en|née? en|nascid[oa] em|nasci em|date of birth|d\\.?o\\.?b\\.?|d o b|birth ?date|año de nacimiento|année de naissance|geburtsjahr|ano de nascimento|anno di nascita|nat[oa] nel';
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
const BIRTH_DATE = new RegExp(DATE_AFTER_CUE(DATE), 'dgi');
const YEAR_OR_DAY_MONTH = new RegExp(
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
const MONTH_NUMBER_WORDS =
  '0?[1-9]|1[0-2]|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|um|dois|três|quatro|sete|oito|nove|dez|onze|doze';
const NUMBERS_DATE = `(?:[0-3]?\\d|${ROMANCE_DAYS})\\s+d(?:el?|o)\\s+(?:${MONTH_NUMBER_WORDS})\\s+d(?:el?|o|e)\\s+(?:(?:19|20)\\d{2}|\\d{2}|${ROMANCE_YEAR_WORDS})`;
const NUMBERS_BIRTH_DATE = new RegExp(DATE_AFTER_CUE(NUMBERS_DATE), 'dgi');
const MONTH_NUMBER_AFTER = new RegExp(`\\sd(?:el|o)\\s+(?:${MONTH_NUMBER_WORDS})(?![${LETTER}\\d])`, 'i');

/**
 * The year alone said in words after the same cues ("what year were you born? nineteen seventy three", "year of birth is
 * two thousand and one"): a pattern of its own, run only when such a year's first word is in the turn (in the pattern
 * above it took the birth-date pattern past the size V8 optimises, see sanitizer-regexp-size.test.ts).
 */
const YEAR_SAID = new RegExp(
  `(?<![${LETTER}])(?:${grouped(YEAR_CUE, true)})${CONNECTORS}\\s*(${YEAR_WORDS}|${TWO_THOUSAND})(?![${LETTER}]|[\\s-]+\\d)`,
  'dgi',
);
const YEAR_SAID_WORD = /nineteen|twenty|thousand/i;

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
const MAY_HOLD_DATE = new RegExp(
  `\\d|of\\s+the|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh[- ]|(?<![${LETTER}])(?:${MONTHS})`,
  'i',
);

function datesBeforeCues(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const cue of allMatches(CUE_AFTER_DATE, text)) {
    const from = Math.max(0, cue.index - DATE_BEFORE_WINDOW);
    const before = text.slice(from, cue.index);
    if (!MAY_HOLD_DATE.test(before)) continue;
    const m = DATE_AT_END.exec(before);
    if (!m) continue;
    m.indices![1] = [m.indices![1][0] + from, m.indices![1][1] + from];
    m.index = m.indices![1][0]; // its cue comes after it: never far before it
    found.push(m);
  }
  return found;
}

/**
 * A date read out digit by digit ("my DOB is zero three zero four one nine eight five"): eight digits that make one,
 * day, month and year in either order or the year first (the spoken-digit reading asks, cues.ts), after a field cue.
 */
const month = (mm: string): boolean => mm >= '01' && mm <= '12';
const day = (dd: string): boolean => dd >= '01' && dd <= '31';
const year = (yyyy: string): boolean => yyyy.startsWith('19') || yyyy.startsWith('20');
export function isDateDigits(digits: string): boolean {
  if (digits.length !== 8) return false;
  const [a, b] = [digits.slice(0, 2), digits.slice(2, 4)];
  return (
    (((day(a) && month(b)) || (month(a) && day(b))) && year(digits.slice(4))) ||
    (year(digits.slice(0, 4)) && month(digits.slice(4, 6)) && day(digits.slice(6)))
  );
}
/**
 * Six digits read out (day, month and a two-digit year in either order: "one four oh three eight six"), or four (day
 * and month) before a year said in words ("cero cuatro cero nueve, ochenta y ocho", "null drei, null sieben,
 * einundachtzig"): the spoken-digit reading asks, after a field cue.
 */
export function isShortDateDigits(digits: string): boolean {
  if (digits.length !== 6 && digits.length !== 4) return false;
  const [a, b] = [digits.slice(0, 2), digits.slice(2, 4)];
  return (day(a) && month(b)) || (month(a) && day(b));
}
/** A two-digit year said in French or German ("quatre-vingt-quatre", "einundachtzig"): no other pattern has them. */
const FR_DE_SHORT_YEAR =
  '(?:cinquante|soixante(?:-dix)?|quatre-vingts?(?:-dix)?)(?:[- ](?:et[- ])?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf))?' +
  '|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:fünfzig|sechzig|siebzig|achtzig|neunzig)';
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
  `,?\\s+(?:fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?![${LETTER}\\d-])(?!\\s+(?:years?|yrs|days?|weeks?|months?|hours?|minutes?|mins?|pounds?|quid|dollars?|bucks|euros?|cents?|pence|p|percent|per|times|of|odd|ish|something|thousand|hundred|k)(?![${LETTER}]))`,
  'iy',
);
function yearWordAfter(text: string, start: number, stop: number): number {
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
/** A German ordinal day word ("dritten", "einundzwanzigsten"). */
const GERMAN_ORDINAL =
  '(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft|(?:drei|vier|fünf|sech|sieb|acht|neun)zehnt|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?zwanzigst|(?:einund)?dreißigst)e[nmrs]?';
/**
 * A German date said in words, after a birth cue: "Geburtsdatum ist der vierte April zweiundsechzig", "geboren am
 * dritten Mai neunzehnhundertachtzig" (its ordinal day and its year words are in no other pattern).
 */
const GERMAN_SAID_DATE = new RegExp(
  `(?<![${LETTER}])${GERMAN_ORDINAL}\\s+(?:${MONTHS})(?:,?\\s+(?:(?:19|20)\\d{2}|neunzehnhundert[a-zäöüß]*|zweitausend[a-zäöüß]*|${FR_DE_SHORT_YEAR}))?(?![${LETTER}])`,
  'gi',
);
const GERMAN_BIRTH_CUE = /geburt|geboren|geb\./i;
/** The cue right before the date, only connectors between: "Geburtsdatum ist der", "geboren bin ich am", "geb.". */
const GERMAN_CUE_BEFORE =
  /(?:geburtsdatum|geburtstag|geboren|geb\.)(?:\s*(?:ist|war|lautet|bin|ich|der|am|den|:|,))*\s*$/i;
function germanSaidDates(text: string, spans: PiiSpan[]): void {
  for (const m of allMatches(GERMAN_SAID_DATE, text)) {
    if (!GERMAN_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    spans.push(birthDate(text, m.index, m.index + m[0].length));
  }
}
/** A German day said as an ordinal word before a date that starts with its month: "am dritten Juni 1958". */
const GERMAN_DAY_BEFORE = new RegExp(`(?<![${LETTER}])${GERMAN_ORDINAL}\\s+$`, 'i');
/** The last letter of a German ordinal day ("dritten", "erster", "zweitem", "viertes", "fünfte"). */
const ORDINAL_END = new Set([0x6e, 0x72, 0x6d, 0x73, 0x65]);
function wordDayBefore(text: string, start: number): number {
  if (start < 5 || text.charCodeAt(start - 1) !== 32 || !ORDINAL_END.has(text.charCodeAt(start - 2))) return start;
  if (!isLetterCode(text.charCodeAt(start))) return start;
  const from = Math.max(0, start - 30);
  const m = GERMAN_DAY_BEFORE.exec(text.slice(from, start));
  return m ? from + m.index : start;
}
/** Where a year said in words right after `end` ends (the day and month before it), or -1. */
function yearSaidAfter(text: string, end: number): number {
  YEAR_SAID_AFTER.lastIndex = end;
  return YEAR_SAID_AFTER.test(text) ? YEAR_SAID_AFTER.lastIndex : -1;
}
/** Four digits said as words, in any of the five languages. */
const FOUR_DIGITS_SAID = new RegExp(
  `(?<![${LETTER}])(?:${grouped(`${SPOKEN_DIGIT_ALTERNATION}|oh`, true)})(?:[\\s,-]+(?:${grouped(`${SPOKEN_DIGIT_ALTERNATION}|oh`, true)})){3}(?![${LETTER}])`,
  'gi',
);
/** Day and month read out digit by digit and the year in words, after a field cue: "null drei, null sieben, einundachtzig". */
function dayMonthDigitsThenYear(text: string, cueAt: number, spans: PiiSpan[]): void {
  // Read only in the few words after the first field cue (the digits must follow one within 60 characters).
  const window = text.slice(cueAt, cueAt + FIELD_CUE_WINDOW);
  for (const found of allMatches(FOUR_DIGITS_SAID, window)) {
    const m = { index: cueAt + found.index, 0: found[0] };
    const digits = m[0]
      .toLowerCase()
      .split(/[\s,-]+/)
      .map((word) => DIGIT_WORDS[word])
      .join('');
    if (!isShortDateDigits(digits) || !followsBirthFieldCue(text, m.index)) continue;
    const stop = yearSaidAfter(text, m.index + m[0].length);
    if (stop > 0) spans.push(birthDate(text, m.index, stop));
  }
}
/** Six or eight digits written one at a time: "DOB? 1 7 0 6 9 2", "date of birth 0 4 1 7 1 9 8 6". */
const SPACED_DIGITS = /(?<!\d[ ,]?)\d(?:,? \d){5}(?:(?:,? \d){2})?(?!,? ?\d)/g;
const SPACED_DIGITS_NEAR = /\d \d \d \d/;
function digitsOneByOne(text: string, cueAt: number, spans: PiiSpan[]): void {
  for (const m of allMatches(SPACED_DIGITS, text.slice(cueAt, cueAt + FIELD_CUE_WINDOW))) {
    const digits = m[0].replace(/\D/g, '');
    const start = cueAt + m.index;
    if (!(digits.length === 6 ? isShortDateDigits(digits) : isDateDigits(digits))) continue;
    if (followsBirthFieldCue(text, start)) spans.push(birthDate(text, start, start + m[0].length));
  }
}
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
const notInCompound = (m: RegExpExecArray): boolean =>
  !(m.index >= 2 && m.input.charCodeAt(m.index - 1) === 45 && LETTER_BEFORE.test(m.input[m.index - 2]));
const LETTER_BEFORE = new RegExp(`[${LETTER}]`);

/** How far past a field cue's start its date is near; beyond it, a recent year is no birth year. */
const NEAR_CUE = 75;
const RECENT_YEAR = /20[2-9]\d|twenty twenty/i;

/** `digitWords`: whether the turn holds a digit said as a word (the pre-pass's finding; true when unknown). */
export function detectBirthDates(text: string, digitWords = true): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const taken = new Set<number>();
  const yearsSaid = YEAR_SAID_WORD.test(text) ? allMatches(YEAR_SAID, text).filter(notInCompound) : [];
  // The dates after a cue (group 1) and the years or days and months alone (groups 1 and 2 of the other pattern), in
  // the order of the text, as when one pattern found them all.
  const dated = allMatches(BIRTH_DATE, text).filter(notInCompound);
  if (MONTH_NUMBER_AFTER.test(text)) {
    const said = allMatches(NUMBERS_BIRTH_DATE, text).filter(notInCompound);
    if (said.length > 0) {
      dated.push(...said);
      dated.sort((a, b) => a.index - b.index);
    }
  }
  const alone = allMatches(YEAR_OR_DAY_MONTH, text).filter(notInCompound);
  const isAlone = new Set<RegExpExecArray>(alone);
  const cued = alone.length === 0 ? dated : [...dated, ...alone].sort((a, b) => a.index - b.index);
  for (const m of [...cued, ...datesBeforeCues(text), ...yearsSaid]) {
    const date = !isAlone.has(m);
    const [start, end] = m.indices![1] ?? m.indices![2];
    if (taken.has(start)) continue;
    // Far from its cue, a date of this decade is more often an appointment than a caller's birth.
    if (date && start - m.index > NEAR_CUE && RECENT_YEAR.test(text.slice(start, end))) continue;
    taken.add(start);
    let stop = end;
    while (stop > start && /[.,\s]/.test(text[stop - 1])) stop--;
    spans.push(birthDate(text, wordDayBefore(text, start), yearWordAfter(text, start, stop)));
    // The day said first and taken back is the caller's too ("the 22nd no sorry 23rd of August 1979").
    if (date) {
      const back = TAKEN_BACK_DAY.exec(text.slice(m.index, start));
      if (back) spans.push(birthDate(text, m.index + back.index, m.index + back.index + back[1].length));
    }
    // A correction names a second one: "it should be 06/14/1975, not 06/15/1975".
    CORRECTED_DATE.lastIndex = stop;
    const other = CORRECTED_DATE.exec(text);
    if (other && !taken.has(other.indices![1][0])) {
      taken.add(other.indices![1][0]);
      spans.push(birthDate(text, other.indices![1][0], other.indices![1][1]));
    }
    // The day and month said again in words after a filler: "03.07.1964 uh the third of july".
    RESTATED_DAY_MONTH.lastIndex = stop;
    const again = date ? RESTATED_DAY_MONTH.exec(text) : null;
    if (again && !taken.has(again.indices![1][0]) && sameDayAndMonth(text.slice(start, stop), again[1])) {
      taken.add(again.indices![1][0]);
      spans.push(birthDate(text, again.indices![1][0], again.indices![1][1]));
    }
  }
  // Each of these needs a field cue's word ("geb" of "geboren" and "Geburtsdatum" among them): one test for all.
  const cue = FIELD_CUE_WORD.exec(text);
  if (cue === null) return babyOf(text, spans);
  if (GERMAN_BIRTH_CUE.test(text)) germanSaidDates(text, spans);
  if (digitWords) dayMonthDigitsThenYear(text, cue.index, spans);
  if (SPACED_DIGITS_NEAR.test(text)) digitsOneByOne(text, cue.index, spans);
  return babyOf(text, spans);
}

/**
 * "I'm a March '88 baby", "she's a June 2015 baby", "he was an '82 baby": the month (or the year alone) of a birth said
 * as what the speaker or a person is. The subject and "a"/"an" before it are needed ("the March 2026 baby shower" is an
 * event), and nothing but "baby" after the year. A pattern of its own (BIRTH_DATE is near the size V8 optimises), run
 * only when the turn holds "baby".
 */
const BABY = new RegExp(
  `(?<![${LETTER}])(?:i['’]?m|i am|i was|(?:you|we|they)['’]re|(?:you|we|they) (?:are|were)|(?:he|she)['’]s|(?:he|she) (?:is|was))\\s+an?\\s+((?:(?:${MONTHS})\\s+)?(?:'\\d{2}|(?:19|20)\\d{2}))\\s+baby(?![${LETTER}])`,
  'dgi',
);
function babyOf(text: string, spans: PiiSpan[]): PiiSpan[] {
  if (!/baby/i.test(text)) return spans;
  for (const m of allMatches(BABY, text)) spans.push(birthDate(text, m.indices![1][0], m.indices![1][1]));
  return spans;
}
/** The field cues' words (their patterns need one): a native test spares the four-digit scan most birth-cued turns. */
const FIELD_CUE_WORD = /birth|dob|d\.o\.b|d o b|geb|nacimiento|naissance|nascimento|nascita/i;
/** How far after a field cue's first letter its four digits may end. */
const FIELD_CUE_WINDOW = 120;

const birthDate = (text: string, start: number, end: number): PiiSpan => ({
  type: 'DATE_OF_BIRTH',
  start,
  end,
  canonical: text.slice(start, end).toLowerCase().replace(/\s+/g, ' '),
});
/**
 * Right after a birth date, another full numeric date it is corrected to or from ("..., not 06/15/1975", "... but it
 * should be 1/6/80", "... sorry, 1/6/80").
 */
const CORRECTED_DATE = new RegExp(
  `,?\\s*(?:not|or|instead of|rather than|nicht|no|pas|não|(?:but\\s+)?(?:it\\s+)?should (?:be|read|say)|(?:no,?\\s+)?(?:sorry|I mean|actually),?)\\s+([0-3]?\\d[./-][0-3]?\\d[./-](?:\\d{4}|\\d{2})|\\d{4}[-/.][01]?\\d[-/.][0-3]?\\d)(?![\\d${LETTER}])`,
  'dgiy',
);

/** Right after a birth date, its day and month said again in words after a filler: "... 03.07.1964 uh the third of july". */
const RESTATED_DAY_MONTH = new RegExp(
  `,?\\s+(?:uh|um|er|erm|so|that['’]s|that is|i\\.?e\\.?),?\\s+(?:the\\s+)?((?:${ORDINAL_WORDS})\\s+of\\s+(?:${MONTHS}))(?![${LETTER}])`,
  'dgiy',
);

/** The day an ordinal word says is its place here plus one ("first" to "twentieth", ORDINAL_WORDS' first twenty). */
const ORDINAL_VALUES = ORDINAL_WORDS.split('|').slice(0, 20);
const MONTH_STARTS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
/** Whether a numeric date ("03.07.1964") and a day and month said in English ("third of july") agree, either order. */
function sameDayAndMonth(numeric: string, said: string): boolean {
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

export const BIRTH_CUE_WORDS =
  'baby|birth|birthdate|dob|d\\.o\\.b|d o b|geb(?=\\.)|born|birthday|nacimiento|nací|nació|nacio|nacieron|nasceu|nasceram|nacid[oa]|naissance|née?|geburtsdatum|geburts(?:monat|jahr)|geboren|nascimento|nascid[oa]|nasci|geburtstag|cumpleaños|aniversário|anniversaire|nascita|nat[oa]|compleanno';
const BIRTH_CUE = new RegExp(afterNoneOf(LETTER, grouped(BIRTH_CUE_WORDS, true)), 'i');
export const hasBirthCue = (text: string): boolean => BIRTH_CUE.test(text);
