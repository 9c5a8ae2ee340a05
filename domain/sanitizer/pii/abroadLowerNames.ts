/**
 * Lower-case names abroad. Self-introductions and the agent's "am I speaking with" as voice transcripts write them, in
 * Dutch, Italian, Portuguese, French, German and Spanish: "ik ben sanne de jong", "spreek ik met ...", "sono marco dal
 * pozzo", "aqui é o rodrigo da costa", "c'est moi yannick le goff", "hier ist der tobias von der heide", "a nombre de
 * ...". These cues come before ordinary words as often ("ik ben al drie weken ...", "sono molto deluso", "sono io il
 * titolare"), so a name of one word must be a listed name that is no ordinary word, and of two words or more (with the
 * particles between them) one of its words must be, of three letters or more. A relative's name in lower case the same
 * way. Separate from rarerCuedNames.ts, which holds the English ones.
 */
import { allMatches } from './allMatches';
import { groupByFirstCharacter as grouped } from './alternation';
import { isCleanName } from './bareNames';
import { PARTICLES, SURNAME_PARTICLE } from './cuedNameShapes';
import { lexiconName, NOT_A_NAME_ALONE } from './cuedNameVerdicts';
import { foldName, type KnownNames } from './names';
import { LETTER, LOWER, UPPER } from './letters';
import { RELATIVES_DE, RELATIVES_ES, RELATIVES_FR, RELATIVES_IT, RELATIVES_NL, RELATIVES_PT } from './nameCues';
import type { PiiSpan } from './types';

/**
 * The cues, one alternation grouped by first character (alternation.ts) as the other cue lists are: it is tried at
 * every position of a turn that holds one of their pieces.
 */
const SELF_CUES = [
  'ik ben',
  'spreek ik met',
  'u spreekt met',
  'sono(?: io)?',
  'parlo con(?: il| la)?',
  'aqui (?:é|fala) (?:o|a)',
  'quem fala é (?:o|a)',
  "c['’]est moi,?",
  'hier (?:ist|spricht)(?: (der|die))?',
  'a nombre de',
].join('|');
/** Group 1 is the German article after "hier ist" (when said), group 2 the name. */
const LOWER_SELF_ABROAD = new RegExp(
  `(?<![${LETTER}])(?:${grouped(SELF_CUES, false)})\\s+([${LOWER}][${LOWER}'’-]+(?:\\s+(?:${SURNAME_PARTICLE}\\s+){0,2}[${LOWER}][${LOWER}'’-]+){0,2})`,
  'dg',
);
/** After a caller's name in German: a stop, the end, or what a caller says next ("und", "ich", "von", "wegen", ...). */
const CALLER_GOES_ON = /^\s*(?:[,.!?;]|$|(?:und|ich|von|vom|aus|am|mit|wegen|bei|hier|ja|nochmal|wieder)(?![\p{L}]))/u;
/** What LOWER_SELF_ABROAD cannot match without: most turns hold none of these. */
const CUE_PIECE = /ben |spre|sono|parlo|aqui|fala|moi|hier|nombre/;

/**
 * "mi hijo iker no puede", "mio figlio matteo ha", "mijn dochter lotte heeft", "mein mann jörg hat", "ma voisine odile
 * a", "minha esposa fernanda fez": a relative and a lower-case word, a listed name that is no ordinary word (three
 * letters or more), and a second such word as its surname ("mi hijo no puede", "mijn dochter heeft" stay). Group 1 is
 * the first word, group 2 the second.
 */
const RELATIVE_CUES = [
  `mi (?:${RELATIVES_ES})`,
  `mio (?:${RELATIVES_IT})`,
  `mia (?:${RELATIVES_IT})`,
  `mijn (?:${RELATIVES_NL})`,
  `mein(?:e|em|en|er)? (?:${RELATIVES_DE.toLowerCase()})`,
  RELATIVES_FR,
  RELATIVES_PT,
].join('|');
const LOWER_RELATIVE_ABROAD = new RegExp(
  `(?<![${LETTER}])(?:${grouped(RELATIVE_CUES, false)}),?\\s+([${LOWER}][${LOWER}'’-]+)(?:\\s+([${LOWER}][${LOWER}'’-]+))?`,
  'dg',
);
/** What LOWER_RELATIVE_ABROAD cannot match without: a possessive of one of the six languages. */
const POSSESSIVE_PIECE = /\b(?:mi|mio|mia|mijn|mein|meine\w?|ma|mon|minha|meu) /;

/** No capital after the speaker's label ("cliente:", "Klant:"). */
const LOWER_CASE_TURN = new RegExp(`^(?:[^:\\n]{0,20}:)?[^${UPPER}]*$`);

/** A listed name that is no ordinary word, of three letters or more ("ik ben al drie weken ...": "al" is a name too). */
const isLongCleanName = (word: string): boolean => word.length > 2 && isCleanName(word);

/** The names LOWER_SELF_ABROAD finds in `text`, onto `spans`. */
export function lowerCaseNamesAbroad(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  if (!CUE_PIECE.test(text)) return;
  for (const m of allMatches(LOWER_SELF_ABROAD, text)) {
    const [start, end] = m.indices![2];
    const span = lexiconName(text, start, end, names);
    if (!span) continue;
    const words = text
      .slice(span.start, span.end)
      .split(/\s+/)
      .filter((word) => !PARTICLES.has(word));
    if (!words.some(isLongCleanName) || (words.length === 1 && NOT_A_NAME_ALONE.has(foldName(words[0])))) continue;
    // "hier ist der zähler kaputt": after the article one word is a thing or a role as often, unless the clause ends
    // after it or goes on as a caller's does ("hier ist der tobias, ich ...", "hier ist die bernadette von der post").
    if (m[1] !== undefined && words.length === 1 && !CALLER_GOES_ON.test(text.slice(span.end, span.end + 12))) continue;
    spans.push(span);
  }
}

/** The names LOWER_RELATIVE_ABROAD finds in `text`, onto `spans`. */
export function lowerCaseRelativesAbroad(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  // A turn written in lower case only (a voice transcript's): in a written one the name is capitalised ("mi hija
  // como usuaria", "de ma sœur, elle est d'accord" hold a listed name that is an ordinary word of their language).
  if (!POSSESSIVE_PIECE.test(text) || !LOWER_CASE_TURN.test(text)) return;
  for (const m of allMatches(LOWER_RELATIVE_ABROAD, text)) {
    if (!isLongCleanName(m[1]) || NOT_A_NAME_ALONE.has(foldName(m[1]))) continue;
    const [start, first] = m.indices![1];
    const end = m[2] !== undefined && isLongCleanName(m[2]) ? m.indices![2][1] : first;
    const span = lexiconName(text, start, end, names);
    if (span) spans.push(span);
  }
}
