/**
 * Words read in their context after the lexicon has tagged them: whose data a data word is (the caller's own or
 * another person's), and the few classes a neighbour takes away ("the router settings", "my manager", "without
 * the app"; the tests are in neighbourSenses.ts, readInContext here clears the class). Kept apart from the lexicon's
 * word lists because these are rules over a sentence, not vocabulary.
 */
import { CALLER_AS_OBJECT, MY_BASE } from './functionWords';
import { anotherThing, germanDay, productModel, releaseAsNoun } from './everydaySenses';
import * as neighbourSenses from './neighbourSenses';
import { classBit, INTENT_CLASSES, startsWithDigit, TURN_BREAK } from './lexicon';

/** Local copies: under tsx an imported binding is read through a getter at every use, and these run per word. */
const {
  byAChannel,
  callerLooks,
  revokedAccess,
  germanDu,
  inAThing,
  ofAThing,
  ofATrade,
  onlyOnCondition,
  ownAsPossessive,
  ownOfAThing,
  reportedDisplay,
  requestedAuthority,
  SUPERIORS,
  withoutAThing,
  YOUR,
} = neighbourSenses;
const TURN_BREAK_WORD: string = TURN_BREAK;
const isNumber = startsWithDigit;

// Class sets are 32-bit integers (bit 31 would make them negative; it is OWNED_DATA's, below).
if (INTENT_CLASSES.length > 31) throw new Error('intent classes must fit in 31 bits');

const DATA_BIT = classBit('data');
const OTHER_BIT = classBit('other');
const THING_BIT = classBit('thing');
const INSTRUCTIONS_BIT = classBit('instructions');
const AUTHORITY_BIT = classBit('authority');
const WITHOUT_BIT = classBit('without');
const MINE_BIT = classBit('mine');
const YOU_BIT = classBit('you');
const RESPOND_BIT = classBit('respond');
const SELF_BIT = classBit('self');
const REVEAL_BIT = classBit('reveal');
const ONLY_BIT = classBit('only');
/**
 * The caller's own data: a data word right after a possessive of the caller's ("my account", "mi tarjeta",
 * "meine Rechnung"), or one word later with no other person between ("my credit card"), or followed by "on/of/de
 * my <thing>" ("the charges on my account", "el saldo de mi cuenta"). Such a word carries this bit (the sign
 * bit, outside INTENT_CLASSES) instead of 'data': the model's features read it as data exactly as before
 * (`classList` maps it back), but the signals about other people's data and about bulk data only count data
 * that is not the caller's ("my card was stolen and someone is using it" asks for no one else's data).
 */
export const OWNED_DATA = 1 << 31;

/** "my" before one thing, in each language ("mes", "meines", "our" and the rest are in POSSESSIVE only). */
export const MY: ReadonlySet<string> = new Set([...MY_BASE, 'meinem', 'meinen', 'meiner']);
/** The caller's possessive determiners ("moi", "me", "mine" own no next word). */
const POSSESSIVE = new Set([
  ...MY,
  ...['our', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'mes', 'notre', 'nos', 'meines', 'meus', 'minhas'],
  ...['unser', 'unsere', 'unseren', 'unserem', 'unserer', 'nosso', 'nossa', 'nossos', 'nossas', 'miei', 'mie'],
]);
/** Words that tie a thing to what follows: "the charges on my account", "el saldo de mi cuenta". */
const OF = new Set([
  'on',
  'of',
  'in',
  'from',
  'de',
  'du',
  'des',
  'da',
  'do',
  'von',
  'vom',
  'auf',
  'sur',
  'en',
  'em',
  'no',
  'na',
]);
/**
 * Pronouns whose "'s" is mostly "is" or "has" ("whoever's handling my claim", "someone's using my card"), and those
 * whose "'s" is never a possessive ("my neighbour, she's 92", "he's away", "that's his"; "it" is left out: "they're my
 * neighbours, it's fine" after "what they ordered" reads as their data, and an attack needs it).
 */
