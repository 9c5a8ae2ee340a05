/**
 * Phone numbers. A linear scan cuts the text into runs of digit groups; inside a run, windows of whole groups
 * that look like a phone layout are the only candidates, and each distinct candidate is validated once by
 * libphonenumber-js against the full ("max") metadata. So a 10-digit order number only passes when it is also
 * a real, assignable number, and then only when nothing labels it as a reference, a price, a quantity or a date.
 * National formats use the default region; "+..." numbers any region.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import * as context from './context';
import { groupByFirstCharacter as grouped } from './alternation';
import { LETTER } from './letters';
import * as countries from './phoneCountries';
import { possibleNumber, validNumber } from './phoneVerdicts';
import type { DigitRun } from './prepass';
import { SPOKEN_DIGIT_ALTERNATION } from './spokenDigits';
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
const { isCallersCountryCode, namesRegion, regionNamedIn, startsWithCallersCountryCode } = countries;

/**
 * `/\d\d|\+/.test(run)` by character codes: asked of every digit run, where the pattern's call cost more than the
 * scan (8 ms of a first scan of 10,000 runs).
 */
function hasMultiDigitGroupOrPlus(run: string): boolean {
  let previousDigit = false;
  for (let k = 0; k < run.length; k++) {
    const code = run.charCodeAt(k);
    if (code === 43) return true;
    const digit = code >= 48 && code <= 57;
    if (digit && previousDigit) return true;
    previousDigit = digit;
  }
  return false;
}
/**
 * "ext 318", "poste 204", "Durchwahl 17", "ramal 5", "interno 45", "toestel 12": an extension right after the number
 * (after a comma the sets label it apart: "212 555 0147, extension 22"), its digits written or said ("extension four
 * two").
 */
const SPOKEN_EXTENSION_DIGIT = `(?:${SPOKEN_DIGIT_ALTERNATION}|oh)`;
const SPOKEN_EXTENSION = `${SPOKEN_EXTENSION_DIGIT}(?:[\\s-]+${SPOKEN_EXTENSION_DIGIT}){0,5}(?![${LETTER}])`;
const EXTENSION_WORDS = 'ext\\.?|extension|extensión|poste|durchwahl|ramal|interno|toestel';
/** "x" and "dw." stand for an extension only before written digits. */
const EXTENSION = new RegExp(
  `^\\s*(?:(?:${EXTENSION_WORDS}|x|dw\\.?)\\s*\\d{1,6}\\b|(?:${EXTENSION_WORDS})\\s+${SPOKEN_EXTENSION})`,
  'i',
);
/** What an extension starts with past white space. */
const EXTENSION_FIRST = /[eExXpPdDrRiItT]/;
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
  /** Per region ("possible" for the possible-length check), by candidate: no key string built per candidate. */
  byCandidate: Map<string, Map<string, string>>;
  budget: number;
  /** Whether the text names a country of phoneCountries.ts (asked once per text, and only when needed). */
  namesRegion?: boolean;
}

interface Group {
  start: number;
  end: number;
  digits: string;
}

/** An area code alone, its trunk "0" and one to four digits: "020", "0161", "089". */
const AREA_CODE_ALONE = /^0\d{1,4}$/;
/** A year (1990 to 2039), a dash and five or six digits, the whole run: a reference numbered by its year. */
const YEAR_SERIAL = /^(?:199\d|20[0-3]\d)-\d{5,6}$/;

