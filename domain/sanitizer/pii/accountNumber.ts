/**
 * Account, policy, member and customer numbers: a value of a known shape right after a cue. Contact centers
 * have their own formats, so cue words and number shapes come from the deployment (config/pii.json, see
 * AccountNumberRulesSchema); the defaults below cover the common "letters, digits and dashes" forms.
 */
import { allMatches } from './allMatches';
import { z } from 'zod';
import { NUMBER_WORD } from './context';
import { LETTER } from './letters';
import type { PiiSpan } from './types';

const compiles = (source: string): boolean => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

export const AccountNumberRulesSchema = z.object({
  /** Words or phrases that introduce the number ("policy", "member id"); matched case-insensitively. */
  cues: z.array(z.string().min(2).max(60)).min(1),
  /** Regular expressions (no anchors, no flags) for the number itself; the first that matches wins. */
  shapes: z.array(z.string().min(1).max(200).refine(compiles, 'not a valid regular expression')).min(1),
});
export type AccountNumberRules = z.infer<typeof AccountNumberRulesSchema>;

export const DEFAULT_ACCOUNT_NUMBER_RULES: AccountNumberRules = {
  cues: [
    'account',
    'acct',
    'a/c',
    'policy',
    'member',
    'membership',
    'customer number',
    'customer no',
    'customer id',
    'customer #',
    'client number',
    'client id',
    'subscriber',
    'subscriber id',
    'loyalty',
    'contract number',
    'número de cuenta',
    'número de cliente',
    'número de póliza',
    'numéro de client',
    'numéro de compte',
    'numéro de police',
    'kundennummer',
    'kontonummer',
    'mitgliedsnummer',
    'versicherungsnummer',
    'número da conta',
    'número de cliente',
    'número da apólice',
  ],
  // The first shape that matches wins, so the longer reading comes first.
  shapes: [
    // Digit groups read out with spaces: 1234 5678 90.
    '\\d{3,6}(?: \\d{2,6}){1,4}',
    // Letters, digits and dashes with at least four digits: 88120934, PLC-4471-902, W2938475610, CN00482913, 5520-118-7.
    '(?=(?:[A-Z-]*\\d){4})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,24}',
  ],
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The cue words as one alternation, for this detector and for the pre-pass; undefined when a cue holds a digit,
 * '+' or '(' (the pre-pass could not tell such a cue from a digit run, so it then assumes a cue is present).
 */
export function accountCueSource(rules: AccountNumberRules): string | undefined {
  if (rules.cues.some((c) => /[\d+(]/.test(c))) return undefined;
  return cueAlternation(rules);
}
const cueAlternation = (rules: AccountNumberRules): string =>
  rules.cues.map((c) => escape(c).replace(/\s+/g, '\\s+')).join('|');

const compiled = new WeakMap<AccountNumberRules, RegExp>();

/** One regular expression for the rules (compiled once per rules object). */
function patternFor(rules: AccountNumberRules): RegExp {
  let pattern = compiled.get(rules);
  if (!pattern) {
    const cues = cueAlternation(rules);
    const shapes = rules.shapes.map((s) => `(?:${s})`).join('|');
    pattern = new RegExp(
      `(?<![${LETTER}\\d])(?:${cues})(?:\\s*${NUMBER_WORD})?(?:\\s*(?:is|was|:|#|-|=|es|est|ist|é))*\\s*((?:${shapes}))(?![${LETTER}\\d]|-[${LETTER}\\d])`,
      'dgi',
    );
    compiled.set(rules, pattern);
  }
  return pattern;
}

export function detectAccountNumbers(
  text: string,
  rules: AccountNumberRules = DEFAULT_ACCOUNT_NUMBER_RULES,
): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of allMatches(patternFor(rules), text)) {
    const [start, end] = m.indices![1];
    const value = text.slice(start, end);
    if (!/\d/.test(value)) continue;
    spans.push({ type: 'ACCOUNT_NUMBER', start, end, canonical: value.toUpperCase().replace(/[\s-]/g, '') });
  }
  return spans;
}
