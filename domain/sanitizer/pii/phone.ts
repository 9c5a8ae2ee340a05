/**
 * Phone numbers. A linear scan cuts the text into runs of digit groups; inside a run, windows of whole groups
 * that look like a phone layout are the only candidates, and each distinct candidate is validated once by
 * libphonenumber-js against the full ("max") metadata. So a 10-digit order number only passes when it is also
 * a real, assignable number, and then only when nothing labels it as a reference, a price, a quantity or a date.
 * National formats use the default region; "+..." numbers any region.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { isGluedBefore, isNotAPhoneByCue, isPartOfIdentifier, isReferenceNumber } from './context';
import { scanCandidates, type DigitRun } from './prepass';
import type { PiiSpan } from './types';

/** Digit groups and the separators between them, alternating (a split allocates strings, not match objects). */
const SEPARATORS = /(\D+)/;
const MULTI_DIGIT_OR_PLUS = /\d\d|\+/;
const EXTENSION = /^\s*(?:ext\.?|extension|x)\s*(\d{1,6})\b/i;
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
const MAX_GROUPS = 6;
/**
 * Validations one text may spend (a few milliseconds). A text with more distinct phone-shaped candidates is a dump, not
 * speech; past the budget a candidate of plausible length counts as a phone unvalidated, so the bound costs
 * over-redaction, never a leak.
 */
const MAX_VALIDATIONS = 300;

interface Verdicts {
  byCandidate: Map<string, string | undefined>;
  budget: number;
}

interface Group {
  start: number;
  end: number;
  digits: string;
}

/** `runs`: the pre-pass's digit runs of `text` (scanned here when not given). */
export function detectPhones(text: string, region = 'US', runs?: readonly DigitRun[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const verdicts: Verdicts = { byCandidate: new Map(), budget: MAX_VALIDATIONS }; // one validation per candidate
  for (const run of runs ?? scanCandidates(text).runs) {
    // A run of single digits ("1 2 3 ...", "1.1.1.") holds no phone layout: no group walk at all.
    if (run.text.length < MIN_DIGITS || !MULTI_DIGIT_OR_PLUS.test(run.text)) continue;
    findInRun(text, groupsOf(run.text, run.start), region as CountryCode, verdicts, spans);
  }
  return spans;
}

function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  let at = offset;
  for (const piece of run.split(SEPARATORS)) {
    if (piece.length > 0 && piece.charCodeAt(0) >= 48 && piece.charCodeAt(0) <= 57)
      groups.push({ start: at, end: at + piece.length, digits: piece });
    at += piece.length;
  }
  return groups;
}

/**
 * North American numbers have ten digits (eleven with the trunk "1") and neither the area code nor the exchange
 * starts with 0 or 1, so "1003 0992 23" never costs a validation; elsewhere national numbers have 7 to 12 digits.
 */
const NANP_SHAPE = /^1?[2-9]\d\d[2-9]\d{6}$/;
const NANP = new Set(['US', 'CA', 'PR', 'GU', 'VI', 'AS', 'MP', 'DO', 'JM', 'TT', 'BS', 'BB']);
function plausibleNationalLength(digits: string, region: CountryCode): boolean {
  if (NANP.has(region)) return NANP_SHAPE.test(digits);
  return digits.length <= 12;
}

/** E.164 of a valid candidate, or undefined; each distinct candidate text reaches libphonenumber once per call. */
function validate(candidate: string, region: CountryCode, verdicts: Verdicts): string | undefined {
  const known = verdicts.byCandidate;
  if (!known.has(candidate)) {
    if (verdicts.budget-- <= 0) return `unvalidated:${candidate.replace(/\D/g, '')}`;
    const parsed = parsePhoneNumberFromString(candidate, region);
    known.set(candidate, parsed?.isValid() ? parsed.number : undefined);
  }
  return known.get(candidate);
}

function findInRun(text: string, groups: Group[], region: CountryCode, verdicts: Verdicts, spans: PiiSpan[]): void {
  for (let i = 0; i < groups.length; i++) {
    const plus = text[groups[i].start - 1] === '+' || text.slice(groups[i].start - 2, groups[i].start) === '+ ';
    const open = text[groups[i].start - 1] === '(';
    // Layouts people write: a country code or trunk prefix ("+33 6 ...", "1-800-...") may be one digit, and so
    // may the group after it; every later group has two digits or more. "1 2 3 4 ..." is no phone layout.
    const prefixed = plus || /^[01]$/.test(groups[i].digits);
    if (groups[i].digits.length < 2 && !prefixed) continue;
    const head = plus
      ? groups[i].start - (text[groups[i].start - 1] === '+' ? 1 : 2)
      : open
        ? groups[i].start - 1
        : groups[i].start;
    // The label checks run once per start, and only when a window of plausible length exists; both come before
    // any validation: "order 4100000123", "SN-...", "$415.555.0142" never reach libphonenumber.
    let labelled: boolean | undefined;
    let found: { j: number; e164: string } | undefined;
    let digits = '';
    for (let j = i; j < groups.length && j - i < MAX_GROUPS; j++) {
      if (j > i && groups[j].digits.length < 2 && !(j === i + 1 && prefixed)) break;
      digits += groups[j].digits;
      if (digits.length > MAX_DIGITS) break;
      if (digits.length < MIN_DIGITS) continue;
      if (!plus && !plausibleNationalLength(digits, region)) continue;
      // Inside a run only the run's first group can follow a label; later ones follow digits.
      labelled ??=
        i === 0
          ? isReferenceNumber(text, head) || isGluedBefore(text, head) || isNotAPhoneByCue(text, head, head)
          : isGluedBefore(text, head);
      if (labelled) break;
      const candidate = text.slice(head, groups[j].end);
      const e164 = validate(candidate, region, verdicts);
      if (e164) found = { j, e164 }; // keep extending: the longest valid layout wins
    }
    if (!found) continue;
    const start = head;
    let end = groups[found.j].end;
    const ext = EXTENSION.exec(text.slice(end, end + 20));
    if (ext) end += ext[0].length;
    if (!isPartOfIdentifier(text, start, end) && !isNotAPhoneByCue(text, start, end)) {
      spans.push({ type: 'PHONE', start, end, canonical: found.e164 });
    }
    i = found.j; // the groups of a found number are not the start of another
  }
}
