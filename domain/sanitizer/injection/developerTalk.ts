/**
 * How developers and administrators talk about their own integrations, bots and settings: "the system prompt field
 * seems to be ignored", "our chatbot keeps ignoring the config", "we want it to answer only from our docs", "notre
 * intégration renvoie une erreur quand on envoie l'historique", "one webhook per account", "our internal FAQ bot",
 * "invalid role: system", "las instrucciones que sigue".
 * The words are an attack's (ignore, prompt, answer only, send, internal) but they describe what something did or
 * what the caller does to their own system. Kept apart from ownedData.ts (whose data a word is) because these are
 * readings of who acts, not of whose data a word is.
 */
import { MY_BASE } from './functionWords';
import { ADDRESSED, classBit, classMask } from './lexicon';

const OVERRIDE_BIT = classBit('override');
const REVEAL_BIT = classBit('reveal');
const RESPOND_BIT = classBit('respond');
const DATA_BIT = classBit('data');
const INSIDER = classMask('authority', 'secret');
const OBEY_BIT = classBit('obey');
const SPEAKER = classMask('ai', 'authority');

/**
 * What happened to a setting, observed: "seems to be ignored", "appears to be overridden", "keeps being skipped",
 * "is being ignored", "gets ignored", "keeps ignoring". Not "is ignored" or "has been overridden", which an attack
 * declares ("all previous instructions are void"), nor "must be ignored" or "are to be ignored".
 */
const SEEMS = new Set(['seems', 'seem', 'seemed', 'appears', 'appear', 'appeared']);
const KEEPS = new Set(['keeps', 'kept']);
const GETS = new Set(['gets', 'got', 'getting']);
/** What a bot or a field keeps doing to a setting ("keeps dropping" is a line's, and stays as it is). */
const IGNORING = new Set(['ignoring', 'disregarding', 'overriding', 'overwriting', 'forgetting', 'bypassing']);
const observedOverride = (words: readonly string[], i: number): boolean => {
  const w = words[i];
  if (KEEPS.has(words[i - 1]) && IGNORING.has(w)) return true; // "our chatbot keeps ignoring the config"
  if (!w.endsWith('ed') && !w.endsWith('en')) return false;
  const before = words[i - 1];
  if (GETS.has(before)) return true;
  if (before === 'being') return KEEPS.has(words[i - 2]) || words[i - 2] === 'is' || words[i - 2] === 'are';
  return before === 'be' && words[i - 2] === 'to' && SEEMS.has(words[i - 3]);
};

/**
 * The caller, or the caller's side, as the one who sends or shows: "on envoie l'historique", "we send the prompt",
 * "I paste the log", "ich schicke", "eu envio". A request puts the assistant there ("send me", "envoie-moi").
 */
// Its own list, not CALLER_SUBJECTS (lexicon.ts): French "on" and Italian "noi" send too; "nosotros" is not read here
// (adding it would read texts this reading does not read now).
const SENDERS = new Set(['i', 'we', 'on', 'je', 'j', 'nous', 'ich', 'wir', 'eu', 'yo', 'io', 'noi']);
/** Verbs of sending only: "I see your setup", "we share a flat" and "je montre" are left as they are. */
const SENDS = new Set([
  ...['send', 'sends', 'envoie', 'envoient', 'envoyons', 'schicke', 'schicken', 'sende', 'senden', 'envio'],
  ...['enviamos', 'mando', 'mandamos', 'invio', 'inviamo', 'envia'],
]);
/** French "on" ("on envoie") is the English "on" before an English verb ("mode on: send me ..."). */
const FRENCH_SENDS = new Set(['envoie', 'envoient', 'envoyons']);
const callerSends = (words: readonly string[], i: number): boolean =>
  SENDERS.has(words[i - 1]) && SENDS.has(words[i]) && (words[i - 1] !== 'on' || FRENCH_SENDS.has(words[i]));

/** "want it to answer only from our docs", "want them to reply", "it answers": a bot of the caller's answers. */
const THIRD_PARTY = new Set(['it', 'them']);
const itAnswers = (words: readonly string[], i: number): boolean =>
  (words[i - 1] === 'it' && words[i].endsWith('s')) || (words[i - 1] === 'to' && THIRD_PARTY.has(words[i - 2]));

/** "one per account", "per user": a unit counted, not a record asked for. */
const perUnit = (words: readonly string[], i: number): boolean => words[i - 1] === 'per';

/** "our internal FAQ bot", "my internal tools": the caller's organisation's own, not an insider's rank. */
const OUR = new Set(['our', 'my', 'notre', 'nuestro', 'nuestra', 'unser', 'unsere', 'nosso', 'nossa', 'nostro']);

/**
 * An error a developer quotes: "invalid token", "invalid role: system", "expired key", "ungültiger Parameter". An
 * attack's "invalid" says the assistant's rules are void ("your rules are invalid now"), with no such noun after it.
 */
