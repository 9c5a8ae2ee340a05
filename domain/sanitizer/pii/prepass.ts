/**
 * The pre-pass: what kinds of candidates a text can hold at all, found natively (two character probes and one
 * combined regular expression over cue words), so a turn without digits, '@' or cue words costs three scans and
 * no detector runs; a turn with digits but no cue word skips every word-driven detector, and so on.
 */
import { BIRTH_CUE_WORDS } from './birthDate';
import { NAME_CUE_WORDS, TITLES } from './cuedNames';
import { LETTER } from './letters';
import { STREET_CUE_WORDS, STREET_SUFFIX_WORDS } from './address';

export interface Signals {
  digits: boolean;
  at: boolean;
  /** Spelled-out digits ("four one five ..."). */
  digitWords: boolean;
  /** "... dot com": an email read out. */
  spokenEmail: boolean;
  nameCue: boolean;
  birthCue: boolean;
  /** A street type, a European street word or a postcode cue. */
  addressCue: boolean;
  /** A CVV or expiry cue. */
  cardCue: boolean;
}

const GROUPS = {
  digitWords: 'zero|one|two|three|four|five|six|seven|eight|nine|double|triple',
  spokenEmail: 'dot',
  nameCue: `${NAME_CUE_WORDS}|${TITLES}`,
  birthCue: BIRTH_CUE_WORDS,
  addressCue: `${STREET_CUE_WORDS}|zip|post\\s?code|postal|plz|postleitzahl|cep|eircode`,
  cardCue: 'cvv2?|cvc2?|cvn|cid|csc|security|verification|back|exp|expiry|expiration|expires?|expiring|valid|good',
} as const;
type WordSignal = keyof typeof GROUPS;
const ORDER = Object.keys(GROUPS) as WordSignal[];
/** Whole words only, except the German and Dutch street words, which end a compound ("Lindenstraße"). */
// Not a unicode regular expression: irregexp runs a plain case-insensitive alternation several times faster.
const CUE_WORDS = new RegExp(
  `(?<![${LETTER}])(?:${ORDER.map((k) => `(${GROUPS[k]})`).join('|')})(?![${LETTER}])|(${STREET_SUFFIX_WORDS})(?![${LETTER}])`,
  'gi',
);

export function scanSignals(text: string): Signals {
  const signals: Signals = {
    digits: /\d/.test(text),
    at: text.includes('@'),
    digitWords: false,
    spokenEmail: false,
    nameCue: false,
    birthCue: false,
    addressCue: false,
    cardCue: false,
  };
  CUE_WORDS.lastIndex = 0;
  let seen = 0;
  for (let m = CUE_WORDS.exec(text); m !== null && seen < ORDER.length; m = CUE_WORDS.exec(text)) {
    const kind = ORDER[m.findIndex((g, i) => i > 0 && g !== undefined) - 1] ?? 'addressCue';
    if (!signals[kind]) {
      signals[kind] = true;
      seen++;
    }
  }
  return signals;
}
