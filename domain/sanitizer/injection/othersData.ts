/**
 * One customer named as such, not the caller, whose data is asked for: "a customer's account", "the client's card",
 * "for customer number 55810293", "the client ID 88120". "My customer number", "I'm a customer", "another
 * customer's" (another is already a person) and "the customer service" are not read. The customer word gets
 * 'other', so asking for that data reads as asking for someone else's.
 */
import { bitsByWord, LIVES_VERBS } from './functionWords';
import { classBit, TURN_BREAK } from './lexicon';
import { customerNamedByNumber, OWNED_DATA } from './ownedData';
import * as othersDataRequests from './othersDataRequests';

/** Local copies: under tsx an imported binding is read through a getter at every use. */
const {
  ASKED_PAST,
  askedByAnother,
  askingBefore,
  DOCUMENTS,
  handedToCaller,
  othersDocument,
  OWES,
  owedAmount,
  PAID,
  paidByAnother,
  ownAskedData,
  QUESTIONS,
  questionForOthersData,
  restoreContactData,
  THEIRS,
  THEIRS_AFTER,
  theirsHandedData,
} = othersDataRequests;

const DATA_BIT = classBit('data');
const OTHER_BIT = classBit('other');
const THING_BIT = classBit('thing');
const LOOKUP_BIT = classBit('lookup');
const MINE_BIT = classBit('mine');
/** A local copy: under tsx an imported binding is read through a getter at every use. */
const TURN_BREAK_WORD: string = TURN_BREAK;

/** One customer named as such ("a customer's", "for customer number"). */
const CUSTOMER = new Set([
  ...['customer', 'client', 'cliente', 'kunde', 'kunden', 'member', 'subscriber', 'utente', 'klant', 'abonnee'],
]);
const ONE = new Set(['a', 'an', 'the', 'this', 'that', 'one', 'some']);
/** A data word (not the caller's) at j, or at j+1 after one more word ("a customer's saved card"). */
const dataAt = (words: readonly string[], classBits: Int32Array, j: number): boolean =>
  j < words.length &&
  words[j] !== TURN_BREAK_WORD &&
  ((classBits[j] & DATA_BIT) !== 0 ||
    (j + 1 < words.length && words[j + 1] !== TURN_BREAK_WORD && (classBits[j + 1] & DATA_BIT) !== 0));

/**
 * The customer picked out by what is known of them: "find the customer with the email karen@...", "le client qui
 * habite au 8 rue des Tanneurs", "a cliente com o email", "den Kunden mit der Adresse", "de klant op het adres". A
 * definite article before (not "I'm a customer with two accounts"), then a with/who word and, within three words, a
 * data word or a verb of living somewhere.
 */