const CONTRACTED = new Set([
  ...['she', 'he', 'that', 'there', 'here', 'what', 'where', 'let', 'how', 'who'],
  'whoever',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'nobody',
]);

/**
 * What a caller runs, belongs to or has opened: "the account of our company", "le compte de notre entreprise",
 * "the history of my case".
 */
const OWN_AFFAIRS = new Set([
  ...['name', 'nombre', 'nom', 'namen', 'nome'],
  ...['case', 'claim', 'ticket', 'complaint', 'booking', 'reservation', 'plan', 'subscription', 'caso', 'reclamo'],
  ...['reclamacion', 'reserva', 'dossier', 'reclamation', 'abonnement', 'fall', 'reklamation', 'buchung', 'pedido'],
  ...['reclamacao', 'assinatura', 'pratica', 'reclamo', 'prenotazione', 'abbonamento'],
  ...['company', 'business', 'firm', 'shop', 'store', 'office', 'practice', 'household', 'family', 'organisation'],
  ...['organization', 'entreprise', 'societe', 'boutique', 'cabinet', 'famille', 'empresa', 'negocio', 'tienda'],
  ...['oficina', 'familia', 'firma', 'unternehmen', 'betrieb', 'geschaft', 'laden', 'familie', 'loja', 'escritorio'],
  ...['azienda', 'ditta', 'negozio', 'bedrijf', 'winkel', 'gezin'],
]);

const LOOKUP_BIT = classBit('lookup');
/** Words between a lookup and its object: "look up my order", "access to my account", "accede a mi cuenta". */
const TO_OBJECT = new Set(['up', 'to', 'into', 'on', 'at', 'a', 'al', 'au', 'auf', 'zu', 'em', 'no', 'na']);
/**
 * "Access to my account", "look up my order", "busca mi pedido": looking into the caller's own things is service,
 * not a lookup of someone else's (a possessive of another person, "my neighbour's", stays a lookup).
 */
const ofTheCaller = (words: readonly string[], classBits: Int32Array, i: number): boolean => {
  let j = i + 1;
  while (j < words.length && j <= i + 2 && TO_OBJECT.has(words[j])) j++;
  return (
    j + 1 < words.length &&
    POSSESSIVE.has(words[j]) &&
    (classBits[j + 1] & OTHER_BIT) === 0 &&
    words[j + 2] !== 's' &&
    (classBits[j + 2] & OTHER_BIT) === 0
  );
};

/** Adding a person to an account or taking one off it: "remove my ex from the account", "add my son to the plan". */
const MEMBERSHIP_VERBS = new Set([
  ...['add', 'adding', 'added', 'remove', 'removing', 'removed', 'take', 'taking', 'put', 'putting', 'drop'],
  ...['include', 'delete', 'deleting', 'move', 'moving', 'give', 'giving', 'grant', 'granting'],
]);
const INTO_OUT_OF = new Set(['from', 'off', 'to', 'onto', 'on']);
/** Words a person added or removed may take: "my ex", "my ex wife", "our son", "her", "him". */
const MEMBERSHIP_SPAN = 4;
/**
 * "remove my ex from the account": the account the caller manages (its data word right after "from/to the"),
 * with a membership verb at most MEMBERSHIP_SPAN words before the preposition; "of"/"'s" after it names another's.
 */
const managedAt = (words: readonly string[], classBits: Int32Array, i: number): boolean => {
  if (i < 3 || (words[i - 1] !== 'the' && words[i - 1] !== 'this') || !INTO_OUT_OF.has(words[i - 2])) return false;
  if (words[i + 1] === 'of' || words[i + 1] === 's') return false;
  for (let j = i - 3; j >= Math.max(0, i - 3 - MEMBERSHIP_SPAN); j--) {
    if (MEMBERSHIP_VERBS.has(words[j])) return true;
    if (BEING_ON.has(words[j]) && personBefore(words, classBits, j)) return true;
  }
  return false;
};
/**
 * A person who is (or was) on the account: "my ex used to be on this account", "my son is on the account". The
 * account is the one the caller shares and manages, as with "add my son to the account"; a person must stand just
 * before the copula, or the caller's possessive and its noun ("my son is"; "what is on the account" names no member).
 */