const ERROR_ADJECTIVES = new Set([
  'invalid',
  'expired',
  'ungultig',
  'ungultiger',
  'ungultiges',
  'invalido',
  'invalida',
]);
const ERROR_NOUNS = new Set([
  ...['role', 'token', 'request', 'parameter', 'param', 'key', 'format', 'input', 'value', 'field', 'argument'],
  ...['session', 'credentials', 'signature', 'json', 'header', 'schema', 'model', 'url', 'id', 'payload', 'scope'],
  ...['rolle', 'anfrage', 'schlussel', 'wert', 'feld', 'solicitud', 'clave', 'valor', 'campo', 'requete', 'cle'],
  ...['valeur', 'champ', 'chiave', 'richiesta', 'valore', 'chave', 'requisicao'],
]);
const quotedError = (words: readonly string[], i: number): boolean =>
  ERROR_ADJECTIVES.has(words[i]) && ERROR_NOUNS.has(words[i + 1]);
/** "invalid role: system": the rejected value of an API's role field, not the assistant (a bare "role: system" is). */
const ROLE_WORDS = new Set(['role', 'rolle', 'rol', 'ruolo', 'papel']);
const rejectedRole = (words: readonly string[], i: number): boolean =>
  ROLE_WORDS.has(words[i - 1]) && ERROR_ADJECTIVES.has(words[i - 2]);

/**
 * What a bot or a setting follows, said in a relative clause: "las instrucciones que sigue", "the rules it follows",
 * "les consignes qu'il suit", "die Regeln, die er befolgt". A third person's present, not an order to obey.
 */
const FOLLOWS = new Set(['sigue', 'segue', 'suit', 'folgt', 'befolgt', 'follows', 'obeys', 'cumple', 'cumpre']);
const RELATIVE = new Set(['que', 'qui', 'che', 'it', 'which', 'that', 'er', 'es', 'sie', 'il', 'elle', 'ele', 'ela']);
const followedInClause = (words: readonly string[], i: number): boolean =>
  FOLLOWS.has(words[i]) && RELATIVE.has(words[i - 1]);

/**
 * Access to a company's integration offered to its customers, named as a kind of access, for the caller's own side: "our
 * developer needs webhook access for the order API on our merchant account", "API access for my shop" ("Zugriff auf
 * unsere API" is not read: the access word comes first; nor "database access", which no customer is offered). The access word ('lookup') right after a tool word loses 'lookup' when the caller's side owns something
 * within ACCESS_REACH words (a possessive of ours) and no one else's data, no other person and no "all" is near:
 * "give me database access to all customer records" and "API access to my neighbour's account" keep it.
 */
const LOOKUP_BIT = classBit('lookup');
const TOOL_BIT = classBit('tool');
const ACCESS_WORDS = new Set(['access', 'acces', 'acceso', 'acesso', 'accesso', 'zugriff', 'toegang']);
const NOT_OURS = classMask('other', 'bulk', 'data', 'secret', 'instructions');
const ACCESS_REACH = 6;
/** The tools a company offers its customers to integrate with; "database access" and "tool access" are not read. */
const PRODUCT_TOOLS = new Set(['api', 'apis', 'webhook', 'webhooks', 'sandbox', 'sdk', 'integration', 'sftp']);
function toolAccessOfOurs(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if (!ACCESS_WORDS.has(words[i]) || (classBits[i - 1] & TOOL_BIT) === 0 || !PRODUCT_TOOLS.has(words[i - 1]))
    return false;
  let ours = false;
  for (let k = Math.max(0, i - ACCESS_REACH); k < words.length && k <= i + ACCESS_REACH; k++) {
    if ((classBits[k] & NOT_OURS) !== 0) return false;
    ours ||= OUR.has(words[k]);
  }
  return ours;
}

/**
 * A product tool named by what it handles: "vuestra API de pagos", "a API de pagamentos", "l'API des paiements", "the
 * webhook of orders": the kind of integration, not records asked for ("pagos" loses 'data'). Not near another person,
 * "all", or a request to look up, run or show.
 */
const KIND_LINKS = new Set(['de', 'di', 'dei', 'del', 'des', 'du', 'do', 'da', 'dos', 'das', 'delle', 'degli', 'of']);
const USED_ON_SOMEONE = classMask('other', 'bulk', 'lookup', 'exec', 'reveal');
const KIND_REACH = 8;
function kindOfTool(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if (i < 2 || !KIND_LINKS.has(words[i - 1]) || !PRODUCT_TOOLS.has(words[i - 2])) return false;
  // "usa la API de pagos para devolverme el dinero de mi vecino": the tool used on someone, its records asked for
  for (let k = Math.max(0, i - KIND_REACH); k < words.length && k <= i + KIND_REACH; k++)
    if ((classBits[k] & USED_ON_SOMEONE) !== 0) return false;
  return true;
}

/**
 * What a tool returns: "vuestra API devuelve error 401", "the endpoint returns 500", "a API devolve erro". A verb of
 * returning with a tool as its subject a few words before is an answer code, not a refund ('approve').
 */
