/**
 * Digits said as words, in the languages the redactor reads: a voice transcript spells a phone, card or account
 * number out ("four one five ...", "seis uno dos ...", "null eins fünf ...", "tre quattro sette ...", "nul zes een
 * ..."). One map a language, for the readings of one language's numbers (pairs, area codes), and DIGIT_WORDS, all of
 * them, for the pre-pass's cue words, the spoken-digit detector and the spoken CVV. "um" (Portuguese one) is left out,
 * since in English it is a hesitation: the spoken-digit detector reads it as one only beside Portuguese digit words
 * (PORTUGUESE_DIGITS).
 */
type DigitWords = Readonly<Record<string, string>>;
/** English; "o" and "oh" read as zero only inside a run. */
export const ENGLISH_DIGIT_WORDS: DigitWords = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
export const SPANISH_DIGIT_WORDS: DigitWords = {
  cero: '0',
  uno: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
};
/** Portuguese, with no "um" (see above) nor "uma"; "tres" as "três" is often typed. */
export const PORTUGUESE_DIGIT_WORDS: DigitWords = {
  zero: '0',
  dois: '2',
  duas: '2',
  três: '3',
  tres: '3',
  quatro: '4',
  cinco: '5',
  seis: '6',
  sete: '7',
  oito: '8',
  nove: '9',
  meia: '6', // Brazilian "half (a dozen)" for six when reading numbers
};
export const FRENCH_DIGIT_WORDS: DigitWords = {
  zéro: '0',
  un: '1',
  deux: '2',
  trois: '3',
  quatre: '4',
  cinq: '5',
  six: '6',
  sept: '7',
  huit: '8',
  neuf: '9',
};
export const GERMAN_DIGIT_WORDS: DigitWords = {
  null: '0',
  eins: '1',
  zwei: '2',
  zwo: '2',
  drei: '3',
  vier: '4',
  fünf: '5',
  sechs: '6',
  sieben: '7',
  acht: '8',
  neun: '9',
};
/** Italian: in DIGIT_WORDS, so phones, cards, CVVs and account numbers read them; no Italian pairs or dates are read. */
export const ITALIAN_DIGIT_WORDS: DigitWords = {
  zero: '0',
  uno: '1',
  due: '2',
  tre: '3',
  quattro: '4',
  cinque: '5',
  sei: '6',
  sette: '7',
  otto: '8',
  nove: '9',
};
/** Dutch, likewise. */
export const DUTCH_DIGIT_WORDS: DigitWords = {
  nul: '0',
  een: '1',
  twee: '2',
  drie: '3',
  vier: '4',
  vijf: '5',
  zes: '6',
  zeven: '7',
  acht: '8',
  negen: '9',
};
/** All of them, one map (a word two languages share, "six", "cinco", is one entry). */
export const DIGIT_WORDS: DigitWords = {
  ...ENGLISH_DIGIT_WORDS,
  ...SPANISH_DIGIT_WORDS,
  ...PORTUGUESE_DIGIT_WORDS,
  ...FRENCH_DIGIT_WORDS,
  ...GERMAN_DIGIT_WORDS,
  ...ITALIAN_DIGIT_WORDS,
  ...DUTCH_DIGIT_WORDS,
};

/** A map's units (one to nine) as an alternation for patterns: "one|two|...|nine". */
const unitsOf = (words: DigitWords): string =>
  Object.keys(words)
    .filter((word) => words[word] !== '0')
    .join('|');
/** English number words as alternations for patterns: the units, the teens, the tens (twenty to ninety). */
export const ENGLISH_UNITS = unitsOf(ENGLISH_DIGIT_WORDS);
export const ENGLISH_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const ENGLISH_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

export const SPANISH_UNITS = unitsOf(SPANISH_DIGIT_WORDS);
export const FRENCH_UNITS = unitsOf(FRENCH_DIGIT_WORDS);
/** The German units as they start a compound ("einundzwanzig", "vierundachtzig"): "ein", not "eins". */
export const GERMAN_COMPOUND_UNITS = 'ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun';

/** A map's digits as numbers, for the readings that add a tens word and a unit ("thirty four", "vinte e um"). */
export const digitValues = (words: DigitWords): Readonly<Record<string, number>> =>
  Object.fromEntries(Object.entries(words).map(([word, digit]) => [word, Number(digit)]));

/**
 * Portuguese digit words no English reader says: "um" between or before them is the Portuguese one ("nove um dois"),
 * not the English hesitation ("four one five, um, five five five"). Not PORTUGUESE_DIGIT_WORDS's keys: "zero" (English
 * too) and "tres" are left out.
 */
export const PORTUGUESE_DIGITS: ReadonlySet<string> = new Set([
  'dois',
  'duas',
  'três',
  'quatro',
  'cinco',
  'seis',
  'sete',
  'oito',
  'nove',
  'meia',
]);

/** "double five" = "55", "triple oh" = "000". */
export const REPEAT_WORDS: Readonly<Record<string, number>> = { double: 2, triple: 3 };

/**
 * The pre-pass's cue words: every digit and repeat word but "o" and "oh" (a letter, an interjection: a number read
 * with them holds other digit words too), as an alternation for a non-unicode pattern.
 */
export const SPOKEN_DIGIT_ALTERNATION = [...Object.keys(DIGIT_WORDS), ...Object.keys(REPEAT_WORDS)]
  .filter((word) => word !== 'o' && word !== 'oh')
  .join('|');