const BEING_ON = new Set(['be', 'been', 'is', 'was', 'are', 'were', 'stays', 'remains']);
const personBefore = (words: readonly string[], classBits: Int32Array, j: number): boolean => {
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    if (words[k] === TURN_BREAK_WORD) return false;
    if ((classBits[k] & OTHER_BIT) !== 0 || (k < j - 1 && POSSESSIVE.has(words[k]))) return true;
  }
  return false;
};

/**
 * Data someone asked the caller for: "mi ha chiesto il PIN", "asked me for the password", "me pidió la contraseña",
 * "m'a demandé le code", "hat mich nach der PIN gefragt": the caller's own, asked of them (by an agent or a
 * scammer they report), not data the caller asks for. An asking verb with the caller as its object (a pronoun just
 * before or after it, or before its auxiliary), then the data word at most two words on, after an article or nothing ("asked me for her PIN"
 * is hers).
 */
const ASKED = new Set([
  ...['asked', 'asking', 'asks', 'chiesto', 'chiede', 'chiedeva', 'pidio', 'pidieron', 'pide', 'pedia', 'pediu'],
  ...['pediram', 'pede', 'pedia', 'demande', 'demandait', 'demandaient', 'gefragt', 'fragte', 'fragt', 'verlangt'],
  ...['vroeg', 'vroegen', 'vraagt'],
]);
const THE_CALLER = new Set([...CALLER_AS_OBJECT, 'mich', 'mir', 'mij', 'us', 'nos', 'ci']);
const ASKED_ARTICLES = new Set([
  ...['the', 'a', 'an', 'for', 'il', 'lo', 'el', 'la', 'le', 'l', 'o', 'um', 'un', 'una', 'une', 'der', 'die'],
  ...['das', 'den', 'dem', 'de', 'het', 'nach', 'om', 'per', 'por', 'pour'],
]);
/** A perfect's auxiliary between the pronoun and the verb: "mi ha chiesto", "m'a demandé", "hat mich gefragt". */
const ASKED_AUXILIARIES = new Set(['ha', 'a', 'has', 'have', 'had', 'hat', 'hatte', 'heeft', 'hanno', 'ont', 'han']);
const callerBy = (words: readonly string[], k: number): boolean =>
  THE_CALLER.has(words[k - 1] ?? '') ||
  THE_CALLER.has(words[k + 1] ?? '') ||
  (ASKED_AUXILIARIES.has(words[k - 1] ?? '') && THE_CALLER.has(words[k - 2] ?? ''));
function askedOfTheCaller(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (ASKED.has(words[k])) return callerBy(words, k);
    if (!ASKED_ARTICLES.has(words[k]) && !THE_CALLER.has(words[k])) return false;
  }
  return false;
}

const ownedAt = (words: readonly string[], classBits: Int32Array, i: number): boolean => {
  if ((classBits[i - 1] & OTHER_BIT) !== 0) return false;
  if (POSSESSIVE.has(words[i - 1])) return true;
  if (askedOfTheCaller(words, i)) return true;
  if (managedAt(words, classBits, i)) return true;
  if (i >= 2 && POSSESSIVE.has(words[i - 2]) && words[i - 1] !== 's' && words[i - 1] !== TURN_BREAK_WORD) return true;
  // "the balance of my account", not "the balance of my neighbour" or "of my neighbour's account"
  return (
    i + 3 < words.length &&
    OF.has(words[i + 1]) &&
    POSSESSIVE.has(words[i + 2]) &&
    (classBits[i + 3] & OTHER_BIT) === 0 &&
    ((classBits[i + 3] & (DATA_BIT | THING_BIT)) !== 0 || OWN_AFFAIRS.has(words[i + 3])) &&
    words[i + 4] !== 's'
  );
};

/**
 * "the notes on my account", "the terms of my plan", "les règles de mon forfait": instructions that belong to the
 * caller's own account or thing, not the assistant's.
 */
