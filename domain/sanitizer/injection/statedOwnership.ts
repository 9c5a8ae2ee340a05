/**
 * A turn that only says whose something is ("the other account is in my dad's name", "that's my wife's card, not
 * mine") asks for no one's data. Read after ownedData.ts has marked the caller's own data words.
 */
import { ASKING_CLASSES, classBit, classMask, forEachTurn } from './lexicon';
import { MY, OWNED_DATA } from './ownedData';

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
const NEGATIONS = new Set(['not', 'no', 'nao', 'pas', 'nicht', 'non', 'isnt', 'nunca']);
const COPULAS = new Set(['is', 's', 'are', 'was', 'es', 'est', 'e', 'ist', 'sind', 'sao', 'son', 'sont']);
const OF_A_PERSON = new Set(['de', 'da', 'do', 'di', 'del', 'della', 'dos', 'das', 'des', 'du']);

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
 * A turn that only states whose something is ("the other account is in my dad's name", "that's my wife's card, not
 * mine", "la carte est au nom de mon père"), with no request, question or modal in it, asks for no one's data: its
 * data words are read as the caller's own (OWNED_DATA), so the signal about other people's data does not fire.
 * "The balance on the account in my dad's name, please" and "read me my wife's card number, it's hers" still ask.
 */
export function markStatedOwnership(words: readonly string[], classBits: Int32Array): void {
  forEachTurn(words, (start, end) => {
    let union = 0;
    let asks = false;
    let states = false;
    for (let i = start; i < end && !asks; i++) {
      union |= classBits[i];
      asks = ASKING.has(words[i]) || (classBits[i] & REQUEST_BITS) !== 0;
      states ||= statesWhose(words, classBits, i);
    }
    if (!asks && states && (union & DATA_BIT) !== 0 && (union & OTHER_BIT) !== 0)
      for (let i = start; i < end; i++)
        if ((classBits[i] & DATA_BIT) !== 0) classBits[i] = (classBits[i] & ~DATA_BIT) | OWNED_DATA;
  });
}
