/**
 * Words that sound like a request to the assistant but, next to their neighbours, keep an everyday sense: a product's
 * model, a software release, "another purchase", the German day, "every day", "exactly" as a degree, the language to
 * answer in, "only yes or no", "no rules" among a product's terms. Each predicate reads one word in its context; the
 * class it clears is decided by ownedData.ts's reading in context, or by the clear... function beside it.
 */
import { classBit, classMask, startsWithDigit, TURN_BREAK } from './lexicon';

const NOW_BIT = classBit('now');

/** "model year", "modelo número", "Modellnummer" said apart: what follows a product's model. */
const MODEL_OF_A_PRODUCT = new Set([
  ...['year', 'years', 'number', 'numbers', 'no', 'name', 'code', 'line', 'series', 'range', 'type', 'variant'],
  ...['ano', 'annee', 'anno', 'jahr', 'numero', 'nummer', 'serie'],
]);
const MODEL_WORDS = new Set(['model', 'models', 'modelo', 'modele', 'modell', 'modello']);
/**
 * "the 2027 model year", "model number", "model 3", "the 4-door model": a product's model, not the assistant named
 * as a machine ("you are a new model now" keeps it).
 */
export const productModel = (words: readonly string[], i: number): boolean =>
  MODEL_WORDS.has(words[i]) &&
  (MODEL_OF_A_PRODUCT.has(words[i + 1]) || startsWithDigit(words[i - 1]) || startsWithDigit(words[i + 1]));

