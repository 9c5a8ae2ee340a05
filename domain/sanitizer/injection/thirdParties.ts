/**
 * A third person named by what identifies them, not by a word for a person: "the account registered to 555-0148", "la
 * cuenta a nombre de Rafael Ortega", "le compte au nom de Karim", "eine Abfrage für Herrn Yilmaz", "the file of Mrs
 * Okafor". The name or the number is another person's (it gets 'other'), so a lookup of their data reads as one.
 * The caller's own ("registered to my old email", "a nombre de mi padre", "au nom de ma société") and a function word
 * after the cue ("registered to the wrong address", "a nombre de la empresa") are not read; nor is the caller naming
 * themselves ("this is Mr Patel", "ich bin Frau Weber"): an honorific counts only after a preposition. A person
 * picked out by what is theirs (who owns a number, the account with an email, a numbered record's holder) is tested
 * in ownerLookups.ts and marked here.
 */
import { bitsByWord } from './functionWords';
import { classBit, startsWithDigit, TURN_BREAK } from './lexicon';
import * as ownerLookups from './ownerLookups';

/** Local copies: under tsx an imported binding is read through a getter at every use. */
const {
  HOLDERS,
  identifierAt,
  numberedHolderAt,
  ownerQuestionAt,
  ownsOrLivesAfter,
  OWNS_OR_LIVES,
  RECORD_LINKS,
  RECORDS,
  WHO,
} = ownerLookups;

const OTHER_BIT = classBit('other');
/** A local copy: under tsx an imported binding is read through a getter at every use. */
const TURN_BREAK_WORD: string = TURN_BREAK;

