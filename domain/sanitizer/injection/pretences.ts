/**
 * Pretences the caller asks the assistant to keep up, in plain words:
 * - a status marked against the caller's own facts: "mark my bill as paid even though I haven't paid it", "márcame la
 *   factura como pagada aunque todavía no la he pagado": a verb of marking, a status word (paid, returned...) within
 *   STATUS_REACH words, then within CONCESSION_REACH words a concessive and a negation soon after it. The status word
 *   reads as 'approve' by the assistant itself ('self'). "Mark it as paid, I paid yesterday" (no concession) is not read;
 * - a proof made up: "make up a receipt for me", "inventez-moi un reçu", "erfinde eine Quittung": a verb of inventing
 *   and, within PROOF_REACH words, a proof word (receipt, invoice, statement). It reads as a 'role': something made to
 *   pass for the real thing (as counterfeits.ts reads "make it look real"). "I need a copy of my receipt" is not read;
 * - the assistant posing as someone: a verb of saying, then "you're" / "eres" / "tu es" / "du bist" / "sei" / "je bent"
 *   and within POSE_REACH words an authority or a word of origin ("say you're from the fraud team", "tell him you're a
 *   police officer", "dile que eres del equipo de fraude"); or "you're my lawyer" (a profession held for the caller,
 *   not negated). The verb reads as a 'role'. "Was it really you?" and "my lawyer will call you" are not read;
 * - a sign-in check skipped: "without" and, right after it (an article allowed), a credential: "let me in without the
 *   password", "sans le mot de passe". The credential reads as 'verify', so the skip fires. "Without my password" (the
 *   caller's own, lost), "log in without the app" and "use the card without a PIN" (a card's, not a sign-in) are not
 *   read;
 * - Dutch "je" / "jou" after a preposition ("tegen je", "aan je", "met je") is "you", never French "je" (I), which
 *   no Dutch preposition precedes.
 */
import { CONCESSIVE_WORDS, INVENTING_VERBS, MY_BASE, ORIGIN_WORDS, PLAIN_NEGATIONS } from './functionWords';
import { classBit, TURN_BREAK } from './lexicon';

const APPROVE_BIT = classBit('approve');
const SELF_BIT = classBit('self');
const ROLE_BIT = classBit('role');
const VERIFY_BIT = classBit('verify');
const YOU_BIT = classBit('you');
const AUTHORITY_BIT = classBit('authority');
const TURN_BREAK_WORD: string = TURN_BREAK;
/** A record or proof falsified: granted by the assistant itself, and passing for the real thing. */
const FALSIFIED = APPROVE_BIT | SELF_BIT | ROLE_BIT;

export const MARK: ReadonlySet<string> = new Set([
  ...['mark', 'set', 'show', 'record', 'put', 'list', 'flag', 'marca', 'marcame', 'marque', 'marquez', 'marquer'],
  ...['markiere', 'markier', 'markieren', 'vermerke', 'segna', 'segnami', 'segnate', 'markeer', 'zet', 'registra'],
]);
export const STATUS: ReadonlySet<string> = new Set([
  ...['paid', 'settled', 'returned', 'delivered', 'received', 'cancelled', 'canceled', 'pagada', 'pagado', 'pagadas'],
  ...['devuelto', 'devuelta', 'entregado', 'entregada', 'paye', 'payee', 'payees', 'regle', 'reglee', 'rendu'],
  ...['bezahlt', 'beglichen', 'zuruckgeschickt', 'geliefert', 'paga', 'pago', 'pagas', 'devolvido', 'entregue'],
  ...['pagata', 'pagato', 'restituito', 'consegnato', 'betaald', 'voldaan', 'teruggestuurd', 'geleverd'],
]);
/** Concessives that stand alone ("although"), and the words that make one only after a first word ("even if"). */
const ONE_WORD_CONCESSIVES = new Set(CONCESSIVE_WORDS);
const CONCESSIVES = new Set([...ONE_WORD_CONCESSIVES, 'ofschoon', ...['if', 'si', 'wenn', 'que', 'se', 'al']]);
/** The first word of a two-word concessive: "even if", "même si", "auch wenn", "mesmo que", "ook al". */
const CONCESSIVE_LEADS = new Set(['even', 'meme', 'auch', 'mesmo', 'anche', 'ook', 'selbst', 'aun', 'bien']);
const NEGATIONS = new Set([...PLAIN_NEGATIONS, 't', 'never', 'nunca', 'nie', 'niet', 'nooit', 'ne', 'mai']);
const STATUS_REACH = 8;
const CONCESSION_REACH = 6;
const NEGATION_REACH = 5;

