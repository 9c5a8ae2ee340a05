/**
 * How phone numbers are written: their length, the North American shape, the layouts of the callers' countries
 * (British, Australian, French, Spanish... groups), a country's international prefix, and what is a date instead.
 * Pure shape checks on a candidate's text and digits, asked before any validation.
 */
import type { CountryCode } from 'libphonenumber-js/max';

/** A phone number has 7 to 15 digits, in at most six groups. */
export const MIN_DIGITS = 7;
export const MAX_DIGITS = 15;
export const MAX_GROUPS = 6;

/**
 * North American numbers have ten digits (eleven with the trunk "1") and neither the area code nor the exchange
 * starts with 0 or 1, so "1003 0992 23" never costs a validation; elsewhere national numbers have 7 to 12 digits.
 */
export const NANP = new Set(['US', 'CA', 'PR', 'GU', 'VI', 'AS', 'MP', 'DO', 'JM', 'TT', 'BS', 'BB']);
export function plausibleNationalLength(digits: string, region: CountryCode): boolean {
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
 * A national number from elsewhere: a trunk "0" or an area code in brackets ("07845 221 903", "(11) 98472-3316"),
 * nine digits (Spain and Portugal have no trunk prefix), or ten digits from a 3 (an Italian mobile, "347 123 4567")
 * or from 6 to 9 (an Indian mobile, "98200 45678"), or a Brazilian mobile with its area code unbracketed ("21 99876-5432").
 */
const BRAZILIAN_MOBILE = /^[1-9]\d 9\d{4}[ -]?\d{4}$/;
export const foreignShaped = (candidate: string, digits: string): boolean =>
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
export const WRITTEN_LAYOUTS =
  /^07\d{3}[ -]?\d{3}[ -]?\d{3}$|^0(?:1\d{3}[ -]\d{5,6}|1\d{2}[ -]\d{3}[ -]\d{4}|2\d[ -]\d{4}[ -]\d{4}|3\d{2}[ -]\d{3}[ -]\d{4})$|^\(0(?:1\d{3}\) \d{5,6}|1\d{2}\) \d{3}[ -]\d{4}|2\d\) \d{4}[ -]\d{4}|3\d{2}\) \d{3}[ -]\d{4})$|^04\d{2} \d{3} \d{3}$|^[6-9]\d{4} \d{5}$|^\(?0[2378]\)? \d{4} \d{4}$|^0[1-9]([ .-])\d{2}(?:\1\d{2}){3}$|^[67]\d{2} \d{2} \d{2} \d{2}$|^08[35-9] \d{3} \d{4}$|^01[5-7]\d{1,2} (?:\d{7,8}|\d{3,4} \d{4})$|^06[ -]\d{4} ?\d{4}$/;
/**
 * "seis uno dos, tres cuatro cinco, ...": a Spanish or Portuguese mobile said in threes (written so, a count), and an
 * Italian one in threes and four ("tre quattro sette, uno due tre, ...": written so, "347 123 4567 viti" is a count).
 */
export const SPOKEN_LAYOUTS = /^[679]\d{2} \d{3} \d{3}$|^3\d{2} \d{3} \d{3,4}$/;
/**
 * "04/17/1986", "17.04.1986": a date, not a phone number; any slash but the German one between an area code and five
 * digits or more ("0171/2345678"), two groups of three or four ("089/4412 8830") or, after an area code from "0", pairs
 * to the end ("089/45 67 89 10", "0171 / 234 56 78").
 */
export const DATE_SHAPE =
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|(?<!^0\d{1,4} ?)\/(?! ?(?:\d{5}|\d{3,4} \d{3,4}(?!\d)))|(?<=^0\d{1,4} ?)\/(?! ?(?:\d{5}|\d{3,4} \d{3,4}(?!\d)|\d{2,3}(?: \d{2}){2,3}$))/;
/**
 * "00447723456123": the international call prefix glued to a whole number (11 to 15 digits), read as "+44..."; unlike
 * a spaced one it must be valid, since a reference may start with "00".
 */
export const isGluedInternational = (digits: string): boolean =>
  digits.length >= 11 && digits.length <= 15 && isInternationalPrefix(digits.slice(0, 3)) && allDigits(digits, 3);
/**
 * "0033 6 71 ...": the international call prefix "00" and a country code, written as "+33 6 71 ..."
 * (`/^00[1-9]\d{0,2}$/` by character codes).
 */
export const isInternationalPrefix = (digits: string): boolean =>
  digits.length >= 3 &&
  digits.length <= 5 &&
  digits.charCodeAt(0) === 48 &&
  digits.charCodeAt(1) === 48 &&
  digits.charCodeAt(2) >= 49 &&
  digits.charCodeAt(2) <= 57 &&
  allDigits(digits, 3);
/**
 * A North American number in the layout it is written in, three digits, three and four ("(555) 234-9987", "555.234.9987",
 * "1-555-234-9987"), the area code and the exchange from 2 to 9: next to a phone word it is someone's number to a
 * reader even where the area code is not (yet) assigned, as "555" is not, the way films and forms write numbers.
 */
export const NANP_LAYOUT = /^(?:1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}$/;

/** A country code after a separate "00": one to three digits, not from 0. */
export const COUNTRY_CODE = /^[1-9]\d{0,2}$/;