/** Cues after which an identifier names who an account belongs to ("registered to", "a nombre de"). */
const CUES: readonly (readonly string[])[] = [
  ...['registered to', 'registered under', 'in the name of', 'under the name of', 'belonging to'],
  ...['a nombre de', 'al nombre de', 'au nom de', 'im namen von', 'auf den namen', 'auf den namen von'],
  ...['intestato a', 'intestata a', 'a nome di', 'em nome de', 'no nome de', 'registrado a', 'registrada a'],
  // Portuguese contracts the "de" with its article: "em nome da cliente Ana Sousa", "no nome do titular"
  ...['em nome da', 'em nome do', 'no nome da', 'no nome do'],
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
/**
 * A person picked out by their name: "anyone called Denise Whitcombe", "a customer named Okafor", "une cliente qui
 * s'appelle Sophie Marchand", "un cliente llamado Ortega", "einen Kunden namens Yilmaz", "un certo Luca Ferri". The
 * naming word stands after a word for a person (or is "a certain", which is one), and a name follows it, not a pronoun
 * or an adverb ("someone called me", "a man called back today"): the name gets 'other'.
 */
const NAMING = new Set([
  ...['called', 'named', 'llamado', 'llamada', 'chamado', 'chamada', 'appele', 'appelee', 'nomme', 'nommee'],
  ...['namens', 'genaamd', 'chiamato', 'chiamata', 'appelle', 'llama', 'chiama', 'heisst', 'heet'],
]);
/** "a certain Luca Ferri", "une certaine Mme", "un tal Ortega": the article and "certain" name a person to come. */
const A_CERTAIN = new Set(['certo', 'certa', 'tal', 'certain', 'certaine', 'gewissen', 'gewisse', 'zekere']);
const A_CERTAIN_ARTICLES = new Set(['un', 'una', 'une', 'a', 'einen', 'eine', 'einem', 'einer', 'een', 'um', 'uma']);
/** Words for a person a naming word may follow (besides the 'other' class: "someone", "a customer", "a person"). */
const PERSON_WORDS = new Set([
  ...['anyone', 'anybody', 'someone', 'somebody', 'person', 'customer', 'client', 'cliente', 'clienta', 'man', 'woman'],
  ...['lady', 'guy', 'gentleman', 'account', 'subscriber', 'user', 'persona', 'pessoa', 'senor', 'senora', 'kunde'],
  ...['kunden', 'kundin', 'herrn', 'frau', 'klant', 'iemand', 'persoon', 'meneer', 'mevrouw', 'signore', 'signora'],
  ...['monsieur', 'madame', 'quelqu', 'personne'],
]);
/** The reflexive before a naming verb ("qui s'appelle", "que se llama", "che si chiama"), not English "she's called". */
const REFLEXIVE_NAMING: Readonly<Record<string, string>> = { appelle: 's', llama: 'se', chiama: 'si' };
const RELATIVES = new Set(['qui', 'que', 'che', 'der', 'die', 'who', 'which']);
/** Words after a naming word that are no name: "someone called me", "called back", "called today", "called it". */
const NOT_NAMED = new Set([
  ...['me', 'us', 'you', 'him', 'her', 'them', 'it', 'back', 'today', 'yesterday', 'again', 'earlier', 'twice'],
  ...['before', 'about', 'from', 'on', 'in', 'at', 'to', 'and', 'but', 'so', 'when', 'this', 'last', 'by', 'for'],
  ...['mich', 'mir', 'uns', 'moi', 'nous', 'mi', 'ci', 'nos', 'mij', 'ons', 'ayer', 'hoy', 'hier', 'gestern', 'ieri'],
]);
const namedAt = (words: readonly string[], classBits: Int32Array, i: number): boolean => {
  const name = words[i + 1];
  if (name === undefined || name === TURN_BREAK_WORD || NOT_NAMED.has(name) || NOT_A_NAME.has(name)) return false;
  if (startsWithDigit(name)) return false;
  if (A_CERTAIN.has(words[i])) return A_CERTAIN_ARTICLES.has(words[i - 1]);
  const reflexive = REFLEXIVE_NAMING[words[i]];
  if (reflexive !== undefined) return words[i - 1] === reflexive && RELATIVES.has(words[i - 2]);
  // "a customer called Dana": the person word already names someone else, the name adds nothing
  const before = words[i - 1];
  return before !== undefined && PERSON_WORDS.has(before) && (classBits[i - 1] & OTHER_BIT) === 0;
};

/** Words without one of which this reading finds nothing: an honorific, or each cue's longest word. */
export const THIRD_PARTY_WORDS: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...CUES.map((cue) => cue.reduce((longest, word) => (word.length > longest.length ? word : longest))),
  ...NAMING,
  ...A_CERTAIN,
  ...OWNS_OR_LIVES,
  ...RECORD_LINKS,
  ...HOLDERS,
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

/**
 * Marks, in place, a name or a number that identifies another person's account as 'other'.
 * `triggers` holds `trigger` exactly at the words of THIRD_PARTY_STARTS (`runReadings`): most words start none.
 */
export function markThirdParties(
  words: readonly string[],
  classBits: Int32Array,
  triggers: Int32Array,
  trigger: number,
): void {
  for (let i = 0; i < words.length; i++) {
    if ((triggers[i] & trigger) === 0) continue;
    const kinds = WORD_KINDS.get(words[i]);
    if (kinds === undefined) continue;
    const w = words[i];
    if (kinds & NAMING_WORD && namedAt(words, classBits, i)) {
      classBits[i + 1] |= OTHER_BIT;
      continue;
    }
    if (kinds & WHO_WORD && (PERSON_WORDS.has(words[i - 1]) || ownerQuestionAt(words, classBits, i))) {
      // "anyone who lives at 12", "la persona que vive en": the person it relates to; "who is ... registered to": who
      if (!PERSON_WORDS.has(words[i - 1])) classBits[i] |= OTHER_BIT;
      else if (ownsOrLivesAfter(words, i)) classBits[i - 1] |= OTHER_BIT;
      continue;
    }
    if (kinds & RECORD_WORD && i >= 1) {
      const id = identifierAt(words, i);
      if (id >= 0) classBits[id] |= OTHER_BIT;
    }
    if (kinds & HOLDER_WORD && numberedHolderAt(words, i)) {
      classBits[i] |= OTHER_BIT;
      continue;
    }
    if (kinds & HONORIFIC_WORD && i >= 1 && objectHonorific(words, i) && i + 1 < words.length) {
      const name = words[i + 1];
      if (name !== TURN_BREAK_WORD && !NOT_A_NAME.has(name) && !startsWithDigit(name)) classBits[i] |= OTHER_BIT;
      continue;
    }
    if (!(kinds & CUE_WORD)) continue;
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

const NAMING_WORD = 1;
const WHO_WORD = 2;
const RECORD_WORD = 4;
const HOLDER_WORD = 8;
const HONORIFIC_WORD = 16;
const CUE_WORD = 32;
/** What each word may start, as bits. */
const WORD_KINDS = bitsByWord([
  [NAMING_WORD, [...NAMING, ...A_CERTAIN]],
  [WHO_WORD, WHO],
  [RECORD_WORD, RECORDS],
  [HOLDER_WORD, HOLDERS],
  [HONORIFIC_WORD, HONORIFICS],
  [CUE_WORD, CUES_BY_START.keys()],
]);
/** The words a reading here starts at (`triggers` in `markThirdParties`). */
export const THIRD_PARTY_STARTS: ReadonlySet<string> = new Set(WORD_KINDS.keys());
