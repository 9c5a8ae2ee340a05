/**
 * Another person's way into the caller's account, told by the caller: "mi ex marido todavía tiene acceso a la
 * cuenta", "il mio ex ha ancora accesso all'account", "mon ex a toujours accès au compte", "o meu ex ainda consegue
 * entrar na conta", or that access taken away ("tirar o acesso dele", "remove her access"). The person is the one who
 * holds the access, not someone whose data the caller asks for: the access word is no lookup, and the account it
 * opens (named right after it, with no other person's name, "of" or "'s" after that) is the caller's shared one.
 * Kept apart from ownedData.ts (the caller's own data word by word) because this reads who holds what in a clause.
 */
import {
  ACCESS_WORDS,
  CALLER_AS_OBJECT,
  ENTERING_VERBS,
  GRANT_VERBS,
  OF_POSSESSOR,
  ORIGIN_WORDS,
} from './functionWords';
import { MY, OWNED_DATA } from './ownedData';
import { othersDataAskedAfter } from './othersDataRequests';
import { classBit, TURN_BREAK } from './lexicon';

const LOOKUP_BIT = classBit('lookup');
const OTHER_BIT = classBit('other');
const DATA_BIT = classBit('data');
/** A local copy: under tsx an imported binding is read through a getter at every use. */
const TURN_BREAK_WORD: string = TURN_BREAK;

const ACCESS = new Set([...ACCESS_WORDS, 'accesso', 'zugriff', 'zugang']);
/** A third person's "has": "has", "tiene", "ha", "a" (French), "hat", "tem" and their pasts. */
const HOLDS = new Set([
  ...['has', 'had', 'tiene', 'tenia', 'ha', 'aveva', 'a', 'avait', 'hat', 'hatte', 'tem', 'tinha', 'mantiene'],
  ...['having', 'teniendo', 'tendo', 'avendo', 'ayant'], // "sigue teniendo acceso", "continua tendo acesso"
]);
/** Verbs of getting into an account, after a third person ("my ex can still log into the account"). */
const ENTERS = new Set(ENTERING_VERBS);
/**
 * An account held jointly, named by its adjective: "the joint account", "la cuenta conjunta", "le compte commun", "das
 * gemeinsame Konto", "het gezamenlijk abonnement", "a conta conjunta", "il conto cointestato". The caller holds it
 * with someone ("my ex and I had a joint account"): it is the caller's own, not another person's data asked for.
 */
const JOINT = new Set([
  ...['joint', 'shared', 'conjunta', 'conjunto', 'compartida', 'compartido', 'commun', 'commune', 'partage'],
  ...['partagee', 'gemeinsam', 'gemeinsame', 'gemeinsames', 'gemeinsamen', 'gezamenlijk', 'gezamenlijke', 'gedeeld'],
  ...['gedeelde', 'partilhada', 'partilhado', 'compartilhada', 'compartilhado', 'cointestato', 'cointestata'],
  ...['condiviso', 'condivisa', 'congiunto', 'congiunta'],
]);
/** Verbs of taking away, of a person off an account (REMOVES_PERSON) and of access (REVOKES). */
const TAKES_AWAY = [
  ...['remove', 'removing', 'quitar', 'retirar', 'tirar', 'remover', 'retirer', 'enlever', 'supprimer', 'togliere'],
  ...['rimuovere', 'entfernen'],
];
/**
 * A person taken off an account: "remove him from the account", "o retirar da conta", "quitarla de la cuenta", "le
 * retirer du compte", "toglierlo dal conto". The account the person leaves is the caller's shared one.
 */
