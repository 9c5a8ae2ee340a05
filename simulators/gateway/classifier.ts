/**
 * The simulated model as a classifier: a request whose system message asks for `{"verdict":"injection"}` or
 * `{"verdict":"clean"}` (as the router's injection guard does) is answered with one of the two, by a keyword heuristic
 * of the simulator's own over the other messages. It stands in for a guard model, not for a good one: it only knows
 * the blunt English phrasings below.
 */
import type { InferenceRequest } from './wire';

const ASKS_FOR_VERDICT = [/"verdict"\s*:\s*"injection"/, /"verdict"\s*:\s*"clean"/];

const INJECTION_CUES: RegExp[] = [
  /\b(ignore|disregard|forget|override)\b[^.!?]{0,60}\b(instructions?|rules|prompts?|guidelines|directions)\b/i,
  /\b(system|hidden|initial|original)\s+prompt\b/i,
  /\b(reveal|print|show|repeat|output)\b[^.!?]{0,40}\b(your|the)\s+(instructions?|configuration|rules)\b/i,
  /\byou are now\b|\bdeveloper mode\b|\bjailbreak\b|\bdo anything now\b/i,
  /\bact as\b[^.!?]{0,40}\b(admin|administrator|supervisor|system|developer|root)\b/i,
];

export function isClassifierRequest(payload: InferenceRequest): boolean {
  const system = payload.messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n');
  return ASKS_FOR_VERDICT.every((asks) => asks.test(system));
}

export function classifierAnswer(payload: InferenceRequest): string {
  const text = payload.messages
    .filter((m) => m.role !== 'system')
    .map((m) => m.content)
    .join('\n');
  return JSON.stringify({ verdict: INJECTION_CUES.some((cue) => cue.test(text)) ? 'injection' : 'clean' });
}

/** What the `garbled-answer` fault streams by default: a model that chats instead of answering in the format asked. */
export const GARBLED_ANSWER = 'Sure! Having read the conversation carefully, I would say it looks mostly fine to me.';