/** Before "release" as a noun: "the April release", "the latest release", "a beta release". */
const RELEASE_NOUN_BEFORE = new Set([
  ...['the', 'a', 'this', 'that', 'latest', 'new', 'next', 'last', 'previous', 'current', 'beta', 'stable'],
  ...['software', 'firmware', 'app', 'product', 'press', 'major', 'minor'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
  ...['november', 'december', 'spring', 'summer', 'autumn', 'fall', 'winter'],
]);
const RELEASE_NOUN_AFTER = new Set(['notes', 'note', 'date', 'dates', 'version', 'candidate', 'schedule', 'cycle']);
/**
 * "the April 2027 release", "release notes", "release 4.2": a software or product release, not "release the funds"
 * or "release the hold" (a verb, which takes no determiner before it). "approve the release of ..." keeps "approve".
 */
export const releaseAsNoun = (words: readonly string[], i: number): boolean =>
  words[i] === 'release' &&
  (RELEASE_NOUN_BEFORE.has(words[i - 1]) ||
    startsWithDigit(words[i - 1]) ||
    RELEASE_NOUN_AFTER.has(words[i + 1]) ||
    startsWithDigit(words[i + 1]));

/**
 * "another purchase", "otra compra", "une autre fois", "ein anderer Tag": "another" before a purchase, an item or a
 * time is no other person. "another customer", "otra cuenta" and the rest keep it.
 */
const ANOTHER = new Set([
  ...['another', 'other', 'otra', 'otro', 'otras', 'otros', 'autre', 'autres', 'andere', 'anderen', 'anderer'],
  ...['anderes', 'outra', 'outro', 'outras', 'outros', 'altro', 'altra', 'altri', 'altre'],
]);
const NOT_A_PERSON = new Set([
  ...['purchase', 'purchases', 'order', 'item', 'items', 'product', 'products', 'size', 'colour', 'color', 'time'],
  ...['times', 'day', 'days', 'week', 'month', 'store', 'shop', 'branch', 'option', 'plan', 'delivery'],
  ...['compra', 'compras', 'pedido', 'producto', 'articulo', 'talla', 'vez', 'dia', 'semana', 'tienda'],
  ...['achat', 'commande', 'produit', 'article', 'taille', 'couleur', 'fois', 'jour', 'semaine', 'magasin'],
  ...['kauf', 'bestellung', 'produkt', 'artikel', 'grosse', 'farbe', 'mal', 'tag', 'woche', 'termin', 'filiale'],
  ...['encomenda', 'produto', 'tamanho', 'cor', 'loja', 'acquisto', 'ordine', 'prodotto', 'articolo', 'taglia'],
  ...['colore', 'volta', 'giorno', 'settimana', 'negozio'],
]);
export const anotherThing = (words: readonly string[], i: number): boolean =>
  ANOTHER.has(words[i]) && NOT_A_PERSON.has(words[i + 1]);

/** "Guten Tag", "einen schönen Tag", "am Tag": the German day, not "tag this conversation". */
const GERMAN_DAY = new Set(['guten', 'schonen', 'einen', 'jeden', 'am', 'pro', 'ganzen', 'nachsten', 'selben']);
export const germanDay = (words: readonly string[], i: number): boolean =>
  words[i] === 'tag' && GERMAN_DAY.has(words[i - 1]);

/**
 * "every day", "each month", "todos los días", "tous les jours", "jeden Tag", "todos os dias", "ogni giorno": how often
 * something happens, not every record or every answer ("reply to every message" and "all accounts" keep 'bulk').
 */
const TIMES = new Set([
  ...['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'morning', 'night'],
  ...['evening', 'hour', 'hours', 'minute', 'minutes', 'weekend', 'dias', 'dia', 'semanas', 'semana', 'meses', 'mes'],
  ...['anos', 'noches', 'mananas', 'veces', 'vez', 'jours', 'jour', 'semaines', 'semaine', 'mois', 'ans', 'annees'],
  ...['matins', 'soirs', 'nuits', 'fois', 'tag', 'tage', 'woche', 'wochen', 'monat', 'monate', 'jahr', 'morgen'],
  ...['abend', 'mal', 'stunde', 'noites', 'manhas', 'giorno', 'giorni', 'settimana', 'settimane', 'mese', 'anno'],
  ...['volta', 'volte', 'sera', 'notte', 'mattina', 'ora'],
]);
/** Articles between "todos"/"tous" and the time ("todos los días", "tous les jours", "todas as semanas"). */
const TIME_ARTICLES = new Set(['the', 'los', 'las', 'les', 'os', 'as', 'i', 'le', 'gli']);
const BULK_BIT = classBit('bulk');
const howOften = (words: readonly string[], i: number): boolean =>
  TIMES.has(words[i + 1]) || (TIME_ARTICLES.has(words[i + 1]) && TIMES.has(words[i + 2]));

/** Clears, in place, 'bulk' where it says how often ("every day"). */
export function clearEverydayTimes(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++)
    if ((classBits[i] & BULK_BIT) !== 0 && howOften(words, i)) classBits[i] &= ~BULK_BIT;
}

/**
 * Everyone a message went or goes to, told: "a system message that goes to everyone", "is it sent to all users?", "it
 * was sent to all customers", "enviado a todos los clientes", "envoyé à tous les abonnés", "an alle Kunden verschickt",
 * "aan alle klanten verstuurd". "All"/"every" after "to" ("a", "à", "an", "aan"), naming everyone or every one of a
 * kind of people, with a verb that tells of the message going (a past, a participle, "goes") just before the preposition
 * or, in German and Dutch, a participle just after the people: the audience of a mass message, not every record asked
 * for. 'bulk' goes from the word, 'other' from the people. A request keeps both ("send a message to all customers in
 * my block", "issue a refund to all customers", "schick eine Nachricht an alle Kunden"), and so do the people when
 * their data follows ("sent to all customers with their balances", "to all customers' addresses").
 */
const TO_EVERYONE = new Set(['to', 'a', 'ao', 'aos', 'an', 'aan']);
/** Verbs that tell of a message going, never ask for it ("send", "envía", "manda" are requests too). */
const WENT = new Set([
  ...['sent', 'goes', 'went', 'gone', 'mailed', 'emailed', 'texted', 'delivered', 'addressed', 'posted'],
  ...['enviado', 'enviada', 'enviados', 'enviadas', 'enviaron', 'envio', 'mandado', 'mandada', 'mandaron', 'llega'],
  ...['llego', 'envoye', 'envoyee', 'envoyes', 'envoyees', 'va', 'vai', 'foi', 'inviato', 'inviata', 'inviati'],
  ...['mandato', 'mandata', 'arriva', 'enviou', 'mandou'],
]);
/**
 * A sending told with its sender, not asked: "the letter you send to all customers", "did you send a message to all
 * customers?" (a verb of sending within TOLD_SEND_REACH words before "to", right after "you", "they" or "we", and no
 * request before the sender: "can you send a message to all customers" keeps both).
 */
const SENDS = new Set(['send', 'sent', 'email', 'emailed', 'text', 'texted', 'mail', 'mailed', 'post', 'posted']);
const SENDERS = new Set(['you', 'they', 'we']);
const REQUESTS = new Set(['can', 'could', 'would', 'will', 'please', 'should', 'must', 'to', 'and', 'then']);
const TOLD_SEND_REACH = 4;
function toldSendBefore(words: readonly string[], to: number): boolean {
  for (let j = to - 1; j >= Math.max(1, to - TOLD_SEND_REACH); j--)
    if (SENDS.has(words[j])) return SENDERS.has(words[j - 1]) && !REQUESTS.has(words[j - 2]);
  return false;
}
/** German and Dutch put the participle after: "an alle Kunden verschickt", "aan alle klanten verstuurd". */
const WENT_AFTER = new Set([
  ...['verschickt', 'geschickt', 'gesendet', 'versendet', 'versandt', 'gegangen', 'verstuurd', 'gestuurd'],
  ...['gemaild', 'gegaan'],
]);
const EVERYONE = new Set(['everyone', 'tutti', 'todos', 'tous', 'alle']);
const RECIPIENT_ARTICLES = new Set(['the', 'our', 'your', 'los', 'las', 'les', 'os', 'as', 'i', 'gli', 'le', 'die']);
const OTHER_BIT = classBit('other');
const DATA_BIT = classBit('data');
/** How far after the people their data still makes them the object ("to all customers with their balances"). */
const RECIPIENT_DATA_REACH = 5;
/** How far after the people a German or Dutch participle tells of the message going. */
const PARTICIPLE_REACH = 3;
/** The people word a bulk word at i names as recipients (itself, or the noun after it), or -1. */
function recipientsAt(words: readonly string[], classBits: Int32Array, i: number): number {
  if (!TO_EVERYONE.has(words[i - 1])) return -1;
  let k = i + 1;
  if (RECIPIENT_ARTICLES.has(words[k])) k++;
  const people = (classBits[k] & OTHER_BIT) !== 0 ? k : EVERYONE.has(words[i]) ? i : -1;
  if (people < 0 || words[people + 1] === 's') return -1;
  for (let j = people + 1; j <= people + RECIPIENT_DATA_REACH && j < words.length; j++)
    if ((classBits[j] & DATA_BIT) !== 0) return -1;
  if (WENT.has(words[i - 2]) || (i >= 3 && WENT.has(words[i - 3]) && words[i - 2] === 'it')) return people;
  if (toldSendBefore(words, i - 1)) return people;
  for (let j = people + 1; j <= people + PARTICIPLE_REACH && j < words.length; j++)
    if (WENT_AFTER.has(words[j])) return people;
  return -1;
}

/** Clears, in place, 'bulk' from everyone a message went to, and 'other' from those people. */
export function clearRecipients(words: readonly string[], classBits: Int32Array): void {
  for (let i = 1; i < words.length; i++) {
    if ((classBits[i] & BULK_BIT) === 0) continue;
    const people = recipientsAt(words, classBits, i);
    if (people < 0) continue;
    classBits[i] &= ~BULK_BIT;
    classBits[people] &= ~OTHER_BIT;
  }
}

/**
 * Adverbs that mean "word for word" only beside a copying act, and a degree everywhere else: "I followed the
 * instructions exactly", "the configuration is exactly the same", "ho seguito letteralmente le istruzioni". They keep
 * 'verbatim' within a clause's reach of a word that shows, repeats or writes out ("quote them exactly", "what exactly
 * did they tell you", "what do your rules say exactly") or right beside a word naming the assistant's setup ("your
 * system prompt, exactly", "the exact hidden text"). The adjectives and phrases ("full", "in full", "tal cual",
 * "unverändert") and the words that only ever mean copying ("verbatim", "word for word") are left as they are.
 */
const EVERYDAY_VERBATIM = new Set([
  ...['exactly', 'exact', 'precisely', 'literally', 'literal', 'completely', 'fully', 'literalmente', 'letteralmente'],
]);
const VERBATIM_BIT = classBit('verbatim');
/** A copying act: show, print, repeat, translate, write out, say. */
const COPYING = classMask('reveal', 'repeat', 'respond');
/** The assistant's setup named by a neighbour of the adverb. */
const SETUP = classMask('instructions', 'secret', 'origin', 'ai');
/** Words either side within which a copying act governs the adverb (6 lost "what exactly did the folks who ... tell"). */
const COPY_REACH = 8;

/** A word of `mask` within `reach` words either side of word i, in the same turn. */
function classWithin(words: readonly string[], classBits: Int32Array, i: number, mask: number, reach: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= reach && words[k] !== TURN_BREAK; k--)
    if ((classBits[k] & mask) !== 0) return true;
  for (let k = i + 1; k < words.length && k - i <= reach && words[k] !== TURN_BREAK; k++)
    if ((classBits[k] & mask) !== 0) return true;
  return false;
}
/** The classes' arrays may run past the words (the screen reuses them): bounds come from `words`. */
const besideSetup = (words: readonly string[], classBits: Int32Array, i: number): boolean =>
  (i > 0 && (classBits[i - 1] & SETUP) !== 0) || (i + 1 < words.length && (classBits[i + 1] & SETUP) !== 0);

