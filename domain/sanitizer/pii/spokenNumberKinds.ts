/**
 * What a run of digits said as words is, read as the same digits written would be: an account number or a birth date
 * after its cue, a card number, an SSN, a phone (with its said "plus", a caller's national number, a country code
 * said without "plus", the groups it is written in, a British or Australian mobile); or nothing.
 */
import { DEFAULT_ACCOUNT_NUMBER_RULES, followsAccountCue, type AccountNumberRules } from './accountNumber';
import { precedesAccountCue } from './accountCueAfter';
import { isCardNumber } from './card';
import { hasCueNear, isReferenceNumber } from './context';
import { isCallersNumber, isPhoneLayout, PHONE_CUE } from './phone';
import { startsWithCallersCountryCode } from './phoneCountries';
import { saidDddBefore } from './brazilianAreaCode';
import { isValidSsn } from './ssn';
import {
  findPhoneNumbersInText,
  isPossiblePhoneNumber,
  isValidPhoneNumber,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/max';
import { DIGIT_WORDS, REPEAT_WORDS } from './spokenDigits';
import type { PiiSpan } from './types';
import { followsBirthFieldCue } from './birthDateCues';
import { isDateDigits } from './birthDateDigits';
import { HESITATION, isPortugueseOne } from './spokenDigitGaps';

const SSN_CUE = /\b(?:ssn|social security|social)\b/i;

const UK_MOBILE = /^07[1-57-9]/;
const AU_MOBILE = /^04/;
const UK_GEOGRAPHIC = /^0[12]/;

/** "plus four four, seven nine one one, ...": the "+" of a country code said aloud (EN/FR/DE "plus", ES "más", PT "mais"). */
const PLUS_BEFORE = /(?<![\p{L}])(?:plus|más|mais)[\s,]*$/iu;
/** Where the said "+" before a spoken run starts, when the run is a valid international number with it; else -1. */
export function internationalPlus(text: string, start: number, digits: string): number {
  const from = Math.max(0, start - 8);
  const m = PLUS_BEFORE.exec(text.slice(from, start));
  // Possible for its country, not necessarily valid: "plus four four seven seven double oh nine ..." is in a range kept
  // for fiction and tests, still a number to a reader (as without the "plus", below); ten digits at least.
  return m && (isValidPhoneNumber(`+${digits}`) || (digits.length >= 10 && isPossiblePhoneNumber(`+${digits}`)))
    ? from + m.index
    : -1;
}

/** Digits said in the SSN's groups, with a pause between them: "five two three, four one, eight eight zero six". */
function isSsnGrouped(spoken: string): boolean {
  const sizes = spoken.split(PAUSE).map((group) => {
    let size = 0;
    for (const word of group.toLowerCase().split(/\s+/)) {
      if (REPEAT_WORDS[word] !== undefined) size += REPEAT_WORDS[word] - 1;
      else if (DIGIT_WORDS[word] !== undefined) size += 1;
    }
    return size;
  });
  return sizes.join(' ') === '3 2 4';
}
const PAUSE = /\s*[,.;–-]\s*/;
/** No phone has more digits (E.164): a longer run said in words is read for no layout. */
const MAX_PHONE_DIGITS = 15;
/** The words of a number said in parts, across the pauses. */
const wordsOf = (parts: string[]): string[] => parts.flatMap((part) => part.split(/\s+/).filter((word) => word !== ''));
/**
 * The digit groups of a number said in words with pauses between them, joined by spaces ("oh two oh, seven nine four
 * six" is "020 7946"), or undefined when it was said in one breath or holds a word of another kind ("hundred").
 */
function spokenLayout(spoken: string): string | undefined {
  const groups: string[] = [];
  const parts = spoken.toLowerCase().split(PAUSE);
  let every: string[] | undefined; // every word, across pauses: built at the first "um" only
  let k = 0; // `every[k]`: the word after the one being read
  for (const part of parts) {
    let digits = '';
    let repeat = 1;
    for (const word of part.split(/\s+/)) {
      if (word !== '') k++;
      // "nove um dois": the Portuguese one, as the detector read it (isPortugueseOne).
      if (word === 'um' && isPortugueseOne((every ??= wordsOf(parts))[k - 2], () => every![k])) {
        digits += '1'.repeat(repeat);
        repeat = 1;
        continue;
      }
      if (word === '' || HESITATION.test(word)) continue;
      if (REPEAT_WORDS[word] !== undefined) repeat = REPEAT_WORDS[word];
      else if (/^\d+$/.test(word)) digits += word;
      else if (DIGIT_WORDS[word] !== undefined) {
        digits += DIGIT_WORDS[word].repeat(repeat);
        repeat = 1;
      } else return undefined;
    }
    if (digits !== '') groups.push(digits);
  }
  return groups.length > 1 ? groups.join(' ') : undefined;
}

export function classifySpoken(
  text: string,
  start: number,
  end: number,
  digits: string,
  region: string,
  accountNumbers: AccountNumberRules | undefined,
): PiiSpan['type'] | undefined {
  // "account number is four four one nine ...": the cue names it before any validator guesses.
  if (followsAccountCue(text, start, accountNumbers)) return 'ACCOUNT_NUMBER';
  // "five five eight two oh one seven four, that's my policy number": the cue after it.
  if (digits.length >= 5 && precedesAccountCue(text, end, accountNumbers ?? DEFAULT_ACCOUNT_NUMBER_RULES))
    return 'ACCOUNT_NUMBER';
  // "my DOB is zero three zero four one nine eight five": a date read out digit by digit after a birth field cue.
  if (isDateDigits(digits) && followsBirthFieldCue(text, start)) return 'DATE_OF_BIRTH';
  if (isReferenceNumber(text, start)) return undefined;
  // "protocolo número onze, nove oito sete ...": the label sits before the number's area code said as a number.
  const ddd = saidDddBefore(text, start);
  if (ddd >= 0 && isReferenceNumber(text, ddd)) return undefined;
  if (isCardNumber(digits)) return 'CREDIT_CARD';
  if (
    digits.length === 9 &&
    (hasCueNear(text, start, end, SSN_CUE, 60) || isSsnGrouped(text.slice(start, end))) &&
    isValidSsn(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5))
  ) {
    return 'SSN';
  }
  // "oh seven seven double oh nine ...": a caller's national number, next to a phone word.
  if (isCallersNumber(text, start, end, digits, region as CountryCode)) return 'PHONE';
  // "my number's double four seven seven ...": the country code said without "plus", next to a phone word; valid, or
  // possible for its country with a national number not from "0" (a range kept for fiction is still a number to a
  // reader, as with "plus"), outside North America (a said "one" first is too often part of something else).
  if (startsWithCallersCountryCode(digits) && hasCueNear(text, start, end, PHONE_CUE, 60)) {
    const international = parsePhoneNumberFromString(`+${digits}`);
    if (
      international &&
      (international.isValid() ||
        (international.countryCallingCode !== '1' &&
          !international.nationalNumber.startsWith('0') &&
          international.isPossible()))
    )
      return 'PHONE';
  }
  // "oh two oh, seven nine four six, oh three three two", "five five five, two three four, ...": said in the groups
  // the number is written in, read as the written number would be.
  const layout = digits.length <= MAX_PHONE_DIGITS ? spokenLayout(text.slice(start, end)) : undefined;
  if (
    layout !== undefined &&
    isPhoneLayout(layout, digits, region as CountryCode, hasCueNear(text, start, end, PHONE_CUE, 60))
  )
    return 'PHONE';
  // "oh seven nine eight one, two two three, four five six": a British mobile said in words needs no phone word
  // (eleven digits from "07", as no other number people read out is written).
  // Possible, not necessarily valid: "oh seven seven double oh, nine double oh ..." is in a range kept for fiction and
  // tests, still someone's number to a reader (as the written "07700 900461" is).
  if (digits.length === 11 && UK_MOBILE.test(digits) && isPossiblePhoneNumber(digits, 'GB')) return 'PHONE';
  // And a British landline ("oh one six one, four nine six, two two two eight": eleven digits from "01" or "02", a valid
  // area code and length), which a caller reads out as often as a mobile.
  if (digits.length === 11 && UK_GEOGRAPHIC.test(digits) && isValidPhoneNumber(digits, 'GB')) return 'PHONE';
  // So is an Australian mobile ("zero four one two, three four five, six seven eight": ten digits from "04").
  if (digits.length === 10 && AU_MOBILE.test(digits) && isPossiblePhoneNumber(digits, 'AU')) return 'PHONE';
  const phones = findPhoneNumbersInText(digits, region as CountryCode);
  if (
    phones.length === 1 &&
    phones[0].startsAt === 0 &&
    phones[0].endsAt === digits.length &&
    phones[0].number.isValid()
  )
    return 'PHONE';
  return undefined;
}
