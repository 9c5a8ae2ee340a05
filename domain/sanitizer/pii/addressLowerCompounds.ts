/**
 * German and Dutch streets in lower case, as voice transcripts write them ("meine adresse ist schillerstraße 27", "ik
 * woon op kerkstraat 14"): one word that ends in a street word, then its house number. The capitalized ones are
 * addressStreets.ts's; in lower case only the street words no other word ends in count ("ring", "platz", "ufer" end
 * "spring", "parkplatz", "rufer").
 */
import { allMatches } from './allMatches';
import { LETTER } from './letters';
import type { PiiSpan } from './types';
import * as spanOf from './addressSpan';
import { EUROPEAN_HOUSE } from './addressWords';

/** Read once: under tsx every use of an imported binding is a getter call. */
const { addressSpan, coverage } = spanOf;

const LOWER_COMPOUND_SUFFIX =
  '(?:straße|strasse|gasse|allee|damm|chaussee|straat|laan|gracht|plein|kade|singel|dijk|steeg|weg)';
/** What LOWER_COMPOUND cannot match without (a native scan first). */
const LOWER_COMPOUND_HINT = /stra(?:ße|sse|at)|gasse|allee|damm|chaussee|laan|gracht|plein|kade|singel|dijk|steeg|weg/;
/**
 * The street word after a lower-case letter, then the house number; not a count of time, money, distance or times ("auf
 * dem heimweg 20 minuten", "den ringweg 2 keer", "die hauptstraße 5 mal überquert"). Found from the street word (a
 * scan from each word's start cost a flood of "a-a-a-..." a look at thirty letters from each).
 */
const LOWER_COMPOUND_END = new RegExp(
  `(?<=[a-zäöüßéè-])${LOWER_COMPOUND_SUFFIX}\\s+${EUROPEAN_HOUSE}(?![${LETTER}\\d])(?!\\s*(?:%|€|euro|uhr|min|minuten|stunden|tage|jahre|km|mal|stück|uur|minuut|dagen|jaar|keer|stuks|x)(?![${LETTER}]))`,
  'g',
);
/**
 * The rest of the street's word before its street word: in lower case, three letters or more ("der weg 3" is no
 * street). A character that is no letter first, so only the places after a space are tried.
 */
const LOWER_COMPOUND_START = new RegExp(`(?:^|[^${LETTER}\\d-])([a-zäöüß][a-zäöüßéè-]{2,30})$`);

/** The lower-case German and Dutch streets no span covers: pushed onto `spans`. */
export function detectLowerCaseCompoundStreets(text: string, spans: PiiSpan[]): void {
  if (!LOWER_COMPOUND_HINT.test(text)) return;
  const found = allMatches(LOWER_COMPOUND_END, text);
  if (found.length === 0) return;
  const covered = coverage(spans);
  for (const m of found) {
    const from = Math.max(0, m.index - 32);
    const slice = text.slice(from, m.index);
    const word = LOWER_COMPOUND_START.exec(slice);
    // A word longer than the slice is none this pattern reads.
    if (!word || (from > 0 && word[0].length === word[1].length)) continue;
    const start = from + slice.length - word[1].length;
    const end = m.index + m[0].length;
    if (covered(start, end - 1)) continue;
    spans.push(addressSpan(text, start, end));
  }
}