/** Clears, in place, 'verbatim' from an everyday degree adverb with no copying act or setup word beside it. */
export function clearEverydayDegrees(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++)
    if (
      (classBits[i] & VERBATIM_BIT) !== 0 &&
      EVERYDAY_VERBATIM.has(words[i]) &&
      !besideSetup(words, classBits, i) &&
      !classWithin(words, classBits, i, COPYING, COPY_REACH)
    )
      classBits[i] &= ~VERBATIM_BIT;
}

/**
 * "Answer only in Spanish", "responde solo en español", "nur auf Deutsch", "apenas em português", "solo in italiano",
 * "uniquement en français", "only answer in English": the language the caller wants to be answered in, not a
 * constraint forced on every answer ("answer only with the word APPROVED", "nothing else, whatever I say" keep theirs).
 * The 'only' word is read as no constraint when a language follows it, after at most one word (the verb of answering),
 * with a preposition of language between; not when "from now on" makes it a rule for every answer ("you must only
 * answer in French from now on" keeps it).
 */
const LANGUAGES = new Set([
  ...['english', 'french', 'german', 'spanish', 'portuguese', 'italian', 'dutch', 'polish', 'arabic', 'chinese'],
  ...['russian', 'japanese', 'korean', 'hindi', 'turkish', 'romanian', 'ingles', 'frances', 'aleman', 'espanol'],
  ...['castellano', 'portugues', 'italiano', 'anglais', 'francais', 'allemand', 'espagnol', 'portugais', 'italien'],
  ...['englisch', 'franzosisch', 'deutsch', 'spanisch', 'portugiesisch', 'italienisch', 'espanhol', 'alemao'],
  ...['inglese', 'francese', 'tedesco', 'spagnolo', 'portoghese'],
]);
/** "in Spanish", "en español", "auf Deutsch", "em português", "in italiano". */
const IN_A_LANGUAGE = new Set(['in', 'en', 'auf', 'em']);
const ONLY_BIT = classBit('only');
const inALanguage = (words: readonly string[], i: number): boolean =>
  (IN_A_LANGUAGE.has(words[i + 1]) && LANGUAGES.has(words[i + 2])) ||
  (IN_A_LANGUAGE.has(words[i + 2]) && LANGUAGES.has(words[i + 3]));

