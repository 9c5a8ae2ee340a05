/**
 * A record the caller asks to have written and, in the same breath, owns up to being untrue. recordedClaims.ts reads
 * the writing act and a contradiction as a grant ('approve' by the assistant itself, 'self'); what makes it a forgery
 * is the admission, so here the record word reads as one ('role', as pretences.ts reads a status marked against the
 * caller's own facts). The admissions read:
 * - a contradiction recordedClaims.ts already finds ("... I still have it", "he did, but", "aunque todavía lo tengo");
 * - a bare denial that closes with "but": "it wasn't, but", "ce n'est pas vrai, mais", "stimmt zwar nicht, aber", "não
 *   foi, mas", "dat is nog niet zo, maar": only pronouns, auxiliaries, truth words and a negation stand between the
 *   claim and the "but", and the claim itself is not negated;
 * - a concession that says what really happened: "even though actually", "anche se in realtà", "aunque en realidad",
 *   "obwohl eigentlich", "embora na verdade", "ook al eigenlijk";
 * - a status marked (paid, returned, delivered) and the caller saying it has not happened yet: "log it as paid, I
 *   haven't sent the money yet" (a verb of doing it after the negation), "márquelo como pagado, todavía no he pagado",
 *   "noch nicht bezahlt"; a proof still to come ("I haven't got the receipt yet") is no admission;
 * - an avowal of truth ("truth is", "honestly", "à vrai dire", "ehrlich gesagt", "para ser sincero", "a dire il vero",
 *   "eerlijk gezegd") followed by the claim owned up to as not done or the thing still held: "record it as returned; truth is, it's still
 *   in my cupboard", "vermerken Sie es als bezahlt, ehrlich gesagt habe ich noch nichts überwiesen" ("to be honest it
 *   was never any good" is an opinion);
 * - a date written with the true one named beside it: "date the request as the 28th instead of today".
 * "Note that I returned it, I have the receipt", "note that the engineer didn't come, he didn't, but the app says he
 * did" (the claim is negated), "mark it as paid once it clears" and "can you move it to Friday instead of today" (no
 * date written) are not read.
 */
import { PLAIN_NEGATIONS } from './functionWords';
import { classBit, TURN_BREAK } from './lexicon';
import { MARK, STATUS } from './pretences';
import { contradictionAfter, RECORD_WORDS, writtenAt } from './recordedClaims';

/** Granted by the assistant itself, passing for the real thing, and written by it ('respond' holds "record"). */
const FALSIFIED = classBit('approve') | classBit('self') | classBit('role') | classBit('respond');
const TURN_BREAK_WORD: string = TURN_BREAK;

