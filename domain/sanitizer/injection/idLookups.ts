/**
 * A record found by someone's identity number: "the account registered to national insurance number QQ 12 34 56 C",
 * "la cuenta asociada al DNI 48291736K", "il cliente con codice fiscale RSSMRA80A01H501U", "den Kunden mit der
 * Personalausweisnummer L01X00T47", "a conta ligada ao CPF 123.456.789-09". An identity-document word tied to a record by a
 * link word ("to", "al", "con", "mit", "ao") and followed (within three words) by the number itself names a person by
 * their number; with no first-person word just before
 * ("my DNI is 48291736K", "il mio codice fiscale", "meine Personalausweisnummer") it is not the caller's, so the
 * word gets 'other' and asking for that record reads as asking for someone else's. An identity word with no number
 * after it ("I can give you my national insurance number", "os doy mi DNI") is not read.
 */
import { classBit, TURN_BREAK } from './lexicon';

const OTHER_BIT = classBit('other');
/** A local copy: under tsx an imported binding is read through a getter at every use. */
const TURN_BREAK_WORD: string = TURN_BREAK;

/** Identity-document words, in every language the screen reads (folded: no accents, lower case). */
export const ID_WORDS: ReadonlySet<string> = new Set([
  ...['ssn', 'insurance', 'passport', 'dni', 'nie', 'nif', 'nss', 'cedula', 'pasaporte', 'rut', 'curp'],
  ...['securite', 'sociale', 'passeport', 'nir', 'cni'],
  ...['personalausweisnummer', 'ausweisnummer', 'personalausweis', 'ausweis', 'steuernummer', 'reisepass'],
  ...['cpf', 'cnpj', 'rg', 'passaporte', 'cidadao'],
  ...['fiscale', 'passaporto', 'identita', 'tessera'],
]);
/**
 * Words of being born: a person named by their birth date ("a Michael Duffy born 14/03/1981", "Lucía Fernández,
 * nacida el 02/07/1975", "Giulia Conti, nata il 5 maggio 1990") is picked out the same way, with no link word needed;
 * "I was born on 14/03/1981" and "my son, born 2010" are the caller's own, and "she was born
 * 02/02/2001" a fact told, not a person picked out.
 */
export const BIRTH_WORDS: ReadonlySet<string> = new Set([
  ...['born', 'nacido', 'nacida', 'nee', 'geboren', 'nascido', 'nascida', 'nato', 'nata'],
]);
/** A birth told as a fact ("she was born 02/02/2001", "er ist ... geboren"), not a person picked out by it. */
const WAS = new Set([
  'was',
  'were',
  'is',
  'been',
  'fue',
  'es',
  'war',
  'ist',
  'wurde',
  'est',
  'etait',
  'foi',
  'era',
  'e',
]);
/** Words of the caller's own: a first-person word just before the identity word makes the number the caller's. */
const FIRST_PERSON = new Set([
  ...['my', 'mine', 'i', 'me', 'our', 'im'],
  ...['mi', 'mis', 'yo', 'nuestro', 'nuestra', 'mio', 'mia', 'miei', 'io', 'nostro', 'nostra'],
  ...['mon', 'ma', 'mes', 'je', 'moi', 'notre'],
  ...['mein', 'meine', 'meinen', 'meiner', 'meinem', 'ich', 'unser', 'unsere'],
  ...['meu', 'minha', 'eu', 'nosso', 'nossa'],
]);
/**
 * The word tying a record to the number ("registered to", "asociada al", "con codice fiscale", "mit der
 * Personalausweisnummer", "ligada ao CPF", "by passport"): a number said alone ("SSN 667-44-1122") is the caller's
 * answer to a check, not a record asked for.
 */
const LINKS = new Set([
  ...['to', 'with', 'by', 'for', 'under', 'al', 'con', 'por', 'avec', 'au', 'par', 'mit', 'zur', 'zum', 'ao', 'com'],
  ...['pelo', 'pela', 'col', 'dal', 'della', 'dalla'],
]);
/** A word holding a digit: the number itself ("48291736k", "12", "123.456.789-09" in pieces). */
const hasDigit = (word: string): boolean => {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};

/** Whether the identity word at i is followed by a number and no first-person word is just before it. */
function someonesNumberAt(words: readonly string[], i: number): boolean {
  let numbered = false;
  for (let k = i + 1; k <= i + 3 && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if (hasDigit(words[k])) {
      numbered = true;
      break;
    }
  if (!numbered) return false;
  if (BIRTH_WORDS.has(words[i]) && i > 0 && WAS.has(words[i - 1])) return false;
  let linked = BIRTH_WORDS.has(words[i]);
  for (let k = i - 1; k >= i - 4 && k >= 0 && words[k] !== TURN_BREAK_WORD; k--) {
    if (FIRST_PERSON.has(words[k])) return false;
    if (k >= i - 3 && LINKS.has(words[k])) linked = true;
  }
  return linked;
}

/** Marks, in place, an identity word followed by someone's number as 'other'; returns the classes it added. */
export function markIdLookups(words: readonly string[], classBits: Int32Array): number {
  let marked = 0;
  for (let i = 0; i < words.length; i++)
    if ((ID_WORDS.has(words[i]) || BIRTH_WORDS.has(words[i])) && someonesNumberAt(words, i)) {
      classBits[i] |= OTHER_BIT;
      marked |= OTHER_BIT;
    }
  return marked;
}
