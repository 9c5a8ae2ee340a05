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
const THIRD_SUBJECTS = new Set([
  ...['he', 'she', 'they', 'wife', 'husband', 'partner', 'son', 'daughter', 'mum', 'mom', 'dad', 'mother', 'father'],
  ...['boyfriend', 'girlfriend', 'kids', 'parents'],
]);
/** The English negated auxiliaries before "mind", "care", "notice" ("won t", "doesn t", "will not", "wouldn t"). */
const NEGATED = ['won t', 'wont', 'will not', 'doesn t', 'does not', 'don t', 'do not', 'wouldn t', 'would not'];
const ENGLISH = NEGATED.flatMap((negated) =>
  ['mind', 'care', 'notice', 'find out', 'need to know', 'have to know'].map((verb) => `${negated} ${verb}`),
);
/** The other languages' phrases carry their subject or need none ("no le importa", "er hat nichts dagegen"). */
const PHRASES: readonly (readonly string[])[] = [
  ...['no le importa', 'no le molesta', 'no se va a enterar', 'no se entera', 'no tiene por que saberlo'],
  ...['ne le derange pas', 'ne la derange pas', 'ne les derange pas', 'il s en fiche', 'elle s en fiche'],
  ...['n a pas besoin de le savoir', 'ne le saura pas', 'ne le sauront pas'],
  ...['er hat nichts dagegen', 'sie hat nichts dagegen', 'sie haben nichts dagegen', 'muss es nicht wissen'],
  ...['braucht es nicht zu wissen', 'merkt es nicht', 'merkt das nicht'],
  ...['nao se importa', 'nao se importam', 'nao precisa de saber', 'nao vai saber', 'nao vai reparar'],
  ...['non gli dispiace', 'non le dispiace', 'non se ne accorge', 'non lo sapra', 'non deve saperlo'],
  ...['vindt het niet erg', 'vinden het niet erg', 'niet te weten', 'merkt het niet', 'heeft er geen bezwaar tegen'],
  ...['heeft er geen bezwaar'],
].map((phrase) => phrase.split(' '));
const ENGLISH_PHRASES = new Set(ENGLISH);

/** The phrases by their first word: most words open none. */
const BY_START = new Map<string, (readonly string[])[]>();
for (const phrase of [...PHRASES, ...ENGLISH.map((p) => p.split(' '))])
  BY_START.set(phrase[0], [...(BY_START.get(phrase[0]) ?? []), phrase]);

/** Words without one of which this reading finds nothing (READING_TRIGGERS): each phrase's first word. */
export const CONSENT_WORDS: ReadonlySet<string> = new Set(BY_START.keys());

/** The index of the phrase's last word when a phrase starts at i (an English one after a third person), else -1. */
function phraseEnd(words: readonly string[], classBits: Int32Array, i: number): number {
  for (const phrase of BY_START.get(words[i]) ?? []) {
    let k = 0;
    while (k < phrase.length && i + k < words.length && words[i + k] === phrase[k]) k++;
    if (k < phrase.length) continue;
    if (!ENGLISH_PHRASES.has(phrase.join(' ')) || thirdSubjectAt(words, classBits, i - 1)) return i + k - 1;
  }
  return -1;
}
const thirdSubjectAt = (words: readonly string[], classBits: Int32Array, j: number): boolean =>
  j >= 0 && (THIRD_SUBJECTS.has(words[j]) || (classBits[j] & OTHER_BIT) !== 0);

/** Marks, in place, the last word of a third person's vouched-for consent or ignorance as 'other'. */
export function markOthersConsent(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++) {
    if (words[i] === TURN_BREAK_WORD || !BY_START.has(words[i])) continue;
    const end = phraseEnd(words, classBits, i);
    if (end >= 0) classBits[end] |= OTHER_BIT;
  }
}
