/**
 * Classes a neighbour takes away from a word, read after the lexicon has tagged it: instructions of a thing or a
 * trade ("the router settings", "les consignes du technicien"), the caller's own superior ("my manager"), doing
 * without a device ("without the app"), German "du" apart from French "du", a contact preference ("reply only by
 * email"), an authority asked for ("speak to a supervisor"), "your own" as a possessive, a display reported in
 * French, "only" on a condition, and the caller looking or access granted to a person. Each is a test at one word;
 * ownedData.ts's readInContext clears the class.
 */
import { ACCESS_WORDS, GRANT_VERBS, MY_BASE } from './functionWords';
import { CALLER_SUBJECTS, classBit, TURN_BREAK } from './lexicon';

const THING_BIT = classBit('thing');
/** "the router settings", "your website's instructions": a device's or a document's, not the assistant's. */
export const ofAThing = (words: readonly string[], classBits: Int32Array, i: number): boolean =>
  (classBits[i - 1] & THING_BIT) !== 0 || (words[i - 1] === 's' && i >= 2 && (classBits[i - 2] & THING_BIT) !== 0);

/**
 * People whose instructions a caller gets about a device or an errand: "les consignes du technicien", "the
 * engineer's instructions", "las instrucciones del técnico". Not the assistant's setup.
 */
const TRADES = new Set([
  ...['technician', 'technicians', 'tech', 'engineer', 'engineers', 'installer', 'installers', 'electrician'],
  ...['plumber', 'fitter', 'courier', 'driver', 'landlord', 'doctor', 'pharmacist', 'bank', 'manufacturer'],
  ...['technicien', 'technicienne', 'techniciens', 'installateur', 'livreur', 'medecin', 'banque', 'fabricant'],
  ...['tecnico', 'tecnica', 'tecnicos', 'instalador', 'instaladora', 'repartidor', 'medico', 'banco', 'fabricante'],
  ...['techniker', 'technikers', 'monteur', 'monteurs', 'installateurs', 'arzt', 'arztes', 'herstellers'],
  ...['hersteller', 'elettricista', 'idraulico', 'corriere', 'produttore', 'entregador', 'eletricista'],
]);
/** Words that tie instructions to whose they are: "of the", "du", "del", "des", "do", "della", "vom". */
const OF_WHOM = new Set([
  ...['of', 'from', 'du', 'de', 'del', 'des', 'do', 'da', 'della', 'dello', 'dal', 'vom', 'von'],
]);
const WHOSE_ARTICLES = new Set([
  'the',
  'my',
  'our',
  'l',
  'la',
  'le',
  'el',
  'der',
  'dem',
  'des',
  'o',
  'a',
  'il',
  'your',
]);
export const ofATrade = (words: readonly string[], i: number): boolean => {
  if (words[i - 1] === 's' && TRADES.has(words[i - 2])) return true;
  if (!OF_WHOM.has(words[i + 1])) return false;
  const whose = WHOSE_ARTICLES.has(words[i + 2]) ? words[i + 3] : words[i + 2];
  return whose !== undefined && TRADES.has(whose);
};

/** Words that place instructions in or on a thing: "in the manual", "del manuale", "on the box", "for the router". */
const IN_A_THING = new Set([
  ...OF_WHOM,
  ...['in', 'on', 'for', 'inside', 'en', 'dans', 'sur', 'pour', 'im', 'auf', 'fur', 'no', 'na', 'nel', 'nella'],
  ...['sul', 'sulla', 'per', 'van', 'in', 'op', 'voor', 'bij', 'para', 'om'],
]);
/**
 * "the instructions in the manual", "le istruzioni del manuale", "las instrucciones del router", "the rules for the
 * app": instructions placed in or on a thing the caller has, a document's or a device's, not the assistant's. One
 * verb may stand between, the errand they are for: "le istruzioni per configurare il modem", "the instructions for
 * resetting the router", "les instructions pour installer la box".
 */
