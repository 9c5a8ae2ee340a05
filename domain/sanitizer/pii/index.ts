import * as accountAnsweredLater from './accountAnsweredLater';
import * as accountCueAfter from './accountCueAfter';
import * as accountNumber from './accountNumber';
import type { AccountNumberRules } from './accountNumber';
import * as address from './address';
import * as areaCode from './areaCode';
import * as bareNames from './bareNames';
import * as birthDate from './birthDate';
import * as brazilianAreaCode from './brazilianAreaCode';
import * as card from './card';
import * as cuedNames from './cuedNames';
import * as dateParts from './dateParts';
import { correctedAfterGap } from './corrections';
import * as cues from './cues';
import * as email from './email';
import * as iban from './iban';
import * as ip from './ip';
import * as nameCues from './nameCues';
import * as names from './names';
import * as overlap from './overlap';
import * as phone from './phone';
import type { Replacer } from './placeholders';
import * as view from './detectionView';
import * as prepass from './prepass';
import * as previousTurn from './previousTurn';
import type { Candidates, DigitRun } from './prepass';
import * as spelledNames from './spelledNames';
import * as ssn from './ssn';
import type { DetectOptions, PiiSpan, PiiType } from './types';

/** "it's" in a turn with a birth cue (the pre-pass's cue words hold neither "it's" nor a birth cue as a name cue). */
const ITS_BESIDE_BIRTH = /\bit['’]?s /i;
/**
 * Read once: under tsx every use of an imported binding is a getter call, and a turn makes about thirty of them here
 * (the same reading as in cuedNames.ts).
 */
const { DEFAULT_ACCOUNT_NUMBER_RULES, detectAccountNumbers } = accountNumber;
const { detectAccountNumbersCuedAfter } = accountCueAfter;
const { detectAccountNumbersAnsweredLater } = accountAnsweredLater;
const { detectAddresses, mayHaveGermanPrepositionStreet, TENS_WORDS } = address;
const { AREA_CODE, detectSplitAreaCode } = areaCode;
const { detectBrazilianAreaCodes, mayHoldBrazilianDdd } = brazilianAreaCode;
const { detectBareNames } = bareNames;
const { detectBirthDates, hasBirthCue } = birthDate;
const { detectCards } = card;
const { detectCuedNames, detectSubjectNames } = cuedNames;
const { CUES_OUTSIDE_PREPASS } = nameCues;
const { birthDateParts, dayMonthAfterYears, expiryParts, mayHaveDateParts } = dateParts;
const { detectCardCues, detectExpiryAnswers, detectSpokenDigits } = cues;
const { detectEmails, mayHaveAtWrittenDomain } = email;
const { detectIbans } = iban;
const { detectIps } = ip;
const { detectKnownNames } = names;
const { resolveOverlaps } = overlap;
const { detectPhones } = phone;
const { detectionView, inTurn } = view;
const { cuesFrom, scanCandidates } = prepass;
const { CONTEXT_CHARS, previousTurnEnd, previousTurnPrefix, spansOfTurn } = previousTurn;
const { maySpellName, spelledAfterQuestion, spelledNamesWithoutCue } = spelledNames;
const { detectSsns } = ssn;

export { createReplacer, placeholderFor } from './placeholders';
export { PII_TYPES, type DetectOptions, type PiiSpan, type PiiType } from './types';
export { compileKnownNames, type KnownNames, type NameParticipant } from './names';
export { AccountNumberRulesSchema, DEFAULT_ACCOUNT_NUMBER_RULES, type AccountNumberRules } from './accountNumber';

export { CONTEXT_CHARS } from './previousTurn';

/**
 * Every PII span in `text`, overlaps resolved, in text order. The detectors read the text as a reader sees it (see
 * detectionView.ts); the spans are ranges of `text`.
 */
export function detectPii(text: string, options: DetectOptions = {}): PiiSpan[] {
  const view = detectionView(text);
  if (view.text === text) return detectInView(text, options);
  const context = options.context === undefined ? undefined : detectionView(options.context).text;
  return detectInView(view.text, { ...options, context }).map((span) => {
    const [start, end] = inTurn(view, span.start, span.end);
    return { ...span, start, end };
  });
}

/** Only the detectors with a candidate run. */
function detectInView(text: string, options: DetectOptions): PiiSpan[] {
  const region = options.phoneRegion ?? 'US';
  const found = scanCandidates(text, options.accountNumbers);
  // Only a number needs the previous turn's cues.
  const contextCues = found.runs.length > 0 ? cuesOfContext(options) : undefined;
  lastScan = { text, rules: options.accountNumbers, found };
  const spans: PiiSpan[] = detectKnownNames(text, options.knownNames);
  if (found.at || found.spokenEmail || mayHaveAtWrittenDomain(text)) spans.push(...detectEmails(text));
  const runs = found.runs;
  if (runs.length > 0) {
    spans.push(...detectPhones(text, region, runs));
    if (runs.some(isCardShaped)) spans.push(...detectCards(text));
    if (runs.some((run) => isIbanShaped(text, run))) spans.push(...detectIbans(text, runs));
    spans.push(...detectIps(text, runs.some(isDottedQuad)));
  }
  // A house number may be said in words ("three twelve maple street", "fourteen Mill Lane").
  // "the installation address is 9 The Paddocks": "address" counts with a digit run (a native search, not a cue word
  // of the pre-pass, which would send every turn that mentions an address to the spoken house numbers' checks).
  // "5521 Elm Ridge Dr": the pre-pass takes "Dr" for a title, a name cue.
  const drStreet = found.nameCue && runs.length > 0 && text.includes('Dr');
  const addressesFrom = spans.length;
  if (
    found.addressCue ||
    (runs.length > 0 && (text.includes('ddress') || mayHaveGermanPrepositionStreet(text))) ||
    drStreet
  ) {
    const spoken = found.digitWords || TENS_WORDS.test(text);
    if (runs.length > 0 || spoken) spans.push(...detectAddresses(text, spoken));
  }
  // French "M." is a title of the name scan's own, not a cue word of the pre-pass: "c'était M. Girardot". A caller's
  // identity given with a birth date opens with "it's" and the name: "yeah it's olga petrenko date of birth ...".
  if (
    found.nameCue ||
    text.includes(' M. ') ||
    (found.birthCue && ITS_BESIDE_BIRTH.test(text)) ||
    CUES_OUTSIDE_PREPASS.test(text)
  ) {
    const names = detectCuedNames(text, options.knownNames, found.spellingCue);
    // A street's "Dr" is no title before a name: "5521 Elm Ridge Dr Plano Texas".
    if (drStreet) {
      const streetEnds = new Set(spans.slice(addressesFrom).map((span) => span.end));
      spans.push(...names.filter((name) => !(streetEnds.has(name.start - 1) || streetEnds.has(name.start - 2))));
    } else spans.push(...names);
  } else {
    // A subject's verb in lower-case speech, and no cue: who said it, alone ("o joão disse que", subjectNames.ts).
    spans.push(...detectSubjectNames(text, options.knownNames)); // tests SUBJECT_VERB itself, once
    if (maySpellName(text)) spans.push(...spelledNamesWithoutCue(text));
  }
  // "Agent: could you spell your surname?" "M as in Mike, I as in India, ...": letters answering the question.
  if (options.context) spans.push(...spelledAfterQuestion(text, options.context));
  spans.push(...detectWithCues(text, found, contextCues, options, region));
  // "what month does the card expire? Customer: Dec is fine": the expiry asked, its month answered (no digit needed).
  if (found.cardCue && text.includes('?') && EXPIRY_STEM.test(text)) spans.push(...detectExpiryAnswers(text));
  else if (
    options.context &&
    QUESTION_AT_END.test(options.context) &&
    EXPIRY_STEM.test(previousTurnEnd(options.context))
  )
    spans.push(...expiryAnsweredAfter(text, options.context));
  // "area code 415, then 555 0142": a number said in two parts.
  if ((runs.length > 0 || found.digitWords) && AREA_CODE.test(text)) spans.push(...detectSplitAreaCode(text));
  // "(onze) 9 8765-4321", "DDD 21, 98765-4321": a Brazilian area code said as a number or named apart.
  if (mayHoldBrazilianDdd(text, runs, found.digitWords)) spans.push(...detectBrazilianAreaCodes(text));
  // Names said with no cue: "is Rashida there?", "the guy who set it up was Ahmed Siddiqui".
  spans.push(...detectBareNames(text, options.knownNames));
  // "it's 11-7-93, no wait, 11-7-94", "as 10/27? Customer: no it's 10/28": a corrected value a few words on.
  if (runs.length > 1) spans.push(...correctedAfterGap(text, spans));
  return resolveOverlaps(spans);
}

const QUESTION_AT_END = /\?\s*$/;
/** The stems of every expiry question's cue: a native test before the question's pattern. */
const EXPIRY_STEM = /expir|valid|good|caduc|venc|gültig|ablauf|läuft|scad/i;
/** The month answering an expiry question that ends the previous turn. */
function expiryAnsweredAfter(text: string, context: string): PiiSpan[] {
  const asked = previousTurnPrefix(context);
  return spansOfTurn(detectExpiryAnswers(asked + text, asked.length), asked.length);
}

/**
 * The last text scanned: a transcript is redacted turn by turn and each turn's context is the turn before, so
 * the context's cues usually come from that turn's scan instead of a second one.
 */
let lastScan: { text: string; rules: AccountNumberRules | undefined; found: Candidates } | undefined;

type ContextCues = { cardCue: boolean; accountCue: boolean } | undefined;
/** The card and account cues in the part of the previous turn read for cues (undefined: no context). */
function cuesOfContext(options: DetectOptions): ContextCues {
  const context = options.context;
  if (!context) return undefined;
  const known =
    lastScan !== undefined && lastScan.text === context && lastScan.rules === options.accountNumbers
      ? cuesFrom(context, lastScan.found, Math.max(0, context.length - CONTEXT_CHARS))
      : undefined;
  return known ?? scanCandidates(previousTurnPrefix(context), options.accountNumbers, false);
}

/**
 * A card number has twelve digits or more, not written one at a time, and starts a digit group with an
 * issuer's first digit (2 to 6): "12 12 12 ..." holds none. The shape checks are native tests without
 * allocations: a 200 KB dump holds ten thousand runs, each asked every question.
 */
const isCardShaped = (run: DigitRun): boolean =>
  run.text.length >= 12 && hasDigits(run.text, 12) && TWO_DIGITS.test(run.text) && ISSUER_GROUP.test(run.text);
const TWO_DIGITS = /\d\d/;
const ISSUER_GROUP = /(?:^|\D)[2-6]/;
/** At least `count` digits: a count over character codes ("(?:\d\D*){12}" backtracked through every run). */
function hasDigits(text: string, count: number): boolean {
  let seen = 0;
  for (let k = 0; k < text.length && seen < count; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) seen++;
  }
  return seen >= count;
}
/** An IBAN starts with its country's two letters glued to two check digits. */
const isIbanShaped = (text: string, run: DigitRun): boolean =>
  run.start >= 2 &&
  isAsciiLetter(text.charCodeAt(run.start - 2)) &&
  isAsciiLetter(text.charCodeAt(run.start - 1)) &&
  TWO_DIGITS_FIRST.test(run.text);