/** `runs`: the pre-pass's digit runs of `text`. */
export function detectPhones(text: string, region: string, runs: readonly DigitRun[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const verdicts: Verdicts = { byCandidate: new Map(), budget: MAX_VALIDATIONS }; // one validation per candidate
  for (let r = 0; r < runs.length; r++) {
    let run = runs[r];
    // "9 1 7, 5 5 5, 0 1 2 6": digits read one at a time with a comma between the groups are one run.
    if (text.charCodeAt(run.start + run.text.length) === COMMA && !hasMultiDigitGroupOrPlus(run.text)) {
      const joined = commaJoined(text, runs, r);
      if (joined.last > r) {
        run = joined.run;
        r = joined.last;
      }
    }
    // "089 / 4412 8830": a German area code and its number with a spaced slash between (three characters the pre-pass
    // does not join): one run when a trunk "0" starts it. So is an area code alone before a spaced dash or a comma,
    // "020 - 555 1234", "0161, 496 0380" (the area code said, a pause, then the number).
    if (r + 1 < runs.length && run.text.startsWith('0')) {
      const next = runs[r + 1];
      const gap =
        next.start - run.start - run.text.length <= 3 ? text.slice(run.start + run.text.length, next.start) : '';
      if (gap === ' / ' || ((gap === ' - ' || gap === ' – ' || gap === ', ') && AREA_CODE_ALONE.test(run.text))) {
        run = { start: run.start, text: text.slice(run.start, next.start + next.text.length) };
        r++;
      }
    }
    // A run of single digits ("1 2 3 ...", "1.1.1.") holds no phone layout: no group walk at all, unless a phone
    // word is near ("my number is 4 1 5 5 5 5 0 1 2 3", how speech-to-text writes digits read one at a time).
    if (run.text.length < MIN_DIGITS) continue;
    if (!hasMultiDigitGroupOrPlus(run.text)) {
      const digitByDigit = readDigitByDigit(text, run, region as CountryCode, verdicts);
      if (digitByDigit) spans.push(digitByDigit);
      continue;
    }
    // "el número 2024-55871", "ticket 2019-004417": a year, a dash and a serial is how a reference is numbered.
    if (YEAR_SERIAL.test(run.text) && text.charCodeAt(run.start - 1) !== 43) continue;
    // Only a long run is worth the test: a short one costs a few windows at most.
    if (run.text.length > LONG_RUN && !mayHoldNationalNumber(text, run, region as CountryCode)) continue;
    findInRun(text, groupsOf(run.text, run.start), region as CountryCode, verdicts, spans);
  }
  return spans;
}

/** The digit groups of a run, by a walk over its character codes (a split allocated a string per separator). */
function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  let from = -1;
  for (let k = 0; k <= run.length; k++) {
    const code = k < run.length ? run.charCodeAt(k) : -1;
    const digit = code >= 48 && code <= 57;
    if (digit && from < 0) from = k;
    else if (!digit && from >= 0) {
      groups.push({ start: offset + from, end: offset + k, digits: run.slice(from, k) });
      from = -1;
    }
  }
  return groups;
}

/**
 * North American numbers have ten digits (eleven with the trunk "1") and neither the area code nor the exchange
 * starts with 0 or 1, so "1003 0992 23" never costs a validation; elsewhere national numbers have 7 to 12 digits.
 */
const NANP = new Set(['US', 'CA', 'PR', 'GU', 'VI', 'AS', 'MP', 'DO', 'JM', 'TT', 'BS', 'BB']);
function plausibleNationalLength(digits: string, region: CountryCode): boolean {
  if (NANP.has(region)) return hasNanpShape(digits);
  return digits.length <= 12;
}
/**
 * `/^1?[2-9]\d\d[2-9]\d{6}$/.test(digits)` by character codes: this and the two prefix tests below run for
 * every group of every digit run, where a pattern's call costs more than the few comparisons.
 */
