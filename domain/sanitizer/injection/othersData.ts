/**
 * One customer named as such, not the caller, whose data is asked for: "a customer's account", "the client's card",
 * "for customer number 55810293", "the client ID 88120". "My customer number", "I'm a customer", "another
 * customer's" (another is already a person) and "the customer service" are not read. The customer word gets
 * 'other', so asking for that data reads as asking for someone else's.
 */
import { classBit, TURN_BREAK } from './lexicon';
import { customerNamedByNumber, OWNED_DATA } from './ownedData';

const DATA_BIT = classBit('data');
const OTHER_BIT = classBit('other');
const THING_BIT = classBit('thing');
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
const LIVES = new Set(['lives', 'living', 'vive', 'habite', 'wohnt', 'abita', 'mora', 'reside', 'woont']);
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
 * lista de usuarios", "die Liste der Kunden". The list word gets 'data' when people (plural, 'other') follow it.
 */
const LIST = new Set(['list', 'liste', 'lista', 'listado', 'listing', 'elenco']);
const LIST_OF = new Set([
  ...['of', 'de', 'des', 'del', 'dei', 'degli', 'delle', 'der', 'dos', 'das', 'da', 'di', 'mit', 'with'],
  ...['the', 'los', 'las', 'les', 'all', 'every', 'todos', 'tous', 'alle', 'tutti', 'los', 'os', 'as', 'i', 'gli'],
]);
function listOfPeople(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if (!LIST.has(words[i]) || !LIST_OF.has(words[i + 1])) return false;
  const k = LIST_OF.has(words[i + 2]) ? i + 3 : i + 2;
  if (k >= words.length || (classBits[k] & OTHER_BIT) === 0 || !words[k].endsWith('s')) return false;
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
 * Another person's data handed to the caller: "give me her mobile number", "geef me zijn telefoonnummer", "geben Sie
 * mir seine Telefonnummer", "me donner son adresse", "envoyez-moi ses dernières commandes", "me passe o endereço dele".
 * A third person's possessive right before a data word (or one word before it), with a verb of giving or telling to
 * the caller just before ("give me", "me donner", "dammi"): the possessive gets 'other', so the data is someone
 * else's. Only possessives that never mean a formal "your" (not "su", "suo", "seu", "Ihre", which an agent says to the
 * caller); "tell me the balance on her account" (no handing verb right before) is not read, nor "her line was cut".
 */
