/**
 * The pre-pass: one native scan of a text finds every candidate the detectors can start from, so the detectors
 * no longer rescan the text to learn whether they have anything to do. One combined regular expression yields
 * the digit runs (digit groups joined by up to two separator characters: the numeric detectors' candidates,
 * which the phone detector walks without a scan of its own) and the cue words by kind (names, birth dates,
 * addresses, card data, account numbers, spoken digits and emails). A detector runs only when a candidate of its
 * shape exists (a card needs a run of twelve characters, an IBAN a run glued to two letters, an SSN a run of
 * nine digits, an account number a cue word...), so a turn without digits, '@' or cue words costs one scan.
 */
import * as accountNumber from './accountNumber';
import type { AccountNumberRules } from './accountNumber';
import { BIRTH_CUE_WORDS } from './birthDate';
import { TITLES } from './cuedNameShapes';
import { NAME_CUE_WORDS, SPELLING_CUE_WORDS } from './nameCues';
import { CARD_CUE_WORDS } from './cardCueWords';
import { groupByFirstCharacter as grouped } from './alternation';
import { WordKinds, spellings } from './wordKinds';
import * as letters from './letters';
import { STREET_CUE_WORDS, STREET_SUFFIX_WORDS } from './address';
import { SPOKEN_DIGIT_ALTERNATION } from './spokenDigits';

/** Read once: under tsx every use of an imported binding is a getter call, and these are read for every turn. */
const { DEFAULT_ACCOUNT_NUMBER_RULES, accountCueSource } = accountNumber;
const { A_LETTER, LETTER } = letters;

/** A candidate for the numeric detectors: where it starts and its text. */
export interface DigitRun {
  start: number;
  text: string;
}

export interface Candidates {
  /** Digit runs in text order; empty when the text has no digit. */
  runs: DigitRun[];
  at: boolean;
  /** Spelled-out digits ("four one five ..."). */
  digitWords: boolean;
  /** "... dot com": an email read out. */
  spokenEmail: boolean;
  nameCue: boolean;
  /** "spelled S-M-I-T-H". */
  spellingCue: boolean;
  birthCue: boolean;
  /** A street type, a European street word or a postcode cue. */
  addressCue: boolean;
  /** A CVV or expiry cue. */
  cardCue: boolean;
  /** An account, policy, member or customer number cue (the deployment's cue words). */
  accountCue: boolean;
  /**
   * Where the last card cue and the last account cue start (-1: none), so the next turn can tell whether they
   * fall in the end of this one it reads for cues; undefined when the scan stopped early (every kind seen).
   */
  lastCueAt?: { card: number; account: number };
}

/** Digit groups joined by at most two separator characters; disjoint branches keep the scan linear. */
const DIGIT_RUN_SOURCE = '[+(]?\\d+(?:[ ().\\-/]{1,2}\\d+)*\\)?';

const WORD_GROUPS = {
  digitWords: SPOKEN_DIGIT_ALTERNATION,
  spokenEmail: 'dot|punto|point|punkt|ponto',
  nameCue: `${NAME_CUE_WORDS}|${TITLES}`,
  birthCue: BIRTH_CUE_WORDS,
  addressCue: `${STREET_CUE_WORDS}|zip|post\\s?code|postal|plz|postleitzahl|cep|eircode`,
  // "cvv" and "cvc" without their "2": no cue may hold a digit, so a cue never eats the start of a digit run.
  cardCue: CARD_CUE_WORDS,
} as const;
type WordKind = keyof typeof WORD_GROUPS;
type Kind = WordKind | 'spellingCue' | 'accountCue';
const WORD_KINDS = Object.keys(WORD_GROUPS) as WordKind[];
const SPELLING = new RegExp(`^(?:${SPELLING_CUE_WORDS})$`, 'i');
const NOT_A_LETTER_AFTER = `(?![${LETTER}])`;
const WORD_KIND_TABLE = new WordKinds(
  WORD_KINDS.map((k) => WORD_GROUPS[k]),
  NOT_A_LETTER_AFTER,
);

/** What each capture group of a scanner holds (group 1 is always the digit run). */
type Group = 'words' | 'street' | 'account';

/**
 * Whole words only, except the German and Dutch street words, which end a compound ("Lindenstraße"), and the
 * account cues, which may be glued to their number word ("accountnumber"). Not a unicode regular expression:
 * irregexp runs a plain case-insensitive alternation several times faster, and faster again with its branches
 * grouped by first character: every kind's words make one alternation (their kind is looked up per hit, see
 * wordKinds.ts), and the account cues share its look-behind. The account cues then come before the street
 * words; a text can match both at one place only when a cue and a street word start one another (a deployment's
 * cue "weg nummer"), and such rules keep the account cues last, where they were.
 */
function scannerFor(
  accountCues: string | undefined,
  accountCueList: readonly string[],
): { pattern: RegExp; groups: Group[] } {
  const words = `(${grouped(WORD_KINDS.map((k) => WORD_GROUPS[k]).join('|'), true)})${NOT_A_LETTER_AFTER}`;
  const street = `(${grouped(STREET_SUFFIX_WORDS, true)})${NOT_A_LETTER_AFTER}`;
  if (accountCues === undefined)
    return {
      pattern: new RegExp(`(${DIGIT_RUN_SOURCE})|(?<![${LETTER}])${words}|${street}`, 'gi'),
      groups: ['words', 'street'],
    };
  const account = `(${grouped(accountCues, true)})`;
  if (cuesMeetStreetWords(accountCueList))
    return {
      pattern: new RegExp(`(${DIGIT_RUN_SOURCE})|(?<![${LETTER}])${words}|${street}|(?<![${LETTER}])${account}`, 'gi'),
      groups: ['words', 'street', 'account'],
    };
  return {
    pattern: new RegExp(`(${DIGIT_RUN_SOURCE})|(?<![${LETTER}])(?:${words}|${account})|${street}`, 'gi'),
    groups: ['words', 'account', 'street'],
  };
}

