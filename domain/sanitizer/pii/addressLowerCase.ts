/**
 * Streets in lower case, as voice transcripts write them ("I live at 42 elm street", "its 9404 sw 72nd terrace",
 * "calle de alcalá 118", "15 rue des lilas"): after an address cue, or from each lower-case street type with a house
 * number and a word that introduces a place before it, or a Romance or French street word with its house number.
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { LETTER } from './letters';
import type { PiiSpan } from './types';
import * as spanOf from './addressSpan';
import {
  EUROPEAN_HOUSE,
  HOUSE,
  LOWER_CASE_TYPES,
  ROMANCE_FLOOR,
  ROMANCE_PARTICLES,
  ROMANCE_UNIT,
} from './addressWords';

/** Read once: under tsx every use of an imported binding is a getter call, and these run for every street found. */
const { addressSpan, coverage } = spanOf;

const LOWER_CASE_STREET_TYPE = new RegExp(`\\b(?:${LOWER_CASE_TYPES})\\b`);
/**
 * Voice transcripts write streets in lower case ("I live at 42 elm street"): after an address cue only, a house
 * number, up to three words and a spelled-out street type; its quarter ("nw", "east") and unit after it.
 */
const CUED_LOWER_CASE = new RegExp(
  `\\b(?:live at|living at|lives at|address is|address:|address['’]s|(?:i['’]m|i am|we['’]re|we are|it['’]s) at|home is|moved to|move to|(?:ship|send|sent|mail|deliver|post)(?:ped|ed)?(?: (?:it|them|everything|the \\w+))? to|located at|resides? at|from|vivo en|j[’']habite(?: au)?|ich wohne in|moro na)\\s+((?:(?:flat|apt|apartment|unit|suite)\\.?\\s*[a-z0-9-]{1,5},?\\s+)?${HOUSE}\\s+(?:[${LETTER}'’]+\\s+){1,3}?(?:${LOWER_CASE_TYPES})(?![${LETTER}])\\.?(?:\\s+(?:north|south|east|west|nw|ne|sw|se)(?![${LETTER}]))?(?:,?\\s+(?:apt|apartment|unit|suite|flat)\\.?\\s*#?[a-z0-9-]{1,5}(?![${LETTER}\\d]))?)`,
  'dgi',
);

/** After an address cue, a lower-case street the capitalized patterns did not find: pushed onto `spans`. */
export function detectCuedLowerCaseStreets(text: string, spans: PiiSpan[]): void {
  const cuedLowerCase = LOWER_CASE_STREET_TYPE.test(text) ? allMatches(CUED_LOWER_CASE, text) : [];
  // The capitalized streets found so far, asked in text order (each match's start against all of them cost a turn of
  // thousands of streets a quadratic time).
  const capitalized = cuedLowerCase.length > 0 ? coverage(spans) : undefined;
  for (const m of cuedLowerCase) {
    const [start] = m.indices![1];
    let end = m.indices![1][1];
    if (text[end - 1] === '.' && !/\b(?:st|ave|rd|ln|dr|blvd|ct|pl)\.$/i.test(text.slice(start, end))) end--;
    // A capitalized street is the main pattern's (with its city and postcode after it).
    if (capitalized!(start, start)) continue;
    spans.push(addressSpan(text, start, end));
  }
}

/**
 * Voice transcripts write whole addresses in lower case with no cue the other patterns know ("its 9404 sw 72nd terrace",
 * "im at 3 the mews", "caller: 19 pennine view", "no sorry 8 cherry tree walk"). Found from each lower-case street
 * type: the few words before it must be a house number (a unit before it), up to three name words, and before that a
 * word that introduces a place or an answer. Name words that count time, money or things ("5 minutes down the road",
 * "12 boxes on main street") or join words ("on", "for") are no street names.
 */
