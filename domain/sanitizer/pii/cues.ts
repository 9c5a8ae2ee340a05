/**
 * Contact-center cues that are cheap to catch: a CVV or expiry date said next to card words, and
 * digit sequences spoken as words ("four one one one ..."), which voice transcripts produce.
 * Spoken digits are classified by the same validators as written ones; an unvalidated run stays.
 */
import { allMatches } from './allMatches';
import { isCardNumber } from './card';
import { hasCueNear, isReferenceNumber } from './context';
import { isValidSsn } from './ssn';
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import type { PiiSpan } from './types';

const CVV =
  /\b(?:cvv2?|cvc2?|cvn|cid|csc|security code|card verification (?:code|value|number)|three digits on the back|code on the back)\b[^\d]{0,40}?(\d{3,4})(?!\d)/dgi;
const EXPIRY =
  /\b(?:exp(?:iry|iration|\.)?(?: date)?|expires?|expiring|valid (?:thru|through|until)|good (?:thru|through))\b[^\d]{0,40}?((?:0?[1-9]|1[0-2])\s?[/-]\s?(?:\d{2}|20\d{2}))(?!\d)/dgi;
const CARD_WORDS =
  /\b(?:card|visa|mastercard|master card|amex|american express|discover|credit|debit|cvv|cvc|security code|tarjeta|carte|karte|cart[aã]o)\b/i;
/** Another label between the cue and the digits claims them ("security code ... lock code: 4471"). */
const OTHER_LABEL = /\b(?:lock|door|gate|alarm|pin|zip|postcode|postal|order|room|ext|extension|promo|gift)\b/i;
const SSN_CUE = /\b(?:ssn|social security|social)\b/i;

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
/** Written digits are the written detectors' job: a run is made of spelled-out digits only. */
const WORD = /[A-Za-z]+|\d+/g;
const MIN_SPOKEN_DIGITS = 7;

export function detectCardCues(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const [pattern, type] of [
    [CVV, 'CVV'],
    [EXPIRY, 'CARD_EXPIRY'],
  ] as const) {
    for (const m of allMatches(pattern, text)) {
      const [start, end] = m.indices![1];
      if (OTHER_LABEL.test(text.slice(m.index, start))) continue;
      if (type === 'CARD_EXPIRY' && !hasCueNear(text, start, end, CARD_WORDS, 100)) continue;
      spans.push({ type, start, end, canonical: m[1].replace(/\s/g, '') });
    }
  }
  return spans;
}

/** Seven spoken digits take at least five words ("triple one triple two one"): rarer than "one moment". */
const SPOKEN_RUN = /(?:\b(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)\b[\s,.-]*){5}/i;

export function detectSpokenDigits(text: string, region = 'US'): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (!SPOKEN_RUN.test(text)) return spans; // most turns: no walk over every word
  let run: { start: number; end: number; digits: string } | undefined;
  let repeat = 1; // "double five" = "55", "triple oh" = "000"
  const flush = (): void => {
    if (run && run.digits.length >= MIN_SPOKEN_DIGITS) {
      const type = classifySpoken(text, run.start, run.end, run.digits, region);
      if (type) spans.push({ type, start: run.start, end: run.end, canonical: run.digits });
    }
    run = undefined;
    repeat = 1;
  };
  for (const m of allMatches(WORD, text)) {
    const word = m[0].toLowerCase();
    const end = m.index + m[0].length;
    const digit = DIGIT_WORDS[word];
    const joined = run !== undefined && /^[\s,.-]*$/.test(text.slice(run.end, m.index));
    if (!joined) flush();
    if (word === 'double' || word === 'triple') {
      run ??= { start: m.index, end, digits: '' };
      run.end = end;
      repeat = word === 'double' ? 2 : 3;
    } else if (digit !== undefined && (run || (word !== 'o' && word !== 'oh'))) {
      run ??= { start: m.index, end, digits: '' };
      run.end = end;
      run.digits += digit.repeat(repeat);
      repeat = 1;
    } else flush();
  }
  flush();
  return spans;
}

function classifySpoken(
  text: string,
  start: number,
  end: number,
  digits: string,
  region: string,
): PiiSpan['type'] | undefined {
  if (isReferenceNumber(text, start)) return undefined;
  if (isCardNumber(digits)) return 'CREDIT_CARD';
  if (
    digits.length === 9 &&
    hasCueNear(text, start, end, SSN_CUE, 60) &&
    isValidSsn(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5))
  ) {
    return 'SSN';
  }
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
