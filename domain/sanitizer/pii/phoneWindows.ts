/**
 * Inside one digit run: windows of whole groups that look like a phone layout, each validated in the default region,
 * a caller's region, a country the text names or as an international number; the longest valid window wins, unless
 * a label before it or a word after it says it is a reference, a price, a quantity or a date.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import * as context from './context';
import * as layouts from './phoneLayouts';
import * as countries from './phoneCountries';
import type { Group } from './phoneRuns';
import * as validation from './phoneValidation';
import type { Verdicts } from './phoneValidation';
import * as words from './phoneWords';
import type { PiiSpan } from './types';

/**
 * The context checks, read once: under tsx (how the worker and the bench run) every use of an imported binding is a
 * getter call, and these run for every digit run of a text (10,000 runs in a 200 KB dump of phone numbers, 5 ms of
 * its first scan).
 */
const {
  hasCueNear,
  isGluedAfter,
  isGluedBefore,
  isNotAPhoneAfter,
  isNotAPhoneBefore,
  isNotAPhoneByCue,
  isReferenceNumber,
  mayStartWith,
} = context;
const { isCallersCountryCode, namesRegion, startsWithCallersCountryCode } = countries;
/** So are the layouts, the validations and the phone words the window walk asks. */
const {
  COUNTRY_CODE,
  foreignShaped,
  isGluedInternational,
  isInternationalPrefix,
  MAX_DIGITS,
  MAX_GROUPS,
  MIN_DIGITS,
  NANP,
  NANP_LAYOUT,
  plausibleNationalLength,
  WRITTEN_LAYOUTS,
} = layouts;
const { possibleInternational, validate, validateElsewhere, validateNamed } = validation;
const { EXTENSION, EXTENSION_FIRST, PHONE_CUE } = words;

/**
 * After a token of letters and digits ("1Z 4E7 V81 03 2287 6615"): the rest of a tracking or serial number. The
 * token (two to eight ASCII letters and digits, at least one of each, a space after it) is read backwards from
 * `head`, without a slice or a regular expression: a dump holds thousands of runs.
 */
function continuesIdentifier(text: string, head: number): boolean {
  if (text.charCodeAt(head - 1) !== 32) return false;
  let letters = 0;
  let digits = 0;
  let k = head - 2;
  for (; k >= 0 && head - 1 - k <= 8; k--) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) digits++;
    else if ((code | 32) >= 97 && (code | 32) <= 122) letters++;
    else break;
  }
  const length = head - 2 - k;
  if (length < 2 || length > 8 || letters === 0 || digits === 0) return false;
  // The token starts the text or follows something else than a letter or digit.
  if (k < 0) return true;
  const code = text.charCodeAt(k);
  return !((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122));
}

const TRUNK_ZERO = /\s*\(0\)\s*/;
const COMMAS = /,/g;
/** "+33 (0)6 12 ...", "+44 (0) 7700 ...": the national trunk "0" in brackets may come before a one-digit group. */
const afterTrunkZero = (text: string, group: Group): boolean =>
  group.digits === '0' && text.charCodeAt(group.start - 1) === 40 && text.charCodeAt(group.end) === 41; // "(0)"
/** A trunk or country prefix written as one digit ("1-800-...", "0 6 12 ..."). */
const isZeroOrOne = (digits: string): boolean => digits === '0' || digits === '1';

/** A phone word within 60 characters of the run. */
const cuedNear = (text: string, groups: Group[]): boolean =>
  hasCueNear(text, groups[0].start, groups[groups.length - 1].end, PHONE_CUE, 60);

