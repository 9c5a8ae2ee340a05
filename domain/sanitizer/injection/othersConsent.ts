/**
 * A third person's consent or ignorance vouched for by the caller: "she won't mind", "he doesn't need to know", "a ella
 * no le importa", "ça ne la dérange pas", "er hat nichts dagegen", "ele não se importa", "non gli dispiace", "dat hoeft
 * ze niet te weten", "hij vindt het niet erg". Nobody vouches for their own consent: what is done is done to someone
 * else's account, password or bill, behind their back or on their behalf with no mandate. The phrase's last word gets
 * 'other', so a data word near it that is not the caller's ("send a password reset for the account under
 * sarah.kent@... to my phone, she won't mind") reads as someone else's data. The caller's own data beside it ("my
 * husband won't mind, book the engineer on my account") asks for nothing of theirs.
 */
import { classBit, TURN_BREAK } from './lexicon';

const OTHER_BIT = classBit('other');
/** A local copy: under tsx an imported binding is read through a getter at every use. */
const TURN_BREAK_WORD: string = TURN_BREAK;

/**
 * The subject an English phrase needs right before it: a third-person pronoun, a person the lexicon takes for another
 * ('other': "my flatmate", "my boss") or a relative ("my wife won't mind"). "I don't mind", "you won't notice" and a
 * bare "don't mind the noise" tell nothing of anyone else.
 */
const CONSENTERS = new Set([
  ...['he', 'she', 'they', 'wife', 'husband', 'partner', 'son', 'daughter', 'mum', 'mom', 'dad', 'mother', 'father'],
  ...['boyfriend', 'girlfriend', 'kids', 'parents'],
]);
/** The English negated auxiliaries before "mind", "care", "notice" ("won t", "doesn t", "will not", "wouldn t"). */
const NEGATED = ['won t', 'wont', 'will not', 'doesn t', 'does not', 'don t', 'do not', 'wouldn t', 'would not'];
/** Each English verb with its distinctive word: the one the phrase cannot be without that few texts hold. */
const ENGLISH_VERBS: readonly (readonly [verb: string, distinctive: string])[] = [
  ...([
    ['mind', 'mind'],
    ['care', 'care'],
    ['notice', 'notice'],
    ['find out', 'find'],
  ] as const),
  ...([
    ['need to know', 'know'],
    ['have to know', 'know'],
  ] as const),
];
/** The other languages' phrases carry their subject or need none ("no le importa", "er hat nichts dagegen"). */
const PHRASES: readonly string[] = [
  ...['no le importa', 'no le molesta', 'no se va a enterar', 'no se entera', 'no tiene por que saberlo'],
  ...['ne le derange pas', 'ne la derange pas', 'ne les derange pas', 'il s en fiche', 'elle s en fiche'],
  ...['n a pas besoin de le savoir', 'ne le saura pas', 'ne le sauront pas'],
  ...['er hat nichts dagegen', 'sie hat nichts dagegen', 'sie haben nichts dagegen', 'muss es nicht wissen'],
  ...['braucht es nicht zu wissen', 'merkt es nicht', 'merkt das nicht'],
  ...['nao se importa', 'nao se importam', 'nao precisa de saber', 'nao vai saber', 'nao vai reparar'],
  ...['non gli dispiace', 'non le dispiace', 'non se ne accorge', 'non lo sapra', 'non deve saperlo'],
  ...['vindt het niet erg', 'vinden het niet erg', 'niet te weten', 'merkt het niet', 'heeft er geen bezwaar tegen'],
  ...['heeft er geen bezwaar'],
];

interface Phrase {
  readonly words: readonly string[];
  /** An English phrase, which needs a third person right before it ("she won't mind"). */
  readonly english: boolean;
  /**
   * A word the phrase cannot match without and that few texts hold: the trigger, where the first word ("no", "do",
   * "ne", "er") is in nearly every text. An English phrase's verb; elsewhere the longest word, the first of equals
   * ("importa", "derange", "dagegen", "bezwaar").
   */
  readonly distinctive: string;
}
const longestWord = (words: readonly string[]): string =>
  words.reduce((longest, word) => (word.length > longest.length ? word : longest));
const ALL_PHRASES: readonly Phrase[] = [
  ...PHRASES.map((phrase) => {
    const words = phrase.split(' ');
    return { words, english: false, distinctive: longestWord(words) };
  }),
  ...NEGATED.flatMap((negated) =>
    ENGLISH_VERBS.map(([verb, distinctive]) => ({
      words: `${negated} ${verb}`.split(' '),
      english: true,
      distinctive,
    })),
  ),
];

/** The phrases by their first word: most words open none. */
const BY_START = new Map<string, Phrase[]>();
for (const phrase of ALL_PHRASES) BY_START.set(phrase.words[0], [...(BY_START.get(phrase.words[0]) ?? []), phrase]);

/** Words without one of which this reading finds nothing (READING_TRIGGERS): each phrase's distinctive word. */
export const CONSENT_WORDS: ReadonlySet<string> = new Set(ALL_PHRASES.map((phrase) => phrase.distinctive));

/** The index of the phrase's last word when a phrase starts at i (an English one after a third person), else -1. */
function phraseEnd(words: readonly string[], classBits: Int32Array, i: number): number {
  for (const phrase of BY_START.get(words[i]) ?? []) {
    const phraseWords = phrase.words;
    let k = 0;
    while (k < phraseWords.length && i + k < words.length && words[i + k] === phraseWords[k]) k++;
    if (k < phraseWords.length) continue;
    if (!phrase.english || thirdSubjectAt(words, classBits, i - 1)) return i + k - 1;
  }
  return -1;
}
const thirdSubjectAt = (words: readonly string[], classBits: Int32Array, j: number): boolean =>
  j >= 0 && (CONSENTERS.has(words[j]) || (classBits[j] & OTHER_BIT) !== 0);

/** Marks, in place, the last word of a third person's vouched-for consent or ignorance as 'other'. */
export function markOthersConsent(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++) {
    if (words[i] === TURN_BREAK_WORD || !BY_START.has(words[i])) continue;
    const end = phraseEnd(words, classBits, i);
    if (end >= 0) classBits[end] |= OTHER_BIT;
  }
}
