/**
 * The pre-pass: what kinds of candidates a text can hold at all, found natively (two character probes and one
 * combined regular expression over cue words), so a turn without digits, '@' or cue words costs three scans and
 * no detector runs; a turn with digits but no cue word skips every word-driven detector, and so on.
 */
import { BIRTH_CUE_WORDS } from './birthDate';
import { NAME_CUE_WORDS } from './cuedNames';

export interface Signals {
  digits: boolean;
  at: boolean;
  /** Spelled-out digits ("four one five ..."). */
  digitWords: boolean;
  /** "... dot com": an email read out. */
  spokenEmail: boolean;
  nameCue: boolean;
  birthCue: boolean;
}

const GROUPS = {
  digitWords: 'zero|one|two|three|four|five|six|seven|eight|nine|double|triple',
  spokenEmail: 'dot',
  nameCue: `${NAME_CUE_WORDS}|mr|mrs|ms|miss|mister|dr|sra?|srta|señora?|mme|mlle|monsieur|madame|herr|frau|senhora?|dona`,
  birthCue: `${BIRTH_CUE_WORDS}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro`,
} as const;
type WordSignal = keyof typeof GROUPS;
const ORDER = Object.keys(GROUPS) as WordSignal[];
const CUE_WORDS = new RegExp(`(?<![\\p{L}])(?:${ORDER.map((k) => `(${GROUPS[k]})`).join('|')})`, 'giu');

export function scanSignals(text: string): Signals {
  const signals: Signals = { digits: /\d/.test(text), at: text.includes('@'), digitWords: false, spokenEmail: false, nameCue: false, birthCue: false };
  CUE_WORDS.lastIndex = 0;
  let seen = 0;
  for (let m = CUE_WORDS.exec(text); m !== null && seen < ORDER.length; m = CUE_WORDS.exec(text)) {
    const kind = ORDER[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    if (!signals[kind]) (signals[kind] = true), seen++;
  }
  return signals;
}