const REMOVES_PERSON = new Set([
  ...TAKES_AWAY,
  ...['quitarlo', 'quitarla', 'sacar', 'sacarlo', 'sacarla', 'retirarlo', 'retirarla', 'eliminarlo', 'eliminarla'],
  ...['toglierlo', 'toglierla', 'rimuoverlo', 'rimuoverla', 'verwijderen'],
]);
const FROM = new Set([...ORIGIN_WORDS, 'dalla', 'dallo', 'aus', 'uit']);
/** Words without one of which this reading finds nothing. */
export const ACCESS_HOLDER_WORDS: ReadonlySet<string> = new Set([...ACCESS, ...ENTERS, ...JOINT, ...REMOVES_PERSON]);
/** Words between the person and the verb, or the verb and "access": adverbs and modals ("still", "todavía"). */
const ADVERBS = new Set([
  ...['still', 'always', 'already', 'can', 'could', 'todavia', 'aun', 'ya', 'sigue', 'puede', 'ancora', 'sempre'],
  ...['gia', 'puo', 'riesce', 'toujours', 'encore', 'deja', 'peut', 'noch', 'immer', 'schon', 'kann', 'ainda'],
  ...['consegue', 'pode', 'continua', 'se', 'ne', 'i', 'er', 'sie'],
]);
/** Words between "access" or the verb and the account: "to the", "a la", "all'", "au", "na", "auf unser". */
const OBJECT_OPENERS = new Set([
  ...['in', 'into', 'to', 'on', 'a', 'al', 'all', 'alla', 'au', 'na', 'no', 'ao', 'auf', 'zu', 'the', 'la', 'el'],
  ...['le', 'l', 'il', 'o', 'den', 'das', 'die', 'dem', 'our', 'nuestra', 'notre', 'nostro', 'nossa', 'unser'],
  ...['unsere', 'unserem', 'this', 'esta', 'cette', 'questo', 'sull', 'sul', 'nel', 'nell', 'im'],
]);
/** Verbs that take access away: "remove her access", "quitarle el acceso", "retirer son accès", "entziehen". */
const REVOKES = new Set([
  ...TAKES_AWAY,
  ...['revoke', 'revoking', 'cut', 'block', 'disable', 'quitarle', 'quitenle', 'retirarle', 'revocar', 'eliminar'],
  ...['revogar', 'cortar', 'bloquear', 'retirez', 'revoquer', 'couper', 'bloquer', 'entziehen', 'sperren'],
  ...['togliergli', 'toglierle', 'revocare', 'revocarle', 'revocargli', 'bloccare'],
]);
/** Determiners and possessives of the person between a revoking verb and "access": "remove his access", "o". */
const REVOKED_OWNER = new Set([
  ...['his', 'her', 'their', 'the', 'its', 'el', 'la', 'su', 'o', 'a', 'seu', 'sua', 'son', 'sa', 'l', 'seinen'],
  ...['ihren', 'den', 'il', 'suo', 'lo'],
]);
/** How far before the verb the person holding access may stand ("mi ex marido todavía tiene"). */
const PERSON_REACH = 4;
/** How far after the access word its account may stand ("acceso a la cuenta", "accès au compte"). */
const OBJECT_REACH = 3;

/** An "other" word at most PERSON_REACH words before `verb`, in the same turn. */
function personBefore(words: readonly string[], classBits: Int32Array, verb: number): boolean {
  for (let j = verb - 1; j >= Math.max(0, verb - PERSON_REACH - 1); j--) {
    if (words[j] === TURN_BREAK_WORD) return false;
    if ((classBits[j] & OTHER_BIT) !== 0) return true;
  }
  return false;
}

/** The index of the verb before the access word at i ("has", "tiene"), past adverbs; -1 when none holds it. */
function holderVerb(words: readonly string[], i: number): number {
  let j = i - 1;
  while (j > 0 && i - j <= 3 && ADVERBS.has(words[j])) j--;
  return j >= 0 && HOLDS.has(words[j]) ? j : -1;
}

/**
 * Access someone no longer has: "qu'elle n'ait plus accès", "that he no longer has access", "che non abbia più accesso",
 * "que no tenga más acceso", "que ele não tenha mais acesso": a holding verb (with the subjunctives) and a word of "no
 * longer" in the three words before the access word.
 */
const HOLDS_STILL = new Set([
  ...HOLDS,
  'have',
  'ait',
  'aient',
  'abbia',
  'abbiano',
  'tenga',
  'tengan',
  'tenha',
  'tenham',
]);
const NO_LONGER = new Set(['longer', 'plus', 'piu', 'mas', 'mais']);
function noLongerHeld(words: readonly string[], i: number): boolean {
  let holds = false;
  let noLonger = false;
  for (let j = Math.max(0, i - 3); j < i; j++) {
    holds ||= HOLDS_STILL.has(words[j]);
    noLonger ||= NO_LONGER.has(words[j]);
  }
  return holds && noLonger;
}

const revoked = (words: readonly string[], i: number): boolean =>
  REVOKES.has(words[i - 1]) || (REVOKED_OWNER.has(words[i - 1]) && REVOKES.has(words[i - 2])) || noLongerHeld(words, i);

