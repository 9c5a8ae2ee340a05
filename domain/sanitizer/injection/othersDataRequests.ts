/**
 * Another person's data asked for without an "'s" of theirs to start from: their data handed to the caller ("give me
 * her mobile number"), what they owe asked as an amount, a question for their data with no verb of looking, their
 * bill or contract read out, and data another person asked the caller for (reported, so the caller's matter). Each
 * reading is a test at one word; markOthersData (othersData.ts) decides what the word then gets.
 */
import {
  CALLER_AS_OBJECT,
  COMPARATIVES,
  COMPARING,
  OF_POSSESSOR,
  TELL_VERBS,
  THIRD_PERSON_OWES,
  THIRD_PERSON_SUBJECTS,
} from './functionWords';
import { CALLER_SUBJECTS, classBit, TURN_BREAK } from './lexicon';
import { OWNED_DATA } from './ownedData';
import { CONTACTED, SENT_BY } from './neutralPhrases';

const DATA_BIT = classBit('data');
const OTHER_BIT = classBit('other');
const REVEAL_BIT = classBit('reveal');
const LOOKUP_BIT = classBit('lookup');
/** A local copy: under tsx an imported binding is read through a getter at every use. */
const TURN_BREAK_WORD: string = TURN_BREAK;

/**
 * Another person's data handed to the caller: "give me her mobile number", "geef me zijn telefoonnummer", "geben Sie
 * mir seine Telefonnummer", "me donner son adresse", "envoyez-moi ses dernières commandes", "me passe o endereço dele".
 * A third person's possessive right before a data word (or one word before it), with a verb of giving or telling to
 * the caller just before ("give me", "me donner", "dammi"): the possessive gets 'other', so the data is someone
 * else's. Only possessives that never mean a formal "your" (not "su", "suo", "seu", "Ihre", which an agent says to the
 * caller); "tell me the balance on her account" (no handing verb right before) is not read, nor "her line was cut".
 */