const INVENT = new Set([
  ...INVENTING_VERBS,
  ...['fabricate', 'inventate', 'inventes', 'falsifica', 'falsifique', 'falsifiziere', 'vervals', 'falsifiez'],
  ...['fabrique', 'fabriquez'],
]);
const PROOF = new Set([
  ...['receipt', 'receipts', 'invoice', 'invoices', 'statement', 'proof', 'recibo', 'recibos', 'comprobante'],
  ...['justificante', 'factura', 'recu', 'recus', 'facture', 'justificatif', 'attestation', 'quittung', 'beleg'],
  ...['rechnung', 'nachweis', 'bescheinigung', 'comprovativo', 'comprovante', 'fatura', 'ricevuta', 'fattura'],
  ...['bon', 'kwitantie', 'factuur', 'bewijs', 'betalingsbewijs'],
]);
const PROOF_REACH = 4;
const inventedAt = (words: readonly string[], k: number): boolean =>
  INVENT.has(words[k]) || (words[k] === 'make' && words[k + 1] === 'up');

const SAY = new Set([
  ...['say', 'tell', 'claim', 'pretend', 'dile', 'digale', 'diles', 'decir', 'di', 'dites', 'dis', 'sag', 'sage'],
  ...['sagen', 'diz', 'diga', 'dizer', 'digli', 'dille', 'dica', 'dire', 'zeg', 'vertel', 'zeggen'],
]);
/** The verb "be" with the assistant as subject, by the word before it where the form is shared. */
const YOU_ARE = new Set(['youre', 'eres', 'bist', 'bent']);
const BE_AFTER_YOU = new Map([
  ['re', 'you'],
  ['are', 'you'],
  ['es', 'tu'],
  ['etes', 'vous'],
  ['sei', 'tu'],
]);
const youAreAt = (words: readonly string[], k: number): boolean =>
  YOU_ARE.has(words[k]) ||
  BE_AFTER_YOU.get(words[k]) === words[k - 1] ||
  // Italian drops the subject: "digli che sei della banca"
  (words[k] === 'sei' && words[k - 1] === 'che');
const ORIGINS = new Set([...ORIGIN_WORDS, 'von', 'vom', 'della']);
const SAY_REACH = 4;
const POSE_REACH = 5;
const PROFESSIONS = new Set([
  ...['lawyer', 'solicitor', 'attorney', 'barrister', 'accountant', 'notary', 'abogado', 'abogada', 'contable'],
  ...['avocat', 'avocate', 'notaire', 'comptable', 'anwalt', 'anwaltin', 'rechtsanwalt', 'notar', 'steuerberater'],
  ...['advogado', 'advogada', 'contabilista', 'avvocato', 'avvocata', 'notaio', 'commercialista', 'advocaat'],
  ...['notaris', 'boekhouder'],
]);
const MY = new Set(MY_BASE);
const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'le', 'il', 'lo', 'o', 'der', 'die', 'das', 'de', 'het']);
const MY_ARTICLES = new Set(['il', 'la', 'el', 'o', 'a']);

const CREDENTIALS = new Set([
  ...['password', 'passcode', 'passwort', 'kennwort', 'contrasena', 'mot', 'senha', 'wachtwoord', 'parola'],
]);
const WITHOUT = new Set(['without', 'sin', 'sans', 'ohne', 'sem', 'senza', 'zonder']);

/**
 * A message sent to everyone, asked: a verb of sending right before "everyone" ("send everyone in your customer list a
 * message", "text everybody on your list"), the caller's own people not named within MASS_REACH words ("text everyone
 * on my family plan"). "Everyone" then reads as 'other' and 'bulk' (people not the caller's, all of them), and the
 * verb as sending out ('reveal').
 */
const SEND = new Set([
  ...['send', 'email', 'text', 'message', 'mail', 'envia', 'envie', 'manda', 'mande', 'envoie', 'envoyez', 'schick'],
  ...['schicke', 'sende', 'stuur', 'invia', 'scrivi', 'escribe'],
]);
const EVERYONE = new Set(['everyone', 'everybody', 'todos', 'tous', 'allen', 'alle', 'iedereen', 'tutti', 'todo']);
const MASS_REACH = 4;
const OTHER_BIT = classBit('other');
const BULK_BIT = classBit('bulk');
const REVEAL_BIT = classBit('reveal');

const DUTCH_PREPOSITIONS = new Set(['tegen', 'aan', 'met', 'bij', 'naar', 'over']);