/** Marks the account another person gets into as the caller's shared one: the first data word after `from`. */
function markSharedAccount(words: readonly string[], classBits: Int32Array, from: number): void {
  for (let k = from + 1; k < Math.min(words.length, from + 1 + OBJECT_REACH); k++) {
    if ((classBits[k] & OTHER_BIT) !== 0 || words[k] === TURN_BREAK_WORD) return;
    if ((classBits[k] & DATA_BIT) === 0) {
      if (OBJECT_OPENERS.has(words[k])) continue;
      return;
    }
    // "the account of his mother", "la cuenta de su madre", "her mum's account": another's, left as it is
    const after = words[k + 1];
    if (after === 's' || after === 'of' || ((classBits[k + 2] ?? 0) & OTHER_BIT) !== 0) return;
    // "al conto di mia madre", "das Konto meines Nachbarn"-like "von meinem Nachbarn"; not "all'account di famiglia"
    if (OF_WHOM.has(after) && (((classBits[k + 3] ?? 0) & OTHER_BIT) !== 0 || PERSON_OWNERS.has(words[k + 2]))) return;
    classBits[k] = (classBits[k] & ~DATA_BIT) | OWNED_DATA;
    return;
  }
}

const OF_WHOM = new Set(OF_POSSESSOR);
/** Possessives after "di"/"de" that name whose the account is: "di mia madre", "de su madre", "von meinem Nachbarn". */
const PERSON_OWNERS = new Set([
  ...['mia', 'mio', 'mi', 'su', 'sua', 'suo', 'ma', 'mon', 'sa', 'son', 'minha', 'meu', 'meinem', 'meiner', 'seinem'],
  ...['seiner', 'ihrem', 'ihrer', 'mijn', 'zijn', 'haar', 'un', 'una', 'um', 'uma', 'einem', 'einer'],
]);

/**
 * Access the caller gives another person to the caller's account: "give my brother access to the account", "dare a
 * mio fratello l'accesso al conto", "Geben Sie meinem Bruder Zugriff auf das Konto", "meiner Tochter Zugang zu meinem
 * Konto geben". A granting verb within GRANT_REACH words of the access word (German puts it last), a person who gets
 * it, and not the caller ("Geben Sie mir Zugriff", "mi date l'accesso" ask for access): no lookup, and the account
 * named after the access word is the caller's shared one (unless another's: "al conto di mio cognato").
 */
const GRANTS = new Set([
  ...GRANT_VERBS,
  ...['dar', 'conceder', 'donne', 'dare', 'date', 'dai', 'concedere', 'dargli', 'gib', 'gebe', 'erteilen'],
  ...['einraumen', 'gewahren', 'geef', 'geven'],
]);
const TO_THE_CALLER = new Set([...CALLER_AS_OBJECT, 'us', 'moi', 'mir', 'nos', 'myself', 'mich', 'mij']);
const GRANT_REACH = 5;
function grantedToAnother(words: readonly string[], classBits: Int32Array, i: number): boolean {
  let granted = false;
  let person = false;
  for (let k = Math.max(0, i - GRANT_REACH); k <= Math.min(words.length - 1, i + GRANT_REACH); k++) {
    if (words[k] === TURN_BREAK_WORD) {
      if (k < i) {
        granted = false;
        person = false;
        continue;
      }
      break;
    }
    // the caller, or an Italian verb with the caller fused to it ("datemi", "dammi")
    if (TO_THE_CALLER.has(words[k]) || words[k].endsWith('mi')) {
      if (k >= i - 2 && k <= i + 1) return false; // "mir Zugriff", "datemi l'accesso"
      if (GRANTS.has(words[k - 1]) || GRANTS.has(words[k + 1])) return false; // "give me ... access"
    }
    if (GRANTS.has(words[k])) granted = true;
    // "my brother", or the caller's relative the lexicon has no word for ("meiner Tochter", "a mia figlia")
    if ((classBits[k] & OTHER_BIT) !== 0 || (MY.has(words[k]) && k < i - 1 && (classBits[k + 1] & DATA_BIT) === 0))
      person = true;
  }
  return granted && person;
}

