/**
 * A turn that only says whose something is ("the other account is in my dad's name", "that's my wife's card, not
 * mine", "the account holder is my brother") asks for no one's data. Read after ownedData.ts has marked the caller's
 * own data words.
 */
import { ADMINISTRATOR_WORDS, OF_LINKS, PLAIN_NEGATIONS } from './functionWords';
import { ASKING_CLASSES, CALLER_SUBJECTS, classBit, classMask, forEachTurn, TURN_BREAK } from './lexicon';
import { MY, OWNED_DATA } from './ownedData';
import { wanterOfBecoming } from './peopleSenses';

const DATA_BIT = classBit('data');
const OTHER_BIT = classBit('other');
const MINE_BIT = classBit('mine');

/** What a turn that only tells may not carry: a request, a forged turn, a word to the reader. */
const REQUEST_BITS = ASKING_CLASSES | classMask('forged', 'reader');
/**
 * Words that ask even with no verb of the lexicon: a question, a modal, "please", an imperative that acts on a record
 * ("what's on my dad's account", "change the address on order 77120, it's my friend's order").
 */
const ASKING = new Set([
  ...['change', 'update', 'move', 'put', 'set', 'add', 'remove', 'delete', 'switch', 'transfer', 'use', 'charge'],
  ...['pay', 'read', 'check', 'open', 'show', 'find', 'get', 'look', 'cancel', 'close', 'reset', 'unlock', 'redirect'],
  ...['cambia', 'cambiar', 'cambie', 'modifica', 'changez', 'modifie', 'modifiez', 'andern'],
  ...['aendere', 'muda', 'mude', 'altera', 'altere', 'mover', 'sposta', 'deplace', 'verschiebe'],
  ...['what', 'whats', 'which', 'how', 'when', 'where', 'who', 'whose', 'why', 'whether', 'if', 'please', 'pls'],
  ...['can', 'could', 'would', 'will', 'may', 'might', 'should', 'need', 'want', 'let', 'tell', 'give', 'send'],
  ...['que', 'cual', 'cuanto', 'cuanta', 'donde', 'quien', 'puede', 'puedes', 'podria', 'favor', 'dime', 'dame'],
  ...['quel', 'quelle', 'quels', 'combien', 'ou', 'qui', 'pouvez', 'peux', 'pourriez', 'sil', 'plait', 'donne'],
  ...['welche', 'welcher', 'wie', 'wo', 'wer', 'konnen', 'kannst', 'konnten', 'bitte', 'gib', 'sag'],
  ...['qual', 'quanto', 'onde', 'quem', 'pode', 'podes', 'poderia', 'diz', 'dove', 'chi', 'puoi', 'puo'],
  ...['potete', 'potrebbe', 'dimmi', 'dammi', 'per'],
]);
/** Verbs that say whose a thing is: "belongs to", "pertenece a", "appartient à", "gehört", "intestato a". */
const BELONGS = new Set([
  ...['belongs', 'belong', 'belonged', 'pertenece', 'pertenecen', 'appartient', 'appartiennent', 'gehort'],
  ...['gehoren', 'gehoert', 'pertence', 'pertencem', 'appartiene', 'appartengono', 'intestato', 'intestata'],
  ...['intestati', 'intestate'],
]);
/** "in my dad's name", "a nombre de", "au nom de", "auf den Namen", "no nome do", "em nome de". */
const NAME_WORDS = new Set(['name', 'nombre', 'nom', 'namen', 'nome']);
const IN_THE_NAME = new Set(['in', 'under', 'a', 'au', 'auf', 'no', 'em', 'en']);
const NEGATIONS = new Set([...PLAIN_NEGATIONS, 'isnt', 'nunca']);
const COPULAS = new Set(['is', 's', 'are', 'was', 'es', 'est', 'e', 'ist', 'sind', 'sao', 'son', 'sont']);
const OF_A_PERSON = new Set(['de', 'da', 'do', 'di', 'del', 'della', 'dos', 'das', 'des', 'du']);
/** A local copy: under tsx an imported binding is read through a getter at every use. */
const TURN_BREAK_WORD: string = TURN_BREAK;
/**
 * The role of whoever holds an account, a policy or a contract: "holder", "owner", "titular", "titulaire", "Inhaber",
 * "titolare", "intestatario", "dono". Said of one of the caller's relatives in a copular statement ("the account holder
 * is my brother", "mi hermano es el titular de la cuenta"), it says whose the account is.
 */
const HOLDER_ROLES = new Set([
  ...['holder', 'owner', 'accountholder', 'policyholder', 'cardholder', 'titular', 'titulaire', 'inhaber'],
  ...['inhaberin', 'kontoinhaber', 'kontoinhaberin', 'vertragsinhaber', 'vertragsinhaberin', 'titolare'],
  ...['intestatario', 'intestataria', 'proprietario', 'proprietaria', 'proprietaire', 'dueno', 'duena', 'dono'],
  ...['besitzer', 'besitzerin'],
]);
/** How far from the copula the role may stand: "el titular de la cuenta es", "is the main account holder". */
const ROLE_REACH = 4;
/** Words between the copula and the caller's "my": an article ("é o meu irmão", "è il mio fratello"). */
const BEFORE_MY = new Set(['o', 'a', 'il', 'la', 'el', 'le', 'lo', 'actually', 'really', 'also']);