function hasNanpShape(digits: string): boolean {
  const trunk = digits.length === 11 ? 1 : 0;
  if (digits.length !== 10 + trunk || (trunk === 1 && digits.charCodeAt(0) !== 49)) return false;
  if (!allDigits(digits, trunk)) return false;
  return digits.charCodeAt(trunk) >= 50 && digits.charCodeAt(trunk + 3) >= 50;
}
/** Whether every character of `text` from `from` on is an ASCII digit. */
function allDigits(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Words that say a number is a phone, in EN/ES/FR/DE/PT/NL/IT (stems: "Telefonnummer", "Handynummer", "telefoonnummer"),
 * and the abbreviations a form or a signature labels one with ("ph: ...", "mob: ...").
 * With one near, a national number that the default region rejects is tried in the regions callers come from.
 */
export const PHONE_CUE = new RegExp(
  `(?<![${LETTER}])(?:${grouped(
    'phone|ph(?=\\.?\\s*[:#])|mob(?=\\.?\\s*[:#])|mobile|cell|cel|number(?!\\s+of)|call|calling|ring|reach|landline|tel|telephone|text|whatsapp|fax|dial' +
      '|tel[eé]fono|m[oó]vil|celular|ll[aá]m\\w*|n[uú]mero(?!\\s+de)|fijo|t[eé]l[eé]phone|portable|num[eé]ro(?!\\s+d)|joindre|appel\\w*|rappel\\w*|fixe' +
      '|telefon\\w*|handy\\w*|mobil\\w*|\\w*nummer|anruf\\w*|erreich\\w*|festnetz|telem[oó]vel|ligar|contacto|contato|bel|bellen|telefoon\\w*|mobiel|cellulare|telefonino|chiam\\w*|contact',
    true,
  )})(?![${LETTER}])`,
  'i',
);
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
/** Regions whose callers a contact center commonly hears, tried in this order after the default region. */
const CALLER_REGIONS: readonly CountryCode[] = [
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
 * A national number from elsewhere: a trunk "0" or an area code in brackets ("07845 221 903", "(11) 98472-3316"),
 * nine digits (Spain and Portugal have no trunk prefix), or ten digits from a 3 (an Italian mobile, "347 123 4567")
 * or from 6 to 9 (an Indian mobile, "98200 45678"), or a Brazilian mobile with its area code unbracketed ("21 99876-5432").
 */
const BRAZILIAN_MOBILE = /^[1-9]\d 9\d{4}[ -]?\d{4}$/;
const foreignShaped = (candidate: string, digits: string): boolean =>
  digits.length >= 9 &&
  (candidate[0] === '0' ||
    candidate[0] === '(' ||
    digits.length === 9 ||
    (digits.length === 10 && (digits.charCodeAt(0) >= 54 || digits.charCodeAt(0) === 51)) || // 6 to 9, or 3
    BRAZILIAN_MOBILE.test(candidate)) &&
  !DATE_SHAPE.test(candidate);
/**
 * "07123 456789": a British mobile in the layout it is written in (a trunk "07", five digits, then six), a phone
 * with or without a phone word near (an answer to "and your number?"); it must still be valid in a caller's region.
 * So is a British landline in its written layout, with its spaces or dashes: "0117 496 2204", "01483 569118", "020
 * 7183 4412", "0117-496-2204", or with its area code in brackets, "(020) 7946 0419". So is an Australian mobile in its
 * written layout ("0412 345 678"), and an Indian mobile in its own, five digits and five ("98200 45678"), an Australian
 * landline ("(03) 9123 4567", "02 9876 5432") and a French number in its pairs ("06 12 34 56 78", "01.42.68.53.00").
 * So are the mobiles of Spain ("612 34 56 78"), Ireland ("087 123 4567"), Germany ("0171 2345678", "0160 456 7890")
 * and the Netherlands ("06 1234 5678") in theirs. Nine digits in threes ("612 345 678", a Spanish or Portuguese mobile)
 * are also how a count is written with its thousands apart, and an Italian mobile's layout ("347 123 4567") a count
 * written in groups: only said in words do they need no phone word (SPOKEN_LAYOUTS).
 */
const WRITTEN_LAYOUTS =
  /^07\d{3}[ -]?\d{3}[ -]?\d{3}$|^0(?:1\d{3}[ -]\d{5,6}|1\d{2}[ -]\d{3}[ -]\d{4}|2\d[ -]\d{4}[ -]\d{4}|3\d{2}[ -]\d{3}[ -]\d{4})$|^\(0(?:1\d{3}\) \d{5,6}|1\d{2}\) \d{3}[ -]\d{4}|2\d\) \d{4}[ -]\d{4}|3\d{2}\) \d{3}[ -]\d{4})$|^04\d{2} \d{3} \d{3}$|^[6-9]\d{4} \d{5}$|^\(?0[2378]\)? \d{4} \d{4}$|^0[1-9]([ .-])\d{2}(?:\1\d{2}){3}$|^[67]\d{2} \d{2} \d{2} \d{2}$|^08[35-9] \d{3} \d{4}$|^01[5-7]\d{1,2} (?:\d{7,8}|\d{3,4} \d{4})$|^06[ -]\d{4} ?\d{4}$/;
/**
 * "seis uno dos, tres cuatro cinco, ...": a Spanish or Portuguese mobile said in threes (written so, a count), and an
 * Italian one in threes and four ("tre quattro sette, uno due tre, ...": written so, "347 123 4567 viti" is a count).
 */
const SPOKEN_LAYOUTS = /^[679]\d{2} \d{3} \d{3}$|^3\d{2} \d{3} \d{3,4}$/;
/**
 * "04/17/1986", "17.04.1986": a date, not a phone number; any slash but the German one between an area code and five
 * digits or more ("0171/2345678"), two groups of three or four ("089/4412 8830") or, after an area code from "0", pairs
 * to the end ("089/45 67 89 10", "0171 / 234 56 78").
 */