/** Verbs that tell an account held, and "our", before a joint account: "we had", "avions", "hadden", "our". */
const HELD_JOINTLY = new Set([
  ...HOLDS,
  ...['have', 'share', 'avions', 'avons', 'tenemos', 'teniamos', 'temos', 'tinhamos', 'abbiamo', 'avevamo', 'haben'],
  ...['hatten', 'hebben', 'hadden', 'our', 'nuestra', 'nuestro', 'notre', 'unser', 'unsere', 'unseres', 'nostro'],
  ...['nostra', 'nossa', 'nosso', 'onze', 'ons'],
]);
const HELD_REACH = 3;
/**
 * Owns a data word the joint adjective at i names (the word after it or, in Romance order, the one before it) when the
 * joint account is told as held ("we had a joint account", "avions un compte commun", "onze gezamenlijke rekening"):
 * "transfer 200 from the joint account, my partner doesn't need to know" tells no holding and is left as it is.
 */
function markJointAccount(words: readonly string[], classBits: Int32Array, i: number): void {
  const before = (classBits[i + 1] & DATA_BIT) !== 0 && words[i - 1] !== 's';
  if (!before && (classBits[i - 1] & DATA_BIT) === 0) return;
  const first = before ? i : i - 1;
  let held = false;
  for (let j = first - 1; j >= Math.max(0, first - 1 - HELD_REACH) && words[j] !== TURN_BREAK_WORD; j--)
    if (HELD_JOINTLY.has(words[j])) held = true;
  if (held) markSharedAccount(words, classBits, before ? i : i - 2);
}

/**
 * The person whose access is taken away, named after it ("quitar el acceso de mi ex marido a la cuenta", "revoke the
 * access of my ex to the account"): the account after the person is the caller's shared one.
 */
function markRevokedFromAccount(words: readonly string[], classBits: Int32Array, i: number): void {
  if (!OF_WHOM.has(words[i + 1]) && words[i + 1] !== 'of') return;
  for (let j = i + 2; j < Math.min(words.length, i + 2 + PERSON_REACH); j++) {
    if (words[j] === TURN_BREAK_WORD) return;
    if ((classBits[j] & OTHER_BIT) === 0) continue;
    // past the rest of the person ("ex marido", "ex-Mann"): up to the first word that opens the account
    let k = j;
    while (k + 1 < Math.min(words.length, j + 3) && !OBJECT_OPENERS.has(words[k + 1])) k++;
    markSharedAccount(words, classBits, k);
    return;
  }
}

/** The account a person is taken off (REMOVES_PERSON at i, then "from" within two words): the caller's shared one. */
function markRemovedFromAccount(words: readonly string[], classBits: Int32Array, i: number): void {
  for (let j = i + 1; j <= i + 3 && j < words.length && words[j] !== TURN_BREAK_WORD; j++)
    if (FROM.has(words[j])) {
      // "remove the charge from her account" is no person taken off: the object is no pronoun or person
      if ((classBits[j - 1] & DATA_BIT) !== 0) return;
      markSharedAccount(words, classBits, j);
      return;
    }
}

/** Clears, in place, the lookup of access that another person holds or loses, and owns the account it opens. */
export function markAccessHolders(words: readonly string[], classBits: Int32Array): void {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    // "she no longer has access, so tell me her PIN", "we had a joint account so read me her new phone number": no
    // access or shared account told harmless when another person's data is asked after it in the same turn
    if (ACCESS_HOLDER_WORDS.has(w) && othersDataAskedAfter(words, classBits, i)) continue;
    if (JOINT.has(w)) markJointAccount(words, classBits, i);
    else if (REMOVES_PERSON.has(w)) markRemovedFromAccount(words, classBits, i);
    if (ACCESS.has(w)) {
      if (revoked(words, i)) {
        classBits[i] &= ~LOOKUP_BIT;
        markRevokedFromAccount(words, classBits, i);
      }
      if (grantedToAnother(words, classBits, i)) {
        classBits[i] &= ~LOOKUP_BIT;
        markSharedAccount(words, classBits, i);
        continue;
      }
      const verb = holderVerb(words, i);
      if (verb < 0 || !personBefore(words, classBits, verb)) continue;
      classBits[i] &= ~LOOKUP_BIT;
      markSharedAccount(words, classBits, i);
    } else if (ENTERS.has(w) && personBefore(words, classBits, i)) {
      // "my ex can still get into the account", "o meu ex consegue entrar na conta"
      classBits[i] &= ~LOOKUP_BIT;
      markSharedAccount(words, classBits, i);
    }
  }
}
