/**
 * A third person named by what identifies them, not by a word for a person: "the account registered to 555-0148", "la
 * cuenta a nombre de Rafael Ortega", "le compte au nom de Karim", "eine Abfrage für Herrn Yilmaz", "the file of Mrs
 * Okafor". The name or the number is another person's (it gets 'other'), so a lookup of their data reads as one.
 * The caller's own ("registered to my old email", "a nombre de mi padre", "au nom de ma société") and a function word
 * after the cue ("registered to the wrong address", "a nombre de la empresa") are not read; nor is the caller naming
 * themselves ("this is Mr Patel", "ich bin Frau Weber"): an honorific counts only after a preposition.
 */
import { classBit, startsWithDigit, TURN_BREAK } from './lexicon';

const OTHER_BIT = classBit('other');
/** A local copy: under tsx an imported binding is read through a getter at every use. */
const TURN_BREAK_WORD: string = TURN_BREAK;

/** Cues after which an identifier names who an account belongs to ("registered to", "a nombre de"). */
const CUES: readonly (readonly string[])[] = [
  ...['registered to', 'registered under', 'in the name of', 'under the name of', 'belonging to'],
  ...['a nombre de', 'al nombre de', 'au nom de', 'im namen von', 'auf den namen', 'auf den namen von'],
  ...['intestato a', 'intestata a', 'a nome di', 'em nome de', 'no nome de', 'registrado a', 'registrada a'],
].map((cue) => cue.split(' '));
/** The cues by their first word: most words open none, and are looked up once. */
const CUES_BY_START = new Map<string, (readonly string[])[]>();
for (const cue of CUES) CUES_BY_START.set(cue[0], [...(CUES_BY_START.get(cue[0]) ?? []), cue]);
/** Honorifics of a third person ("Herrn Yilmaz", "Mrs Okafor", "la señora García", "Monsieur Durand"). */
const HONORIFICS = new Set([
  ...['mr', 'mrs', 'ms', 'miss', 'herrn', 'herr', 'frau', 'senor', 'senora', 'sr', 'sra'],
  ...['monsieur', 'madame', 'mme', 'signor', 'signora', 'sig', 'senhor', 'senhora', 'meneer', 'mevrouw', 'dhr'],
  ...['mevr'],
]);
/**
 * Prepositions before an honorific (or its article) that make the person an object, not the speaker: "for Mr",
 * "für Herrn", "de la señora", "bei Herrn", "chez Madame", "van meneer". Not "to" ("can I speak to Mr Patel") nor "I am".
 */
const BEFORE_HONORIFIC = new Set([
  ...['for', 'of', 'about', 'fur', 'von', 'uber', 'de', 'del', 'da', 'do', 'di', 'della', 'pour', 'para', 'per'],
  ...['sobre', 'des', 'bei', 'bij', 'chez', 'van', 'voor', 'over', 'presso'],
]);
const HONORIFIC_ARTICLES = new Set(['la', 'el', 'le', 'der', 'dem', 'den', 'o', 'a', 'il', 'the']);
const objectHonorific = (words: readonly string[], i: number): boolean =>
  BEFORE_HONORIFIC.has(words[i - 1]) || (HONORIFIC_ARTICLES.has(words[i - 1]) && BEFORE_HONORIFIC.has(words[i - 2]));
/** Words without one of which this reading finds nothing: an honorific, or each cue's longest word. */
export const THIRD_PARTY_WORDS: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...CUES.map((cue) => cue.reduce((longest, word) => (word.length > longest.length ? word : longest))),
]);
/** Words after a cue that are no one's name: the caller, articles, pronouns, a company ("registered to the"). */
const NOT_A_NAME = new Set([
  ...['my', 'our', 'me', 'us', 'myself', 'i', 'the', 'a', 'an', 'this', 'that', 'which', 'whom', 'it', 'your'],
  ...['mi', 'mis', 'nuestro', 'nuestra', 'la', 'el', 'los', 'las', 'un', 'una', 'esta', 'este', 'su', 'sus', 'tu'],
  ...['mon', 'ma', 'mes', 'notre', 'le', 'l', 'les', 'une', 'votre', 'cette', 'ce', 'moi', 'mein', 'meine'],
  ...['meinen', 'meinem', 'unser', 'unsere', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'ihrem'],
  ...['ihren', 'ihre', 'mio', 'mia', 'me', 'il', 'lo', 'un', 'uno', 'meu', 'minha', 'o', 'os', 'as', 'seu', 'sua'],
  ...['nosso', 'nossa', 'quem', 'who', 'whoever', 'quien', 'wem', 'chi', 'qui', 'company', 'business', 'empresa'],
  ...['societe', 'entreprise', 'firma', 'azienda', 'ditta', 'sociedade', 'nobody', 'someone', 'you', 'usted'],
]);

/** The index after `cue` when words at i spell it, else -1. */
function cueEnd(words: readonly string[], i: number, cue: readonly string[]): number {
  for (let k = 0; k < cue.length; k++) if (words[i + k] !== cue[k]) return -1;
  return i + cue.length;
}

/** Marks, in place, a name or a number that identifies another person's account as 'other'. */
export function markThirdParties(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (HONORIFICS.has(w) && i >= 1 && objectHonorific(words, i) && i + 1 < words.length) {
      const name = words[i + 1];
      if (name !== TURN_BREAK_WORD && !NOT_A_NAME.has(name) && !startsWithDigit(name)) classBits[i] |= OTHER_BIT;
      continue;
    }
    for (const cue of CUES_BY_START.get(w) ?? []) {
      const end = cueEnd(words, i, cue);
      if (end < 0 || end >= words.length) continue;
      const id = words[end];
      if (id === TURN_BREAK_WORD || NOT_A_NAME.has(id)) continue;
      // a phone or customer number ("555 0148", "48213377") or a name; not a house number ("12 Mill Road")
      if (startsWithDigit(id) && !startsWithDigit(words[end + 1]) && id.length < 5) continue;
      classBits[end] |= OTHER_BIT;
    }
  }
}