/** The index of a HOLDER_ROLES word within ROLE_REACH words of `i`, one way (`step` -1 or 1), in its turn; else -1. */
function roleNear(words: readonly string[], i: number, step: number): number {
  for (let k = i + step, n = 0; n < ROLE_REACH && k >= 0 && k < words.length; k += step, n++) {
    if (words[k] === TURN_BREAK_WORD) return -1;
    if (HOLDER_ROLES.has(words[k])) return k;
  }
  return -1;
}

/** The caller's "my" at j with another person right after it ("my brother", "mi hermano", "my older sister"). */
const myPersonAt = (words: readonly string[], classBits: Int32Array, j: number): boolean =>
  MY.has(words[j]) && ((classBits[j + 1] & OTHER_BIT) !== 0 || (classBits[j + 2] & OTHER_BIT) !== 0);

/**
 * The role word when the copula at i names one of the caller's relatives as an account's holder: "the account holder
 * is my brother", "o titular da conta é o meu irmão", or the other way round, "my brother John is the account holder",
 * "mein Bruder ist der Inhaber des Kontos" (the caller's "my" and the relative at most four words before); else -1.
 */
function holderNamed(words: readonly string[], classBits: Int32Array, i: number): number {
  const j = BEFORE_MY.has(words[i + 1]) ? i + 2 : i + 1;
  if (myPersonAt(words, classBits, j)) return roleNear(words, i, -1);
  // not "my brother's account holder name": an "s" after the person is a possessive, not "is"
  const role = words[i] === 's' ? -1 : roleNear(words, i, 1);
  if (role < 0) return -1;
  for (let k = i - 1; k >= Math.max(0, i - 4) && words[k] !== TURN_BREAK_WORD; k--)
    if (myPersonAt(words, classBits, k)) return role;
  return -1;
}

/** How far past the role its account may stand: "the account holder", "el titular de la cuenta". */
const HELD_REACH = 3;

/**
 * Reads as the caller's own the data words of the holder's role that the copula at `copula` ties to a relative: those
 * between the copula and the role and up to HELD_REACH words past the role ("the account holder", "el titular de la
 * cuenta"). Only those: "the account holder is my brother. His balance and card number" still names his data.
 */
function ownHeld(words: readonly string[], classBits: Int32Array, copula: number, role: number): void {
  const step = role > copula ? 1 : -1;
  for (let k = copula + step; k !== role + step * (HELD_REACH + 1) && k >= 0 && k < words.length; k += step) {
    if (words[k] === TURN_BREAK_WORD || COPULAS.has(words[k])) return;
    if ((classBits[k] & DATA_BIT) !== 0) classBits[k] = (classBits[k] & ~DATA_BIT) | OWNED_DATA;
  }
}

/** A word of a turn that says whose something is: belongs, in X's name, not mine, is my X's, es de mi X. */
function statesWhose(words: readonly string[], classBits: Int32Array, i: number): boolean {
  const w = words[i];
  if (BELONGS.has(w)) return true;
  if (NAME_WORDS.has(w)) {
    for (let k = Math.max(0, i - 4); k < i; k++) if (IN_THE_NAME.has(words[k])) return true;
    return false;
  }
  if (NEGATIONS.has(w))
    return (classBits[i + 1] & MINE_BIT) !== 0 || (COPULAS.has(words[i + 1]) && (classBits[i + 2] & MINE_BIT) !== 0);
  if (!COPULAS.has(w)) return false;
  // "is my tenant's", "that's my wife's": a possessive after the caller's "my"
  if (MY.has(words[i + 1]) && words[i + 3] === 's') return true;
  // "es de mi mujer", "é da minha mulher", "è di mia moglie"
  return OF_A_PERSON.has(words[i + 1]) && (classBits[i + 2] & MINE_BIT) !== 0;
}

/**
 * The caller saying they hold or run the account: "yo soy la administradora de la cuenta", "I'm the account holder",
 * "je suis le titulaire du compte", "ich bin die Verwalterin des Kontos", "sou o titular da conta", "ik ben de beheerder
 * van het account", or wanting to become one ("I don't want to become the account holder", "we'd like to become the
 * account owner"), or speaking as one ("as the administrator of the account", "como administrador da conta
 * empresarial"). A first-person copula (or "to become" after a verb of wanting whose subject is the caller, or "as"), a
 * holder's or administrator's role within a few words, and the data words between them or just past the role ("of
 * the account"): those are the caller's own, whatever else the turn asks. Not
 * an account of another person named after it ("el administrador de la cuenta de mi vecino"), and not "manager" or
 * "supervisor" (an insider's claim over other customers, "I'm the account manager, read me ...").
 */
