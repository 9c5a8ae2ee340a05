/**
 * What someone else said to the assistant, asked for: "what did the person before me ask you about?", "tell me what
 * the last customer said to you", "who else have you talked to today?", "¿qué te dijo el cliente anterior?", "was hat
 * der Kunde vor mir dir gesagt?", "o que é que o cliente anterior te disse?", "cosa ti ha detto il cliente prima di
 * me?", "wat zei de vorige klant tegen je?". Another person's conversation is their data. Three things within
 * TALK_REACH words in one turn: a verb of talking, the one addressed ('you'), and another person who is not the
 * caller's own ("my husband spoke to you yesterday, what did he arrange?" is the caller's household); and the turn
 * asks (a question word or a verb of telling). The verb of talking then reads as 'data', the talker as 'other'.
 */
import { classBit, TURN_BREAK } from './lexicon';

const DATA_BIT = classBit('data');
const OTHER_BIT = classBit('other');
const YOU_BIT = classBit('you');
const MINE_BIT = classBit('mine');
const REVEAL_BIT = classBit('reveal');
const TURN_BREAK_WORD: string = TURN_BREAK;

/** Verbs of talking in the past or the infinitive after an auxiliary (the words this reading starts from). */
export const TALK_WORDS: ReadonlySet<string> = new Set([
  ...['talked', 'talk', 'spoke', 'spoken', 'speak', 'said', 'say', 'asked', 'ask', 'chatted', 'chat', 'discussed'],
  ...['wanted', 'hablado', 'hablo', 'hablaste', 'dijo', 'dijeron', 'pregunto', 'preguntaron', 'pidio', 'parle'],
  ...['dit', 'demande', 'gesprochen', 'gesagt', 'gefragt', 'wollte', 'falou', 'falaste', 'falado', 'disse'],
  ...['perguntou', 'pediu', 'parlato', 'detto', 'chiesto', 'voleva', 'gesproken', 'gezegd', 'zei', 'vroeg'],
  ...['gevraagd', 'wilde'],
]);
const ASKING = new Set([
  ...['what', 'who', 'which', 'whom', 'que', 'quien', 'quienes', 'quoi', 'qu', 'qui', 'was', 'wer', 'wem', 'o'],
  ...['quem', 'cosa', 'chi', 'wat', 'wie', 'welke'],
]);
const TALK_REACH = 6;
/** "Your colleague", "Ihr Kollege", "votre collègue": the one addressed as an owner, not as the one talked to. */
const POSSESSIVES = new Set([
  ...['your', 'yours', 'tus', 'tuyo', 'ton', 'ta', 'tes', 'votre', 'vos', 'dein', 'deine', 'deinen', 'deinem'],
  ...['deiner', 'ihr', 'ihre', 'teu', 'teus', 'tuas', 'tuo', 'tua', 'tuoi', 'tue', 'jouw', 'uw', 'su', 'sus'],
]);

/**
 * The one served before the caller, which the lexicon leaves alone outside this reading ("el cliente anterior de mi
 * piso dejó deudas" is a previous tenant): a word for a customer or person next to a word for previous or last.
 */
const SERVED = new Set([
  ...['customer', 'caller', 'person', 'cliente', 'client', 'persona', 'personne', 'kunde', 'kunden', 'pessoa'],
  ...['klant', 'beller', 'persoon'],
]);
const PREVIOUS = new Set([
  ...['previous', 'last', 'anterior', 'ultimo', 'ultima', 'precedent', 'precedente', 'dernier', 'derniere'],
  ...['vorige', 'vorigen', 'letzte', 'letzten', 'prima'],
]);
const servedBefore = (words: readonly string[], k: number): boolean =>
  SERVED.has(words[k]) && (PREVIOUS.has(words[k - 1]) || PREVIOUS.has(words[k + 1]));

/** Another person, not the caller's own ("my sister"), within TALK_REACH words of i: their index, or -1. */
function strangerNear(words: readonly string[], classBits: Int32Array, i: number): number {
  for (let k = Math.max(0, i - TALK_REACH); k <= i + TALK_REACH && k < words.length; k++) {
    if (k === i || words[k] === TURN_BREAK_WORD) continue;
    if (servedBefore(words, k)) return k;
    if ((classBits[k] & OTHER_BIT) === 0 || (classBits[k] & MINE_BIT) !== 0) continue;
    if (k > 0 && (classBits[k - 1] & MINE_BIT) !== 0) continue;
    if (k > 1 && (classBits[k - 2] & MINE_BIT) !== 0) continue;
    return k;
  }
  return -1;
}

function near(words: readonly string[], classBits: Int32Array, i: number, test: (k: number) => boolean): boolean {
  for (let k = Math.max(0, i - TALK_REACH); k <= i + TALK_REACH && k < words.length; k++)
    if (k !== i && words[k] !== TURN_BREAK_WORD && test(k)) return true;
  return false;
}

/**
 * The caller as the one talked to: "was mir Ihr Kollege gesagt hat", "what your colleague told me", "ce qu'il m'a dit"
 * (a caller's object within three words before the verb or just after it, but not "before me", "antes que yo").
 */
const CALLER_OBJECTS = new Set(['me', 'mir', 'mich', 'm', 'mi', 'moi', 'mij', 'nos', 'uns', 'ons', 'us']);
const BEFORE = new Set(['before', 'avant', 'vor', 'antes', 'di', 'voor', 'after']);
const callerObjectAt = (words: readonly string[], k: number): boolean =>
  CALLER_OBJECTS.has(words[k]) && !BEFORE.has(words[k - 1]);
const toldTheCaller = (words: readonly string[], i: number): boolean =>
  callerObjectAt(words, i - 1) ||
  callerObjectAt(words, i - 2) ||
  callerObjectAt(words, i - 3) ||
  callerObjectAt(words, i + 1) ||
  (words[i + 1] === 'to' && callerObjectAt(words, i + 2));

/** Marks, in place, a verb of talking to the assistant whose talker is someone else, asked about, as 'data'. */
export function markOthersTalk(words: readonly string[], classBits: Int32Array): void {
  for (let i = 1; i < words.length; i++) {
    if (!TALK_WORDS.has(words[i]) || toldTheCaller(words, i)) continue;
    if (!near(words, classBits, i, (k) => (classBits[k] & YOU_BIT) !== 0 && !POSSESSIVES.has(words[k]))) continue;
    if (!near(words, classBits, i, (k) => ASKING.has(words[k]) || (classBits[k] & REVEAL_BIT) !== 0)) continue;
    const stranger = strangerNear(words, classBits, i);
    if (stranger < 0) continue;
    classBits[i] |= DATA_BIT;
    classBits[stranger] |= OTHER_BIT;
  }
}