const THE = new Set([
  'the',
  'el',
  'la',
  'le',
  'il',
  'lo',
  'den',
  'der',
  'dem',
  'o',
  'du',
  'del',
  'do',
  'dal',
  'al',
  'au',
  'ao',
  'de',
  'het',
]);
const WITH_WHO = new Set([
  ...['with', 'whose', 'who', 'con', 'com', 'avec', 'mit', 'qui', 'que', 'che', 'dont', 'cuyo', 'met', 'die', 'op'],
]);
const LIVES = new Set(LIVES_VERBS);
function pickedOutAt(words: readonly string[], classBits: Int32Array, i: number): boolean {
  const before = words[i - 1];
  if (!THE.has(before) && !(before === 'a' && words[i] === 'cliente')) return false;
  if (!WITH_WHO.has(words[i + 1])) return false;
  for (let k = i + 2; k <= i + 4 && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if ((classBits[k] & DATA_BIT) !== 0 || LIVES.has(words[k])) return true;
  return false;
}

/** Whether the word at i names one customer, not the caller, next to their data. */
function othersAt(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if (!CUSTOMER.has(words[i]) || i === 0) return false;
  // "a customer's account", "another customer's card"
  if (words[i + 1] === 's') return ONE.has(words[i - 1]) && dataAt(words, classBits, i + 2);
  if (pickedOutAt(words, classBits, i)) return true;
  // "for customer number 55810293", "the client ID 88120" (ownedData.ts marked "the customer 77231" already)
  return customerNamedByNumber(words, i);
}

/**
 * A data word right after one of the caller's own is the caller's too: "my full card number", "mi tarjeta número",
 * "my account balance" ("number" after the caller's "card"). Run on the marks of ownedData.ts.
 */
function ownCompounds(classBits: Int32Array, i: number): boolean {
  if ((classBits[i] & DATA_BIT) === 0 || i === 0 || (classBits[i - 1] & OWNED_DATA) === 0) return false;
  classBits[i] = (classBits[i] & ~DATA_BIT) | OWNED_DATA;
  return true;
}

/**
 * A list of people is their data: "la liste des clients qui ont acheté", "a list of the customers on my street", "la
 * lista de usuarios", "die Liste der Kunden", "l'elenco dei clienti", "de lijst van klanten". The list word gets 'data'
 * when people (plural, 'other') follow it.
 */
const LIST = new Set(['list', 'liste', 'lista', 'listado', 'listing', 'elenco', 'lijst', 'overzicht']);
const LIST_OF = new Set([
  ...['of', 'de', 'des', 'del', 'dei', 'degli', 'delle', 'der', 'dos', 'das', 'da', 'di', 'mit', 'with', 'van'],
  ...['the', 'los', 'las', 'les', 'all', 'every', 'todos', 'tous', 'alle', 'tutti', 'los', 'os', 'as', 'i', 'gli'],
]);
/**
 * A plural: "-s", Italian "-i" ("clienti", "utenti"), and Dutch "-en" after a Dutch list word ("lijst van klanten").
 * German "-en" is left out: "ich stehe auf der Liste der Kunden" (the caller is on it) would read as a list asked for.
 */
const plural = (list: string, people: string): boolean =>
  people.endsWith('s') || people.endsWith('i') || (DUTCH_LISTS.has(list) && people.endsWith('en'));
const DUTCH_LISTS = new Set(['lijst', 'overzicht']);
function listOfPeople(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if (!LIST.has(words[i]) || !LIST_OF.has(words[i + 1])) return false;
  const k = LIST_OF.has(words[i + 2]) ? i + 3 : i + 2;
  if (k >= words.length || (classBits[k] & OTHER_BIT) === 0 || !plural(words[i], words[k])) return false;
  classBits[i] |= DATA_BIT;
  return true;
}

/** "in someone else's name", "under my husband's name": whose name a thing is in, not a name asked for. */
const NAME = new Set(['name', 'names']);
const IN_UNDER = new Set(['in', 'under']);
function nameItIsIn(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if (words[i] !== 's' || (classBits[i] & DATA_BIT) === 0 || !NAME.has(words[i + 1])) return false;
  if (![i - 2, i - 3].some((k) => k >= 0 && IN_UNDER.has(words[k]))) return false;
  classBits[i] &= ~DATA_BIT;
  return true;
}

/**
 * A third person's datum handed to the caller through their "'s": "tell me my neighbour's address", "send me the
 * tenant's phone number", "give me my ex's account balance". Another person (or the caller's possessive and one) right
 * before the "'s", a data word not the caller's right after it (or one word later), and a verb of giving or telling
 * to the caller right before the person: the data word gets 'other', as "tell me his address" has. "My neighbour's
 * address is on the parcel" (nothing handed) and "tell me my address" are not read.
 */
function possessedDataHanded(words: readonly string[], classBits: Int32Array, i: number): Handed | undefined {
  const person =
    (classBits[i - 1] & OTHER_BIT) !== 0 ? i - 1 : i >= 2 && (classBits[i - 2] & OTHER_BIT) !== 0 ? i - 2 : -1;
  if (person < 0) return undefined;
  const data =
    i + 1 < words.length && (classBits[i + 1] & DATA_BIT) !== 0
      ? i + 1
      : i + 2 < words.length && words[i + 1] !== TURN_BREAK_WORD && (classBits[i + 2] & DATA_BIT) !== 0
        ? i + 2
        : -1;
  if (data < 0) return undefined;
  // "tell me the tenant's", "give me my brother's": the caller's possessive or an article before the person
  const start =
    person >= 1 && (classBits[person - 1] & OTHER_BIT) === 0 && ONE_OR_MY.has(words[person - 1]) ? person - 1 : person;
  return handedToCaller(words, start) ? { start, data } : undefined;
}
/** The words of the person whose data is handed (from their determiner), and the data word. */
interface Handed {
  start: number;
  data: number;
}
const ONE_OR_MY = new Set(['my', 'our', 'the', 'this', 'that', 'a', 'an']);

/** The words the rest of this reading starts from: an "'s", a list, a customer, a third person's possessive. */
export const OTHERS_DATA_WORDS: ReadonlySet<string> = new Set([
  's',
  ...LIST,
  ...CUSTOMER,
  ...THEIRS,
  ...THEIRS_AFTER,
  ...OWES,
  ...PAID,
  ...QUESTIONS,
  ...DOCUMENTS,
  ...ASKED_PAST,
]);

/**
 * Marks, in place, a data word after the caller's own as theirs, the "'s" of a name something is in as no data,
 * and one customer named as such as 'other';
 * returns the classes it added ('other', 'data').
 */
export function markOthersData(
  words: readonly string[],
  classBits: Int32Array,
  named: boolean,
  triggers: Int32Array,
  trigger: number,
): number {
  let marked = 0;
  for (let i = 0; i < words.length; i++) {
    // Most words are none of these: one test of the word's classes and one of its triggers (`trigger` exactly at
    // the words of OTHERS_DATA_STARTS, `runReadings`), none when the text holds no word of OTHERS_DATA_WORDS
    // (`named` false)
    if ((classBits[i] & DATA_BIT) !== 0 && ownCompounds(classBits, i)) continue;
    if (!named || (triggers[i] & trigger) === 0) continue;
    const kinds = WORD_KINDS.get(words[i]);
    if (kinds !== undefined) marked |= markAt(words, classBits, i, kinds);
  }
  return marked;
}

const POSSESSIVE_S = 1;
const LIST_WORD = 2;
const CUSTOMER_WORD = 4;
const ASKED_WORD = 8;
const DOCUMENT_WORD = 16;
const QUESTION_WORD = 32;
const OWES_WORD = 64;
const THEIRS_WORD = 128;
const THEIRS_AFTER_WORD = 256;
const PAID_WORD = 512;
/** What each word of OTHERS_DATA_WORDS may start, as bits: one lookup per word of the text. */
const WORD_KINDS = bitsByWord([
  [POSSESSIVE_S, ['s']],
  [LIST_WORD, LIST],
  [CUSTOMER_WORD, CUSTOMER],
  [ASKED_WORD, ASKED_PAST],
  [DOCUMENT_WORD, DOCUMENTS],
  [QUESTION_WORD, QUESTIONS],
  [OWES_WORD, OWES],
  [THEIRS_WORD, THEIRS],
  [THEIRS_AFTER_WORD, THEIRS_AFTER],
  [PAID_WORD, PAID],
]);
/** The words a reading of `markAt` starts at. */
export const OTHERS_DATA_STARTS: ReadonlySet<string> = new Set(WORD_KINDS.keys());

/** Reads the word at i by the first of its kinds that applies; returns the classes it added. */
function markAt(words: readonly string[], classBits: Int32Array, i: number, kinds: number): number {
  if (kinds & POSSESSIVE_S) {
    if (nameItIsIn(words, classBits, i)) return 0;
    const handed = possessedDataHanded(words, classBits, i);
    if (handed === undefined) return 0;
    const { start, data } = handed;
    // the data word carries whose it is, as after "his": the person, the caller's "my" and the "'s" read as "his"
    // does ('other' next to "tell me" reads as telling that person, 'mine' as the caller's own)
    classBits[data] |= OTHER_BIT;
    for (let k = start; k < i; k++) classBits[k] &= ~(OTHER_BIT | MINE_BIT);
    classBits[i] &= ~DATA_BIT;
    // "my neighbour's phone number": the device names which number, no device of theirs
    for (let k = i + 1; k <= data + 2 && k < words.length; k++)
      if (k < data || (classBits[k] & DATA_BIT) !== 0) classBits[k] &= ~THING_BIT;
    return OTHER_BIT;
  }
  if (kinds & LIST_WORD) return listOfPeople(words, classBits, i) ? DATA_BIT : 0;
  if (kinds & CUSTOMER_WORD && othersAt(words, classBits, i)) {
    classBits[i] |= OTHER_BIT;
    return OTHER_BIT;
  }
  if (kinds & ASKED_WORD && askedByAnother(words, classBits, i)) {
    ownAskedData(words, classBits, i);
    return 0;
  }
  if (kinds & DOCUMENT_WORD && othersDocument(words, classBits, i)) {
    // a record read out, no object handed over: 'data' instead of 'thing'
    classBits[i] = (classBits[i] | DATA_BIT) & ~THING_BIT;
    return DATA_BIT;
  }
  if (kinds & QUESTION_WORD && questionForOthersData(words, classBits, i)) {
    classBits[i] |= LOOKUP_BIT;
    return 0;
  }
  if (kinds & OWES_WORD && owedAmount(words, i)) {
    classBits[i] |= DATA_BIT;
    return DATA_BIT;
  }
  if (kinds & PAID_WORD) {
    const question = paidByAnother(words, classBits, i);
    if (question >= 0) {
      classBits[i] |= DATA_BIT;
      classBits[question] |= LOOKUP_BIT;
      return DATA_BIT;
    }
  }
  const theirData = kinds & (THEIRS_WORD | THEIRS_AFTER_WORD) ? theirsHandedData(words, classBits, i) : -1;
  if (theirData >= 0) {
    // the data word, not the possessive, is marked: "give me" before a person reads as telling that person
    classBits[theirData] |= OTHER_BIT;
    // "contact him by email and send me his address": the person contacted is the one whose data is asked
    restoreContactData(words, classBits, i);
    // "what's his address", "wat is haar saldo": asked, not handed, so the question word asks it looked up
    const question = (kinds & THEIRS_WORD) !== 0 ? askingBefore(words, i) : -1;
    if (question >= 0 && !handedToCaller(words, i)) classBits[question] |= LOOKUP_BIT;
    // "her mobile number", "son numéro de téléphone": the device names which number, no device of hers
    if (theirData === i + 2) classBits[i + 1] &= ~THING_BIT;
    for (let k = theirData + 1; k <= theirData + 2 && k < words.length; k++)
      if ((classBits[k] & DATA_BIT) !== 0) classBits[k] &= ~THING_BIT;
    return OTHER_BIT;
  }
  return 0;
}