const thingAt = (words: readonly string[], classBits: Int32Array, from: number): boolean => {
  const at = WHOSE_ARTICLES.has(words[from]) ? from + 1 : from;
  return at < words.length && (classBits[at] & THING_BIT) !== 0;
};
export const inAThing = (words: readonly string[], classBits: Int32Array, i: number): boolean => {
  if (!IN_A_THING.has(words[i + 1])) return false;
  if (thingAt(words, classBits, i + 2)) return true;
  // the errand's verb: a plain word with no class of its own ("configurare", "resetting"), not "for you"
  return i + 3 < words.length && classBits[i + 2] === 0 && thingAt(words, classBits, i + 3);
};

const AUTHORITY_BIT = classBit('authority');
/**
 * "My manager asked me to call", "mi jefe", "mein Chef": the caller's own superior, not an authority the caller
 * claims over the assistant (which says "I'm the manager", "as your supervisor"). Singular only: "our engineers"
 * is how an insider speaks.
 */
export const SUPERIORS = new Set([
  ...['manager', 'supervisor', 'boss', 'director', 'jefe', 'jefa', 'gerente', 'encargado', 'encargada', 'responsable'],
  ...['chef', 'cheffe', 'superviseur', 'directeur', 'vorgesetzter', 'vorgesetzte', 'leiter', 'leiterin', 'chefe'],
  ...['responsavel', 'supervisora', 'capo', 'responsabile', 'baas', 'leidinggevende'],
]);