/** Whether an account cue and a street word could match at one place: one starts the other (case ignored). */
function cuesMeetStreetWords(cues: readonly string[]): boolean {
  const streetWords = STREET_SUFFIX_WORDS.split('|').map((w) => spellings(w));
  if (streetWords.some((w) => w === undefined)) return true;
  const street = streetWords.flat() as string[];
  return cues.some((cue) => {
    const folded = cue.toLowerCase().replace(/\s+/g, ' ');
    return street.some((word) => folded.startsWith(word) || word.startsWith(folded));
  });
}

interface Scanner {
  pattern: RegExp;
  /** What capture groups 2, 3... hold. */
  groups: Group[];
  /** False when the rules' cues cannot be scanned for (see accountCueSource): every text then counts as cued. */
  scansAccountCues: boolean;
}
const scanners = new WeakMap<AccountNumberRules, Scanner>();
function scannerForRules(rules: AccountNumberRules): Scanner {
  let scanner = scanners.get(rules);
  if (!scanner) {
    const cues = accountCueSource(rules);
    scanner = { ...scannerFor(cues, rules.cues), scansAccountCues: cues !== undefined };
    scanners.set(rules, scanner);
  }
  return scanner;
}

/** Every kind, and the spelling cue. */
const CUE_KINDS = new Set<Kind>([...WORD_KINDS, 'addressCue', 'accountCue']).size + 1;

const emptyCandidates = (): Candidates => ({
  runs: [],
  at: false,
  digitWords: false,
  spokenEmail: false,
  nameCue: false,
  spellingCue: false,
  birthCue: false,
  addressCue: false,
  cardCue: false,
  accountCue: false,
  lastCueAt: { card: -1, account: -1 },
});

/** Every candidate in `text`: one scan (two once every cue kind has been seen and only digit runs remain). */
export function scanCandidates(
  text: string,
  rules: AccountNumberRules = DEFAULT_ACCOUNT_NUMBER_RULES,
  withRuns = true,
): Candidates {
  const found = emptyCandidates();
  // "john.doe(at)example.com", "jane{AT}example.org" count as an '@': every bracket and case the email pattern takes.
  found.at = text.includes('@') || BRACKETED_AT.test(text);
  const { pattern: scanner, groups, scansAccountCues } = scannerForRules(rules);
  found.accountCue = !scansAccountCues;
  // The account cue is already known when it cannot be scanned for.
  let unseen = CUE_KINDS - (scansAccountCues ? 0 : 1);
  const lastCueAt = found.lastCueAt!;
  scanner.lastIndex = 0;
  for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
    if (m[1] !== undefined) {
      if (!withRuns) continue;
      found.runs.push({ start: m.index, text: m[1] });
      continue;
    }
    let group = 2;
    while (m[group] === undefined) group++;
    const held = groups[group - 2];
    const kind: Kind =
      held === 'words'
        ? WORD_KINDS[WORD_KIND_TABLE.kindAt(text, m.index, m[0])]
        : held === 'street'
          ? 'addressCue'
          : 'accountCue';
    if (kind === 'cardCue') lastCueAt.card = m.index;
    else if (kind === 'accountCue') lastCueAt.account = m.index;
    if (!found[kind]) {
      found[kind] = true;
      unseen--;
    }
    if (kind === 'nameCue' && !found.spellingCue && SPELLING.test(m[0])) {
      found.spellingCue = true;
      unseen--;
    }
    if (unseen === 0) {
      // Every cue kind is known: only the digit runs are left to collect.
      if (withRuns) collectRuns(text, scanner.lastIndex, found.runs);
      found.lastCueAt = undefined;
      break;
    }
  }
  scanner.lastIndex = 0;
  return found;
}

const BRACKETED_AT = /[([{]at[)\]}]/i;

const DIGIT_RUN = new RegExp(DIGIT_RUN_SOURCE, 'g');
function collectRuns(text: string, from: number, runs: DigitRun[]): void {
  DIGIT_RUN.lastIndex = from;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) runs.push({ start: m.index, text: m[0] });
  DIGIT_RUN.lastIndex = 0;
}

/**
 * The card and account cues in the part of `text` from `cut` on, from `text`'s own scan when it tells (a cue
 * starting at or after the cut), or undefined when it cannot: the scan stopped early, or the cut splits a word
 * (a scan of the part alone would then see a word from its middle, as "back" in "callback").
 */
export function cuesFrom(
  text: string,
  found: Candidates,
  cut: number,
): { cardCue: boolean; accountCue: boolean } | undefined {
  const at = found.lastCueAt;
  if (at === undefined) return undefined;
  if (cut > 0 && A_LETTER.test(text[cut - 1]) && A_LETTER.test(text[cut])) return undefined;
  return { cardCue: at.card >= cut, accountCue: found.accountCue && (at.account >= cut || at.account === -1) };
}