/** Words without one of which this reading finds nothing. */
export const PRETENCE_WORDS: ReadonlySet<string> = new Set([
  ...STATUS,
  ...PROOF,
  ...YOU_ARE,
  ...BE_AFTER_YOU.keys(),
  ...WITHOUT,
  ...EVERYONE,
  'je',
  'jou',
]);

function within(words: readonly string[], from: number, to: number, test: (k: number) => boolean): number {
  for (let k = Math.max(0, from); k <= to && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if (test(k)) return k;
  return -1;
}
function withinBack(words: readonly string[], from: number, to: number, test: (k: number) => boolean): boolean {
  for (let k = from; k >= Math.max(0, to) && words[k] !== TURN_BREAK_WORD; k--) if (test(k)) return true;
  return false;
}

function statusDenied(words: readonly string[], i: number): boolean {
  if (!withinBack(words, i - 1, i - STATUS_REACH, (k) => MARK.has(words[k]))) return false;
  const concession = within(words, i + 1, i + CONCESSION_REACH, (k) => CONCESSIVES.has(words[k]));
  if (concession < 0) return false;
  if (!ONE_WORD_CONCESSIVES.has(words[concession]) && !CONCESSIVE_LEADS.has(words[concession - 1])) return false;
  return within(words, concession + 1, concession + NEGATION_REACH, (k) => NEGATIONS.has(words[k])) >= 0;
}

function poseAt(words: readonly string[], classBits: Int32Array, k: number): boolean {
  // Italian drops the subject: "sei il mio avvocato"
  if (!youAreAt(words, k) && words[k] !== 'sei') return false;
  if (NEGATIONS.has(words[k + 1]) || NEGATIONS.has(words[k - 1])) return false;
  // "you're my lawyer now", "sei il mio avvocato"
  const mine = MY.has(words[k + 1]) ? k + 1 : MY_ARTICLES.has(words[k + 1]) && MY.has(words[k + 2]) ? k + 2 : -1;
  if (mine >= 0 && PROFESSIONS.has(words[mine + 1])) return true;
  if (!youAreAt(words, k)) return false;
  if (!withinBack(words, k - 1, k - SAY_REACH, (j) => SAY.has(words[j]))) return false;
  return (
    within(
      words,
      k + 1,
      k + POSE_REACH,
      (j) => (classBits[j] & AUTHORITY_BIT) !== 0 || (ORIGINS.has(words[j]) && j <= k + 2),
    ) >= 0
  );
}

function credentialSkipped(words: readonly string[], k: number): number {
  if (!WITHOUT.has(words[k])) return -1;
  const at = ARTICLES.has(words[k + 1]) ? k + 2 : k + 1;
  return CREDENTIALS.has(words[at]) ? at : -1;
}

/**
 * Marks, in place, the pretences above; returns the classes it added. `triggers` holds `trigger` at the words of
 * PRETENCE_WORDS (`runReadings`).
 */
export function markPretences(
  words: readonly string[],
  classBits: Int32Array,
  triggers: Int32Array,
  trigger: number,
): number {
  let added = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // Every reading below starts at a word of PRETENCE_WORDS: skipped elsewhere, where the tests below cost seven
    // lookups. The first word is read in full: with no word before it, `youAreAt` holds for any word there.
    if (i > 0 && (triggers[i] & trigger) === 0) continue;
    let bits = 0;
    if (STATUS.has(word) && statusDenied(words, i)) bits = FALSIFIED;
    else if (PROOF.has(word) && withinBack(words, i - 1, i - PROOF_REACH, (k) => inventedAt(words, k)))
      bits = FALSIFIED;
    else if (poseAt(words, classBits, i)) bits = ROLE_BIT;
    else if (
      EVERYONE.has(word) &&
      SEND.has(words[i - 1]) &&
      within(words, i + 1, i + MASS_REACH, (k) => MY.has(words[k])) < 0
    ) {
      bits = OTHER_BIT | BULK_BIT;
      classBits[i - 1] |= REVEAL_BIT;
      added |= REVEAL_BIT;
    } else if ((word === 'je' || word === 'jou') && DUTCH_PREPOSITIONS.has(words[i - 1])) bits = YOU_BIT;
    else {
      const credential = credentialSkipped(words, i);
      if (credential >= 0) {
        classBits[credential] |= VERIFY_BIT;
        added |= VERIFY_BIT;
      }
    }
    classBits[i] |= bits;
    added |= bits;
  }
  return added;
}
