/**
 * Names spelled out letter by letter: after "spelled" ("spelled S-M-I-T-H"), with hyphens ("S-I-O-B-H-A-N"), with
 * spelling words ("T as in Tango, H, O, R, N, E") or with spaces ("M C C A R T H Y"), kept beside the word they
 * spell, after a question for the name, or joined to a part spelled before them. The spelled letters and the word
 * they spell are one person ("spelled:" canonical keys).
 */
import { allMatches } from './allMatches';
import { isWordNotName } from './bareNames';
import { LETTER, LOWER, UPPER } from './letters';
import { spansOfTurn } from './previousTurn';
import type { PiiSpan } from './types';

/**
 * The spelled-out patterns end with their letters (group 1; nothing but a look-ahead after it), so the letters'
 * place follows from the match's end and length: no `d` flag, whose indices cost every match an allocation (a
 * 200 KB turn of "spelled A-B-C-D-E-F" holds ten thousand).
 */
const lettersStart = (m: RegExpExecArray): number => m.index + m[0].length - m[1].length;
/** Letters read out with hyphens ("S-I-O-B-H-A-N"): a name when the word beside them is what they spell. */
const HYPHEN_SPELLED = /(?<![A-Za-z])((?:[A-Za-z]-){3,}[A-Za-z])(?![A-Za-z])/g;
/**
 * Between a letter read out and its spelling word: "T as in Tango", "P wie Paula", "M comme Marcel", "M de Madrid",
 * "F come Firenze", "V van Victor".
 */
const SPELLING_LINK = 'as in|for|like|wie|comme|de|como|come|van';
/** A letter read out in capitals, with the German umlauts a German surname spells ("K wie Konrad, Ö, H, L, E, R"). */
const CAPITAL_LETTER = '[A-ZÄÖÜ]';
/** The same in a voice transcript's lower case: the English ones. */
const LOWER_SPELLING_LINK = 'as in|for|like';
/**
 * "T as in Tango, H, O, R, N, E": letters read out, some with their spelling word, in the five languages ("P wie Paula",
 * "M comme Marcel", "M de Madrid", "M como Maria").
 */
const PHONETIC_SPELLED = new RegExp(
  `(?<![A-Za-z])([A-Z] (?:${SPELLING_LINK}) [A-Z][a-z]+(?:,?\\s+${CAPITAL_LETTER}(?: (?:${SPELLING_LINK}) [A-Z][a-z]+)?(?![A-Za-z])){2,})`,
  'g',
);
/**
 * The same as a voice transcript writes it, in lower case ("m as in mike, i as in india, ..."): every letter with its
 * word, three or more ("i like it" is no spelling).
 */
const PHONETIC_SPELLED_LOWER = new RegExp(
  `(?<![A-Za-z])([a-z] (?:${LOWER_SPELLING_LINK}) [a-z]{2,}(?:,?\\s+[a-z] (?:${LOWER_SPELLING_LINK}) [a-z]{2,}(?![A-Za-z])){2,})`,
  'g',
);
const SPELLING_WORDS = new RegExp(` (?:${SPELLING_LINK}) [A-Za-z][a-z]+`, 'g');
/** Letters read out after a question for a name or its spelling ("Could you spell your surname? D-E-L-..."). */
const SPELLING_ASKED =
  /\b(?:spell\w*|surname|name|apellidos?|nom|nachname|sobrenome|deletre\w*|épel\w*|buchstabier\w*|soletr\w*)\b[^.!\n]{0,40}$/i;
