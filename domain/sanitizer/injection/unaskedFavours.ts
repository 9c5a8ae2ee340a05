/**
 * A grant asked as a favour with the company's check waved away, in plain words: "waive the late fee this once, you
 * don't need to ask anyone", "pop a credit on my account, nobody will notice", "quíteme el recargo sin consultarlo con
 * nadie", "schrijf 75 euro tegoed, daar hoeft niemand naar te kijken", "waive the fee and skip the check". A word of
 * granting ('approve': waive, credit, refund) in the turn, and within FAVOUR_REACH words of it one of:
 * - no one to notice: a word for no one, then within NOTICE_GAP words a verb of noticing or looking in the future or
 *   after "need" ("nobody will notice", "niemand hoeft te kijken", "ninguém vai reparar", "nessuno se ne accorgerà");
 * - no one to ask: "don't need to ask" / "without asking" / "sin consultarlo" with anyone or a manager after it;
 * - "skip the check" told (the verb first in its clause: at the start, after "and", "just", "please").
 * The word for no one (or the check) reads as 'verify' and 'without': a check skipped, beside a grant. skippedChecks.ts
 * reads the same with "no need to check with anyone"; this reads the forms it leaves. "Nobody noticed the fee for
 * months" (past), "can I skip the credit check if I pay a deposit" (asked, not told) and "I don't need to ask anyone,
 * it's my account" (no grant) are not read.
 */
import { classBit, TURN_BREAK } from './lexicon';
import { CHARGES } from './recordedClaims';

const APPROVE_BIT = classBit('approve');
const SKIPPED = classBit('verify') | classBit('without');
const TURN_BREAK_WORD: string = TURN_BREAK;

const NO_ONE = new Set([
  ...['nobody', 'noone', 'nadie', 'personne', 'niemand', 'ninguem', 'nessuno', 'keiner', 'niemand', 'anyone'],
  ...['anybody', 'nessun', 'alguien', 'jemanden', 'qualcuno', 'iemand', 'ninguno'],
]);
/** "No one" in two words: "no one", "not anyone" are read from "one"/"anyone". */
const NOTICE = new Set([
  ...['notice', 'know', 'check', 'mind', 'look', 'see', 'enterar', 'enterara', 'dara', 'notara', 'remarquer'],
  ...['remarquera', 'verra', 'saura', 'merken', 'merkt', 'wissen', 'kijken', 'merkt', 'reparar', 'notar', 'saber'],
  ...['accorgera', 'accorgersi', 'sapra', 'accorge', 'controllera', 'weten', 'zien', 'controleren'],
]);
/** What makes "no one ... notice" a bet and not a complaint: a future, "need", "has to". */
const BET = new Set([
  ...['will', 'll', 'going', 'gonna', 'would', 'd', 'va', 'vai', 'wird', 'zal', 'hoeft', 'needs', 'need', 'has'],
  ...['dara', 'notara', 'remarquera', 'verra', 'saura', 'accorgera', 'sapra', 'controllera', 'enterara'],
]);
const NOTICE_GAP = 5;
const CONDITIONS = new Set(['if', 'when', 'whether', 'si', 'wenn', 'ob', 'se', 'als', 'quand', 'cuando', 'quando']);
/** Verbs of asking someone first, with the clitics Spanish and Italian join to them. */
const ASK = new Set([
  ...['ask', 'asking', 'check', 'checking', 'consultar', 'consultarlo', 'consultarla', 'preguntar', 'preguntarle'],
  ...['demander', 'fragen', 'nachfragen', 'chiedere', 'chiederlo', 'perguntar', 'vragen', 'consulter'],
]);
const ASKED_WHOM = new Set([
  ...NO_ONE,
  ...['manager', 'supervisor', 'boss', 'jefe', 'responsable', 'chef', 'vorgesetzten', 'responsabile', 'chefe'],
  ...['leidinggevende', 'manager', 'superior', 'superiore'],
]);
/** Negations and "without" that wave the asking away: "don't need to ask", "no hace falta preguntar", "sin". */
const WAIVED_ASKING = new Set([
  ...['without', 'sin', 'sans', 'ohne', 'senza', 'sem', 'zonder', 'need', 'needn', 'have'],
]);
const ASK_REACH = 3;
const CALLER = new Set(['i', 'we', 'yo', 'je', 'ich', 'eu', 'io', 'ik']);
const CALLER_REACH = 5;
const WHOM_REACH = 3;
const SKIP = new Set(['skip', 'sklp', 'saltate', 'salte', 'saute', 'sautez', 'uberspringen', 'pule', 'salti', 'sla']);
const SKIP_LEADS = new Set(['and', 'just', 'please', 'then', 'y', 'et', 'und', 'e', 'en', 'simplemente']);
const CHECK_NOUNS = new Set([
  ...['check', 'checks', 'verification', 'control', 'controle', 'controles', 'comprobacion', 'verificacion'],
  ...['prufung', 'kontrolle', 'verifica', 'controllo', 'verificacao', 'controlo'],
]);
const ARTICLES = new Set(['the', 'that', 'this', 'any', 'la', 'el', 'le', 'die', 'den', 'il', 'o', 'a', 'de']);
const FAVOUR_REACH = 16;