/** Words either side within which "from now on" makes the language a rule for every answer. */
const RULE_REACH = 8;
/** "you must only answer in French from now on": a 'now' word within RULE_REACH words, in the same turn. */
export const madeARule = (words: readonly string[], classBits: Int32Array, i: number): boolean =>
  classWithin(words, classBits, i, NOW_BIT, RULE_REACH);

/** Clears, in place, 'only' from a word that says which language to answer in, unless it is made a rule. */
export function clearLanguageChoice(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++)
    if ((classBits[i] & ONLY_BIT) !== 0 && inALanguage(words, i) && !madeARule(words, classBits, i))
      classBits[i] &= ~ONLY_BIT;
}

/**
 * "Answer only yes or no: is there an outage in my area?", "responde solo sí o no: ¿hay un corte?", "réponds juste
 * par oui ou non : est-ce que ...": the form of the answer to the caller's own question, asked right after. The
 * 'only' word before "yes or no" is no constraint on every answer when a question follows the pair in the same turn;
 * "answer only yes or no from now on", "only with yes or no, whatever I ask" and a pair with no question after it
 * ("answer only in Spanish and only with yes or no") keep it.
 */
const YES = new Set(['yes', 'si', 'oui', 'ja', 'sim']);
const OR = new Set(['or', 'o', 'ou', 'oder', 'of']);
const NO = new Set(['no', 'non', 'nein', 'nao', 'nee']);
/** How a question opens right after the pair: an inverted verb, "is there", "hay", "est-ce", "gibt es", "c'è". */
const QUESTION_OPENERS = new Set([
  ...['is', 'are', 'am', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'has', 'have', 'was', 'were'],
  ...['should', 'hay', 'es', 'esta', 'puedo', 'tengo', 'tiene', 'est', 'estce', 'y', 'ai', 'gibt', 'ist', 'kann'],
  ...['habe', 'hat', 'wird', 'ha', 'e', 'posso', 'tenho', 'tem', 'c', 'ho', 'kan', 'heb', 'zijn', 'werd'],
]);
/** Words between 'only' and the pair: "only with", "solo con", "juste par", "nur mit", "apenas com". */
const PAIR_OPENERS = new Set(['with', 'by', 'con', 'par', 'avec', 'mit', 'com', 'en']);
function yesNoQuestionAfter(words: readonly string[], classBits: Int32Array, i: number): boolean {
  let k = i + 1;
  if (PAIR_OPENERS.has(words[k])) k++;
  if (!(YES.has(words[k]) && OR.has(words[k + 1]) && NO.has(words[k + 2]))) return false;
  const next = words[k + 3];
  return next !== undefined && QUESTION_OPENERS.has(next) && !madeARule(words, classBits, i);
}

