/**
 * A caller who says they hold another person's signed mandate: "ho la delega firmata", "I have power of attorney for
 * my father", "tengo un poder notarial de mi madre", "j'ai une procuration", "ich habe eine Vollmacht", "tenho uma
 * procuração". That person's data named with their possessive in the same turn ("his statements", "i suoi estratti
 * conto", "su cuenta", "ihre Rechnungen") is asked for under the mandate, as the caller's own. A mandate not held
 * ("la delega non l'ho ancora firmata", "I don't have power of attorney yet", "no tengo poder") is not read, nor is
 * anyone else's data ("my neighbour's card") or data with no possessive.
 */
import { PLAIN_NEGATIONS } from './functionWords';
import { OWNED_DATA } from './ownedData';
import { classBit, forEachTurn } from './lexicon';

const DATA_BIT = classBit('data');

/** The mandate words: without one this reading finds nothing. */
export const MANDATES: ReadonlySet<string> = new Set([
  ...['attorney', 'poa', 'delega', 'procura', 'poder', 'procuracao', 'procuration', 'vollmacht', 'mandato'],
  ...['mandat', 'mandate', 'authorisation', 'authorization', 'autorizacion', 'autorizzazione', 'autorizacao'],
]);
const HOLDS = new Set([
  ...['have', 'hold', 'got', 'ho', 'tengo', 'tenho', 'habe', 'ai', 'possiedo', 'dispongo', 'cuento', 'with'],
]);
const NEGATIONS = new Set([...PLAIN_NEGATIONS, 'don', 'dont', 'keine', 'kein', 'yet', 'ancora']);
/** Possessives of the third person whose data the mandate covers. */
const THEIRS = new Set([
  ...['his', 'her', 'their', 'su', 'sus', 'suo', 'sua', 'suoi', 'sue', 'seine', 'seinen', 'seinem', 'seiner'],
  ...['ihre', 'ihren', 'ihrem', 'ihrer', 'son', 'sa', 'ses', 'leur', 'leurs', 'dele', 'dela', 'seu', 'seus'],
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

/** Marks, in place, data named with a third person's possessive as the caller's in a turn that holds a mandate. */
export function markMandates(words: readonly string[], classBits: Int32Array): void {
  forEachTurn(words, (start, i) => {
    let held = false;
    for (let k = start; k < i && !held; k++) held = heldMandate(words, k);
    if (held)
      for (let k = start + 1; k < i; k++) {
        if ((classBits[k] & DATA_BIT) === 0) continue;
        if (THEIRS.has(words[k - 1]) || (k >= 2 && THEIRS.has(words[k - 2])))
          classBits[k] = (classBits[k] & ~DATA_BIT) | OWNED_DATA;
      }
  });
}
