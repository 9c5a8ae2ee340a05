/**
 * A caller who says they hold another person's signed mandate: "ho la delega firmata", "I have power of attorney for
 * my father", "tengo un poder notarial de mi madre", "j'ai une procuration", "ich habe eine Vollmacht", "tenho uma
 * procuração", "ik heb een volmacht", or a guardianship ("I'm my brother's legal guardian", "ik ben bewindvoerder van
 * mijn broer"). That person's data named with their possessive in the same turn ("his statements", "i suoi estratti
 * conto", "su cuenta", "ihre Rechnungen") is asked for under the mandate, as the caller's own. A mandate not held
 * ("la delega non l'ho ancora firmata", "I don't have power of attorney yet", "no tengo poder") is not read, nor is
 * anyone else's data ("my neighbour's card") or data with no possessive.
 */
import { MY_BASE, PLAIN_NEGATIONS } from './functionWords';
import { OWNED_DATA } from './ownedData';
import { classBit, forEachTurn } from './lexicon';

const DATA_BIT = classBit('data');
const OTHER_BIT = classBit('other');

/** The mandate words: without one this reading finds nothing. */
export const MANDATES: ReadonlySet<string> = new Set([
  ...['attorney', 'poa', 'delega', 'procura', 'poder', 'procuracao', 'procuration', 'vollmacht', 'mandato'],
  ...['mandat', 'mandate', 'authorisation', 'authorization', 'autorizacion', 'autorizzazione', 'autorizacao'],
  ...['volmacht', 'machtiging'],
  // a guardianship held by a court's order: "I'm my brother's legal guardian", "ik ben bewindvoerder van", "sono il
  // tutore di", "je suis tutrice de", "ich bin Betreuerin meiner Mutter"
  ...['guardian', 'guardianship', 'tutor', 'tutora', 'tutore', 'tutrice', 'tuteur', 'betreuer', 'betreuerin'],
  ...['bewindvoerder', 'curator', 'curatrice', 'curador', 'curadora', 'conservator'],
]);
const HOLDS = new Set([
  ...['have', 'hold', 'got', 'ho', 'tengo', 'tenho', 'habe', 'ai', 'possiedo', 'dispongo', 'cuento', 'with', 'heb'],
  // being the guardian: "I'm", "ik ben", "sono", "soy", "je suis", "ich bin", "sou"
  ...['am', 'm', 'ben', 'sono', 'soy', 'suis', 'bin', 'sou'],
]);
const NEGATIONS = new Set([...PLAIN_NEGATIONS, 'don', 'dont', 'keine', 'kein', 'yet', 'ancora']);
/** Possessives of the third person whose data the mandate covers. */
const THEIRS = new Set([
  ...['his', 'her', 'their', 'su', 'sus', 'suo', 'sua', 'suoi', 'sue', 'seine', 'seinen', 'seinem', 'seiner'],
  ...['ihre', 'ihren', 'ihrem', 'ihrer', 'son', 'sa', 'ses', 'leur', 'leurs', 'dele', 'dela', 'seu', 'seus'],
  ...['zijn', 'haar', 'hun', 'loro'],
]);
const REACH = 4;

/** Whether word i is a mandate the caller says they hold (a holding verb before it, no negation near). */
function heldMandate(words: readonly string[], i: number): boolean {
  if (!MANDATES.has(words[i])) return false;
  let holds = false;
  for (let k = Math.max(0, i - REACH); k <= Math.min(words.length - 1, i + REACH); k++) {
    if (NEGATIONS.has(words[k])) return false;
    if (k < i && HOLDS.has(words[k])) holds = true;
  }
  return holds;
}

/**
 * The person the mandate is for, named with the caller's possessive a few words after it: "power of attorney for my
 * brother", "bewindvoerder van mijn broer", "Betreuer meines Bruders". They are the caller's principal, not a stranger.
 */
const MY = new Set([...MY_BASE, 'meines', 'meiner', 'meinem', 'meinen', 'mis', 'mes', 'miei', 'mie']);
function principalAfter(words: readonly string[], classBits: Int32Array, i: number, end: number): number {
  for (let k = i + 1; k < end && k <= i + REACH + 1; k++)
    if ((classBits[k] & OTHER_BIT) !== 0 && MY.has(words[k - 1])) return k;
  return -1;
}

/**
 * Marks, in place, data named with a third person's possessive as the caller's in a turn that holds a mandate, and
 * the mandate's principal as no other person.
 */
export function markMandates(words: readonly string[], classBits: Int32Array): void {
  forEachTurn(words, (start, i) => {
    let held = -1;
    for (let k = start; k < i && held < 0; k++) if (heldMandate(words, k)) held = k;
    if (held < 0) return;
    const principal = principalAfter(words, classBits, held, i);
    if (principal >= 0) classBits[principal] &= ~OTHER_BIT;
    for (let k = start + 1; k < i; k++) {
      if ((classBits[k] & DATA_BIT) === 0) continue;
      if (THEIRS.has(words[k - 1]) || (k >= 2 && THEIRS.has(words[k - 2])))
        classBits[k] = (classBits[k] & ~(DATA_BIT | OTHER_BIT)) | OWNED_DATA;
    }
  });
}