/** Clears, in place, 'only' from a word that asks "yes or no" to the caller's own question. */
export function clearYesNoQuestions(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++)
    if ((classBits[i] & ONLY_BIT) !== 0 && yesNoQuestionAfter(words, classBits, i)) classBits[i] &= ~ONLY_BIT;
}

/**
 * The caller's own question as what "only" picks out: "only answer my question, don't transfer me", "can you only
 * answer the question I asked?", "solo responda a mi pregunta", "répondez seulement à ma question", "risponda solo alla
 * mia domanda", "beantwoord alleen mijn vraag": one answer asked for, not a constraint on every answer. A singular
 * question word after the caller's possessive or "the"/"this" within QUESTION_REACH words after "only". "Only answer
 * questions about billing", "only answer with APPROVED" and "only answer in French" keep it.
 */
const QUESTION = new Set(['question', 'query', 'pregunta', 'frage', 'pergunta', 'domanda', 'vraag', 'vraagje']);
const OWN_OR_THIS = new Set([
  ...['my', 'the', 'this', 'that', 'mi', 'ma', 'mon', 'meine', 'meiner', 'minha', 'mia', 'mijn', 'esta', 'cette'],
  ...['diese', 'questa', 'deze', 'one', 'la', 'a'],
]);
const QUESTION_REACH = 5;
/** "Only" itself, not "whatever the question" (every question, whatever it is). */
export const ONLY_WORDS: ReadonlySet<string> = new Set([
  ...['only', 'solely', 'solo', 'solamente', 'unicamente', 'seulement', 'uniquement', 'nur', 'apenas', 'somente'],
  ...['soltanto', 'alleen'],
]);
const ownQuestionAfter = (words: readonly string[], i: number): boolean => {
  if (!ONLY_WORDS.has(words[i])) return false;
  for (let k = i + 1; k < words.length && k - i <= QUESTION_REACH && words[k] !== TURN_BREAK; k++)
    if (QUESTION.has(words[k])) return OWN_OR_THIS.has(words[k - 1]);
  return false;
};

