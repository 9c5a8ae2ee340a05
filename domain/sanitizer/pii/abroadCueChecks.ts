/**
 * Checks on a name the capitalised cues of Italian, Dutch and French found (cuedNames.ts runs them): kept apart as the
 * cue detector's file is long.
 */
import { isCleanName, isGivenName } from './bareNames';
import { foldName } from './names';
import { NOT_A_NAME } from './notANameWords';
import type { PiiSpan } from './types';

const DUTCH_ITALIAN_CUE = /^(?:ik ben|sono|u spreekt met|spreek ik met|parl[oai] con(?: il| la)?)$/i;
const SAYS_WHO_HE_IS = /^(?:ik ben|sono)$/i;
const CLAUSE_ENDS = /^\s*(?:[,.!?;]|$)/;
const isListedName = (word: string): boolean => isCleanName(word) || isGivenName(word);
/**
 * A word of no list that is still no name: all capitals ("Ik ben KPN.", "Sono WINDTRE": a firm's letters), or a
 * compound whose later part is lower case ("Ik ben Ziggo-klant.": a double-barrelled name capitalises both parts).
 */
const NO_NAME_SHAPE = /^\p{Lu}{2,}$|-\p{Ll}/u;
/**
 * Italian "sono" is "they are" too: after a lower-case word of its clause ("I due contratti sono Fastweb", "gli
 * addebiti sono Netflix") that word is the subject, not the speaker ("io sono Benedetta" still introduces). Read on the
 * cue followed by the text before it.
 */
const THEY_ARE = /^sono[^]*(?<![\p{L}])(?!io\s)\p{Ll}{2,}\s+$/u;

/**
 * "Ik ben Nederlander", "Sono Contento": Dutch and Italian say what the speaker is after "ik ben" and "sono", and write
 * nationalities and title-case words capitalised; "u spreekt met Ziggo", "parla con Fastweb": an agent names the firm.
 * One word alone after these cues must be a listed name, or after "ik ben"/"sono" end its clause and be no word a name
 * never is ("Hallo, ik ben Femke.", "sono Chiara, come posso aiutarla?"; "Ik ben Duitser." stays) nor has a firm's
 * shape (NO_NAME_SHAPE), nor after "sono" read as "they are" (THEY_ARE). `cueStart` is where the cue starts in
 * `text`, `end` where the word ends.
 */
export function oneWordRefusedAbroad(cue: string, word: string, text: string, cueStart: number, end: number): boolean {
  if (!DUTCH_ITALIAN_CUE.test(cue) || isListedName(word)) return false;
  if (NO_NAME_SHAPE.test(word) || THEY_ARE.test(cue + text.slice(Math.max(0, cueStart - 16), cueStart))) return true;
  const after = text.slice(end, end + 2);
  return !(SAYS_WHO_HE_IS.test(cue) && CLAUSE_ENDS.test(after) && !NOT_A_NAME.has(foldName(word)));
}

const FRENCH_CUE = /^(?:mon|ma|au nom|c['’]est|je suis|vous parlez|parler|titulaire|nom)\b/i;
/** "ma voisine, M. Girard": after a French cue "M." is Monsieur, a title outside the name, not an initial. */
export const isFrenchMonsieur = (text: string, cue: string, span: PiiSpan): boolean =>
  FRENCH_CUE.test(cue) && text.startsWith('M. ', span.start) && span.end > span.start + 3;
