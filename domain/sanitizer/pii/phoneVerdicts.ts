/**
 * libphonenumber-js's verdicts, remembered across texts. A validation costs about ten microseconds (the library
 * builds a regular expression for every pattern it tests), more than the rest of a turn's redaction, and the same
 * numbers come back: a caller repeats their number, and a conversation is sanitized again at every routing.
 * A verdict depends on the candidate text and the region alone, so remembering it changes no result.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** Bounded; the oldest verdict goes first. */
const LIMIT = 4096;
const verdicts = new Map<string, string | undefined>();

function remembered(key: string, verdict: () => string | undefined): string | undefined {
  if (verdicts.has(key)) return verdicts.get(key);
  const found = verdict();
  if (verdicts.size >= LIMIT) verdicts.delete(verdicts.keys().next().value as string);
  verdicts.set(key, found);
  return found;
}

/** For measurements: forget every verdict, as a worker meeting only new callers would start each conversation. */
export function forgetPhoneVerdicts(): void {
  verdicts.clear();
}

/** E.164 of `candidate` when it is a valid number read in `region`, else undefined. */
export const validNumber = (candidate: string, region: CountryCode): string | undefined =>
  remembered(`${region}:${candidate}`, () => {
    const parsed = parsePhoneNumberFromString(candidate, region);
    return parsed?.isValid() ? parsed.number : undefined;
  });

/** E.164 of `candidate` (written with its country code) when it has a possible length for its country. */
export const possibleNumber = (candidate: string): string | undefined =>
  remembered(`possible:${candidate}`, () => {
    const parsed = parsePhoneNumberFromString(candidate);
    return parsed?.isPossible() ? parsed.number : undefined;
  });