export const THEIRS = new Set([
  ...['his', 'her', 'their', 'son', 'sa', 'ses', 'leur', 'leurs', 'seine', 'seinen', 'seinem', 'seiner', 'zijn'],
  ...['haar', 'hun'],
]);
/** Portuguese puts the owner after the thing: "o endereço dele", "o número dela". */
export const THEIRS_AFTER = new Set(['dele', 'dela', 'deles', 'delas']);
const HANDS = new Set([
  ...['give', 'tell', 'send', 'read', 'show', 'text', 'email', 'forward', 'get', 'find', 'dar', 'da', 'dai', 'date'],
  ...['dare', 'di', 'dire', 'dis', 'dites', 'donner', 'donnez', 'donne', 'envoyer', 'envoyez', 'envoie', 'lire'],
  ...['passer', 'passez', 'passe', 'passa', 'manda', 'mande', 'mandar', 'envia', 'envie', 'enviar', 'diga', 'dizer'],
  ...['decir', 'pasar', 'pase', 'geef', 'geven', 'stuur', 'sturen', 'vertel', 'zeg', 'gib', 'geben', 'sag'],
  ...['sagen', 'nennen', 'nenne', 'schicken', 'schick', 'schicke', 'senden', 'sende', 'mostra', 'mostre', 'leggi'],
  ...['inviare', 'invia', 'inviate', 'mandare', 'mandate', 'passare', 'passate'],
]);
const HANDED_FILLERS = new Set([
  ...['all', 'also', 'just', 'please', 'sie', 'u', 'even', 'mal', 'bitte', 'todos', 'tous'],
]);
/** The caller as the one handed the data: "me", "mi", "moi", "mir", "mij". */
const TO_ME = new Set([...CALLER_AS_OBJECT, 'moi', 'mir', 'mij', 'us']);
/** A verb with the caller fused to it: "dammi", "dimmi", "dame", "dime", "mándame", "envíame", "pásame". */
const HANDS_ME = new Set([
  ...['dammi', 'dimmi', 'mandami', 'inviami', 'passami', 'mostrami', 'dame', 'dime', 'mandame', 'enviame'],
  ...['pasame', 'muestrame', 'dimelo', 'damelo', 'dammelo', 'dimmelo'],
]);
/** Whether the caller is handed what follows word `end` (exclusive): "give me", "me donner", "geben Sie mir", "dammi". */
export function handedToCaller(words: readonly string[], end: number): boolean {
  for (let k = end - 1; k >= Math.max(0, end - 3); k--) {
    const w = words[k];
    if (HANDS_ME.has(w)) return true;
    // only the handing, the caller and a quantity stand between: not "tell me why her account..."
    if (!TO_ME.has(w) && !HANDS.has(w) && !HANDED_FILLERS.has(w)) return false;
    if (!TO_ME.has(w)) continue;
    // "give me", "me donner", "geben Sie mir" (the formal "Sie" between the verb and "mir")
    if (HANDS.has(words[k - 1]) || HANDS.has(words[k + 1])) return true;
    if (words[k - 1] === 'sie' && HANDS.has(words[k - 2])) return true;
  }
  return false;
}
const unownedData = (classBits: Int32Array, j: number): boolean => j >= 0 && (classBits[j] & DATA_BIT) !== 0;
/** The data word handed to the caller with the third person's possessive at i ("give me her address"), or -1. */
export function theirsHandedData(words: readonly string[], classBits: Int32Array, i: number): number {
  const w = words[i];
  if (THEIRS.has(w)) {
    const data = unownedData(classBits, i + 1) ? i + 1 : unownedData(classBits, i + 2) ? i + 2 : -1;
    const asked = data >= 0 && (handedToCaller(words, i) || askedAfterAnother(words, classBits, i));
    return asked && words[i + 1] !== TURN_BREAK_WORD ? data : -1;
  }
  // "me passe o endereço dele": the data one or two words before, the handing before the data
  if (!THEIRS_AFTER.has(w)) return -1;
  const data = unownedData(classBits, i - 1) ? i - 1 : unownedData(classBits, i - 2) ? i - 2 : -1;
  if (data < 0) return -1;
  const article = ARTICLE_BEFORE.has(words[data - 1]) ? data - 1 : data;
  return handedToCaller(words, article) ? data : -1;
}
const ARTICLE_BEFORE = new Set(['o', 'a', 'os', 'as', 'the']);
const CONTACTED_PEOPLE = new Set(CONTACTED);
const SENT_BY_WORDS = new Set(SENT_BY);
/**
 * Gives back 'data' to the neutral phrases of a third person contacted ("contact him", "by email") that stand before
 * the request for that person's data at i in the same turn: "contact him by email and send me his address" asks.
 */
export function restoreContactData(words: readonly string[], classBits: Int32Array, i: number): void {
  for (let k = i - 1; k >= 0 && words[k] !== TURN_BREAK_WORD; k--)
    if (
      (words[k] === 'contact' && CONTACTED_PEOPLE.has(words[k + 1])) ||
      (words[k] === 'email' && SENT_BY_WORDS.has(words[k - 1]))
    )
      classBits[k] |= DATA_BIT;
}
/**
 * Whether another person's data is asked for after word `from`, in the same turn ("she no longer has access, so tell me
 * her PIN"): a reading that clears a third person's words as harmless ("no longer has access", "contact him by email")
 * holds only when no such request follows.
 */