const DATE_SHAPE =
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|(?<!^0\d{1,4} ?)\/(?! ?(?:\d{5}|\d{3,4} \d{3,4}(?!\d)))|(?<=^0\d{1,4} ?)\/(?! ?(?:\d{5}|\d{3,4} \d{3,4}(?!\d)|\d{2,3}(?: \d{2}){2,3}$))/;
/**
 * "00447723456123": the international call prefix glued to a whole number (11 to 15 digits), read as "+44..."; unlike
 * a spaced one it must be valid, since a reference may start with "00".
 */
const isGluedInternational = (digits: string): boolean =>
  digits.length >= 11 && digits.length <= 15 && isInternationalPrefix(digits.slice(0, 3)) && allDigits(digits, 3);
/**
 * "0033 6 71 ...": the international call prefix "00" and a country code, written as "+33 6 71 ..."
 * (`/^00[1-9]\d{0,2}$/` by character codes).
 */
const isInternationalPrefix = (digits: string): boolean =>
  digits.length >= 3 &&
  digits.length <= 5 &&
  digits.charCodeAt(0) === 48 &&
  digits.charCodeAt(1) === 48 &&
  digits.charCodeAt(2) >= 49 &&
  digits.charCodeAt(2) <= 57 &&
  allDigits(digits, 3);
/**
 * Whether a run can hold a North American number at all: without a "+" (before it or at its start) every
 * candidate is national, and ten digits of the North American shape must occur in its digits. One native
 * test spares the group walk over a long run of digit pairs ("12 12 12 ...", "12.12.12...").
 */