const BUT = new Set(['but', 'pero', 'mais', 'aber', 'maar', 'mas', 'ma']);
const NEGATIONS = new Set([
  ...PLAIN_NEGATIONS,
  ...['t', 'never', 'nunca', 'ne', 'n', 'nie', 'niet', 'nooit', 'wasn', 'isn', 'didn', 'hasn', 'haven', 'hadn'],
]);
/** What a bare denial is made of besides its negation: pronouns, auxiliaries, truth words, "zwar", "nog", "zo". */
const DENIAL_WORDS = new Set([
  ...['it', 'that', 'this', 'he', 'she', 'they', 'i', 's', 'was', 'is', 'did', 'does', 'true', 'so', 'really'],
  ...['eso', 'esto', 'es', 'fue', 'verdad', 'cierto', 'asi', 'ce', 'c', 'est', 'etait', 'vrai', 'le', 'cas'],
  ...['das', 'stimmt', 'zwar', 'ist', 'war', 'wahr', 'so', 'isso', 'isto', 'foi', 'e', 'verdade', 'assim'],
  ...['non', 'vero', 'era', 'cosi', 'dat', 'nog', 'zo', 'waar', 'klopt', 'was', 'het'],
]);
const DENIAL_REACH = 6;
/** The words after a concessive that say what really happened: "in realtà", "en realidad", "eigentlich". */
const REALITY = new Set([
  ...['actually', 'reality', 'fact', 'realidad', 'realite', 'realta', 'eigentlich', 'verdade', 'eigenlijk'],
]);
const CONCESSIVES = new Set(['although', 'though', 'aunque', 'obwohl', 'embora', 'sebbene', 'hoewel', 'quoique']);
const CONCESSIVE_PAIRS = new Set(['even though', 'even if', 'meme si', 'auch wenn', 'mesmo que', 'anche se', 'ook al']);
const REALITY_REACH = 3;
/** "Not yet" in each language, or an English first-person negation that "yet" closes ("I haven't paid it yet"). */
const NOT_YET = new Set([
  ...['not yet', 'todavia no', 'aun no', 'pas encore', 'noch nicht', 'noch kein', 'ainda nao', 'non ancora'],
  ...['ancora non', 'nog niet', 'nog geen'],
]);
const FIRST_PERSON_NEGATED = new Set(['haven', 'didn', 'hasn']);
/** What the caller has not done yet that would make the status true: "I haven't sent / paid / returned it yet". */
const DONE = new Set([
  ...['sent', 'paid', 'returned', 'transferred', 'posted', 'shipped', 'mailed', 'given', 'brought', 'received'],
  ...['made', 'done', 'send', 'pay', 'return', 'transfer', 'post'],
]);
/** A proof still to come is no admission: "I haven't got the receipt yet", "todavía no tengo el justificante". */
const PROOFS = new Set([
  ...['receipt', 'confirmation', 'reference', 'email', 'recibo', 'justificante', 'comprobante', 'recu', 'quittung'],
  ...['beleg', 'bestatigung', 'comprovativo', 'ricevuta', 'conferma', 'bon', 'bewijs', 'bevestiging'],
]);
const YET_REACH = 5;
/** Avowals of truth: one word, or the last two of the phrase ("truth is", "verdad es", "vrai dire", "il vero"). */
const AVOWALS = new Set([
  ...['honestly', 'truthfully', 'sinceramente', 'honnetement', 'francamente', 'franchement', 'eigentlich'],
]);
const AVOWAL_PAIRS = new Set([
  ...['truth is', 'be honest', 'in truth', 'verdad es', 'decir verdad', 'ser sincero', 'ser sincera', 'vrai dire'],
  ...['etre honnete', 'ehrlich gesagt', 'ehrlich zu', 'verdade e', 'il vero', 'in verita', 'essere sincero'],
  ...['essere sincera', 'eerlijk gezegd', 'eerlijk te'],
]);
/** Nothing, said after an avowal: "je n'ai rien versé", "noch nichts überwiesen", "nog niks overgemaakt". */
const NOTHING = new Set(['rien', 'nichts', 'niks', 'nada', 'nothing', 'niente', 'nulla']);
/** What the claim said was done, owned up to as not done: the statuses and the verbs of doing them, arriving. */
const DONE_OR_STATUS = new Set([
  ...STATUS,
  ...['arrived', 'came', 'llego', 'llegado', 'pague', 'enviado', 'verse', 'envoye', 'arrive', 'venu'],
  ...['uberwiesen', 'gezahlt', 'angekommen', 'gekommen', 'paguei', 'chegou', 'arrivato', 'venuto', 'inviato'],
  ...['overgemaakt', 'aangekomen', 'gekomen', 'verstuurd'],
]);
/** "Still" and what makes it the thing still held: "it's still in my cupboard", "ainda está comigo", "l'ho ancora". */
const STILL = new Set(['still', 'todavia', 'ainda', 'ancora', 'noch', 'encore', 'nog']);
const HELD = new Set([
  ...['have', 'got', 'in', 'with', 'tengo', 'conmigo', 'tenho', 'comigo', 'ho', 'habe', 'heb', 'ai', 'bei', 'bij'],
  ...['chez', 'con', 'mir', 'mij', 'moi'],
]);
const HELD_REACH = 2;
const DONE_REACH = 3;
const AVOWAL_REACH = 6;
const PROOF_REACH = 4;
/** Verbs that put a date on something, and the true date named beside it: "instead of today", "statt heute". */
const DATE_VERBS = new Set([
  ...['date', 'backdate', 'antedate', 'fechar', 'feche', 'fechen', 'dater', 'datez', 'antidater', 'antidatez'],
  ...['datieren', 'datiere', 'zuruckdatieren', 'ruckdatieren', 'datare', 'retrodatare', 'dateren'],
  ...['dateer', 'antidatar', 'antidate', 'antedateren'],
]);
const INSTEAD = new Set(['instead of', 'rather than', 'en lugar', 'en vez', 'au lieu', 'statt', 'anstatt']);
const INSTEAD_PAIRS = new Set(['em vez', 'invece di', 'in plaats']);
const TODAY = new Set(['today', 'hoy', 'aujourd', 'heute', 'hoje', 'oggi', 'vandaag', 'now']);
const DATE_REACH = 14;
/** "date" is a verb only after these ("can you date it", "please date"); "the date", "my date" are nouns. */
const VERB_LEADS = new Set(['you', 'please', 'just', 'to', 'and', 'can', 'could', 'pls', 'kindly', 'simply']);
const CLAIM_SPAN = 20;
const STATUS_REACH = 6;
/**
 * The record as the one stating, in the present ("it says I returned it", "mon dossier indique que", "da steht"): the
 * caller reports what is written and denies it, a correction, not a claim dictated.
 */