const MINE_BIT = classBit('mine');
const ARTICLES = new Set([
  ...['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'le', 'l', 'les', 'une', 'der', 'die', 'das', 'den'],
  ...['dem', 'ein', 'eine', 'einen', 'o', 'os', 'as', 'um', 'uma', 'il', 'lo'],
]);
/** "confirm my identity without the app", "sin mi móvil": doing without a device, not skipping a check. */
export const withoutAThing = (words: readonly string[], classBits: Int32Array, i: number): boolean =>
  i + 1 < words.length &&
  ((classBits[i + 1] & (THING_BIT | MINE_BIT)) !== 0 ||
    (ARTICLES.has(words[i + 1]) && i + 2 < words.length && (classBits[i + 2] & THING_BIT) !== 0));

const YOU_BIT = classBit('you');
/** Possessives of the person addressed ("tu" is also the subject in French and, folded, in Spanish: not here). */
export const YOUR = new Set([
  ...['your', 'ur', 'tus', 'ton', 'ta', 'tes', 'votre', 'vos', 'dein', 'deine', 'deinen', 'deinem', 'deiner'],
  ...['ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'teu', 'tua', 'teus', 'tuas', 'tuo', 'tuoi', 'tue'],
]);

/**
 * German "du" (you) next to its verb ("du bist", "hast du", "wenn du"); anywhere else "du" is French "of the"
 * ("titulaire du compte", "les consignes du technicien") and addresses no one. German verb forms with "du" end in
 * "st" (bist, hast, kannst, gehorchst), as French "est" does too (never a verb of "du").
 */
const GERMAN_DU_NEXT = new Set([
  ...['nicht', 'nur', 'jetzt', 'nun', 'ab', 'mir', 'mich', 'dich', 'dir', 'selbst', 'auch', 'immer', 'bitte'],
  ...['sofort', 'das', 'die', 'den', 'dem', 'es', 'ja', 'doch', 'einfach', 'noch', 'kein', 'keine', 'keinen', 'bis'],
]);
const GERMAN_DU_PREV = new Set([
  ...['wenn', 'dass', 'ob', 'was', 'wie', 'und', 'weil', 'als', 'sobald', 'damit', 'wo', 'warum', 'jetzt', 'nun'],
  ...['falls', 'bevor', 'nachdem', 'wer', 'aber', 'oder', 'denn', 'bitte', 'nur', 'hier', 'sag', 'zeig', 'gib'],
]);
const endsInSt = (word: string | undefined): boolean =>
  word !== undefined && word.length >= 3 && word.endsWith('st') && word !== 'est';
export const germanDu = (words: readonly string[], i: number): boolean =>
  endsInSt(words[i + 1]) ||
  GERMAN_DU_NEXT.has(words[i + 1]) ||
  endsInSt(words[i - 1]) ||
  GERMAN_DU_PREV.has(words[i - 1]);

/**
 * How the caller wants to be answered ("reply only by email", "respond in writing only", "répondez-moi uniquement par
 * e-mail", "nur noch per E-Mail antworten"): a contact preference, not a constraint on every answer of the assistant.
 */
const CHANNEL_PREP = new Set(['by', 'via', 'per', 'par', 'por', 'pelo', 'pela', 'through', 'in', 'tramite']);
const CHANNELS = new Set([
  ...['email', 'emails', 'mail', 'text', 'texts', 'sms', 'letter', 'post', 'phone', 'telephone', 'app', 'whatsapp'],
  ...['writing', 'ecrit', 'escrito', 'correo', 'courrier', 'courriel', 'brief', 'telefon', 'telefono', 'posta'],
]);
const CHANNEL_REACH = 4;
const CHANNEL_ARTICLES = new Set(['the', 'your', 'my', 'a', 'l', 'le', 'la', 'o', 'il', 'el', 'die', 'das']);
export const byAChannel = (words: readonly string[], i: number): boolean => {
  for (let j = Math.max(0, i - CHANNEL_REACH); j <= Math.min(words.length - 2, i + CHANNEL_REACH); j++) {
    if (words[j] === 'schriftlich') return true;
    if (!CHANNEL_PREP.has(words[j])) continue;
    let k = j + 1;
    if (CHANNEL_ARTICLES.has(words[k])) k++; // "via the app"
    const next = words[k] === 'e' ? words[k + 1] : words[k]; // "e-mail" folds to "e mail"
    if (CHANNELS.has(next) && (words[j] !== 'in' || next === 'writing')) return true;
  }
  return false;
};

/**
 * An authority the caller asks for or asks about, named with "a"/"an"/"un"/"einen"/"een"/"algún" after a request, a
 * modal or "there is": "speak to a supervisor", "can a manager waive it", "at the discretion of a supervisor", "parler
 * à un responsable", "kann ein Vorgesetzter die Gutschrift genehmigen?", "¿puede un supervisor...?", "kan een manager",
 * "est-ce qu'un responsable peut", "is there a supervisor who", "hay algún supervisor que", "gibt es einen
 * Vorgesetzten", "y a-t-il un responsable"; or an indefinite authority in a question's inverted order ("un responsable
 * peut-il valider ?", "ein Vorgesetzter kann das?" is not read). Not "I am a supervisor", "act as a manager" or "log
 * that a supervisor approved it" (what a record should claim).
 */
const INDEFINITE = new Set([
  ...['a', 'an', 'un', 'una', 'une', 'einen', 'einem', 'einer', 'ein', 'um', 'uma', 'uno', 'een'],
  ...['algun', 'alguna', 'algum', 'alguma', 'qualche', 'irgendein', 'irgendeinen', 'quelque'],
]);
const ASKED_FOR = new Set([
  ...['to', 'with', 'for', 'from', 'of', 'can', 'could', 'would', 'will', 'may', 'might', 'should', 'need', 'want'],
  ...['ask', 'get', 'see', 'call', 'request', 'fetch', 'find', 'have', 'if', 'whether', 'con', 'a', 'avec', 'mit'],
  ...['com', 'un', 'pour', 'para', 'per', 'por', 'hablar', 'parler', 'falar', 'parlare', 'sprechen'],
  // modals that open a question, in each language ("kann ein", "puede un", "pode um", "può un", "kan een")
  ...['kann', 'konnte', 'darf', 'puede', 'podria', 'pueda', 'peut', 'pourrait', 'pode', 'poderia', 'puo'],
  ...['potrebbe', 'kan', 'kunnen', 'zou', 'mag'],
  // "is there a", "hay un", "est-ce qu'un", "y a-t-il un" (the reading that joins split words has "atil")
  ...['there', 'hay', 'qu', 'atil'],
]);
/**
 * "gibt es einen", "y a-t-il un": two words before the indefinite that say there is one, as the second word by the first
 * (no two pairs share a first word), so a candidate is two lookups and no string built.
 */
const THERE_IS = new Map([
  ['gibt', 'es'],
  ['t', 'il'],
  ['c', 'e'],
  ['er', 'een'],
]);
/** A modal, then a subject clitic: the inverted question after the authority ("un responsable peut-il"). */
const INVERTING_MODALS = new Set(['peut', 'pourrait', 'pourraient', 'peuvent', 'kann', 'konnte', 'can', 'could']);
const INVERTED_SUBJECTS = new Set(['il', 'elle', 'er', 'sie']);
/** The same, as the reading that joins split words writes it ("peutil"). */
const INVERTED_JOINED = new Set(['peutil', 'peutelle', 'pourraitil', 'pourraitelle']);
export const requestedAuthority = (words: readonly string[], i: number): boolean =>
  i >= 1 &&
  INDEFINITE.has(words[i - 1]) &&
  ((i >= 2 && ASKED_FOR.has(words[i - 2])) ||
    (i >= 3 && THERE_IS.get(words[i - 3]) === words[i - 2]) ||
    (INVERTING_MODALS.has(words[i + 1]) && INVERTED_SUBJECTS.has(words[i + 2])) ||
    INVERTED_JOINED.has(words[i + 1]));

/**
 * "your own terms", "my own account", "it's my own laptop": "own" before a noun is a possessive, not "on your own" (by
 * yourself).
 */
const PERSONS = new Set(['your', 'my', 'our', 'their', 'his', 'her', 'its']);
const SELF_IDIOM = new Set(['on', 'of', 'by', 'in']);
/**
 * "it came back on its own", "it fixed itself on its own": a thing doing it by itself, never the assistant, whatever
 * follows (the idiom "on your own" needs "your").
 */
export const ownOfAThing = (words: readonly string[], i: number): boolean =>
  words[i] === 'own' && words[i - 1] === 'its';
/** Words after "own" that end its phrase ("on your own, no need to check"): then it is "by yourself". */
const PHRASE_ENDS = new Set(['and', 'or', 'so', 'no', 'please', 'without', 'then', 'but', 'if', 'for', 'to', 'now']);
export const ownAsPossessive = (words: readonly string[], i: number): boolean =>
  words[i] === 'own' &&
  PERSONS.has(words[i - 1]) &&
  !SELF_IDIOM.has(words[i - 2]) &&
  // "o n your own": a spaced-out "on" leaves letters; the "s" of "it's my own laptop" is "is"
  ((words[i - 2]?.length ?? 2) > 1 || words[i - 2] === 's') &&
  i + 1 < words.length &&
  !PHRASE_ENDS.has(words[i + 1]);

/**
 * French puts an object pronoun before a verb that states what happens ("le système m'affiche une erreur", "l'appli
 * me montre mode avion"); a request puts it after ("affiche-moi", "montre-moi"). Without a "tu"/"vous" before it,
 * the verb reports what something showed the caller.
 */
const FRENCH_OBJECT = new Set(['m', 'me', 'nous']);
export const reportedDisplay = (words: readonly string[], classBits: Int32Array, i: number): boolean =>
  FRENCH_OBJECT.has(words[i - 1]) && (i < 2 || (classBits[i - 2] & YOU_BIT) === 0) && words[i].endsWith('e');

/** "only answer if you're sure", "solo si", "nur wenn": a condition on one answer, not a constraint on every answer. */
const CONDITIONS = new Set(['if', 'unless', 'when', 'si', 'wenn', 'falls', 'se', 'quando', 'cuando', 'quand']);
const CONDITION_REACH = 3;
export const onlyOnCondition = (words: readonly string[], i: number): boolean => {
  for (let j = i + 1; j <= Math.min(words.length - 1, i + CONDITION_REACH); j++)
    if (CONDITIONS.has(words[j])) return true;
  return false;
};

/**
 * The caller as the one who finds or opens something ("where do I find the API key", "can I access the portal",
 * "où est-ce que je trouve"): the caller's own errand, not a lookup asked of the assistant.
 */
const FIRST_PERSON = CALLER_SUBJECTS;
/** "give my brother access", "grant her access to the account": access granted to a person, not a lookup. */
const GRANTS = new Set(GRANT_VERBS);
/** Not "grant me admin access": access the caller takes, or a rank's, is still asked for. */
const TO_THE_CALLER = new Set(['me', 'us', 'mi', 'moi', 'mir', 'uns', 'nos', 'myself']);
const ACCESS = new Set(ACCESS_WORDS);
const grantedAccess = (words: readonly string[], classBits: Int32Array, i: number): boolean =>
  ACCESS.has(words[i]) &&
  (classBits[i - 1] & AUTHORITY_BIT) === 0 &&
  !TO_THE_CALLER.has(words[i - 1]) &&
  (GRANTS.has(words[i - 2]) || (GRANTS.has(words[i - 3]) && !TO_THE_CALLER.has(words[i - 2])));
/**
 * Access taken away: "remove my ex-employee's access", "revoke her access to the account", "retirer l'accès de mon
 * ancien salarié", "den Zugang meines Ex-Mitarbeiters sperren" (the verb after), "togliere l'accesso": a right ended,
 * not a lookup, and the person's "'s" before it is no datum asked for. A verb of removing within REVOKE_REACH words
 * before the access word (or, in German and Dutch, just after it), with no "me" between ("remove the check and give
 * me access" still asks). The access word must be some person's or a definite one (a possessive, "'s" or an article
 * right before it: ACCESS_OWNERS), and the look back stops at a clause join ("and", "then"): "disable the security
 * check and access John Smith's account" ends a check, then asks for someone's account.
 */
const REVOKE = new Set([
  ...['remove', 'removing', 'revoke', 'revoking', 'cancel', 'block', 'withdraw', 'disable', 'suspend', 'stop', 'end'],
  ...['quitar', 'quita', 'quite', 'retirar', 'retira', 'retire', 'retirez', 'supprimer', 'supprimez', 'bloquer'],
  ...['entziehen', 'entfernen', 'sperren', 'remover', 'remova', 'revogar', 'revogue', 'togliere'],
  ...['togli', 'tolga', 'revocare', 'revochi', 'rimuovere', 'rimuova', 'intrekken', 'verwijderen', 'blokkeren'],
]);
const ACCESS_RIGHTS = new Set([
  ...ACCESS_WORDS,
  ...['accesso', 'zugang', 'zugriff', 'toegang', 'permissions', 'login'],
]);
/** Right before the access word: whose it is ("my son's", "her", "su", "seinen") or an article ("the", "l'", "den"). */
const ACCESS_OWNERS = new Set([
  ...MY_BASE,
  ...['s', 'his', 'her', 'their', 'our', 'your', 'its', 'the', 'this', 'that', 'all'],
  ...['su', 'sus', 'el', 'la', 'l', 'le', 'les', 'son', 'sa', 'leur', 'lo', 'il', 'o', 'seu', 'sua', 'suo', 'dele'],
  ...['dela', 'den', 'der', 'die', 'das', 'dem', 'seinen', 'ihren', 'meinen', 'sein', 'seine', 'ihr', 'ihre'],
  ...['het', 'de', 'zijn', 'haar', 'hun'],
]);
/** A clause join the look back does not cross ("disable the check and access", "stop the check, then access"). */
const CLAUSE_JOINS = new Set([
  ...['and', 'then', 'y', 'luego', 'et', 'puis', 'und', 'dann', 'e', 'depois', 'poi', 'dan'],
]);
const REVOKE_REACH = 5;
export function revokedAccess(words: readonly string[], i: number): boolean {
  if (!ACCESS_RIGHTS.has(words[i]) || !ACCESS_OWNERS.has(words[i - 1])) return false;
  for (let j = i - 1; j >= 0 && i - j <= REVOKE_REACH && words[j] !== TURN_BREAK; j--) {
    if (TO_THE_CALLER.has(words[j]) || CLAUSE_JOINS.has(words[j])) return false;
    if (REVOKE.has(words[j])) return true;
  }
  for (let j = i + 1; j < words.length && j - i <= 2; j++) if (REVOKE.has(words[j])) return true;
  return false;
}
export const callerLooks = (words: readonly string[], classBits: Int32Array, i: number): boolean =>
  FIRST_PERSON.has(words[i - 1]) || grantedAccess(words, classBits, i) || revokedAccess(words, i);