export function othersDataAskedAfter(words: readonly string[], classBits: Int32Array, from: number): boolean {
  for (let k = from + 1; k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if ((THEIRS.has(words[k]) || THEIRS_AFTER.has(words[k])) && theirsHandedData(words, classBits, k) >= 0) return true;
  return false;
}

/**
 * A third person's data asked as a question, once the person was named: "my landlord's got an account with you, what's
 * his current address?", "mijn zus woont bij mij in, dus wat is haar openstaande saldo?", "mon voisin est client
 * chez vous, quel est son solde ?". A question word at most two words before the possessive ("what's his", "wat
 * haar", "quel est son"), and another person ('other') named earlier in the turn, within PERSON_REACH words: the
 * possessive is theirs (the data word gets 'other', the question word 'lookup'), not an agent's or a technician's ("the engineer is coming, what's his arrival time?" names no
 * one the lexicon takes for another person, and asks no data).
 */
const ASKING = new Set([
  ...['what', 'whats', 'which', 'wat', 'welk', 'welke', 'was', 'welches', 'welche', 'quel', 'quelle', 'quels'],
  ...['quelles', 'cual', 'cuales', 'qual', 'quais', 'quale', 'quali'],
]);
const PERSON_REACH = 30;
/**
 * German "was" asks only before a verb ("was ist sein Kontostand"); right before a possessive it is English "was" ("I
 * think it was her account number on the letter").
 */
const GERMAN_ASKED_VERBS = new Set(['ist', 'sind', 'war', 'hat']);
const asksAt = (words: readonly string[], k: number, i: number): boolean =>
  ASKING.has(words[k]) && (words[k] !== 'was' || (k === i - 2 && GERMAN_ASKED_VERBS.has(words[i - 1])));
/** The question word before the possessive at i ("what's his", "wat haar", "was ist sein"), or -1. */
export const askingBefore = (words: readonly string[], i: number): number =>
  asksAt(words, i - 1, i) ? i - 1 : asksAt(words, i - 2, i) ? i - 2 : -1;
function askedAfterAnother(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if (askingBefore(words, i) < 0) return false;
  for (let k = i - 1; k >= Math.max(0, i - PERSON_REACH) && words[k] !== TURN_BREAK_WORD; k--)
    if ((classBits[k] & OTHER_BIT) !== 0) return true;
  return false;
}

/**
 * What someone owes, asked as an amount: "cuánto debe mi vecino", "quanto é que a minha vizinha deve", "combien doit
 * mon voisin", "wie viel mein Nachbar noch offen hat", "hoeveel mijn buurman nog verschuldigd is". The verb of owing
 * (third person: "debo", "devo" are the caller's) after an amount question gets 'data', as English "owe" has: with
 * another person named, the signal about their data fires. "Quanto deve costare" (how much should it cost) names no
 * one else, and asks for no one's data.
 */
export const OWES = new Set([...THIRD_PERSON_OWES, 'offen', 'verschuldigd']);
const HOW_MUCH = new Set(['cuanto', 'cuanta', 'combien', 'quanto', 'quanta', 'wieviel', 'viel', 'hoeveel', 'much']);
const AMOUNT_REACH = 10;
/**
 * What another person paid, asked as an amount: "quanto é que a minha cunhada pagou na última fatura", "how much did my
 * neighbour pay", "combien ma voisine a payé", "wie viel mein Bruder bezahlt hat", "hoeveel mijn zus betaalt". The
 * verb of paying, after an amount question, with another person ('other' or a third-person pronoun) between: it gets
 * 'data', and the question word 'lookup' (their payment is to be looked up). "How much have I paid since my brother
 * left?" (the caller paid) and "how much is it if my sister pays by card?" (a case put) are not read.
 */
export const PAID = new Set([
  ...['paid', 'pays', 'pay', 'pagou', 'pagaram', 'paga', 'pagam', 'pago', 'pagaron', 'pagan', 'pagato', 'pagata'],
  ...['paye', 'payee', 'paie', 'bezahlt', 'gezahlt', 'zahlt', 'betaalt', 'betaald', 'betaalde'],
]);
/**
 * The third-person subjects, with Dutch "ze" ("hoeveel ze betaalt") and without German "sie": lower-cased it is also the
 * polite "Sie", so "wie viel haben Sie bezahlt" would read as another person's payment when it asks the one addressed.
 */
const THIRD_PAYERS = new Set([...THIRD_PERSON_SUBJECTS.filter((subject) => subject !== 'sie'), 'ze']);
/**
 * A word the caller is (then the caller paid: "how much have I paid since my brother left"), or one that opens a
 * condition (then the payment is a case put: "how much is it if my sister pays by card").
 */
const NOT_THEIR_PAYMENT = new Set([
  ...['i', 'we', 'je', 'j', 'yo', 'ich', 'wir', 'eu', 'io', 'ik', 'wij', 'nous', 'if', 'when', 'si', 'wenn', 'falls'],
  ...['als', 'se', 'quando', 'cuando', 'quand', 'wanneer', 'once', 'after', 'before'],
]);
/** English "pay" tells a payment only after "did" or "does" ("how much did my neighbour pay"). */
const PAY_AUXILIARIES = new Set(['did', 'does']);
/**
 * What another person pays, asked as a thing rather than an amount: "check what my neighbour at number 12 pays", "was
 * mein Nachbar zahlt", "wat mijn buurman betaalt", "lo que paga mi vecino", "ce que paie mon voisin", "o que paga o meu
 * vizinho", "quello che paga il mio vicino". The question word alone ("what", "was", "wat"), or "que"/"che" after "lo",
 * "ce", "o", "quello" (not every "que": "la factura que paga mi vecino" names a bill and asks nothing).
 */
const WHAT_PAID = new Set(['what', 'was', 'wat', 'cosa']);
const WHAT_PAID_OPENERS = new Set(['lo', 'ce', 'o', 'quello', 'quel']);
const WHAT_PAID_RELATIVES = new Set(['que', 'qu', 'che']);
const whatPaidAt = (words: readonly string[], k: number): boolean =>
  WHAT_PAID.has(words[k]) || (WHAT_PAID_RELATIVES.has(words[k]) && WHAT_PAID_OPENERS.has(words[k - 1]));
/**
 * What the caller already knows or heard is told, not asked: "I know what my neighbour pays", "no sé lo que paga mi
 * vecino", "ik weet wat mijn buurman betaalt" (a first-person subject within three words before the question word,
 * with a verb of knowing just before it). "Do you know what my neighbour pays?" asks it.
 */
const KNOWING = new Set([
  ...['know', 'knew', 'heard', 'saw', 'seen', 'found', 'se', 'sabia', 'sais', 'savais', 'weiss', 'wusste', 'sei'],
  ...['sapevo', 'so', 'sabe', 'weet', 'wist', 'gehoord', 'entendu', 'gehort', 'oido', 'sentito', 'ouvi'],
]);
const CALLER_KNOWS = new Set(['i', 'we', 'je', 'j', 'yo', 'ich', 'wir', 'eu', 'io', 'ik', 'wij', 'nous']);
const AMOUNT_OPENERS = new Set(['how', 'wie']);
/** Verbs of knowing that are first person with no pronoun: "no sé", "non so", "não sei". */
const I_KNOW = new Set(['se', 'so', 'sei', 'sapevo']);
function knownToCaller(words: readonly string[], k: number): boolean {
  // past "lo" of "lo que", "how" of "how much", "wie" of "wie viel"
  const at = WHAT_PAID_OPENERS.has(words[k - 1]) || AMOUNT_OPENERS.has(words[k - 1]) ? k - 2 : k - 1;
  if (I_KNOW.has(words[at])) return true;
  if (!KNOWING.has(words[at])) return false;
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) if (CALLER_KNOWS.has(words[j])) return true;
  return false;
}
/**
 * What another person pays as the measure of a comparison: "my bill is higher than what my neighbour pays", "pago más
 * de lo que paga mi vecino", "plus que ce que paie ma voisine", "più alta di quello che paga il mio vicino". The caller
 * compares with what they know or suppose, and asks nothing ("tell me what my neighbour pays" is asked, and so is a
 * comparison beside something to be shown: "pay less than what my neighbour pays and tell me his tariff").
 */