/** Clears, in place, 'only' from a word whose object is the caller's own question. */
export function clearOwnQuestions(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++)
    if ((classBits[i] & ONLY_BIT) !== 0 && ownQuestionAfter(words, i)) classBits[i] &= ~ONLY_BIT;
}

/**
 * A product's terms listed as what it comes without: "no rules, no contracts", "no contract, no rules, no hidden fees",
 * "sin permanencia, sin reglas", "sans engagement, sans règles", "keine Regeln, kein Vertrag". A "no rules" said in a
 * series with a "no" before a thing, a record or a charge (at most one word between) is the product's freedom,
 * quoted from an advert, not limits lifted from the assistant: the negation loses 'nolimits'. "No rules, no limits, no
 * filters" (nothing of a product in the series) keeps it.
 */
const NEGATORS = new Set(['no', 'sin', 'sans', 'keine', 'kein', 'keinen', 'sem', 'senza', 'geen', 'zero']);
const TERMS = new Set([
  ...['fees', 'fee', 'charges', 'charge', 'costs', 'commitment', 'strings', 'catch', 'deposit', 'contract'],
  ...['contracts', 'permanencia', 'compromiso', 'engagement', 'frais', 'vertrag', 'vertragsbindung', 'gebuhren'],
  ...['kosten', 'fidelizacao', 'taxas', 'vincolo', 'vincoli', 'costi', 'contratto', 'contrato', 'abonnement'],
  ...['surprises', 'paperwork', 'cap', 'caps'],
]);
const NOLIMITS_BIT = classBit('nolimits');
const PRODUCT = classMask('thing', 'data');
const SERIES_REACH = 4;
function productTermAt(words: readonly string[], classBits: Int32Array, k: number): boolean {
  if (!NEGATORS.has(words[k])) return false;
  for (let j = k + 1; j <= k + 2 && j < words.length; j++)
    if (TERMS.has(words[j]) || (classBits[j] & PRODUCT) !== 0) return true;
  return false;
}
function inProductSeries(words: readonly string[], classBits: Int32Array, i: number): boolean {
  for (let k = Math.max(0, i - SERIES_REACH); k < words.length && k <= i + SERIES_REACH; k++) {
    if (k === i || words[k] === TURN_BREAK) continue;
    if (productTermAt(words, classBits, k)) return true;
  }
  return false;
}

/** Clears, in place, 'nolimits' from a "no rules" listed among a product's terms. */
export function clearProductTerms(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++)
    if ((classBits[i] & NOLIMITS_BIT) !== 0 && NEGATORS.has(words[i]) && inProductSeries(words, classBits, i))
      classBits[i] &= ~NOLIMITS_BIT;
}