const NANP_DIGITS = /[2-9]\d\d[2-9]\d{6}/;
const LONG_RUN = 32;
const NOT_DIGIT = /\D/g;
function mayHoldNationalNumber(text: string, run: DigitRun, region: CountryCode): boolean {
  if (!NANP.has(region) || run.text.startsWith('+') || text.slice(Math.max(0, run.start - 2), run.start).includes('+'))
    return true;
  if (NANP_DIGITS.test(run.text.replace(NOT_DIGIT, ''))) return true;
  // A caller from elsewhere: a national number next to a phone word ("mobile's 07845 221 903").
  return (
    FOREIGN_RUN.test(run.text) &&
    !DATE_SHAPE.test(run.text) &&
    hasCueNear(text, run.start, run.start + run.text.length, PHONE_CUE, 60)
  );
}
/** A run that may hold a national number from elsewhere: a trunk "0", an area code in brackets, or nine digits. */
const FOREIGN_RUN = /^(?:0|\(|\d{3}\D?\d{2,3}\D?\d{2,3}\D?\d{0,3}$)/;

/**
 * E.164 of a valid candidate, or undefined. Each distinct candidate counts once against the text's budget, whether
 * or not its verdict is already remembered, so the budget bounds a text the same way every time.
 */
function validate(candidate: string, region: CountryCode, verdicts: Verdicts): string | undefined {
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
function possibleInternational(candidate: string, verdicts: Verdicts): string | undefined {
  const known = knownIn(verdicts, 'possible');
  const verdict = known.get(candidate);
  if (verdict !== undefined) return verdict === INVALID ? undefined : verdict;
  if (verdicts.budget-- <= 0) return unvalidated(candidate);
  const e164 = possibleNumber(candidate);
  known.set(candidate, e164 ?? INVALID);
  return e164;
}

const TRUNK_ZERO = /\s*\(0\)\s*/;
const COMMAS = /,/g;
/** "+33 (0)6 12 ...", "+44 (0) 7700 ...": the national trunk "0" in brackets may come before a one-digit group. */
const afterTrunkZero = (text: string, group: Group): boolean =>
  group.digits === '0' && text.charCodeAt(group.start - 1) === 40 && text.charCodeAt(group.end) === 41; // "(0)"
/** A trunk or country prefix written as one digit ("1-800-...", "0 6 12 ..."). */
const isZeroOrOne = (digits: string): boolean => digits === '0' || digits === '1';
const DIGIT_BY_DIGIT = /^\d(?:(?:, ?|[ -])\d){6,14}$/;
/** Eleven digits from "07" or from "01"/"02" (British), ten from "04" (Australian mobile): no other number is so read. */
const SPEAKS_FOR_ITSELF = /^0(?:7[1-57-9]\d{8}|[12]\d{9}|4\d{8})$/;
const COMMA = 44;
const COMMA_GAP = /^, ?$/;
/** Runs of single digits from `runs[first]` on joined by ", " (each gap checked once; at most fifteen digits). */
function commaJoined(text: string, runs: readonly DigitRun[], first: number): { run: DigitRun; last: number } {
  let last = first;
  let end = runs[first].start + runs[first].text.length;
  while (last + 1 < runs.length && end - runs[first].start < 40) {
    const next = runs[last + 1];
    if (hasMultiDigitGroupOrPlus(next.text) || !COMMA_GAP.test(text.slice(end, next.start))) break;
    last++;
    end = next.start + next.text.length;
  }
  return { run: { start: runs[first].start, text: text.slice(runs[first].start, end) }, last };
}
function readDigitByDigit(text: string, run: DigitRun, region: CountryCode, verdicts: Verdicts): PiiSpan | undefined {
  if (!DIGIT_BY_DIGIT.test(run.text)) return undefined;
  const end = run.start + run.text.length;
  if (isReferenceNumber(text, run.start)) return undefined;
  const digits = run.text.replace(NOT_DIGIT, '');
  // A British or Australian mobile, or a British landline, read one digit at a time needs no phone word, as said in
  // words (cues.ts): "so that's 0 4 9 1 5 7 0 1 5 6, correct?".
  if (!hasCueNear(text, run.start, end, PHONE_CUE, 60) && !SPEAKS_FOR_ITSELF.test(digits)) return undefined;
  const e164 =
    (plausibleNationalLength(digits, region) ? validate(digits, region, verdicts) : undefined) ??
    (foreignShaped(digits, digits) ? validateElsewhere(digits, region, verdicts) : undefined);
  return e164 ? { type: 'PHONE', start: run.start, end, canonical: e164 } : undefined;
}

/** Digits said as words that make a national number of a caller's region, with a phone word near. */
export function isCallersNumber(
  text: string,
  start: number,
  end: number,
  digits: string,
  region: CountryCode,
): boolean {
  if (digits.length > 12 || !foreignShaped(digits, digits) || !hasCueNear(text, start, end, PHONE_CUE, 60))
    return false;
  const verdicts: Verdicts = { byCandidate: new Map(), budget: CALLER_REGIONS.length };
  return validateElsewhere(digits, region, verdicts) !== undefined;
}

/**
 * Digits said as words in the groups a phone is written in (`layout`: the groups joined by spaces, "020 7946 0332",
 * "555 234 9987"): read as the written number would be. A layout a caller's national number is written in, valid in a
 * caller's region, needs no phone word (as written); a North American layout does with one near (`cued`).
 */
export function isPhoneLayout(layout: string, digits: string, region: CountryCode, cued: boolean): boolean {
  if (foreignShaped(layout, digits) && (WRITTEN_LAYOUTS.test(layout) || SPOKEN_LAYOUTS.test(layout))) {
    const verdicts: Verdicts = { byCandidate: new Map(), budget: CALLER_REGIONS.length };
    if (validateElsewhere(layout, region, verdicts) !== undefined) return true;
  }
  return cued && NANP.has(region) && NANP_LAYOUT.test(layout);
}
/**
 * A North American number in the layout it is written in, three digits, three and four ("(555) 234-9987", "555.234.9987",
 * "1-555-234-9987"), the area code and the exchange from 2 to 9: next to a phone word it is someone's number to a
 * reader even where the area code is not (yet) assigned, as "555" is not, the way films and forms write numbers.
 */
const NANP_LAYOUT = /^(?:1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}$/;

/** A country code after a separate "00": one to three digits, not from 0. */
const COUNTRY_CODE = /^[1-9]\d{0,2}$/;

/** A candidate validated in the country named within 60 characters before its run or 40 after it. */
function validateNamed(
  text: string,
  groups: readonly Group[],
  candidate: string,
  verdicts: Verdicts,
): string | undefined {
  const named = regionNamedIn(text.slice(Math.max(0, groups[0].start - 60), groups[groups.length - 1].end + 40));
  return named ? validate(candidate, named, verdicts) : undefined;
}

/** The first caller region (after the default one) in which the national candidate is a valid number. */
function validateElsewhere(candidate: string, region: CountryCode, verdicts: Verdicts): string | undefined {
  for (const other of CALLER_REGIONS) {
    if (other === region) continue;
    const e164 = validate(candidate, other, verdicts);
    if (e164) return e164;
  }
  return undefined;
}

/** A phone word within 60 characters of the run. */
const cuedNear = (text: string, groups: Group[]): boolean =>
  hasCueNear(text, groups[0].start, groups[groups.length - 1].end, PHONE_CUE, 60);

function findInRun(text: string, groups: Group[], region: CountryCode, verdicts: Verdicts, spans: PiiSpan[]): void {
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