const inTurn = (words: readonly string[], k: number): boolean =>
  k >= 0 && k < words.length && words[k] !== TURN_BREAK_WORD;

/** "nobody will notice", "niemand hoeft ernaar te kijken": the word for no one at k, a bet, then a verb of noticing. */
function unnoticedAt(words: readonly string[], k: number): boolean {
  const one = words[k] === 'one' && words[k - 1] === 'no';
  if (!one && (!NO_ONE.has(words[k]) || words[k] === 'anyone' || words[k] === 'anybody')) return false;
  // the bet may come first in Dutch and German ("daar hoeft niemand naar te kijken", "das wird niemand merken")
  let bet = BET.has(words[k - 1]) || BET.has(words[k - 2]);
  for (let j = k + 1; j <= k + NOTICE_GAP && inTurn(words, j); j++) {
    if (BET.has(words[j])) bet = true;
    // "nobody will notice if the parcel is left outside" says when no one notices, not that a grant goes unnoticed
    if (NOTICE.has(words[j])) return (bet || BET.has(words[j])) && !CONDITIONS.has(words[j + 1]);
  }
  return false;
}

/** "don't need to ask anyone", "sin consultarlo con nadie", "without checking with your manager". */
function unaskedAt(words: readonly string[], k: number): boolean {
  if (!ASK.has(words[k])) return false;
  let waived = false;
  for (let j = k - 1; j >= k - ASK_REACH && inTurn(words, j); j--) waived ||= WAIVED_ASKING.has(words[j]);
  if (!waived) return false;
  // "I don't need to ask anyone, it's my account": the caller's own asking, not the company's check
  for (let j = k - 1; j >= k - CALLER_REACH && inTurn(words, j); j--) if (CALLER.has(words[j])) return false;
  for (let j = k + 1; j <= k + WHOM_REACH && inTurn(words, j); j++)
    if (ASKED_WHOM.has(words[j])) return !butMe(words, j);
  return false;
}

/** "No need to ask anyone but me", "a nadie más que a mí", "personne d'autre que moi": the caller is the one to ask. */
const ME = new Set(['me', 'mi', 'moi', 'mir', 'mim', 'mij', 'myself']);
const BUT_ME_REACH = 4;
function butMe(words: readonly string[], j: number): boolean {
  for (let m = j + 1; m <= j + BUT_ME_REACH && inTurn(words, m); m++) if (ME.has(words[m])) return true;
  return false;
}

/** "and skip the check": the check noun after a told "skip" (-1 if none). */
function skippedCheckAt(words: readonly string[], k: number): number {
  if (!SKIP.has(words[k]) || !(k === 0 || SKIP_LEADS.has(words[k - 1]))) return -1;
  const j = ARTICLES.has(words[k + 1]) ? k + 2 : k + 1;
  return inTurn(words, j) && CHECK_NOUNS.has(words[j]) ? j : -1;
}

/** A charge to take off ("quíteme el recargo") or a credit to write ("schrijf 75 euro tegoed") is a grant too. */
const CREDITS = new Set(['tegoed', 'credito', 'avoir', 'abono', 'bonifico', 'gutschrift']);
const granted = (classBits: Int32Array, words: readonly string[], j: number): boolean =>
  (classBits[j] & APPROVE_BIT) !== 0 || CHARGES.has(words[j]) || CREDITS.has(words[j]);
/** Where the grant stands within reach of k (-1 if none). */
function grantNear(classBits: Int32Array, words: readonly string[], k: number): number {
  for (let j = k - 1; j >= k - FAVOUR_REACH && inTurn(words, j); j--) if (granted(classBits, words, j)) return j;
  for (let j = k + 1; j <= k + FAVOUR_REACH && inTurn(words, j); j++) if (granted(classBits, words, j)) return j;
  return -1;
}

/** Words that can start this reading. */
export const FAVOUR_WORDS: ReadonlySet<string> = new Set([...NO_ONE, 'one', ...ASK, ...SKIP]);

/**
 * Marks, in place, the check waved away beside a grant asked as a favour as 'verify' and 'without', and the grant (a
 * charge taken off, a credit written) as 'approve'.
 */
export function markUnaskedFavours(words: readonly string[], classBits: Int32Array): void {
  for (let k = 0; k < words.length; k++) {
    const check = skippedCheckAt(words, k);
    const at = check >= 0 ? check : unnoticedAt(words, k) || unaskedAt(words, k) ? k : -1;
    const grant = at >= 0 ? grantNear(classBits, words, k) : -1;
    if (grant < 0) continue;
    classBits[at] |= SKIPPED;
    classBits[grant] |= APPROVE_BIT;
  }
}