const I_AM = new Set(['am', 'm', 'im', 'soy', 'suis', 'bin', 'sou', 'sono', 'ben']);
/** "We are": "we're the account holders", "somos los titulares", "nous sommes les titulaires", "wir sind die Inhaber". */
const WE_ARE = new Set(['somos', 'sommes', 'siamo']);
const WE = new Set(['we', 'wir', 'wij', 'nous', 'nosotros', 'nos']);
const WE_ARE_AFTER_WE = new Set(['re', 'are', 'sind', 'zijn']);
/** "I am", "I'm" ("am" alone is no claim: "what am I owed"), "we are", "we're". */
const callerIs = (words: readonly string[], i: number): boolean =>
  (I_AM.has(words[i]) && ((words[i] !== 'am' && words[i] !== 'm') || words[i - 1] === 'i')) ||
  WE_ARE.has(words[i]) ||
  (WE_ARE_AFTER_WE.has(words[i]) && WE.has(words[i - 1]));
/** A role word, or its plural ("holders", "titulares", "owners"). */
const runsRole = (word: string): boolean =>
  RUNS.has(word) || (word.endsWith('s') && (RUNS.has(word.slice(0, -1)) || RUNS.has(word.slice(0, -2))));
const RUNS = new Set([
  ...HOLDER_ROLES,
  ...ADMINISTRATOR_WORDS,
  ...['verwalter', 'verwalterin', 'gestor', 'gestora', 'gestionnaire'],
]);
const CALLER_ROLE_REACH = 3;
/** Whether another person is named right after the data word at k ("de la cuenta de mi vecino", "of my ex's"). */
const someoneElsesAfter = (words: readonly string[], classBits: Int32Array, k: number): boolean => {
  if (words[k + 1] === 's') return true;
  if (!OF_LINKS.has(words[k + 1])) return false;
  for (let j = k + 2; j <= k + 4 && j < words.length && words[j] !== TURN_BREAK_WORD; j++)
    if ((classBits[j] & OTHER_BIT) !== 0) return true;
  return false;
};
/** "I'd like to become the account holder", "we want to become the main account holders": the caller's own, to be. */
const callerBecomes = (words: readonly string[], i: number): boolean => {
  const wanter = wanterOfBecoming(words, i);
  return wanter >= 0 && CALLER_SUBJECTS.has(words[wanter]);
};
/** "As the administrator of the account", "como administrador da conta", "en tant qu'administrateur du compte". */
const AS_THE = new Set(['as', 'como', 'come', 'comme', 'qu', 'als']);
function markCallerHeldRoles(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++) {
    if (!callerIs(words, i) && !AS_THE.has(words[i]) && !callerBecomes(words, i)) continue;
    let role = -1;
    for (let k = i + 1; k <= i + CALLER_ROLE_REACH && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
      if (runsRole(words[k])) {
        role = k;
        break;
      }
    if (role < 0) continue;
    const last = OF_LINKS.has(words[role + 1]) ? role + 1 + HELD_REACH : role;
    for (let k = i + 1; k <= last && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
      if ((classBits[k] & DATA_BIT) !== 0 && !someoneElsesAfter(words, classBits, k)) {
        classBits[k] = (classBits[k] & ~DATA_BIT) | OWNED_DATA;
        break;
      }
  }
}

/**
 * A turn that only states whose something is ("the other account is in my dad's name", "that's my wife's card, not
 * mine", "la carte est au nom de mon père"), with no request, question or modal in it, asks for no one's data: its
 * data words are read as the caller's own (OWNED_DATA), so the signal about other people's data does not fire.
 * "The balance on the account in my dad's name, please" and "read me my wife's card number, it's hers" still ask.
 * A turn that only names a relative as the holder ("the account holder is my brother") owns the account of the role.
 */
export function markStatedOwnership(words: readonly string[], classBits: Int32Array): void {
  markCallerHeldRoles(words, classBits);
  forEachTurn(words, (start, end) => {
    let union = 0;
    let asks = false;
    let states = false;
    let held: number[] | undefined; // copula, role, copula, role...
    for (let i = start; i < end && !asks; i++) {
      union |= classBits[i];
      // the role of whoever holds the account ("the account owner") is no authority the caller claims
      asks = ASKING.has(words[i]) || ((classBits[i] & REQUEST_BITS) !== 0 && !HOLDER_ROLES.has(words[i]));
      states ||= statesWhose(words, classBits, i);
      if (COPULAS.has(words[i])) {
        const role = holderNamed(words, classBits, i);
        if (role >= 0) (held ??= []).push(i, role);
      }
    }
    if (asks || (union & DATA_BIT) === 0 || (union & OTHER_BIT) === 0) return;
    if (states) {
      for (let i = start; i < end; i++)
        if ((classBits[i] & DATA_BIT) !== 0) classBits[i] = (classBits[i] & ~DATA_BIT) | OWNED_DATA;
    } else if (held) for (let h = 0; h < held.length; h += 2) ownHeld(words, classBits, held[h], held[h + 1]);
  });
}
