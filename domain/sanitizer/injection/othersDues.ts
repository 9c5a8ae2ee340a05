/**
 * Another household's dues and whereabouts asked in plain words, with no record word named:
 * - what someone else owes or pays: a word of asking (what, how much, cuánto, combien, was, quanto, hoeveel), then
 *   within DUES_REACH words a verb of owing or paying in the third person singular and a person who is not the caller
 *   (a word already read as 'other', or a third-person pronoun): "what does the lady at number 14 owe you", "was zahlt
 *   der eigentlich im Monat", "cuánto debe el vecino del 3ºB". The verb reads as 'lookup' and the person as 'other';
 * - where someone lives now: a verb of telling, then a word for where or an address, and within WHERE_REACH words a
 *   third person (a pronoun or a person read as 'other') living or moved there: "tell me what address she's moved
 *   to", "tell me where the previous owner of this number lives", "dites-moi où il habite". The verb reads as
 *   'lookup', the person as 'other'; "mi dica ... dove abita" (no pronoun) reads the verb as both.
 * "How much do I owe?", "what do other customers pay for this plan?" (plural: a price, not a person), "how much does
 * he owe me" (a debt to the caller), "can you update the address, she's moved" (nothing asked) and "where do I live on
 * your system" are not read, nor a question the person is said to authorise ("my mother is here and agrees").
 */
import { COMPARING as COMPARING_WORDS, LIVES_VERBS, TELL_VERBS, THIRD_PERSON_SUBJECTS } from './functionWords';
import { classBit, TURN_BREAK } from './lexicon';

const OTHER_BIT = classBit('other');
const LOOKUP_BIT = classBit('lookup');
const REVEAL_BIT = classBit('reveal');
const TURN_BREAK_WORD: string = TURN_BREAK;

const ASKING = new Set([
  ...['what', 'how', 'cuanto', 'cuanta', 'combien', 'was', 'wieviel', 'quanto', 'quanta', 'hoeveel', 'wat'],
]);
/** Owing or paying, third person singular only: a plural asks a price ("what do customers pay"). */
const OWES_OR_PAYS = new Set([
  ...['owe', 'owes', 'pays', 'debe', 'deve', 'doit', 'paie', 'schuldet', 'zahlt', 'betaalt', 'paga'],
]);
/** English "owe" counts only after "does": "what does she owe" (not "what do I owe"). */
const BARE_VERBS = new Set(['owe']);
const PERSONS = new Set([...THIRD_PERSON_SUBJECTS, 'der', 'lei', 'lui', 'ella', 'elle']);
/** The caller, anywhere in the question: then it asks the caller's own dues. */
const CALLER = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'yo', 'je', 'ich', 'mir', 'eu', 'io', 'ik', 'nous', 'ons']);
const DUES_REACH = 8;

const WHERE = new Set([
  ...['where', 'address', 'donde', 'direccion', 'ou', 'adresse', 'wo', 'wohin', 'onde', 'endereco', 'dove'],
  ...['indirizzo', 'waar', 'adres'],
]);
const TELL = new Set(TELL_VERBS);
const MOVED_OR_LIVES = new Set([
  ...LIVES_VERBS,
  ...['moved', 'mudado', 'mudo', 'demenage', 'umgezogen', 'mudou', 'trasferita', 'trasferito', 'verhuisd'],
]);
/** Verbs of living that say their third-person subject with no pronoun ("dove abita", "dónde vive", "onde mora"). */
const PRO_DROP_LIVES = new Set(['abita', 'vive', 'mora']);
const TELL_REACH = 6;
/** From the word for where to the verb: a person named in a few words may stand between ("the owner of ..."). */
const WHERE_REACH = 8;

const inTurn = (words: readonly string[], k: number): boolean =>
  k >= 0 && k < words.length && words[k] !== TURN_BREAK_WORD;

/** A comparison, not a question: "more than what she pays", "meer dan wat hij betaalt". */
const COMPARING = new Set(COMPARING_WORDS);

