/**
 * For cues.ts, which reads digits said as words ("oh seven eight four five..."): whether those digits make a phone
 * number, read as the same digits written would be.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { hasCueNear } from './context';
import { foreignShaped, NANP, NANP_LAYOUT, SPOKEN_LAYOUTS, WRITTEN_LAYOUTS } from './phoneLayouts';
import { CALLER_REGIONS, validateElsewhere, type Verdicts } from './phoneValidation';
import { PHONE_CUE } from './phoneWords';

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
