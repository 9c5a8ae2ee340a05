/**
 * Digits said as words, in the languages the redactor reads: a voice transcript spells a phone, card or account
 * number out ("four one five ...", "seis uno dos ...", "null eins fünf ...", "tre quattro sette ...", "nul zes een
 * ..."). One map for the pre-pass's cue words, the spoken-digit detector and the spoken CVV. "o" and "oh" read as zero
 * only inside a run; "um" (Portuguese one) is left out, since in English it is a hesitation: the spoken-digit detector
 * reads it as one only beside Portuguese digit words (PORTUGUESE_DIGITS).
 */
export const DIGIT_WORDS: Readonly<Record<string, string>> = {
  // English
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
  // Spanish
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
  // Portuguese ("zero", "cinco", "seis" as above)
  dois: '2',
  duas: '2',
  três: '3',
  quatro: '4',
  sete: '7',
  oito: '8',
  nove: '9',
  meia: '6', // Brazilian "half (a dozen)" for six when reading numbers
  // French ("six" as above)
  zéro: '0',
  un: '1',
  deux: '2',
  trois: '3',
  quatre: '4',
  cinq: '5',
  sept: '7',
  huit: '8',
  neuf: '9',
  // German
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
  // Italian ("zero", "uno", "nove" as above)
  due: '2',
  tre: '3',
  quattro: '4',
  cinque: '5',
  sei: '6',
  sette: '7',
  otto: '8',
  // Dutch ("vier", "acht" as above)
  nul: '0',
  een: '1',
  twee: '2',
  drie: '3',
  vijf: '5',
  zes: '6',
  zeven: '7',
  negen: '9',
};

/**
 * Portuguese digit words no English reader says: "um" between or before them is the Portuguese one ("nove um dois"),
 * not the English hesitation ("four one five, um, five five five").
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