const THAN = new Set(COMPARING);
const COMPARED_OF = new Set(['de', 'di', 'do']);
const MORE_OR_LESS = new Set(COMPARATIVES);
function comparedWith(words: readonly string[], k: number): boolean {
  const at = WHAT_PAID_OPENERS.has(words[k - 1]) ? k - 2 : k - 1;
  // the comparative right before "de"/"di", or before its adjective ("più alta di quello che paga")
  return (
    THAN.has(words[at]) ||
    (COMPARED_OF.has(words[at]) && (MORE_OR_LESS.has(words[at - 1]) || MORE_OR_LESS.has(words[at - 2])))
  );
}
/** A word asking something shown or looked up in the turn: "... than what my neighbour pays, tell me his tariff". */
const SHOWN = REVEAL_BIT | LOOKUP_BIT;
const TELL = new Set(TELL_VERBS);
const asksShown = (words: readonly string[], classBits: Int32Array, k: number): boolean =>
  (classBits[k] & SHOWN) !== 0 || TELL.has(words[k]);
function askedInTurn(words: readonly string[], classBits: Int32Array, i: number): boolean {
  for (let k = i - 1; k >= 0 && words[k] !== TURN_BREAK_WORD; k--) if (asksShown(words, classBits, k)) return true;
  for (let k = i + 1; k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if (asksShown(words, classBits, k)) return true;
  return false;
}
/** "What my neighbour pays is his business": the clause is a subject, told of, not asked. */
const SUBJECT_CLAUSE_ENDS = new Set(['is', 'isn', 'was', 'doesn', 'has']);
/** Verb-first in the Romance languages and Dutch questions: the payer after the verb ("lo que paga mi vecino"). */
const PAYER_AFTER_REACH = 3;
function payerAfter(words: readonly string[], classBits: Int32Array, i: number): boolean {
  for (let k = i + 1; k <= i + PAYER_AFTER_REACH && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if ((classBits[k] & OTHER_BIT) !== 0) return true;
  return false;
}
/** The amount (or "what") question's word before a verb of paying at i when another person paid, else -1. */
export function paidByAnother(words: readonly string[], classBits: Int32Array, i: number): number {
  let person = false;
  let told = words[i] !== 'pay';
  for (let k = i - 1; k >= Math.max(0, i - AMOUNT_REACH); k--) {
    const w = words[k];
    if (w === TURN_BREAK_WORD || NOT_THEIR_PAYMENT.has(w)) return -1;
    if ((classBits[k] & OTHER_BIT) !== 0 || THIRD_PAYERS.has(w)) person = true;
    told ||= PAY_AUXILIARIES.has(w);
    const amount = HOW_MUCH.has(w);
    if (amount || whatPaidAt(words, k)) {
      if (!told || knownToCaller(words, k) || (comparedWith(words, k) && !askedInTurn(words, classBits, i))) return -1;
      if (!amount && SUBJECT_CLAUSE_ENDS.has(words[i + 1])) return -1;
      return person || (w !== 'what' && payerAfter(words, classBits, i)) ? k : -1;
    }
  }
  return -1;
}

export function owedAmount(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - AMOUNT_REACH); k--) {
    if (words[k] === TURN_BREAK_WORD) return false;
    if (HOW_MUCH.has(words[k])) return true;
  }
  return false;
}