function markDuesAt(words: readonly string[], classBits: Int32Array, i: number): void {
  // German "was" asks only before its verb ("was zahlt der"): in English it is a past
  if ((words[i] === 'was' && !OWES_OR_PAYS.has(words[i + 1])) || COMPARING.has(words[i - 1])) return;
  let person = -1;
  for (let k = i + 1; k <= i + DUES_REACH && inTurn(words, k); k++) {
    const word = words[k];
    if (CALLER.has(word)) return;
    if (person < 0 && ((classBits[k] & OTHER_BIT) !== 0 || PERSONS.has(word))) person = k;
    else if (OWES_OR_PAYS.has(word)) {
      if (BARE_VERBS.has(word) && !words.slice(i + 1, k).includes('does')) return;
      const after = person >= 0 ? k : k + 1;
      if (person < 0 && inTurn(words, after) && PERSONS.has(words[after])) person = after;
      if (person < 0 || CALLER.has(words[k + 1])) return;
      classBits[k] |= LOOKUP_BIT;
      classBits[person] |= OTHER_BIT;
      return;
    }
  }
}

function markWhereaboutsAt(words: readonly string[], classBits: Int32Array, i: number): void {
  let told = false;
  for (let k = i - 1; k >= i - TELL_REACH && inTurn(words, k); k--)
    told ||= TELL.has(words[k]) || (classBits[k] & REVEAL_BIT) !== 0;
  if (!told) return;
  let person = -1;
  for (let k = i + 1; k <= i + WHERE_REACH && inTurn(words, k); k++) {
    const word = words[k];
    if (CALLER.has(word)) return;
    if (PRO_DROP_LIVES.has(word) && k === i + 1 && !CALLER.has(words[k + 1])) {
      // the person is in the verb's ending: it is both the looking up and the someone else
      classBits[k] |= LOOKUP_BIT | OTHER_BIT;
      return;
    }
    if (person < 0 && (PERSONS.has(word) || (classBits[k] & OTHER_BIT) !== 0)) person = k;
    else if (person >= 0 && MOVED_OR_LIVES.has(word)) {
      classBits[k] |= LOOKUP_BIT;
      classBits[person] |= OTHER_BIT;
      return;
    }
  }
}

/**
 * The person said to authorise the question ("a minha mãe está aqui e autoriza: quanto ela deve?", "my wife agrees,
 * how much does she owe?"): asked with their leave, on the turn, so not read.
 */
const AUTHORISING = new Set([
  ...['authorises', 'authorizes', 'authorised', 'authorized', 'agrees', 'consents', 'permission', 'autoriza'],
  ...['autorizo', 'autorizou', 'autorise', 'autorisee', 'autorizza', 'erlaubt', 'einverstanden', 'toestemming'],
  ...['consiente', 'consent', 'accord', 'acuerdo', 'permesso', 'permissao', 'permiso'],
]);
/**
 * Whether each word's turn holds a word of AUTHORISING: one pass over the text, so a flood of questions in one long
 * turn does not scan its turn once a question (a 200 KB turn of "what does he owe" took seconds).
 */
function authorisedTurns(words: readonly string[]): Uint8Array {
  const authorised = new Uint8Array(words.length);
  for (let start = 0; start < words.length;) {
    let end = start;
    let found = false;
    for (; end < words.length && words[end] !== TURN_BREAK_WORD; end++) if (AUTHORISING.has(words[end])) found = true;
    if (found) authorised.fill(1, start, end);
    start = end + 1;
  }
  return authorised;
}

/** Words that can start this reading. */
export const DUES_WORDS: ReadonlySet<string> = new Set([...ASKING, ...WHERE]);

/** Marks, in place, another person's dues or whereabouts asked: the verb as 'lookup', the person as 'other'. */
export function markOthersDues(words: readonly string[], classBits: Int32Array): void {
  let authorised: Uint8Array | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!ASKING.has(words[i]) && !WHERE.has(words[i])) continue;
    authorised ??= authorisedTurns(words);
    if (authorised[i] === 1) continue;
    if (ASKING.has(words[i])) markDuesAt(words, classBits, i);
    if (WHERE.has(words[i])) markWhereaboutsAt(words, classBits, i);
  }
}