/** Between two spelled parts of one name: "D-E-L-A-C-R-O-I-X, hyphen, B-E-N-O-I-T". */
const SPELLED_JOIN = /^[,\s]*(?:(?:hyphen|dash|then|and|space|apostrophe|guión|tiret|bindestrich|hífen)[,\s]*)+$/i;
/** A letter and the word "apostrophe" before hyphenated letters, at the end of the text read before them. */
const LETTER_APOSTROPHE_BEFORE = /(?<![A-Za-z])([A-Za-z]),?\s+apostrophe,?\s+$/i;
const APOSTROPHE_END = /e,?\s$/i;
/** Letters read out with spaces ("M C C A R T H Y"): a name when the word beside them is what they spell. */
const SPACE_SPELLED = /(?<![A-Za-z])((?:[A-Z] ){3,}[A-Z])(?![A-Za-z])/g;
const SPACED_CAPITALS = /[A-Z] [A-Z] [A-Z] [A-Z]/;
/** Not after an apostrophe: the "s" of "that's n a d i a" is no letter read out. */
const SPACE_SPELLED_LOWER = /(?<![A-Za-z'’])((?:[a-z] ){3,}[a-z])(?![A-Za-z])/g;
const SPACED_LOWER = /[a-z] [a-z] [a-z] [a-z]/;
/** A native scan first: most turns have no letter between two hyphens. */
const LETTER_BETWEEN_HYPHENS = /-[A-Za-z]-/;
const SPELLED =
  /\b(?:spelled|spelt|spelling|spell(?:s|ed)? it|deletreado|épelé|buchstabiert|soletrado)\b[^A-Za-z]{0,12}?(?:(?:is|as|it's)\s+)?((?:[A-Za-z][-.\s]{1,3}){2,}[A-Za-z])(?![A-Za-z])/gi;

/** A written name has a lower-case letter after its capital ("McDonagh"); letters read out ("A-B-C") do not. */
const WORD_AFTER = /^[\s,.;:–-]*(?:(?:uh|um|erm?)\s+)?(?:(?:that's|it's|so)\s+)?([A-Za-z][a-z'’][A-Za-z'’-]*)/;
/**
 * The word, then what a speaker says before spelling it: a filler ("kowalczyk uh k o w ..."), "that's", "like", "with"
 * ("Quintana, con Q de Queso, U, ...").
 */
const WORD_BEFORE = new RegExp(
  `([${LETTER}][${LOWER}'’][${LETTER}'’-]*)[\\s,.]*(?:(?:uh|um|erm?)\\s+)?(?:(?:that's|it's|is|like|with an?|as in|con|com|avec|mit)\\s+)?$`,
);
/**
 * Whether `region` holds the first two characters of a word that spells `letters` as WORD_AFTER and WORD_BEFORE read
 * one: the first letter in either case, then the second in lower case or an apostrophe. Without them neither
 * pattern's word can spell the letters, and the patterns are spared: a flood of "spelled A-B-C-D-E-F" asked them
 * twenty thousand times, and WORD_BEFORE, anchored at its end, was tried from each of its forty characters.
 */
export function mayHoldWordFor(region: string, letters: string): boolean {
  if (letters.length < 2 || NOT_ASCII.test(region)) return true; // an accented word spells its letters unaccented
  const second = letters.charCodeAt(1);
  for (const first of [letters[0], letters[0].toUpperCase()])
    for (let at = region.indexOf(first); at >= 0; at = region.indexOf(first, at + 1)) {
      const next = region.charCodeAt(at + 1);
      if (next === second || next === 0x27 || next === 0x2019) return true;
    }
  return false;
}
const NOT_ASCII = /[^ -~\s]/;
const lettersOf = (text: string): string =>
  (NOT_ASCII.test(text) ? text.normalize('NFD') : text).replace(/[^A-Za-z]/g, '').toLowerCase();
/** A name spelled out, or the word it spells: one person, whichever form is said. */
const spelledSpan = (start: number, end: number, letters: string): PiiSpan => ({
  type: 'PERSON',
  start,
  end,
  canonical: `spelled:${letters}`,
});
/** Whether a question for a name or its spelling comes just before `start`. */
const spellingAskedBefore = (text: string, start: number): boolean =>
  SPELLING_ASKED.test(text.slice(Math.max(0, start - 50), start));

/** The word a spelled-out name spells, said right after it or right before its cue ("M-C-D-O-N-A-G-H, McDonagh"). */
function spelledWord(text: string, letters: string, at: number, end: number): PiiSpan | undefined {
  const following = text.slice(end, end + 40);
  const after = mayHoldWordFor(following, letters) ? WORD_AFTER.exec(following) : null;
  if (after && lettersOf(after[1]) === letters) {
    const start = end + after.index + after[0].length - after[1].length;
    return spelledSpan(start, start + after[1].length, letters);
  }
  const from = Math.max(0, at - 40);
  const preceding = text.slice(from, at);
  const before = mayHoldWordFor(preceding, letters) ? WORD_BEFORE.exec(preceding) : null;
  if (before && lettersOf(before[1]) === letters) {
    const start = from + before.index;
    return spelledSpan(start, start + before[1].length, letters);
  }
  return undefined;
}

/** A reading broken off: an ellipsis or a dash right after the letters. */
const BROKEN_OFF = /^(?:\.{2,3}|…|\s*[-–—]\s)/;
/** Letters (four or more) that spell the start of the word said just before them, the reading broken off. */
function isBrokenOffSpelling(text: string, letters: string, m: RegExpExecArray, end: number): boolean {
  if (letters.length < 4 || !BROKEN_OFF.test(text.slice(end, end + 3))) return false;
  const from = Math.max(0, m.index - 40);
  const preceding = text.slice(from, m.index);
  const before = mayHoldWordFor(preceding, letters) ? WORD_BEFORE.exec(preceding) : null;
  if (!before) return false;
  const word = lettersOf(before[1]);
  if (word.length > letters.length && word.startsWith(letters)) return true;
  // "Hrafnhildur Sigurðardóttir, H-R-A-F-N...": the first name of the full name just said, its start spelled.
  const first = FIRST_OF_TWO_BEFORE.exec(preceding.slice(0, before.index));
  if (!first || isWordNotName(first[1])) return false; // "the Galaxy Ultra, G-A-L-A..."
  const given = lettersOf(first[1]);
  return given.length > letters.length && given.startsWith(letters);
}
/** The capitalised word right before another (the text before that other word, which starts with it). */
const FIRST_OF_TWO_BEFORE = new RegExp(`(?<![${LETTER}])([${UPPER}][${LOWER}'’-]+) $`);
/**
 * "Eilidh, E-I-L-I-D-H, McCrae": a first name said and spelled, then the surname, a capitalised word that is no
 * ordinary word, place or brand, ending its clause ("Sean, S-E-A-N, Thanks." stays).
 */
const SURNAME_AFTER = /^,\s+([A-Z][A-Za-z'’-]+)(?=\s*(?:[,.!?;]|$))/;
function surnameAfterSpelled(text: string, end: number, spans: PiiSpan[]): void {
  const after = SURNAME_AFTER.exec(text.slice(end, end + 40));
  if (!after || isWordNotName(after[1])) return;
  const start = end + after[0].length - after[1].length;
  spans.push({ type: 'PERSON', start, end: start + after[1].length, canonical: `named:${after[1].toLowerCase()}` });
}

const AS_IN_OR_FOR = new RegExp(`[A-Z] (?:${SPELLING_LINK}) [A-Z]`);
const LOWER_AS_IN_OR_FOR = new RegExp(`(?<![A-Za-z])[a-z] (?:${LOWER_SPELLING_LINK}) [a-z]`);

/**
 * The names spelled out after "spelled", with hyphens or with spelling words, onto `spans` in that order. `spelling`:
 * whether the pre-pass saw a spelling cue; without one, nothing follows "spelled".
 */
export function spelledOutNames(text: string, spelling: boolean, spans: PiiSpan[]): void {
  // Where the letters after "spelled" start, in text order: the hyphenated letters, found in text order too, skip
  // those by a walk beside them (a set of ten thousand starts cost more than the scan that found them).
  const spelledAt: number[] = [];
  for (const m of spelling ? allMatches(SPELLED, text) : []) {
    const start = lettersStart(m);
    const end = start + m[1].length;
    spelledAt.push(start);
    const letters = lettersOf(m[1]);
    spans.push(spelledSpan(start, end, letters));
    const word = spelledWord(text, letters, m.index, end);
    if (word) spans.push(word);
  }
  let lastSpelled = -1; // the end of the last spelled-out name part, which a second part may follow
  let spelledBefore = 0; // spelledAt[spelledBefore] is the first start not before the hyphenated letters
  for (const m of LETTER_BETWEEN_HYPHENS.test(text) ? allMatches(HYPHEN_SPELLED, text) : []) {
    const start = lettersStart(m);
    while (spelledBefore < spelledAt.length && spelledAt[spelledBefore] < start) spelledBefore++;
    if (spelledAt[spelledBefore] === start) continue;
    const end = start + m[1].length;
    // "O apostrophe N-E-I-L-L": the first letter and the apostrophe said before the hyphenated rest.
    // Read only when the letter before the letters' white space is the "e" the word ends with.
    const lead = APOSTROPHE_END.test(text.slice(Math.max(0, start - 3), start))
      ? LETTER_APOSTROPHE_BEFORE.exec(text.slice(Math.max(0, start - 16), start))
      : null;
    const from = lead ? start - lead[0].length : start;
    const letters = (lead ? lead[1].toLowerCase() : '') + lettersOf(m[1]);
    const word = spelledWord(text, letters, from, end);
    // Kept with the word it spells, after a question for the name, or joined to the part spelled before it; or the
    // first letters of the name just said, the reading broken off ("Ms Vandenberghe, V-A-N-D-E-N... sorry").
    const kept =
      word ||
      spellingAskedBefore(text, start) ||
      isBrokenOffSpelling(text, letters, m, end) ||
      (lastSpelled >= 0 && SPELLED_JOIN.test(text.slice(lastSpelled, start)));
    if (!kept) continue;
    spans.push(spelledSpan(from, end, letters));
    if (word) spans.push(word);
    if (word && word.end <= start) surnameAfterSpelled(text, end, spans);
    lastSpelled = end;
  }
  // "Last name Thorne, T as in Tango, H, O, R, N, E": spelled with spelling words, beside the word or after a cue.
  const phonetic = [
    ...(AS_IN_OR_FOR.test(text) ? allMatches(PHONETIC_SPELLED, text) : []),
    ...(LOWER_AS_IN_OR_FOR.test(text) ? allMatches(PHONETIC_SPELLED_LOWER, text) : []),
  ];
  for (const m of phonetic) {
    const start = lettersStart(m);
    const end = start + m[1].length;
    const letters = lettersOf(m[1].replace(SPELLING_WORDS, ''));
    const word = spelledWord(text, letters, m.index, end);
    if (word || spellingAskedBefore(text, start)) spans.push(spelledSpan(start, end, letters));
    if (word) spans.push(word);
  }
}

/**
 * Whether a turn with no name cue may still spell a name beside the word it spells ("Sean, S-E-A-N", "it's Mills, M as
 * in Mike, I as in India, ...", "Smith. S M I T H", "kowalczyk k o w a l c z y k"): native tests for letters between hyphens, four spaced capitals or a
 * letter with its spelling word.
 */
const SPELLING_SHAPE = new RegExp(
  `-[A-Za-z]-|[A-Z] [A-Z] [A-Z] [A-Z]|(?:^|[^A-Za-z])(?:[A-Z] (?:${SPELLING_LINK}) [A-Z]|[a-z] (?:as in|for) [a-z])|(?:^|[^A-Za-z'’])[a-z] [a-z] [a-z] [a-z](?![A-Za-z])`,
);
export const maySpellName = (text: string): boolean => SPELLING_SHAPE.test(text);

/**
 * A name spelled in answer to the previous turn's question for it ("Agent: could you spell your surname?" "M as in Mike,
 * I as in India, ..."): the question's end is read before the turn, never redacted.
 */
export function spelledAfterQuestion(text: string, context: string): PiiSpan[] {
  // Its own, shorter end of the previous turn (the question only), joined by a space: not previousTurn.ts's prefix.
  const tail = context.slice(-50);
  if (!SPELLING_ASKED.test(tail) || !maySpellName(text)) return [];
  const asked = `${tail} `;
  const spans: PiiSpan[] = [];
  spelledOutNames(asked + text, true, spans);
  spaceSpelledNames(asked + text, spans);
  return spansOfTurn(spans, asked.length);
}
/** The word spelled (not its letters: no space, no letter between hyphens), when it is a brand, a place or a word. */
const isSpelledWordNotName = (said: string): boolean =>
  !said.includes(' ') && !LETTER_BETWEEN_HYPHENS.test(said) && isWordNotName(said);
/**
 * Names spelled beside the word they spell, in a turn with no name cue (no question for a name to ask about); not a
 * brand, a place or an ordinary word spelled ("N-I-K-E, Nike", "Tesco, T-E-S-C-O").
 */
export function spelledNamesWithoutCue(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  spelledOutNames(text, false, spans);
  spaceSpelledNames(text, spans);
  if (spans.length === 0) return spans;
  const notNames = new Set(
    spans.filter((span) => isSpelledWordNotName(text.slice(span.start, span.end))).map((span) => span.canonical),
  );
  return notNames.size === 0 ? spans : spans.filter((span) => !notNames.has(span.canonical));
}

/**
 * Letters read out with spaces, kept beside the word they spell or after a question for the name: read in a turn with
 * a name word or a speaker's label ("Caller: Smith, S M I T H"), which spares most turns the scan for them.
 */
export function spaceSpelledNames(text: string, spans: PiiSpan[]): void {
  // In lower case ("aoife a o i f e"), only beside the word they spell: in a turn with a name word, or in a speaker's
  // turn when the word spelled is no ordinary word ("it's kowalczyk uh k o w a l c z y k"; "fine f i n e" stays).
  const nameWord = text.includes('ame');
  for (const m of (nameWord || text.includes(':')) && SPACED_LOWER.test(text)
    ? allMatches(SPACE_SPELLED_LOWER, text)
    : []) {
    const start = lettersStart(m);
    const end = start + m[1].length;
    const letters = lettersOf(m[1]);
    const word = spelledWord(text, letters, m.index, end);
    if (!word || (!nameWord && isWordNotName(text.slice(word.start, word.end)))) continue;
    spans.push(spelledSpan(start, end, letters), word);
  }
  for (const m of SPACED_CAPITALS.test(text) ? allMatches(SPACE_SPELLED, text) : []) {
    const start = lettersStart(m);
    const end = start + m[1].length;
    const letters = lettersOf(m[1]);
    const word = spelledWord(text, letters, m.index, end);
    if (!word && !spellingAskedBefore(text, start)) continue;
    spans.push(spelledSpan(start, end, letters));
    if (word) spans.push(word);
  }
}