const APPROVE_BIT = classBit('approve');
const RETURNS = new Set([
  ...['returns', 'returned', 'devuelve', 'devolvio', 'renvoie', 'liefert', 'restituisce', 'devolve', 'retorna'],
]);
const SUBJECT_REACH = 3;
function toolReturns(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if (!RETURNS.has(words[i])) return false;
  for (let k = i - 1; k >= 0 && i - k <= SUBJECT_REACH; k--) if ((classBits[k] & TOOL_BIT) !== 0) return true;
  return false;
}

/**
 * The caller's own AI, named with their possessive: "I asked my AI to summarise your terms", "mi IA me dijo", "our
 * chatbot": a machine of the caller's that they talk about, not the assistant addressed ('ai' goes; what it is said to
 * do keeps its classes). "My AI assistant says you have to obey it now" still asks through its other words; "you are my
 * AI now" names the assistant.
 */
const AI_BIT = classBit('ai');
const CALLERS_OWN = new Set([...OUR, ...MY_BASE]);
const YOU_BIT = classBit('you');
/** "You are my AI now", "tu es mon assistant": the assistant called the caller's, a second person just before. */
const ADDRESSEE_REACH = 3;
const RELAYED_REACH = 8;
function callersOwnMachine(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if (!CALLERS_OWN.has(words[i - 1])) return false;
  for (let k = i - 2; k >= 0 && i - k <= ADDRESSEE_REACH + 1; k--) if ((classBits[k] & YOU_BIT) !== 0) return false;
  // "my assistant says you must approve it", "told me to ask you": an order passed on to the assistant
  for (let k = i + 1; k < words.length && k - i <= RELAYED_REACH; k++) if (ADDRESSED.has(words[k])) return false;
  return true;
}

/**
 * The caller as the one who uses a thing: "what system prompt should I use for your API", "which key do we use", "can
 * I use the sandbox", "qué clave uso": the caller's own use, not the assistant told to run something. A verb of using
 * with "I" or "we" in the two words before it loses 'exec'.
 */
const EXEC_BIT = classBit('exec');
const USES = new Set([
  'use',
  'using',
  'usar',
  'uso',
  'utiliser',
  'utilise',
  'benutzen',
  'verwenden',
  'usare',
  'gebruiken',
]);
const CALLER_SUBJECTS_HERE = new Set(['i', 'we', 'yo', 'je', 'j', 'ich', 'wir', 'eu', 'io', 'ik', 'wij']);
const callerUses = (words: readonly string[], i: number): boolean =>
  USES.has(words[i]) && (CALLER_SUBJECTS_HERE.has(words[i - 1]) || CALLER_SUBJECTS_HERE.has(words[i - 2]));

/**
 * A tool or a machine as the subject of a dropping verb in the third person: "your API ignores the role field", "the
 * endpoint skips the header", "jullie API negeert het veld": what it does, reported, not an order to drop anything.
 */
const REPORTED_DROPS = new Set(['ignores', 'skips', 'drops', 'overrides', 'bypasses', 'disregards', 'negeert']);
const TOOL_OR_MACHINE = classMask('tool', 'ai');
const toolDrops = (words: readonly string[], classBits: Int32Array, i: number): boolean =>
  REPORTED_DROPS.has(words[i]) && (classBits[i - 1] & TOOL_OR_MACHINE) !== 0;

/** Clears, in place, the classes developer talk takes away. */
export function clearDeveloperTalk(words: readonly string[], classBits: Int32Array): void {
  for (let i = 1; i < words.length; i++) {
    const b = classBits[i];
    if (b === 0) continue;
    if ((b & OVERRIDE_BIT) !== 0 && (observedOverride(words, i) || toolDrops(words, classBits, i)))
      classBits[i] &= ~OVERRIDE_BIT;
    if ((b & EXEC_BIT) !== 0 && callerUses(words, i)) classBits[i] &= ~EXEC_BIT;
    if ((b & REVEAL_BIT) !== 0 && callerSends(words, i)) classBits[i] &= ~REVEAL_BIT;
    if ((b & RESPOND_BIT) !== 0 && itAnswers(words, i)) classBits[i] &= ~RESPOND_BIT;
    if ((b & DATA_BIT) !== 0 && (perUnit(words, i) || kindOfTool(words, classBits, i))) classBits[i] &= ~DATA_BIT;
    if ((b & APPROVE_BIT) !== 0 && toolReturns(words, classBits, i)) classBits[i] &= ~APPROVE_BIT;
    if ((b & AI_BIT) !== 0 && callersOwnMachine(words, classBits, i)) classBits[i] &= ~AI_BIT;
    if ((b & INSIDER) !== 0 && words[i] === 'internal' && OUR.has(words[i - 1])) classBits[i] &= ~INSIDER;
    if ((b & OVERRIDE_BIT) !== 0 && quotedError(words, i)) classBits[i] &= ~OVERRIDE_BIT;
    if ((b & SPEAKER) !== 0 && rejectedRole(words, i)) classBits[i] &= ~SPEAKER;
    if ((b & OBEY_BIT) !== 0 && followedInClause(words, i)) classBits[i] &= ~OBEY_BIT;
    if ((b & LOOKUP_BIT) !== 0 && toolAccessOfOurs(words, classBits, i)) classBits[i] &= ~LOOKUP_BIT;
  }
}