/** A subset of STREET_TYPES: in lower case "park", "hill", "trail" or "loop" is more often an ordinary word. */
const LOWER_TYPES = `${LOWER_CASE_TYPES}|walk|row|mews|grove|gardens|view|parade|rise|vale`;
/** Lower case only: a capitalized street type is the main pattern's. */
const LOWER_TYPE_AT = new RegExp(`(?<![${LETTER}\\d'’])(?:${grouped(LOWER_TYPES, false)})(?![${LETTER}\\d])`, 'g');
const LOWER_STREET_BEFORE = new RegExp(
  `(?:^|[:;,.!?]\\s*|(?<![${LETTER}])(?:at|in|is|was|its|it['’]s|to|from|sorry|mean|wait|actually|address|addy)\\s+)(?:(?:uh|um|er|erm|yeah|yes|so|ok|okay)[,\\s]+){0,2}((?:(?:flat|apt|apartment|unit|suite)\\.?\\s*(?:[a-z0-9-]{1,5},?\\s+(?=\\d))?)?${HOUSE}\\s+((?:[${LETTER}\\d'’.-]+\\s+){1,3}))$`,
  'i',
);
const NOT_STREET_NAME_WORD =
  /^(?:on|in|at|to|for|from|and|or|but|by|with|of|off|up|down|into|onto|over|near|past|across|along|a|an|my|your|our|their|his|her|its|this|that|these|those|is|was|are|were|be|been|it|i|you|we|they|he|she|me|min|mins|minutes?|hours?|hrs|days?|weeks?|months?|years?|miles?|km|metres?|meters?|yards?|times|pounds?|quid|dollars?|bucks|euros?|percent|people|boxes|items?|things?|more|less|per|each|every|other|same|next|last|first|second|third|which|then|than|just|only|not|no|yes|the|about|around|different|separate|various|several|few|many|right|wrong|guys|minds|ways)$/i;
/** A business or a brand after the street type: "12 high street stores", "5 main street branches". */
export const NOT_STREET_AFTER =
  /^\s+(?:bank|branch(?:es)?|stores?|shops?|brands?|station|surgery|school|market|church|hotel|hospital|clinic|library|office|gym|cinema|pub|restaurant|caf[eé]|car park|junction|roundabout|bus|stop)(?![a-z])/i;
/** "9 sheridan road north", "1600 pennsylvania avenue nw": a quarter of the city after the street type. */
const LOWER_DIRECTION_AFTER = /^\s+(?:north|south|east|west|nw|ne|sw|se)(?![a-z])/i;
/** "3 the mews, old forge lane": a second street named right after the first, in a village without house numbers. */
const STREET_CONTINUATION = new RegExp(
  `^,?\\s+((?:[${LETTER}'’-]+\\s+){1,2})(?:${LOWER_TYPES})(?![${LETTER}\\d])`,
  'i',
);
const DIGIT = /\d/;
export const nameWordsOk = (words: string, first: boolean): boolean =>
  words
    .trim()
    .split(/\s+/)
    .every((w, k) => !NOT_STREET_NAME_WORD.test(w) || (first && k === 0 && /^the$/i.test(w)));

export function detectLowerCaseStreets(text: string, spans: PiiSpan[]): void {
  const types = allMatches(LOWER_TYPE_AT, text);
  if (types.length === 0) return;
  const covered = coverage(spans);
  let lastEnd = -1;
  for (const m of types) {
    const typeEnd = m.index + m[0].length;
    if (covered(m.index, m.index)) continue;
    // A house number is within the few words before the type (a digit is what most windows lack).
    const windowStart = Math.max(0, m.index - 64, lastEnd);
    const window = text.slice(windowStart, m.index);
    if (!DIGIT.test(window)) continue;
    const before = LOWER_STREET_BEFORE.exec(window);
    if (!before || !nameWordsOk(before[2], true)) continue;
    const after = text.slice(typeEnd, typeEnd + 24);
    if (NOT_STREET_AFTER.test(after)) continue;
    const start = windowStart + before.index + before[0].length - before[1].length;
    if (covered(start + 1, m.index)) continue;
    lastEnd = typeEnd;
    let end = typeEnd;
    const direction = LOWER_DIRECTION_AFTER.exec(after);
    if (direction) end += direction[0].length;
    spans.push(addressSpan(text, start, end));
  }
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (text.charCodeAt(span.end) !== 44) continue; // ","
    const next = STREET_CONTINUATION.exec(text.slice(span.end, span.end + 48));
    if (!next || !nameWordsOk(next[1], false)) continue;
    if (NOT_STREET_AFTER.test(text.slice(span.end + next[0].length, span.end + 72))) continue;
    spans[k] = addressSpan(text, span.start, span.end + next[0].length);
  }
}