const ofTheCallersOwn = (words: readonly string[], i: number): boolean =>
  OF.has(words[i + 1]) && POSSESSIVE.has(words[i + 2]) && i + 3 < words.length;

const APPROVE_BIT = classBit('approve');
/** "my refund", "mi reembolso", "mon remboursement": the refund the caller awaits, not one asked to be approved. */
const REFUNDS = new Set([
  'refund',
  'reembolso',
  'remboursement',
  'rimborso',
  'erstattung',
  'ruckerstattung',
  'estorno',
]);
const ownedOutcome = (words: readonly string[], i: number): boolean => MY.has(words[i - 1]) && REFUNDS.has(words[i]);

const AI_BIT = classBit('ai');

const OBEY_BIT = classBit('obey');
/**
 * "cancel all my pending orders", "where are our orders": the caller's purchases, not commands. "follow my orders"
 * (an obey word before them) and "I'm giving the orders now" keep 'instructions'.
 */
const ORDERS = new Set(['order', 'orders']);
const callersOrders = (words: readonly string[], classBits: Int32Array, i: number): boolean => {
  if (!ORDERS.has(words[i])) return false;
  const owner = POSSESSIVE.has(words[i - 1]) ? i - 1 : POSSESSIVE.has(words[i - 2]) ? i - 2 : -1;
  if (owner < 0) return false;
  for (let j = Math.max(0, owner - 3); j < owner; j++) if ((classBits[j] & OBEY_BIT) !== 0) return false;
  return true;
};

const READ_HERE =
  DATA_BIT |
  INSTRUCTIONS_BIT |
  AUTHORITY_BIT |
  WITHOUT_BIT |
  LOOKUP_BIT |
  MINE_BIT |
  YOU_BIT |
  RESPOND_BIT |
  SELF_BIT |
  REVEAL_BIT |
  ONLY_BIT |
  APPROVE_BIT |
  AI_BIT |
  OTHER_BIT;
/** Spanish and Portuguese "mes"/"mês" is a month ("este mes", "el mes pasado"), not the French "my". */
const MONTH_BEFORE = new Set([
  'este',
  'el',
  'del',
  'al',
  'cada',
  'por',
  'un',
  'otro',
  'proximo',
  'ultimo',
  'todo',
  'esse',
  'neste',
  'no',
]);
const MONTH_AFTER = new Set(['pasado', 'passado', 'anterior', 'siguiente', 'que']);