export function findInRun(
  text: string,
  groups: Group[],
  region: CountryCode,
  verdicts: Verdicts,
  spans: PiiSpan[],
): void {
  // A phone word near the run, asked once per run and only when needed (`cued ??= cuedNear(...)`: no closure made per
  // run, which under tsx costs a defineProperty of its name).
  let cued: boolean | undefined;
  let runReference: boolean | undefined; // the run's first group follows a reference label (asked once, when needed)
  for (let i = 0; i < groups.length; i++) {
    const plus =
      text[groups[i].start - 1] === '+' || (text[groups[i].start - 2] === '+' && text[groups[i].start - 1] === ' ');
    const glued = !plus && isGluedInternational(groups[i].digits);
    // "00 44 7723 ...": the call prefix and the country code written apart.
    const splitPrefix =
      !plus && groups[i].digits === '00' && i + 1 < groups.length && COUNTRY_CODE.test(groups[i + 1].digits);
    const international = !plus && (glued || splitPrefix || isInternationalPrefix(groups[i].digits));
    const open = text[groups[i].start - 1] === '(';
    // Layouts people write: a country code or trunk prefix ("+33 6 ...", "1-800-...") may be one digit, and so
    // may the group after it; every later group has two digits or more. "1 2 3 4 ..." is no phone layout.
    const prefixed = plus || international || isZeroOrOne(groups[i].digits);
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
    let trunkGroup = 0; // a bracketed trunk zero is one group more
    for (let j = i; j < groups.length && j - i < MAX_GROUPS + trunkGroup; j++) {
      if (j > i && groups[j - 1].digits === '0' && afterTrunkZero(text, groups[j - 1])) trunkGroup = 1;
      if (j > i && groups[j].digits.length < 2 && !(j === i + 1 && prefixed) && trunkGroup === 0) break;
      digits += groups[j].digits;
      if (digits.length > MAX_DIGITS) break;
      if (digits.length < MIN_DIGITS) continue;
      const national = !plus && !international;
      const here = !national || plausibleNationalLength(digits, region);
      const written = text.slice(head, groups[j].end);
      // "+33 (0)6 12 ...": the bracketed trunk zero is dialled at home only; validated without it.
      // "0161, 496 0380": the comma of an area code said apart is no part of the number.
      const candidate =
        plus && written.includes('(0)')
          ? written.replace(TRUNK_ZERO, ' ')
          : written.includes(',')
            ? written.replace(COMMAS, '')
            : written;
      const elsewhere =
        national &&
        digits.length <= 12 &&
        foreignShaped(candidate, digits) &&
        (WRITTEN_LAYOUTS.test(written) || (cued ??= cuedNear(text, groups))); // a comma inside ("0161, 496 0380") wants a phone word
      // "my SG number is 9123 4567": a national number of a country the turn names, next to a phone word.
      const mayBeNamed = national && digits.length <= 12 && (verdicts.namesRegion ??= namesRegion(text));
      // "my number is 44 7723 900461": a country code written without its "+", next to a phone word.
      // The code is its own group or the number is written in one ("4471-2290-5531" is no "+44" left out).
      const bareCountryCode =
        national && startsWithCallersCountryCode(digits) && (j === i || isCallersCountryCode(groups[i].digits));
      if (!here && !elsewhere && !mayBeNamed && !bareCountryCode) continue;
      // Inside a run only the run's first group can follow a label; later ones follow digits.
      labelled ??=
        i === 0
          ? isReferenceNumber(text, head) ||
            isGluedBefore(text, head) ||
            isNotAPhoneBefore(text, head) ||
            continuesIdentifier(text, head)
          : isGluedBefore(text, head) ||
            isGluedBefore(text, groups[0].start) || // "V81 03 2287 6615": one identifier
            // "tracking number's 9400 1112 0220 5555 1234 56": a labelled reference's groups are all of it.
            (runReference ??= isReferenceNumber(text, groups[0].start));
      if (labelled) break;
      const e164 =
        (here ? validate(international ? `+${candidate.slice(2)}` : candidate, region, verdicts) : undefined) ??
        (elsewhere ? validateElsewhere(candidate, region, verdicts) : undefined) ??
        (mayBeNamed && (cued ??= cuedNear(text, groups))
          ? validateNamed(text, groups, candidate, verdicts)
          : undefined) ??
        (bareCountryCode && (cued ??= cuedNear(text, groups))
          ? validate(`+${candidate}`, region, verdicts)
          : undefined) ??
        (national && NANP.has(region) && NANP_LAYOUT.test(candidate) && (cued ??= cuedNear(text, groups))
          ? `+1${digits.slice(-10)}`
          : undefined) ??
        (!national && !glued && (digits.length >= 10 || (cued ??= cuedNear(text, groups)))
          ? possibleInternational(international ? `+${candidate.slice(2)}` : candidate, verdicts)
          : undefined);
      if (e164) found = { j, e164 }; // keep extending: the longest valid layout wins
    }
    if (!found) continue;
    const start = head;
    let end = groups[found.j].end;
    // "089 1234567-0", "+49 30 12345-0": a company's one-digit direct dial after a dash ends the run (German, Austrian
    // and Swiss numbers are written so, "-0" the switchboard).
    const next = groups[found.j + 1];
    if (
      next &&
      found.j + 2 === groups.length &&
      next.digits.length === 1 &&
      next.start === end + 1 &&
      text.charCodeAt(end) === 45
    )
      end = next.end;
    const ext = mayStartWith(text, end, 20, EXTENSION_FIRST) ? EXTENSION.exec(text.slice(end, end + 48)) : null;
    if (ext) end += ext[0].length;
    // The label checks above already cleared what lies before the start (glued to nothing, and for a run's first
    // group no money or quantity word): only what follows the end is left to check.
    if (!isGluedAfter(text, end) && !(i === 0 ? isNotAPhoneAfter(text, end) : isNotAPhoneByCue(text, start, end))) {
      spans.push({ type: 'PHONE', start, end, canonical: found.e164 });
    }
    i = found.j; // the groups of a found number are not the start of another
  }
}
