/**
 * One text's validations: each distinct candidate validated once (in the default region, a caller's region or a
 * country the text names) against a budget per text, so a dump of numbers costs a bounded time. The verdicts
 * themselves are remembered across texts by phoneVerdicts.ts.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { regionNamedIn } from './phoneCountries';
import type { Group } from './phoneRuns';
import { possibleNumber, validNumber } from './phoneVerdicts';

/**
 * Validations one text may spend (a few milliseconds). A text with more distinct phone-shaped candidates is a dump, not
 * speech; past the budget a candidate of plausible length counts as a phone unvalidated, so the bound costs
 * over-redaction, never a leak.
 */
export const MAX_VALIDATIONS = 300;

export interface Verdicts {
  /** Per region ("possible" for the possible-length check), by candidate: no key string built per candidate. */
  byCandidate: Map<string, Map<string, string>>;
  budget: number;
  /** Whether the text names a country of phoneCountries.ts (asked once per text, and only when needed). */
  namesRegion?: boolean;
}

/** Regions whose callers a contact center commonly hears, tried in this order after the default region. */
export const CALLER_REGIONS: readonly CountryCode[] = [
  'GB',
  'IE',
  'FR',
  'DE',
  'ES',
  'NL',
  'PT',
  'IT',
  'BE',
  'CH',
  'AT',
  'BR',
  'MX',
  'AU',
  'NZ',
  'CA',
  'US',
  'IN',
];

/**
 * E.164 of a valid candidate, or undefined. Each distinct candidate counts once against the text's budget, whether
 * or not its verdict is already remembered, so the budget bounds a text the same way every time.
 */
export function validate(candidate: string, region: CountryCode, verdicts: Verdicts): string | undefined {
  const known = knownIn(verdicts, region);
  const verdict = known.get(candidate); // one lookup: an invalid candidate is remembered as INVALID
  if (verdict !== undefined) return verdict === INVALID ? undefined : verdict;
  if (verdicts.budget-- <= 0) return unvalidated(candidate);
  const e164 = validNumber(candidate, region);
  known.set(candidate, e164 ?? INVALID);
  return e164;
}
/** A text's verdict for a candidate no region validates (an E.164 number is never empty). */
const INVALID = '';
/** The canonical form of a candidate past the budget: its digits, gathered without a regular expression. */
function unvalidated(candidate: string): string {
  let digits = 'unvalidated:';
  for (let k = 0; k < candidate.length; k++) {
    const code = candidate.charCodeAt(k);
    if (code >= 48 && code <= 57) digits += candidate[k];
  }
  return digits;
}

function knownIn(verdicts: Verdicts, scope: string): Map<string, string> {
  let known = verdicts.byCandidate.get(scope);
  if (!known) {
    known = new Map();
    verdicts.byCandidate.set(scope, known);
  }
  return known;
}

/**
 * A number written with its country code is redacted when it has a possible length for its country, valid or not,
 * next to a phone word or with ten digits or more: ranges kept for fiction and tests ("+44 7700 900123") are still
 * someone's number to a reader.
 */
export function possibleInternational(candidate: string, verdicts: Verdicts): string | undefined {
  const known = knownIn(verdicts, 'possible');
  const verdict = known.get(candidate);
  if (verdict !== undefined) return verdict === INVALID ? undefined : verdict;
  if (verdicts.budget-- <= 0) return unvalidated(candidate);
  const e164 = possibleNumber(candidate);
  known.set(candidate, e164 ?? INVALID);
  return e164;
}

/** A candidate validated in the country named within 60 characters before its run or 40 after it. */
export function validateNamed(
  text: string,
  groups: readonly Group[],
  candidate: string,
  verdicts: Verdicts,
): string | undefined {
  const named = regionNamedIn(text.slice(Math.max(0, groups[0].start - 60), groups[groups.length - 1].end + 40));
  return named ? validate(candidate, named, verdicts) : undefined;
}

/** The first caller region (after the default one) in which the national candidate is a valid number. */
export function validateElsewhere(candidate: string, region: CountryCode, verdicts: Verdicts): string | undefined {
  for (const other of CALLER_REGIONS) {
    if (other === region) continue;
    const e164 = validate(candidate, other, verdicts);
    if (e164) return e164;
  }
  return undefined;
}