const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const TWO_DIGITS_FIRST = /^\d\d/;
/** An IPv4 address: four groups of up to three digits joined by dots, all inside one run. */
const isDottedQuad = (run: DigitRun): boolean => run.text.length >= 7 && DOTTED_QUAD.test(run.text);
const DOTTED_QUAD = /\d{1,3}(?:\.\d{1,3}){3}/;
/** An SSN has nine digits in one run. */
const hasSsnLength = (run: DigitRun): boolean => run.text.length >= 9 && hasDigits(run.text, 9);

/** The detectors that need a nearby cue also read the end of the previous turn, never redacting it. */
function detectWithCues(
  text: string,
  found: Candidates,
  contextCues: ContextCues,
  options: DetectOptions,
  region: string,
): PiiSpan[] {
  const numeric = found.runs.length > 0;
  // "expiry is February of twenty thirty", "caduca en marzo del veintiocho": a year said in tens, no digit word.
  const tensYear = found.cardCue && !numeric && !found.digitWords && TENS_YEAR.test(text);
  if (!numeric && !found.digitWords && !found.birthCue && !tensYear) return [];
  const context = options.context;
  const prefix = context ? previousTurnPrefix(context) : '';
  const scanned = prefix + text;
  const spans: PiiSpan[] = [];
  // An SSN's match cannot start in the previous turn and end in this one (the line break stops it).
  if (found.runs.some(hasSsnLength)) spans.push(...detectSsns(scanned, prefix.length));
  // The previous turn's cues count too ("What is your account number?" "88120934").
  if (numeric && (found.accountCue || contextCues?.accountCue)) {
    const accounts = detectAccountNumbers(scanned, options.accountNumbers);
    // "55820174, that's my policy number": the cue after the number.
    const rules = options.accountNumbers ?? DEFAULT_ACCOUNT_NUMBER_RULES;
    detectAccountNumbersCuedAfter(scanned, rules, accounts);
    // "what's the account number? ... Agent: the new one. Customer: 4471 2290": given after a clarifying exchange.
    if (accounts.length === 0) detectAccountNumbersAnsweredLater(scanned, rules, accounts);
    spans.push(...accounts);
  }
  // A spoken expiry ("oh six twenty eight") has no digit run.
  // "o cartão vale até 12/29": "vale" is a street word to the pre-pass ("Primrose Vale"), which takes it for one.
  const cardCue = found.cardCue || contextCues?.cardCue || (found.addressCue && VALE_UNTIL.test(text));
  if ((numeric || found.digitWords || tensYear) && cardCue) {
    spans.push(...detectCardCues(scanned));
    // "the expiry month is June and the year is 2029": the parts named one by one.
    if (mayHaveDateParts(scanned)) spans.push(...expiryParts(scanned));
  }
  // A birth date needs its cue, in this turn or at the end of the previous one ("Date of birth?" "04/17/1986").
  // The cue test reads the context's end as it is (a slice, where the prefix is a concatenation the pattern would first
  // copy into one string); no birth cue ends with the line break the prefix adds.
  if ((numeric || found.birthCue) && (found.birthCue || (context ? hasBirthCue(previousTurnEnd(context)) : false))) {
    const dates = detectBirthDates(scanned, found.digitWords);
    spans.push(...dates, ...dayMonthAfterYears(scanned, dates));
    // "date of birth, the month's October, the day's the 21st and the year is 1977": the parts named one by one.
    if (mayHaveDateParts(scanned)) spans.push(...birthDateParts(scanned, dates));
  }
  if (found.digitWords) spans.push(...detectSpokenDigits(scanned, region, options.accountNumbers));
  if (spans.length > 0 && CORRECTION_WORD.test(text)) correctedValues(scanned, spans);
  return prefix === '' ? spans : spansOfTurn(spans, prefix.length);
}

