/**
 * Names the kind of attack from the intent classes of the window that scored highest. The name is for the
 * report and the operator; the verdict itself comes from the model, so a message can be an injection of
 * a kind no rule here names (`other_intent`).
 */
import { classBit, type IntentClass } from './lexicon';

export const INJECTION_FAMILIES = [
  'instruction_override',
  'prompt_exfiltration',
  'roleplay_jailbreak',
  'delimiter_injection',
  'tool_abuse',
  'other_intent',
] as const;
export type InjectionFamily = (typeof INJECTION_FAMILIES)[number];

const any = (...names: IntentClass[]): number => names.reduce((bits, n) => bits | classBit(n), 0);
const has = (bits: number, mask: number): boolean => (bits & mask) !== 0;

/** The intent signals: what a window asks the assistant to do, named by the family of attack it belongs to. */
const RULES: [InjectionFamily, (bits: number) => boolean][] = [
  ['instruction_override', (b) =>
    (has(b, any('override')) && has(b, any('instructions', 'origin', 'secret', 'you', 'ai', 'obey'))) ||
    (has(b, any('obey')) && has(b, any('now', 'only', 'you'))) ||
    (has(b, any('respond')) && has(b, any('only'))) ||
    (has(b, any('ai')) && has(b, any('reader', 'approve', 'override')))],
  ['prompt_exfiltration', (b) => has(b, any('reveal', 'repeat', 'verbatim')) && has(b, any('instructions', 'secret', 'origin'))],
  ['roleplay_jailbreak', (b) => has(b, any('role', 'mode', 'nolimits')) || (has(b, any('authority')) && has(b, any('you', 'self', 'approve')))],
  ['delimiter_injection', (b) => has(b, any('template', 'speaker'))],
  ['tool_abuse', (b) => (has(b, any('tool')) && has(b, any('exec', 'lookup', 'data'))) || (has(b, any('other', 'bulk')) && has(b, any('data')))],
];

/** One dense slot per named signal, then three for "none, one, several fired". */
export const SIGNAL_SLOTS = INJECTION_FAMILIES.length + 3;
export const signalIndex = (family: InjectionFamily): number => INJECTION_FAMILIES.indexOf(family);

/** Families whose intent signal fires in a window (empty when the window asks nothing of the assistant). */
export function intentSignals(bits: number): InjectionFamily[] {
  return RULES.filter(([, rule]) => rule(bits)).map(([family]) => family);
}

export function familiesOf(bits: number): InjectionFamily[] {
  const named = intentSignals(bits);
  return named.length > 0 ? named : ['other_intent'];
}