/** Classes that the words around take away: a month, a device's settings, "my manager", "without the app", "access to my". */
function readInContext(words: readonly string[], classBits: Int32Array, i: number): void {
  if (words[i] === 'mes' && (MONTH_BEFORE.has(words[i - 1]) || MONTH_AFTER.has(words[i + 1])))
    classBits[i] &= ~MINE_BIT;
  if (
    (classBits[i] & INSTRUCTIONS_BIT) !== 0 &&
    (ofAThing(words, classBits, i) ||
      ofATrade(words, i) ||
      inAThing(words, classBits, i) ||
      ofTheCallersOwn(words, i) ||
      callersOrders(words, classBits, i))
  )
    classBits[i] &= ~INSTRUCTIONS_BIT;
  if (
    (classBits[i] & AUTHORITY_BIT) !== 0 &&
    ((MY.has(words[i - 1]) && SUPERIORS.has(words[i])) || requestedAuthority(words, i))
  )
    classBits[i] &= ~AUTHORITY_BIT;
  if ((classBits[i] & SELF_BIT) !== 0 && (ownAsPossessive(words, i) || ownOfAThing(words, i)))
    classBits[i] &= ~SELF_BIT;
  if ((classBits[i] & REVEAL_BIT) !== 0 && reportedDisplay(words, classBits, i)) classBits[i] &= ~REVEAL_BIT;
  if ((classBits[i] & WITHOUT_BIT) !== 0 && withoutAThing(words, classBits, i)) classBits[i] &= ~WITHOUT_BIT;
  if ((classBits[i] & LOOKUP_BIT) !== 0 && (ofTheCaller(words, classBits, i) || callerLooks(words, classBits, i)))
    classBits[i] &= ~LOOKUP_BIT;
  if ((classBits[i] & ONLY_BIT) !== 0 && onlyOnCondition(words, i)) classBits[i] &= ~ONLY_BIT;
  if ((classBits[i] & APPROVE_BIT) !== 0 && (ownedOutcome(words, i) || releaseAsNoun(words, i)))
    classBits[i] &= ~APPROVE_BIT;
  if ((classBits[i] & AI_BIT) !== 0 && productModel(words, i)) classBits[i] &= ~AI_BIT;
  if ((classBits[i] & OTHER_BIT) !== 0 && anotherThing(words, i)) classBits[i] &= ~OTHER_BIT;
  if ((classBits[i] & RESPOND_BIT) !== 0 && germanDay(words, i)) classBits[i] &= ~RESPOND_BIT;
  if (words[i] === 'du' && !germanDu(words, i)) classBits[i] &= ~YOU_BIT;
  if ((classBits[i] & RESPOND_BIT) !== 0 && byAChannel(words, i)) classBits[i] &= ~RESPOND_BIT;
  // "install your app", "your website says": the company's device or page, not the assistant addressed
  if ((classBits[i] & YOU_BIT) !== 0 && YOUR.has(words[i]) && (classBits[i + 1] & THING_BIT) !== 0)
    classBits[i] &= ~YOU_BIT;
}

/**
 * One customer named by their number: another customer's record, not the caller ("I'm customer 4471" and "my
 * customer number" are not read). The number right after "the"/"of the" customer ("the customer 77231", "do cliente
 * 77231", "du client 4471", "des Kunden 5501"), or after a number word ("for customer number 55810293", "the client
 * ID 88120"). Each shape keeps the words before it that it was written with: one list for both would read texts
 * neither reads now.
 */
const ONE_CUSTOMER = new Set([
  'customer',
  'client',
  'cliente',
  'kunde',
  'kunden',
  'subscriber',
  'member',
  'abonne',
  'assinante',
  'utente',
]);
const THE_OR_OF = new Set([
  ...['the', 'of', 'for', 'el', 'del', 'al', 'le', 'du', 'au', 'des', 'o', 'do', 'ao', 'il', 'dal'],
  ...['dem', 'vom', 'von', 'beim', 'den', 'that', 'this', 'ese', 'este', 'esse', 'ce', 'diesem'],
]);
const NUMBER_WORD = new Set(['number', 'no', 'nr', 'id', 'numero', 'nummer', 'ref', 'reference']);
const FOR_OF = new Set(['for', 'of', 'on', 'the', 'para', 'pour', 'fur', 'per', 'del', 'do', 'du', 'des']);
/**
 * Whether the word at i, a customer's, is named by its number (the rule above). The number right after it needs a word
 * of ONE_CUSTOMER (markOwnedData reads every number); after a number word, the caller's own customer words decide
 * (othersData.ts's CUSTOMER).
 */
export function customerNamedByNumber(words: readonly string[], i: number): boolean {
  if (i === 0) return false;
  const next = words[i + 1];
  if (isNumber(next)) return ONE_CUSTOMER.has(words[i]) && THE_OR_OF.has(words[i - 1]) && next.length >= 3;
  return FOR_OF.has(words[i - 1]) && NUMBER_WORD.has(next) && isNumber(words[i + 2]) && words[i + 2].length >= 4;
}

/**
 * Another person's thing that has a problem or an event: "my neighbour's internet is down too", "my brother's line
 * keeps dropping", "my neighbour's dog chewed the cable", "my mum's router isn't working". The word after the "'s" is
 * no data word, and the next word is a verb of going wrong or a past tense in -ed, or a copula with a state after it
 * ("is down", "was cut off", "is not working"): the thing is talked about, no data of theirs is asked for. "Tell me my
 * neighbour's address" (a data word) and "my neighbour's debt is in your database" (no state) are not read.
 */
