/**
 * libphonenumber-js's verdicts, remembered across texts. A validation costs about ten microseconds (the library
 * builds a regular expression for every pattern it tests), more than the rest of a turn's redaction, and the same
 * numbers come back: a caller repeats their number, and a conversation is sanitized again at every routing.
 * A verdict depends on the candidate text and the region alone, so remembering it changes no result.
 */
import { Metadata } from 'libphonenumber-js/core';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import { RecentCache } from '../recentCache';

const verdicts = new RecentCache<string, string | undefined>(4096);

/** For measurements: forget every verdict, as a worker meeting only new callers would start each conversation. */
export function forgetPhoneVerdicts(): void {
  verdicts.clear();
}

/** E.164 of `candidate` when it is a valid number read in `region`, else undefined. */
export const validNumber = (candidate: string, region: CountryCode): string | undefined =>
  verdicts.remember(`${region}:${candidate}`, () => {
    const national = region === 'US' ? plainNanpNumber(candidate) : undefined;
    if (national !== undefined) return nanpVerdict(national);
    const parsed = parsePhoneNumberFromString(candidate, region);
    return parsed?.isValid() ? parsed.number : undefined;
  });

/**
 * The national number of a candidate written the plain North American way, read in the US: ten digits, the first
 * and the fourth 2 to 9 (no trunk "1", no international prefix "011"), and between them only the separators a
 * digit run holds (" ().-/"), starting with a digit or "(". For such a candidate libphonenumber-js's
 * `parsePhoneNumberFromString(candidate, 'US')` takes the ten digits as the national number with calling code 1
 * (nothing to strip: they start with neither the calling code, the IDD prefix nor the national prefix), and the
 * verdict depends on those digits alone; undefined for any other candidate, which goes to the library.
 */
function plainNanpNumber(candidate: string): string | undefined {
  if (candidate.length < 10 || candidate.length > 20) return undefined;
  let digits = '';
  for (let k = 0; k < candidate.length; k++) {
    const code = candidate.charCodeAt(k);
    if (code >= 48 && code <= 57) digits += candidate[k];
    else if (k === 0 ? code !== 40 : !PLAIN_SEPARATOR.has(code)) return undefined;
  }
  if (digits.length !== 10 || digits.charCodeAt(0) < 50 || digits.charCodeAt(3) < 50) return undefined;
  return digits;
}
/** " ", "(", ")", ".", "-", "/": what joins the digit groups of a run. */
const PLAIN_SEPARATOR = new Set([32, 40, 41, 46, 45, 47]);

/** What the verdict below reads through libphonenumber-js's exported `Metadata` class (typed only in part there). */
interface MetadataReader {
  selectNumberingPlan(country: string): unknown;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  leadingDigits(): string | undefined;
  nationalNumberPattern(): string;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}
const reader = new Metadata(maxMetadata) as unknown as MetadataReader;
/** The number types libphonenumber-js's `getNumberType` tries: a number is valid when one of them matches. */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];
interface Plan {
  leadingDigits?: RegExp;
  national: RegExp;
  types: { pattern: RegExp; lengths: readonly number[] | undefined }[];
}
/** Per country, its patterns compiled once (libphonenumber-js compiles each again on every test). */
const plans = new Map<string, Plan>();
const entirely = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);
function planOf(country: string): Plan {
  let plan = plans.get(country);
  if (plan === undefined) {
    reader.selectNumberingPlan(country);
    const leading = reader.leadingDigits();
    const types: Plan['types'] = [];
    for (const name of NUMBER_TYPES) {
      const type = reader.type(name);
      if (type && type.pattern()) types.push({ pattern: entirely(type.pattern()), lengths: type.possibleLengths() });
    }
    plan = {
      leadingDigits: leading ? new RegExp(leading) : undefined,
      national: entirely(reader.nationalNumberPattern()),
      types,
    };
    plans.set(country, plan);
  }
  return plan;
}
/** libphonenumber-js's `getNumberType(...) !== undefined`: the national pattern, then any type's lengths and pattern. */
const hasNumberType = (plan: Plan, national: string): boolean =>
  plan.national.test(national) &&
  plan.types.some((type) => (!type.lengths || type.lengths.includes(national.length)) && type.pattern.test(national));
/**
 * `parsePhoneNumberFromString(candidate, 'US')?.isValid()` for a plain North American candidate, as the library
 * decides it with its own metadata: calling code 1 is shared, so the country is the first of its countries whose
 * leading digits start the number or, for one without leading digits, whose types take it (the US when none
 * does); the number is valid when that country's types take it. Held equal to the library by a test over random
 * and every area code's numbers.
 */
const NANP_COUNTRIES = reader.getCountryCodesForCallingCode('1') ?? [];
export function nanpVerdict(national: string): string | undefined {
  let country = 'US';
  for (const candidate of NANP_COUNTRIES) {
    const plan = planOf(candidate);
    if (plan.leadingDigits) {
      if (national.search(plan.leadingDigits) === 0) {
        country = candidate;
        break;
      }
    } else if (hasNumberType(plan, national)) {
      country = candidate;
      break;
    }
  }
  return hasNumberType(planOf(country), national) ? `+1${national}` : undefined;
}

/** E.164 of `candidate` (written with its country code) when it has a possible length for its country. */
export const possibleNumber = (candidate: string): string | undefined =>
  verdicts.remember(`possible:${candidate}`, () => {
    const parsed = parsePhoneNumberFromString(candidate);
    return parsed?.isPossible() ? parsed.number : undefined;
  });