const VALE_UNTIL = /\bvale (?:até|hasta)\s/i;
/** The tens of a card's year said in words, in the languages of SPOKEN_YEAR and SPOKEN_YEAR_OTHER (cardExpiryValues.ts). */
const TENS_YEAR = /twenty|thirty|veinti|treinta|vinte|trinta|vingt|trente|zwanzig|dreißig/i;

/**
 * A written account number or expiry corrected to or from another of the same shape right after it: "the customer
 * number is 88213047 not 88213074", "expiry's 07/27 not 01/27", "... sorry, 07/28". The other is the caller's too;
 * a different shape ("88213047 not 2 days ago") is something else.
 */
const CORRECTION_WORD = /\bnot\b|sorry|\bmean\b|instead|rather/;
const CORRECTED_VALUE =
  /,?\s*(?:not|instead of|rather than|(?:no,?\s+)?(?:sorry|I mean),?)\s+([\dA-Za-z][\w/.-]*\d)(?![\w/-])/iy;
const digitShape = (value: string): string => value.replace(/\d/g, '0');
function correctedValues(text: string, spans: PiiSpan[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const span = spans[k];
    if (span.type !== 'ACCOUNT_NUMBER' && span.type !== 'CARD_EXPIRY') continue;
    const value = text.slice(span.start, span.end);
    if (!/^[\w/.-]+$/.test(value) || !/\d/.test(value)) continue;
    CORRECTED_VALUE.lastIndex = span.end;
    const m = CORRECTED_VALUE.exec(text);
    if (!m || m[1] === value || digitShape(m[1]) !== digitShape(value)) continue;
    const start = CORRECTED_VALUE.lastIndex - m[1].length;
    spans.push({ type: span.type, start, end: CORRECTED_VALUE.lastIndex, canonical: m[1].toLowerCase() });
  }
}

/** Replaces every detected span; counts go to the report, the values go nowhere. */
export function redactText(
  text: string,
  replace: Replacer,
  options: DetectOptions = {},
): { text: string; counts: Partial<Record<PiiType, number>> } {
  const counts: Partial<Record<PiiType, number>> = {};
  let out = '';
  let cursor = 0;
  for (const span of detectPii(text, options)) {
    out += text.slice(cursor, span.start) + replace(span);
    cursor = span.end;
    counts[span.type] = (counts[span.type] ?? 0) + 1;
  }
  return { text: out + text.slice(cursor), counts };
}