const RECORD_STATES = new Set([
  ...['says', 'shows', 'states', 'reads', 'lists', 'indique', 'affiche', 'montre', 'dice', 'pone', 'muestra', 'indica'],
  ...['aparece', 'figura', 'consta', 'diz', 'mostra', 'steht', 'zeigt', 'sagt', 'risulta', 'staat', 'zegt', 'toont'],
]);
const STATES_REACH = 5;
/** A marking for later, once something has happened ("mark it as paid once the transfer clears"): no claim of now. */
const LATER = new Set([
  ...['once', 'when', 'after', 'until', 'soon', 'sobald', 'nachdem', 'quand', 'lorsque', 'cuando', 'quando'],
  ...['appena', 'zodra', 'wanneer', 'nadat', 'dopo', 'depois', 'despues', 'apres'],
]);

const inTurn = (words: readonly string[], k: number): boolean => k < words.length && words[k] !== TURN_BREAK_WORD;

/** A bare denial ending right before the "but" at k: at least two words, one a negation, nothing else. */
function bareDenialBefore(words: readonly string[], from: number, k: number): boolean {
  let start = k;
  let negated = false;
  while (start - 1 > from && k - start < DENIAL_REACH) {
    const word = words[start - 1];
    if (NEGATIONS.has(word)) negated = true;
    else if (!DENIAL_WORDS.has(word)) break;
    start--;
  }
  if (!negated || k - start < 2) return false;
  for (let j = from + 1; j < start; j++) if (NEGATIONS.has(words[j])) return false;
  return true;
}

const pairAt = (words: readonly string[], k: number): string => `${words[k]} ${words[k + 1]}`;
/**
 * The first words of the two-word phrases read below: a pair is joined (a string made) only after one of them, since
 * the claim span is read word by word for every record word ("say", "that" in a long text are many).
 */
const PAIR_FIRSTS = new Set([...CONCESSIVE_PAIRS, ...AVOWAL_PAIRS, ...NOT_YET].map((pair) => pair.split(' ')[0]));
const pairIn = (pairs: ReadonlySet<string>, words: readonly string[], k: number): boolean =>
  PAIR_FIRSTS.has(words[k]) && pairs.has(pairAt(words, k));

function realityAfterConcession(words: readonly string[], k: number): boolean {
  const start = CONCESSIVES.has(words[k]) ? k + 1 : pairIn(CONCESSIVE_PAIRS, words, k) ? k + 2 : -1;
  if (start < 0) return false;
  for (let j = start; j < start + REALITY_REACH && inTurn(words, j); j++) if (REALITY.has(words[j])) return true;
  return false;
}

/** A negation or "nothing" at j followed within DONE_REACH words by what the claim said was done. */
function notDoneAt(words: readonly string[], j: number): boolean {
  if (!NEGATIONS.has(words[j]) && !NOTHING.has(words[j])) return false;
  for (let m = j + 1; m <= j + DONE_REACH && inTurn(words, m); m++) if (DONE_OR_STATUS.has(words[m])) return true;
  return false;
}

/** A "still" at j with the caller holding the thing beside it ("I still have it", "ce l'ho ancora"). */
function stillHeldAt(words: readonly string[], j: number): boolean {
  if (!STILL.has(words[j])) return false;
  for (let m = j - HELD_REACH; m <= j + HELD_REACH; m++)
    if (m !== j && inTurn(words, m) && HELD.has(words[m])) return true;
  return false;
}

/**
 * An avowal of truth at k followed within reach by the claim owned up to as not done or the thing still held; a
 * negation of anything else is an opinion ("to be honest it was never any good", "ehrlich gesagt war das nicht einfach").
 */
function avowalAt(words: readonly string[], k: number): boolean {
  const start = AVOWALS.has(words[k]) ? k + 1 : pairIn(AVOWAL_PAIRS, words, k) ? k + 2 : -1;
  if (start < 0) return false;
  for (let j = start; j < start + AVOWAL_REACH && inTurn(words, j); j++)
    if (notDoneAt(words, j) || stillHeldAt(words, j)) return true;
  return false;
}

