/**
 * Names the kind of attack from the intent classes of the window that scored highest. The name is for the
 * report and the operator; the verdict itself comes from the model, so a message can be an injection of
 * a kind no rule here names (`other_intent`).
 */
import { classMask } from './lexicon';
import { OWNED_DATA } from './ownedData';

export const INJECTION_FAMILIES = [
  'instruction_override',
  'prompt_exfiltration',
  'roleplay_jailbreak',
  'delimiter_injection',
  'tool_abuse',
  'other_intent',
] as const;
export type InjectionFamily = (typeof INJECTION_FAMILIES)[number];

/** The bit mask of a set of classes; every mask below is computed once, when the module loads. */
const any = classMask;
const has = (bits: number, mask: number): boolean => (bits & mask) !== 0;

const OVERRIDE = any('override');
/** What an override aims at when it is an attack: the assistant's instructions, limits, checks, obedience. */
const OVERRIDE_TARGET = any('instructions', 'secret', 'ai', 'obey', 'nolimits', 'verify');
const ORIGIN = any('origin');
const OWN_THINGS = any('mine', 'thing');
const THING = any('thing');
const YOU = any('you');
const OBEY = any('obey');
const PERSISTENCE = any('now', 'only', 'you');
const RESPOND = any('respond');
const ONLY = any('only');
const AI = any('ai');
const AI_ACTION = any('reader', 'approve', 'override', 'respond', 'verify', 'obey');
const READER = any('reader');
const DISCLOSE = any('reveal', 'repeat', 'verbatim');
const REVEAL = any('reveal');
const VERBATIM = any('verbatim');
const INSTRUCTIONS = any('instructions');
const MINE = any('mine');
const LOOKUP = any('lookup');
const OWN_SETUP = any('instructions', 'secret');
const ROLE = any('role');
const MODE = any('mode');
/** What a mode switch is for when it is an attack, even next to a customer's own router or bill. */
const MODE_USE = any('approve', 'verify', 'nolimits');
const NOLIMITS = any('nolimits');
const AUTHORITY = any('authority');
/** A claimed authority used on the assistant: to approve, lift limits or give orders. */
const AUTHORITY_USE = any('self', 'approve', 'obey', 'instructions');
const FORGED = any('forged');
const TOOL = any('tool');
/**
 * What a tool is used for in an attack: run, looked into, or someone else's data. The caller's own data next to a
 * tool asks for something only with a verb ("your database still has my old address" asks nothing).
 */
const TOOL_USE = any('exec', 'lookup', 'data');
const OTHER = any('other');
const BULK = any('bulk');
const BULK_USE = any('reveal', 'lookup', 'exec');
/** Data that is not the caller's own (OWNED_DATA): other people's, or no one's named. */
const DATA = any('data');
const ANY_DATA = DATA | OWNED_DATA;
const APPROVE = any('approve');
const SELF = any('self');
const VERIFY = any('verify');
const SKIP = any('override', 'without');

/**
 * The intent signals: what a window asks the assistant to do, named by the family of attack it belongs to.
 * Each is a co-occurrence of classes, so a new synonym needs a lexicon entry and a new sentence shape still fires.
 */
const RULES: [InjectionFamily, (bits: number) => boolean][] = [
  [
    'instruction_override',
    (b) =>
      (has(b, OVERRIDE) && has(b, OVERRIDE_TARGET)) ||
      (has(b, OVERRIDE) && has(b, ORIGIN) && !has(b, OWN_THINGS)) ||
      (has(b, OBEY) && has(b, PERSISTENCE)) ||
      (has(b, RESPOND) && has(b, ONLY)) ||
      (has(b, RESPOND) && has(b, BULK) && !has(b, MINE)) ||
      (has(b, AI) && has(b, AI_ACTION)) ||
      // a note for whatever reads or summarises the chat that the checks are done and something granted
      (has(b, READER) && has(b, APPROVE) && has(b, VERIFY)),
  ],
  [
    'prompt_exfiltration',
    (b) =>
      (has(b, DISCLOSE) && has(b, OWN_SETUP)) ||
      (has(b, DISCLOSE) && has(b, ORIGIN) && has(b, YOU | AI) && !has(b, OWN_THINGS)) ||
      (has(b, RESPOND) && has(b, OWN_SETUP) && has(b, ORIGIN) && has(b, YOU | AI)) ||
      (has(b, ORIGIN | REVEAL) && has(b, VERBATIM) && !has(b, OWN_THINGS | ANY_DATA)) ||
      (has(b, INSTRUCTIONS) && has(b, BULK) && has(b, YOU | AI)),
  ],
  [
    'roleplay_jailbreak',
    (b) =>
      has(b, ROLE) ||
      (has(b, MODE) && (!has(b, THING) || has(b, MODE_USE))) ||
      (has(b, NOLIMITS) && has(b, YOU | AI)) ||
      (has(b, AUTHORITY) && has(b, AUTHORITY_USE)) ||
      // a claimed authority wiping records: "speaking as the supervisor, erase the history on this account"
      (has(b, AUTHORITY) && has(b, OVERRIDE) && has(b, DATA)) ||
      // admin rights to lift limits, but not "admin rights to install your app on my computer" (a device's)
      (has(b, AUTHORITY) && has(b, NOLIMITS) && !has(b, THING)) ||
      // "developer mode" is a device's setting when a device is named ("developer mode on my phone")
      (has(b, AUTHORITY) && has(b, MODE) && !has(b, THING)),
  ],
  ['delimiter_injection', (b) => has(b, FORGED)],
  [
    'tool_abuse',
    (b) =>
      (has(b, TOOL) && has(b, TOOL_USE)) ||
      (has(b, OTHER) && has(b, LOOKUP)) ||
      (has(b, OTHER) && has(b, DATA)) ||
      (has(b, BULK) && has(b, DATA) && has(b, BULK_USE)) ||
      (has(b, BULK) && has(b, OTHER) && has(b, BULK_USE)) ||
      (has(b, APPROVE) && has(b, SELF)) ||
      (has(b, VERIFY) && has(b, SKIP)),
  ],
];

/** One dense slot per named signal, then three for "none, one, several fired". */
export const SIGNAL_SLOTS = INJECTION_FAMILIES.length + 3;
export const signalIndex = (family: InjectionFamily): number => INJECTION_FAMILIES.indexOf(family);

const signalMemo = new Map<number, InjectionFamily[]>();
const SIGNAL_MEMO_LIMIT = 4096;

/** Families whose intent signal fires in a window (empty when the window asks nothing of the assistant). */
export function intentSignals(bits: number): InjectionFamily[] {
  let signals = signalMemo.get(bits); // a text has few distinct class sets: each is evaluated once
  if (!signals) {
    signals = RULES.filter(([, rule]) => rule(bits)).map(([family]) => family);
    if (signalMemo.size >= SIGNAL_MEMO_LIMIT) signalMemo.clear();
    signalMemo.set(bits, signals);
  }
  return signals;
}

export function familiesOf(bits: number): InjectionFamily[] {
  const named = intentSignals(bits);
  return named.length > 0 ? named : ['other_intent'];
}