/**
 * The Romance and French orders in lower case: "calle de alcalá 118 3º izquierda", "rua augusta 274", "15 rue des
 * lilas", "700 boulevard rené-lévesque est". The Romance street word needs its house number after the name; the
 * French one its house number before and one name word (two after a particle), "avenue" and "quai" a particle.
 */
/** In lower case only (a capitalized street word is the main pattern's), grouped by first letter: a native scan. */
const LOWER_ROMANCE_HINT =
  /c(?:alle|arrer|amino|orso|hemin)|a(?:venida|vda|vinguda|lameda|ll[ée]e|venue)|r(?:[uú]a|ambla|onda|ue)|p(?:aseo|asseig|ra[cç]a|iazza)|travessa|largo|estrada|viale|impasse|boulevard|quai/;
/**
 * The house number's letter ("calle mayor 8 b"), but not a one-letter word of the sentence after it: "calle luna 3 a la
 * calle sol 14", "rua augusta 210 e depois" (in lower case, nothing else tells the preposition from the door).
 */
const LOWER_EUROPEAN_HOUSE = EUROPEAN_HOUSE.replace('\\s?[a-zA-Z]', `\\s?(?![aeoy]\\s+[${LETTER}])[a-zA-Z]`);
const LOWER_ROMANCE = new RegExp(
  `(?<![${LETTER}\\d])(?:(?:calle|avenida|avda\\.?|avinguda|carrer|r[uú]a|paseo|passeig|travessa|pra[cç]a|largo|estrada|alameda|camino|rambla|ronda|corso|viale|piazza)\\s+${ROMANCE_PARTICLES}[${LETTER}'’-]+(?:\\s+${ROMANCE_PARTICLES}[${LETTER}'’-]+){0,3},?\\s+(?:n[ºo°.]\\s*)?${LOWER_EUROPEAN_HOUSE}(?![${LETTER}\\d])${ROMANCE_FLOOR}?${ROMANCE_UNIT}{0,2}|${HOUSE}(?:\\s?(?:bis|ter))?,?\\s+(?:(?:rue|chemin|all[ée]e|impasse|boulevard)\\s+(?:(?:de la|de l['’]|du|des|de|d['’])\\s*)?|(?:avenue|quai)\\s+(?:de la|de l['’]|du|des|de|d['’])\\s*)[${LETTER}'’-]{2,}(?:\\s+(?:est|ouest|nord|sud)(?![${LETTER}]))?)`,
  'gi',
);
const LOWER_ROMANCE_NOT_NAME = /^(?:email|e-mail|mail|text|phone|sms|the|a|an|and|or|for|to|in|on|at)$/i;

/** The Romance and French orders in lower case, where no span covers them: pushed onto `spans`. */
export function detectLowerCaseRomanceStreets(text: string, spans: PiiSpan[]): void {
  if (LOWER_ROMANCE_HINT.test(text)) {
    const covered = coverage(spans);
    for (const m of allMatches(LOWER_ROMANCE, text)) {
      if (m[0].split(/[\s,]+/).some((w) => LOWER_ROMANCE_NOT_NAME.test(w))) continue;
      if (covered(m.index + 1, m.index + m[0].length - 1)) continue;
      spans.push(addressSpan(text, m.index, m.index + m[0].length));
    }
  }
}