const EVENTS = new Set([
  ...['keeps', 'kept', 'stopped', 'stops', 'broke', 'breaks', 'died', 'dies', 'went', 'goes', 'won', 'wont', 'doesn'],
  ...['doesnt', 'didn', 'didnt', 'cant', 'couldn', 'never', 'ran', 'runs', 'also', 'too', 'still', 'got', 'gets'],
]);
const COPULAS = new Set(['is', 'isn', 'isnt', 'was', 'wasn', 'wasnt', 'are', 'aren', 'were', 'has', 'had', 'have']);
const STATES = new Set([
  ...['down', 'out', 'off', 'broken', 'dead', 'slow', 'gone', 'missing', 'late', 'not', 't', 'also', 'too', 'still'],
  ...['fine', 'faulty', 'flooded', 'cut', 'lost', 'stuck', 'offline', 'been', 'fixed'],
]);
const pastOrOngoing = (word: string): boolean => word.length > 4 && (word.endsWith('ed') || word.endsWith('ing'));
function possessedTrouble(words: readonly string[], classBits: Int32Array, i: number): boolean {
  const thing = i + 1;
  if (thing + 1 >= words.length || words[thing] === TURN_BREAK_WORD || (classBits[thing] & DATA_BIT) !== 0)
    return false;
  const verb = words[thing + 1];
  if (EVENTS.has(verb) || (verb.length > 4 && verb.endsWith('ed'))) return true;
  const state = words[thing + 2];
  return COPULAS.has(verb) && state !== undefined && (STATES.has(state) || pastOrOngoing(state));
}

/**
 * Marks, in place, the data words the caller owns (OWNED_DATA), and another person's possessive as their data:
 * the "s" of "my brother's", "the tenant's", "someone else's" ("put my brother's store credit on my card"),
 * unless a parcel, a bill or a device follows ("my neighbour's parcel came to me"), a thing with a problem
 * ("my brother's line keeps dropping") or access taken away ("remove my ex-employee's access"). Returns the classes the text
 * holds after marking (statedOwnership.ts reads a turn only when both data and another person are in it).
 */
export function markOwnedData(words: readonly string[], classBits: Int32Array): number {
  // The loop reads the word before each word; a contact preference may open the text ("Respond in writing only")
  if (words.length > 0 && (classBits[0] & RESPOND_BIT) !== 0 && byAChannel(words, 0)) classBits[0] &= ~RESPOND_BIT;
  if (words.length > 0 && (classBits[0] & ONLY_BIT) !== 0 && onlyOnCondition(words, 0)) classBits[0] &= ~ONLY_BIT;
  let seen = words.length > 0 ? classBits[0] : 0;
  for (let i = 1; i < words.length; i++) {
    const bits = classBits[i];
    seen |= bits;
    if (isNumber(words[i]) && customerNamedByNumber(words, i - 1)) {
      classBits[i - 1] |= OTHER_BIT;
      seen |= OTHER_BIT;
    }
    // Most words carry none of the classes read here: one test skips them
    if ((bits & READ_HERE) === 0 && words[i] !== 's') continue;
    if ((bits & READ_HERE & ~DATA_BIT) !== 0) readInContext(words, classBits, i);
    if (
      words[i] === 's' &&
      !CONTRACTED.has(words[i - 1]) &&
      ((classBits[i - 1] | (i >= 2 ? classBits[i - 2] : 0)) & OTHER_BIT) !== 0 &&
      (i + 1 === words.length || (classBits[i + 1] & THING_BIT) === 0) &&
      !possessedTrouble(words, classBits, i) &&
      !revokedAccess(words, i + 1)
    ) {
      classBits[i] |= DATA_BIT;
      seen |= DATA_BIT;
    } else if ((classBits[i] & DATA_BIT) !== 0 && ownedAt(words, classBits, i))
      classBits[i] = (classBits[i] & ~DATA_BIT) | OWNED_DATA;
  }
  return seen;
}