/**
 * A question for another person's data, with no verb of looking or telling: "what's the balance on my neighbour's
 * account?", "what is my neighbour's balance?", "how much is on my sister's card?". The question word gets 'lookup'
 * (the data is to be looked up; 'reveal' next to a person reads as telling that person, "tell my brother") when a
 * data word that is not the caller's follows within QUESTION_REACH words and is tied to another person ("'s", or
 * "on/of" and the person) within QUESTION_OWNER_REACH words of the question. "What's the balance on my account" (the
 * caller's) and "what's the charge my neighbour mentioned" (no data of theirs) are not read.
 */
export const QUESTIONS = new Set(['what', 'whats', 'which', 'how', 'where']);
const QUESTION_REACH = 6;
const QUESTION_OWNER_REACH = 9;
export function questionForOthersData(words: readonly string[], classBits: Int32Array, i: number): boolean {
  let data = -1;
  for (let k = i + 1; k <= i + QUESTION_REACH && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if ((classBits[k] & DATA_BIT) !== 0) {
      data = k;
      break;
    }
  if (data < 0) return false;
  // "my sister's card": the possessive "s" is the data word, a person just before it
  if (words[data] === 's') return (classBits[data - 1] & OTHER_BIT) !== 0;
  // "the balance on my neighbour's account", "the address of that customer": a link word, then the person
  for (let k = data + 1; k <= i + QUESTION_OWNER_REACH && k < words.length; k++) {
    if (!OWNER_LINKS.has(words[k])) continue;
    for (let j = k + 1; j <= k + 2 && j < words.length; j++) if ((classBits[j] & OTHER_BIT) !== 0) return true;
    return false;
  }
  return false;
}
const OWNER_LINKS = new Set([
  ...['on', 'of', 'for', 'in', 'de', 'du', 'des', 'del', 'da', 'do', 'di', 'della', 'van', 'von', 'vom'],
]);

/**
 * Another person's bill or contract is their data: "my neighbour's contract", "die Rechnungen von meinem Nachbarn" or
 * "meines Nachbarn",
 * "la factura de mi vecino", "le contrat de ma belle-sœur", "il contratto di mio cognato". A document (a 'thing', as
 * the caller's own bill is) after another person's "'s", or followed by "of/de/von" and a person, gets 'data' when
 * a verb of reading or looking stands before it ("check when my neighbour's contract ends", "lesen Sie mir die
 * Rechnungen von meinem Nachbarn vor"). A document told of ("la factura de mi vecino llegó a mi casa"), a parcel or a
 * device of theirs stays a thing, and so does a document of no one named ("the contract of the line").
 */
export const DOCUMENTS = new Set([
  ...['contract', 'contracts', 'bill', 'bills', 'invoice', 'invoices', 'statement', 'statements', 'factura'],
  ...['facturas', 'facture', 'factures', 'contrat', 'contrats', 'rechnung', 'rechnungen', 'vertrag', 'vertrage'],
  ...['contrato', 'contratos', 'fattura', 'fatture', 'bolletta', 'bollette', 'contratto', 'contratti', 'fatura'],
  ...['faturas', 'factuur', 'facturen', 'rekeningen', 'contracten'],
]);
/** "of", and the German genitive that needs no "von": "die Rechnungen meines Nachbarn", "der Vertrag seiner Mutter". */
const GENITIVE_DETERMINERS = ['meines', 'meiner', 'seines', 'seiner', 'ihres', 'ihrer', 'unseres', 'unserer', 'eines'];
const DOCUMENT_OF = new Set(['of', ...OF_POSSESSOR, ...GENITIVE_DETERMINERS]);
/** Verbs of reading a document out or looking into it: "check", "lesen Sie mir vor", "leggimi", "ver". */
const READS = new Set([
  ...['check', 'see', 'read', 'tell', 'look', 'pull', 'show', 'send', 'ver', 'mirar', 'revisar', 'leer', 'lee'],
  ...['verifier', 'verifiez', 'lire', 'lisez', 'voir', 'prufen', 'lesen', 'lies', 'zeigen', 'controllare'],
  ...['controlla', 'controllate', 'leggere', 'leggi', 'leggimi', 'vedere', 'verificar', 'ler', 'leia', 'olhar'],
  ...['controleren', 'bekijken', 'lezen', 'lees'],
]);
const READ_REACH = 8;
/** A verb of reading, or a word asking to be told or to look (reveal, lookup), within READ_REACH words before i. */
function readRequested(words: readonly string[], classBits: Int32Array, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - READ_REACH) && words[k] !== TURN_BREAK_WORD; k--)
    if (READS.has(words[k]) || (classBits[k] & (REVEAL_BIT | LOOKUP_BIT)) !== 0) return true;
  return false;
}
export function othersDocument(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if ((classBits[i] & DATA_BIT) !== 0 || !readRequested(words, classBits, i)) return false;
  if (words[i - 1] === 's' && i >= 2 && (classBits[i - 2] & OTHER_BIT) !== 0) return true;
  if (!DOCUMENT_OF.has(words[i + 1])) return false;
  for (let k = i + 2; k <= i + 3 && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if ((classBits[k] & OTHER_BIT) !== 0) return words[k + 1] !== 's';
  return false;
}

/**
 * Data another person asked for, told by the caller: "someone called me and asked for my neighbour's account number",
 * "un señor me pidió el DNI de mi madre", "quelqu'un m'a demandé les coordonnées de mon voisin". A past verb of
 * asking followed by "for" (or the caller), with a third person as its subject (an 'other' word or a third-person
 * pronoun within ASKER_REACH words before, and no "I"/"we" after it): the data asked for is reported, not requested,
 * and is read as the caller's matter (OWNED_DATA). Not "my partner asked me to get their address" (an errand the
 * caller runs: no "for" after the verb).
 */
export const ASKED_PAST = new Set([
  ...['asked', 'requested', 'pidio', 'pidieron', 'demande', 'demandait', 'chiesto', 'chiese', 'pediu', 'pediram'],
  ...['gefragt', 'fragte', 'verlangte', 'vroeg', 'vroegen'],
]);
const ASKED_FOR = new Set(['for', 'por', 'pour', 'per', 'nach', 'om']);
const ASKED_OF = new Set([...CALLER_AS_OBJECT, 'mich', 'mij', 'us', 'nos', 'ci']);
/** What opens an errand after the verb ("asked me to get", "me pidió que", "m'a demandé de"): not data asked for. */
const ERRANDS = new Set(['to', 'que', 'de', 'di', 'a', 'zu', 'te', 'if', 'whether', 'si', 'se', 'ob', 'of']);
/** "asked for", "asked me for", "me pidió el DNI", "mi ha chiesto il codice" (the caller's clitic before the verb). */
const askedFor = (words: readonly string[], i: number): boolean =>
  ASKED_FOR.has(words[i + 1]) ||
  (ASKED_OF.has(words[i + 1]) && ASKED_FOR.has(words[i + 2])) ||
  ((ASKED_OF.has(words[i - 1]) || ASKED_OF.has(words[i - 2])) &&
    !ERRANDS.has(words[i + 1]) &&
    !ASKED_OF.has(words[i + 1]));
const THIRD_SUBJECTS = new Set(THIRD_PERSON_SUBJECTS);
const CALLER_SUBJECT = new Set([...CALLER_SUBJECTS, 'ik']);
const ASKER_REACH = 12;
const ASKED_DATA_REACH = 7;
export function askedByAnother(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if (!askedFor(words, i)) return false;
  for (let k = i - 1; k >= Math.max(0, i - ASKER_REACH) && words[k] !== TURN_BREAK_WORD; k--) {
    if (CALLER_SUBJECT.has(words[k])) return false;
    if ((classBits[k] & OTHER_BIT) !== 0 || THIRD_SUBJECTS.has(words[k])) return true;
  }
  return false;
}
/**
 * Whether the RELAY_REACH words after i ask the assistant to hand something over ("can you read it to me?", "puoi
 * leggermelo?"): then the data asked for is relayed, and asked for again.
 */
const RELAY_REACH = 24;
function handedLater(words: readonly string[], classBits: Int32Array, i: number): boolean {
  for (let k = i + 1; k <= i + RELAY_REACH && k < words.length && words[k] !== TURN_BREAK_WORD; k++) {
    const w = words[k];
    if ((classBits[k] & (REVEAL_BIT | LOOKUP_BIT)) !== 0 || HANDS.has(w) || HANDS_ME.has(w)) return true;
    if (w.endsWith('melo') || w.endsWith('mela') || w.endsWith('selo')) return true; // "leggermelo", "dámelo"
  }
  return false;
}
export function ownAskedData(words: readonly string[], classBits: Int32Array, i: number): void {
  if (handedLater(words, classBits, i)) return;
  for (let k = i + 1; k <= i + ASKED_DATA_REACH && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if ((classBits[k] & DATA_BIT) !== 0) classBits[k] = (classBits[k] & ~DATA_BIT) | OWNED_DATA;
}