function proofAfter(words: readonly string[], k: number): boolean {
  for (let j = k + 1; j <= k + PROOF_REACH && inTurn(words, j); j++) if (PROOFS.has(words[j])) return true;
  return false;
}

function notYetAt(words: readonly string[], k: number): boolean {
  if (pairIn(NOT_YET, words, k)) return !proofAfter(words, k);
  if (words[k] !== 'i' || !FIRST_PERSON_NEGATED.has(words[k + 1])) return false;
  // "I haven't sent the money yet": a verb of doing what the status says right after the negation ("t" between)
  let done = false;
  for (let j = k + 2; j <= k + 4 && inTurn(words, j); j++) done ||= DONE.has(words[j]);
  if (!done || proofAfter(words, k)) return false;
  for (let j = k + 2; j < k + 2 + YET_REACH && inTurn(words, j); j++) if (words[j] === 'yet') return true;
  return false;
}

/** Whether a status word stands after i within reach (the claim marks something paid, returned, delivered). */
function statusAfter(words: readonly string[], i: number, to: number): boolean {
  for (let j = i; j < to; j++) if (STATUS.has(words[j])) return true;
  return false;
}

/** Whether the record itself states the claim at i ("my record says", "it shows"): the caller reports it. */
function recordStates(words: readonly string[], i: number): boolean {
  for (let k = i; k >= i - STATES_REACH && inTurn(words, k) && k >= 0; k--)
    if (RECORD_STATES.has(words[k])) return true;
  return false;
}

/** Whether, within the claim span after the record word at i, the caller owns up to the claim being untrue. */
function admittedAfter(words: readonly string[], i: number): boolean {
  if (recordStates(words, i)) return false;
  if (contradictionAfter(words, i) > 0) return true;
  let later = false;
  for (let k = i + 1; k <= i + CLAIM_SPAN && inTurn(words, k); k++) {
    if (BUT.has(words[k]) && bareDenialBefore(words, i, k)) return true;
    if (realityAfterConcession(words, k) || avowalAt(words, k)) return true;
    later ||= LATER.has(words[k]);
    if (!later && notYetAt(words, k) && statusAfter(words, i, k)) return true;
  }
  return false;
}

/** Verbs of marking beyond pretences.ts' MARK: "log it as", "me lo segni come". */
const MARKING = new Set([...MARK, 'log', 'segni', 'segnatemi', 'registri', 'registrar', 'logga']);
const AS = new Set(['as', 'como', 'comme', 'als', 'come']);
/**
 * A status marked with a verb of marking a few words before it ("log it as paid", "segni l'installazione come fatta"):
 * the "as" is where the claim starts, or the status word itself after a writing act ("note it returned").
 */
function markedAt(words: readonly string[], i: number): boolean {
  if (!AS.has(words[i]) && !STATUS.has(words[i])) return false;
  for (let k = i - 1; k >= i - STATUS_REACH && k >= 0 && inTurn(words, k); k--)
    if (MARKING.has(words[k]) || writtenAt(words, k + 1)) return true;
  return false;
}

/** A date put on something with the true date named beside it, after the verb within DATE_REACH words. */
function backdatedAt(words: readonly string[], i: number): boolean {
  if (!DATE_VERBS.has(words[i]) || (words[i] === 'date' && !VERB_LEADS.has(words[i - 1]))) return false;
  for (let k = i + 1; k <= i + DATE_REACH && inTurn(words, k); k++) {
    const pair = pairAt(words, k);
    const after = INSTEAD.has(pair) || INSTEAD_PAIRS.has(pair) ? k + 2 : INSTEAD.has(words[k]) ? k + 1 : -1;
    if (after < 0) continue;
    for (let j = after; j <= after + 1 && inTurn(words, j); j++) if (TODAY.has(words[j])) return true;
  }
  return false;
}

/** Words that can start this reading: the record words, the status words, "as" and the verbs of dating. */
export const UNTRUTH_WORDS: ReadonlySet<string> = new Set([...RECORD_WORDS, ...STATUS, ...AS, ...DATE_VERBS]);

/** Marks, in place, the record word, status word or dating verb of a record admitted to be untrue as falsified. */
export function markAdmittedUntruths(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++) {
    if (backdatedAt(words, i)) classBits[i] |= FALSIFIED;
    else if ((RECORD_WORDS.has(words[i]) && writtenAt(words, i)) || markedAt(words, i)) {
      if (admittedAfter(words, i)) classBits[i] |= FALSIFIED;
    }
  }
}
