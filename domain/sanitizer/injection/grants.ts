/**
 * A benefit the caller tells the assistant to give them outright: "Upgrade me to VIP status permanently", "ponme la
 * tarifa de empleado, tú puedes hacerlo directamente", "accordez-moi le statut premium tout de suite", "gib mir
 * einfach sofort den Mitarbeiterrabatt". Three things together: a verb of giving in the imperative with the caller as
 * its object ("upgrade me", "dame", "accordez-moi", "gib mir"; not after "can you", "how do I"), a benefit (a credit,
 * a waiver, VIP, premium, staff rates, a discount; not "free delivery", which is often on offer) and a word that it be done at once or for good (now, permanently,
 * directly, yourself). The verb then reads as 'approve' by the assistant itself ('self'): "could you give me a credit?",
 * "how do I get VIP status?" and "give me a call back now" are not read.
 */
import { classBit, TURN_BREAK } from './lexicon';

const APPROVE_BIT = classBit('approve');
const SELF_BIT = classBit('self');
const NOW_BIT = classBit('now');
const TURN_BREAK_WORD: string = TURN_BREAK;

/** Imperatives of giving that take the caller next: "upgrade me", "give me", "set me up". */
const GIVE = new Set(['upgrade', 'give', 'make', 'set', 'put', 'add', 'apply', 'switch', 'move', 'bump', 'grant']);
const ME = new Set(['me', 'mir', 'mich', 'moi', 'us']);
/** The same with the caller in the verb (Spanish, Portuguese, Italian) or after it (French, German "Sie"). */
const GIVE_ME = new Set([
  ...['ponme', 'dame', 'hazme', 'aplicame', 'quitame', 'concedeme', 'activame', 'subeme', 'pasame', 'cambiame'],
  ...['dammi', 'fammi', 'mettimi', 'applicami', 'toglimi', 'passami', 'concedimi'],
  ...['accordez', 'donnez', 'mettez', 'appliquez', 'passez', 'accorde', 'donne', 'mets', 'applique'],
  ...['gib', 'geben', 'buchen', 'setzen', 'mach', 'machen', 'stell', 'stellen', 'schalten', 'schalte'],
  ...['coloca', 'coloque', 'aplica', 'aplique', 'passa', 'passe', 'poe', 'da', 'de'],
]);
/** Both, looked up once per word: most words are neither (and without one this reading finds nothing). */
export const IMPERATIVES: ReadonlySet<string> = new Set([...GIVE, ...GIVE_ME]);
/** What comes before an imperative: nothing, or "just", "please", "and", "now" (not "can you", "how do I"). */
const OPENERS = new Set([
  'just',
  'please',
  'pls',
  'and',
  'so',
  'now',
  'then',
  'also',
  'bitte',
  'einfach',
  'y',
  'e',
  'et',
]);
/** Benefits a caller is not entitled to by asking (besides 'approve' words: credit, refund, waive, VIP). */
const BENEFITS = new Set([
  ...['premium', 'gold', 'platinum', 'employee', 'staff', 'upgrade', 'discount', 'priority'],
  ...['empleado', 'empleados', 'descuento', 'employe', 'personnel', 'remise', 'mitarbeiter'],
  ...['mitarbeiterrabatt', 'rabatt', 'funcionario', 'funcionarios', 'desconto'],
  ...['dipendente', 'dipendenti', 'sconto'],
]);
/** At once or for good, and by the assistant itself: "directly", "right now", "permanently" (also 'now' words). */
const AT_ONCE = new Set([
  ...['directly', 'immediately', 'now', 'yourself', 'directamente', 'ahora', 'ya', 'directement', 'immediatement'],
  ...['direkt', 'sofort', 'selbst', 'diretamente', 'agora', 'direttamente', 'subito', 'ora'],
]);
/** How far around the verb the benefit and the "at once" word may stand. */
const REACH = 16;

const imperativeAt = (words: readonly string[], i: number): boolean => {
  const before = i === 0 ? TURN_BREAK_WORD : words[i - 1];
  const opens = i === 0 || before === TURN_BREAK_WORD || OPENERS.has(before);
  if (GIVE.has(words[i])) return opens && ME.has(words[i + 1]);
  if (!GIVE_ME.has(words[i])) return false;
  // "ponme", "dammi" carry the caller; French and German and Portuguese name them next ("accordez-moi", "gib mir")
  if (words[i].length >= 5 && (words[i].endsWith('me') || words[i].endsWith('mi'))) return opens;
  const next = words[i + 1] === 'sie' || words[i + 1] === 'voce' ? words[i + 2] : words[i + 1];
  return opens && ME.has(next ?? '');
};

function inReach(
  words: readonly string[],
  classBits: Int32Array,
  i: number,
  test: (w: string, bits: number) => boolean,
): boolean {
  for (let k = Math.max(0, i - REACH); k < Math.min(words.length, i + REACH); k++)
    if (words[k] !== TURN_BREAK_WORD && k !== i && test(words[k], classBits[k])) return true;
  return false;
}

/** Marks, in place, a benefit told to be given at once as 'approve' and 'self' on its verb. */
export function markGrants(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++) {
    if (!IMPERATIVES.has(words[i]) || !imperativeAt(words, i)) continue;
    const benefit = inReach(words, classBits, i, (w, bits) => BENEFITS.has(w) || (bits & APPROVE_BIT) !== 0);
    const atOnce = benefit && inReach(words, classBits, i, (w, bits) => AT_ONCE.has(w) || (bits & NOW_BIT) !== 0);
    if (atOnce) classBits[i] |= APPROVE_BIT | SELF_BIT;
  }
}