/**
 * An account or a subscription of one's own to be opened: "my sister wants her own account", "mi hermana quiere su
 * propia suscripción", "mijn zus wil een eigen abonnement", "mein Sohn braucht ein eigenes Konto", "a new account for
 * my son". The data word after "own" ("su propia", "son propre", "een eigen", "ein eigenes", "la sua propria"), or after
 * an indefinite article and "new" ("a new account", "una nueva cuenta", "een nieuw abonnement"), names a product that
 * does not exist yet, and so does one wished for or opened with an indefinite article ("wants an account", "wil een
 * abonnement afsluiten"): it loses 'data', and no one's data is asked. "Tell me her new address" (no indefinite
 * article), "does my neighbour have an account with you?" (no wish) and "her account" keep it.
 */
const OWN = new Set([
  ...['own', 'propia', 'propio', 'propias', 'propios', 'propre', 'propres', 'eigen', 'eigenes', 'eigene', 'eigenen'],
  ...['eigener', 'proprio', 'propria', 'proprie', 'propri'],
]);
const NEW = new Set([
  ...['new', 'nueva', 'nuevo', 'nouveau', 'nouvelle', 'neues', 'neue', 'neuen', 'nieuw', 'nieuwe', 'nova', 'novo'],
  ...['nuova', 'nuovo'],
]);
const A = new Set(['a', 'an', 'una', 'un', 'une', 'ein', 'eine', 'einen', 'een', 'uma', 'um', 'uno']);
/** Products one opens: an account, a subscription, a line, a contract, a card. */
const OPENED = new Set([
  ...['account', 'accounts', 'subscription', 'cuenta', 'suscripcion', 'compte', 'abonnement', 'konto', 'conta'],
  ...['assinatura', 'abbonamento', 'conto', 'rekening', 'email', 'mailadres', 'emailadres', 'card', 'tarjeta'],
  ...['carte', 'karte', 'cartao', 'carta'],
]);
/**
 * Wishing for or opening one ("wants an account", "quiere una cuenta", "wil een abonnement afsluiten", "möchte ein Konto
 * eröffnen"): a wish up to WISH_REACH words before the article, or a verb of opening right after the product.
 */
const WISH = new Set([
  ...['want', 'wants', 'wanted', 'need', 'needs', 'like', 'quiere', 'quiero', 'necesita', 'veut', 'voudrait'],
  ...['souhaite', 'will', 'mochte', 'braucht', 'quer', 'queria', 'precisa', 'vuole', 'vorrebbe', 'wil', 'wilt'],
  ...['open', 'opening', 'abrir', 'ouvrir', 'aprire', 'openen'],
]);
const OPENING_AFTER = new Set(['afsluiten', 'openen', 'eroffnen', 'abschliessen', 'aanvragen', 'beantragen']);
const WISH_REACH = 3;
const wishedFor = (words: readonly string[], i: number): boolean => {
  if (OPENING_AFTER.has(words[i + 1])) return true;
  for (let k = i - 2; k >= Math.max(0, i - 1 - WISH_REACH) && words[k] !== TURN_BREAK; k--)
    if (WISH.has(words[k])) return true;
  return false;
};
/** "an account number", "a card number": a datum of the product, not the product ("I want an account number of ..."). */
const DATUM_AFTER = new Set([
  ...['number', 'numbers', 'details', 'balance', 'holder', 'no', 'numero', 'nummer', 'nummers', 'saldo', 'solde'],
  ...['kontostand', 'dados', 'datos', 'dati', 'gegevens'],
]);
const newProduct = (words: readonly string[], i: number): boolean =>
  OPENED.has(words[i]) &&
  !DATUM_AFTER.has(words[i + 1]) &&
  (OWN.has(words[i - 1]) ||
    (A.has(words[i - 1]) && wishedFor(words, i)) ||
    (NEW.has(words[i - 1]) && A.has(words[i - 2])));

/** Clears, in place, 'data' from an account or subscription of one's own to be opened. */
export function clearNewProducts(words: readonly string[], classBits: Int32Array): void {
  for (let i = 1; i < words.length; i++)
    if ((classBits[i] & DATA_BIT) !== 0 && newProduct(words, i)) classBits[i] &= ~DATA_BIT;
}