const THEIRS = new Set([
  ...['his', 'her', 'their', 'son', 'sa', 'ses', 'leur', 'leurs', 'seine', 'seinen', 'seinem', 'seiner', 'zijn'],
  ...['haar', 'hun'],
]);
/** Portuguese puts the owner after the thing: "o endereço dele", "o número dela". */
const THEIRS_AFTER = new Set(['dele', 'dela', 'deles', 'delas']);
const HANDS = new Set([
  ...['give', 'tell', 'send', 'read', 'show', 'text', 'email', 'forward', 'get', 'find', 'dar', 'da', 'dai', 'date'],
  ...['dare', 'di', 'dire', 'dis', 'dites', 'donner', 'donnez', 'donne', 'envoyer', 'envoyez', 'envoie', 'lire'],
  ...['passer', 'passez', 'passe', 'passa', 'manda', 'mande', 'mandar', 'envia', 'envie', 'enviar', 'diga', 'dizer'],
  ...['decir', 'diga', 'pasar', 'pase', 'geef', 'geven', 'stuur', 'sturen', 'vertel', 'zeg', 'gib', 'geben', 'sag'],
  ...['sagen', 'nennen', 'nenne', 'schicken', 'schick', 'schicke', 'senden', 'sende', 'mostra', 'mostre', 'leggi'],
  ...['inviare', 'invia', 'inviate', 'mandare', 'mandate', 'passare', 'passate'],
]);
const HANDED_FILLERS = new Set([
  ...['all', 'also', 'just', 'please', 'sie', 'u', 'even', 'mal', 'bitte', 'todos', 'tous'],
]);
/** The caller as the one handed the data: "me", "mi", "moi", "mir", "mij". */
const TO_ME = new Set(['me', 'mi', 'moi', 'm', 'mir', 'mij', 'us', 'uns', 'ons']);
/** A verb with the caller fused to it: "dammi", "dimmi", "dame", "dime", "mándame", "envíame", "pásame". */
const HANDS_ME = new Set([
  ...['dammi', 'dimmi', 'mandami', 'inviami', 'passami', 'mostrami', 'dame', 'dime', 'mandame', 'enviame'],
  ...['pasame', 'muestrame', 'dimelo', 'damelo', 'dammelo', 'dimmelo'],
]);
/** Whether the caller is handed what follows word `end` (exclusive): "give me", "me donner", "geben Sie mir", "dammi". */
function handedToCaller(words: readonly string[], end: number): boolean {
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
function theirsHanded(words: readonly string[], classBits: Int32Array, i: number): boolean {
  const w = words[i];
  if (THEIRS.has(w))
    return (
      (unownedData(classBits, i + 1) || unownedData(classBits, i + 2)) &&
      handedToCaller(words, i) &&
      words[i + 1] !== TURN_BREAK_WORD
    );
  // "me passe o endereço dele": the data one or two words before, the handing before the data
  if (!THEIRS_AFTER.has(w)) return false;
  const data = unownedData(classBits, i - 1) ? i - 1 : unownedData(classBits, i - 2) ? i - 2 : -1;
  if (data < 0) return false;
  const article = ARTICLE_BEFORE.has(words[data - 1]) ? data - 1 : data;
  return handedToCaller(words, article);
}
const ARTICLE_BEFORE = new Set(['o', 'a', 'os', 'as', 'the']);

/**
 * What someone owes, asked as an amount: "cuánto debe mi vecino", "quanto é que a minha vizinha deve", "combien doit
 * mon voisin", "wie viel mein Nachbar noch offen hat", "hoeveel mijn buurman nog verschuldigd is". The verb of owing
 * (third person: "debo", "devo" are the caller's) after an amount question gets 'data', as English "owe" has: with
 * another person named, the signal about their data fires. "Quanto deve costare" (how much should it cost) names no
 * one else, and asks for no one's data.
 */
const OWES = new Set([
  ...['debe', 'deben', 'deve', 'devem', 'devono', 'doit', 'doivent', 'schuldet', 'schulden', 'offen', 'verschuldigd'],
  ...['schuldig'],
]);
const HOW_MUCH = new Set(['cuanto', 'cuanta', 'combien', 'quanto', 'quanta', 'wieviel', 'viel', 'hoeveel', 'much']);
const AMOUNT_REACH = 10;
function owedAmount(words: readonly string[], i: number): boolean {
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
const QUESTIONS = new Set(['what', 'whats', 'which', 'how', 'where']);
const QUESTION_REACH = 6;
const QUESTION_OWNER_REACH = 9;
const REVEAL_BIT = classBit('reveal');
const LOOKUP_BIT = classBit('lookup');
function questionForOthersData(words: readonly string[], classBits: Int32Array, i: number): boolean {
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
 * Another person's bill or contract is their data: "my neighbour's contract", "die Rechnungen von meinem Nachbarn",
 * "la factura de mi vecino", "le contrat de ma belle-sœur", "il contratto di mio cognato". A document (a 'thing', as
 * the caller's own bill is) after another person's "'s", or followed by "of/de/von" and a person, gets 'data' when
 * a verb of reading or looking stands before it ("check when my neighbour's contract ends", "lesen Sie mir die
 * Rechnungen von meinem Nachbarn vor"). A document told of ("la factura de mi vecino llegó a mi casa"), a parcel or a
 * device of theirs stays a thing, and so does a document of no one named ("the contract of the line").
 */
const DOCUMENTS = new Set([
  ...['contract', 'contracts', 'bill', 'bills', 'invoice', 'invoices', 'statement', 'statements', 'factura'],
  ...['facturas', 'facture', 'factures', 'contrat', 'contrats', 'rechnung', 'rechnungen', 'vertrag', 'vertrage'],
  ...['contrato', 'contratos', 'fattura', 'fatture', 'bolletta', 'bollette', 'contratto', 'contratti', 'fatura'],
  ...['faturas', 'factuur', 'facturen', 'rekeningen', 'contracten'],
]);
const DOCUMENT_OF = new Set([
  ...['of', 'de', 'del', 'da', 'do', 'di', 'della', 'dello', 'du', 'des', 'von', 'vom', 'van'],
]);
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
function othersDocument(words: readonly string[], classBits: Int32Array, i: number): boolean {
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
const ASKED_PAST = new Set([
  ...['asked', 'requested', 'pidio', 'pidieron', 'demande', 'demandait', 'chiesto', 'chiese', 'pediu', 'pediram'],
  ...['gefragt', 'fragte', 'verlangte', 'vroeg', 'vroegen'],
]);
const ASKED_FOR = new Set(['for', 'por', 'pour', 'per', 'nach', 'om']);
const ASKED_OF = new Set(['me', 'mi', 'm', 'mich', 'mij', 'us', 'nos', 'ci', 'ons', 'uns']);
/** What opens an errand after the verb ("asked me to get", "me pidió que", "m'a demandé de"): not data asked for. */
const ERRANDS = new Set(['to', 'que', 'de', 'di', 'a', 'zu', 'te', 'if', 'whether', 'si', 'se', 'ob', 'of']);
/** "asked for", "asked me for", "me pidió el DNI", "mi ha chiesto il codice" (the caller's clitic before the verb). */
const askedFor = (words: readonly string[], i: number): boolean =>
  ASKED_FOR.has(words[i + 1]) ||
  (ASKED_OF.has(words[i + 1]) && ASKED_FOR.has(words[i + 2])) ||
  ((ASKED_OF.has(words[i - 1]) || ASKED_OF.has(words[i - 2])) &&
    !ERRANDS.has(words[i + 1]) &&
    !ASKED_OF.has(words[i + 1]));
const THIRD_SUBJECTS = new Set([
  ...['he', 'she', 'they', 'il', 'elle', 'ils', 'er', 'sie', 'ele', 'ela', 'eles', 'lui', 'lei', 'hij', 'zij'],
]);
const CALLER_SUBJECT = new Set(['i', 'we', 'yo', 'je', 'j', 'ich', 'eu', 'io', 'ik', 'wir', 'nous', 'nosotros']);
const ASKER_REACH = 12;
const ASKED_DATA_REACH = 7;
function askedByAnother(words: readonly string[], classBits: Int32Array, i: number): boolean {
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
function ownAskedData(words: readonly string[], classBits: Int32Array, i: number): void {
  if (handedLater(words, classBits, i)) return;
  for (let k = i + 1; k <= i + ASKED_DATA_REACH && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if ((classBits[k] & DATA_BIT) !== 0) classBits[k] = (classBits[k] & ~DATA_BIT) | OWNED_DATA;
}

/** The words the rest of this reading starts from: an "'s", a list, a customer, a third person's possessive. */
export const OTHERS_DATA_WORDS: ReadonlySet<string> = new Set([
  's',
  ...LIST,
  ...CUSTOMER,
  ...THEIRS,
  ...THEIRS_AFTER,
  ...OWES,
  ...QUESTIONS,
  ...DOCUMENTS,
  ...ASKED_PAST,
]);

/**
 * Marks, in place, a data word after the caller's own as theirs, the "'s" of a name something is in as no data,
 * and one customer named as such as 'other';
 * returns the classes it added ('other', 'data').
 */
export function markOthersData(words: readonly string[], classBits: Int32Array, named = true): number {
  let marked = 0;
  for (let i = 0; i < words.length; i++) {
    // Most words are none of these: one test of the word's classes and one lookup, none when the text holds no
    // word of OTHERS_DATA_WORDS (`named` false)
    if ((classBits[i] & DATA_BIT) !== 0 && ownCompounds(classBits, i)) continue;
    if (!named) continue;
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
/** What each word of OTHERS_DATA_WORDS may start, as bits: one lookup per word of the text. */
const WORD_KINDS = new Map<string, number>();
for (const [kind, set] of [
  [POSSESSIVE_S, ['s']],
  [LIST_WORD, LIST],
  [CUSTOMER_WORD, CUSTOMER],
  [ASKED_WORD, ASKED_PAST],
  [DOCUMENT_WORD, DOCUMENTS],
  [QUESTION_WORD, QUESTIONS],
  [OWES_WORD, OWES],
  [THEIRS_WORD, THEIRS],
  [THEIRS_AFTER_WORD, THEIRS_AFTER],
] as const)
  for (const word of set) WORD_KINDS.set(word, (WORD_KINDS.get(word) ?? 0) | kind);

/** Reads the word at i by the first of its kinds that applies; returns the classes it added. */
function markAt(words: readonly string[], classBits: Int32Array, i: number, kinds: number): number {
  if (kinds & POSSESSIVE_S) {
    nameItIsIn(words, classBits, i);
    return 0;
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
  if (kinds & (THEIRS_WORD | THEIRS_AFTER_WORD) && theirsHanded(words, classBits, i)) {
    // the data word, not the possessive, is marked: "give me" before a person reads as telling that person
    const after = (kinds & THEIRS_WORD) !== 0;
    const data = after
      ? (classBits[i + 1] & DATA_BIT) !== 0
        ? i + 1
        : i + 2
      : (classBits[i - 1] & DATA_BIT) !== 0
        ? i - 1
        : i - 2;
    classBits[data] |= OTHER_BIT;
    // "her mobile number", "son numéro de téléphone": the device names which number, no device of hers
    if (data === i + 2) classBits[i + 1] &= ~THING_BIT;
    for (let k = data + 1; k <= data + 2 && k < words.length; k++)
      if ((classBits[k] & DATA_BIT) !== 0) classBits[k] &= ~THING_BIT;
    return OTHER_BIT;
  }
  return 0;
}
