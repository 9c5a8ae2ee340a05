/**
 * What the assistant itself said to the caller earlier in the call: "repeat what you said at the beginning",
 * "répétez ce que vous avez dit au début", "wiederhole, was du am Anfang gesagt hast", "repite lo que dijiste al
 * principio", "repete o que disseste no início", "ripeti quello che hai detto all'inizio", "herhaal wat je in het begin
 * zei". The assistant is the subject of an active past of saying: what it said is on the caller's screen already, not
 * the setup it was given, so the words of origin near it ("at the beginning", "au début") lose 'origin'. The passive
 * and the assistant as the one told ("what you were told at the start", "ce qu'on vous a dit", "lo que te dijeron",
 * "was man dir gesagt hat") are not read, nor a turn that names the assistant's setup anywhere ("what you said in your
 * instructions at the beginning", "what you mentioned at the start, the part with the rules"), asks for an exact copy
 * ("word for word", "verbatim", "mot pour mot") or places the words before the caller spoke ("before my first
 * message", "avant mon premier message", "above this conversation"): what the assistant said to the caller is never
 * before the caller's first message, and an exact copy of the start is how its setup is asked for.
 */
import { classBit, classMask, forEachTurn, TURN_BREAK } from './lexicon';
import { THIS_TALK } from './reportedSpeech';

const ORIGIN_BIT = classBit('origin');
/** The assistant's setup named, or an exact copy asked for. */
const SETUP = classMask('instructions', 'secret', 'authority', 'other', 'verbatim');
const MINE_BIT = classBit('mine');
/** "Before", "above": followed by the caller's own ("before my first message") or the conversation itself. */
const BEFORE = new Set(['before', 'above', 'avant', 'antes', 'vor', 'voor', 'prima', 'prior']);
const BEFORE_REACH = 3;
/** Second-person subjects ("dir", "te", "t'" are the assistant told, and are not here). */
const YOU_SUBJECTS = new Set(['you', 'vous', 'tu', 'du', 'jij', 'je', 'u', 'voce', 'usted']);
/** Auxiliaries of the second person alone: "hai detto", "avez dit", "gesagt hast", "hebt gezegd". */
const YOUR_AUXILIARIES = new Set(['avez', 'hast', 'hai', 'hebt']);
/** Pasts of saying that need a second-person subject before them ("you said", "vous avez dit", "hai detto"). */
const SAID = new Set([
  ...['said', 'told', 'mentioned', 'explained', 'wrote', 'dit', 'explique', 'ecrit', 'detto', 'spiegato', 'scritto'],
  ...['disse', 'dijo'],
]);
/** Pasts whose subject stands well before them, the time between: "was du am Anfang gesagt hast", "wat je zei". */
const FINAL_SAID = new Set(['gesagt', 'erklart', 'geschrieben', 'zei', 'gezegd', 'uitgelegd', 'schreef']);
/** Pasts that carry the second person themselves: "dijiste", "disseste", "explicaste", "escribiste". */
const SAID_BY_YOU = new Set(['dijiste', 'disseste', 'explicaste', 'escribiste', 'escreveste', 'mencionaste']);
/** Words that make the assistant the one told: "you were told", "what have you been told", "ce qu'on vous a dit". */
const TOLD_TO_YOU = new Set(['were', 'been', 'on', 'man', 'get', 'got', 'wurde', 'werd']);
/** The caller as the object between subject and verb ("vous m'avez dit", "you told me", "du hast mir"). */
const BETWEEN = new Set(['m', 'me', 'mi', 'mir', 'mij', 'nous', 'nos', 'ci', 'uns', 'ons', 'us', 'as', 'avez', 'hast']);
const SUBJECT_REACH = 5;
const ORIGIN_REACH = 6;

/** Whether the saying word at i has the assistant as its subject (active, second person). */
function saidByYou(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (SAID_BY_YOU.has(w)) return true;
  const final = FINAL_SAID.has(w);
  if (!final && !SAID.has(w)) return false;
  if (!final && YOUR_AUXILIARIES.has(words[i - 1])) return true;
  for (let k = i - 1; k >= 0 && i - k <= SUBJECT_REACH && words[k] !== TURN_BREAK; k--) {
    if (TOLD_TO_YOU.has(words[k])) return false;
    if (!YOU_SUBJECTS.has(words[k])) continue;
    // "you said", "vous m'avez dit", "tu as dit"; in German and Dutch the time may come between ("du am Anfang")
    return final || k + 1 === i || words.slice(k + 1, i).every((x) => BETWEEN.has(x));
  }
  return false;
}

/** Whether the word at i places what follows before the caller spoke: "before my first message", "above this chat". */
function beforeTheCaller(words: readonly string[], classBits: Int32Array, i: number, end: number): boolean {
  if (!BEFORE.has(words[i])) return false;
  for (let k = i + 1; k < end && k - i <= BEFORE_REACH; k++)
    if ((classBits[k] & MINE_BIT) !== 0 || THIS_TALK.has(words[k])) return true;
  return false;
}

/** Whether the turn from start to end names the setup, asks for an exact copy, or reaches before the caller spoke. */
function asksForSetup(words: readonly string[], classBits: Int32Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++)
    if ((classBits[k] & SETUP) !== 0 || beforeTheCaller(words, classBits, k, end)) return true;
  return false;
}

/** Clears, in place, 'origin' from the time of what the assistant itself said to the caller. */
export function clearAssistantsOwnWords(words: readonly string[], classBits: Int32Array): void {
  forEachTurn(words, (start, end) => {
    let setup: boolean | undefined;
    for (let i = start; i < end; i++) {
      if (!saidByYou(words, i)) continue;
      setup ??= asksForSetup(words, classBits, start, end);
      if (setup) return;
      const from = Math.max(start, i - ORIGIN_REACH);
      const to = Math.min(end - 1, i + ORIGIN_REACH);
      for (let k = from; k <= to; k++) classBits[k] &= ~ORIGIN_BIT;
    }
  });
}
