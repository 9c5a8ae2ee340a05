/**
 * Self-introductions and the agent's "am I speaking with" as voice transcripts write them in lower case, in Dutch,
 * Italian, Portuguese, French, German and Spanish: "ik ben sanne de jong", "spreek ik met ...", "sono marco dal pozzo",
 * "aqui é o rodrigo da costa", "c'est moi yannick le goff", "hier ist der tobias von der heide", "a nombre de ...".
 * These cues come before ordinary words as often ("ik ben al drie weken ...", "sono molto deluso", "sono io il
 * titolare"), so a name of one word must be a listed name that is no ordinary word, and of two words or more (with
 * the particles between them) one of its words must be, of three letters or more. Separate from rarerCuedNames.ts, which holds the English ones.
 */
import { allMatches } from './allMatches';
import { isCleanName } from './bareNames';
import { PARTICLES, SURNAME_PARTICLE } from './cuedNameShapes';
import { lexiconName } from './cuedNameVerdicts';
import type { KnownNames } from './names';
import { LETTER, LOWER } from './letters';
import type { PiiSpan } from './types';

const LOWER_SELF_ABROAD = new RegExp(
  `(?<![${LETTER}])(?:ik ben|spreek ik met|u spreekt met|sono(?: io)?|parlo con(?: il| la)?|aqui (?:é|fala) (?:o|a)|quem fala é (?:o|a)|c['’]est moi,?|hier (?:ist|spricht)(?: der| die)?|a nombre de)\\s+([${LOWER}][${LOWER}'’-]+(?:\\s+(?:${SURNAME_PARTICLE}\\s+){0,2}[${LOWER}][${LOWER}'’-]+){0,2})`,
  'dg',
);
/** What LOWER_SELF_ABROAD cannot match without: most turns hold none of these. */
const CUE_PIECE = /ben |spre|sono|parlo|aqui|fala|moi|hier|nombre/;

/** A listed name that is no ordinary word, of three letters or more ("ik ben al drie weken ...": "al" is a name too). */
const isLongCleanName = (word: string): boolean => word.length > 2 && isCleanName(word);

/** The names LOWER_SELF_ABROAD finds in `text`, onto `spans`. */
export function lowerCaseNamesAbroad(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  if (!CUE_PIECE.test(text)) return;
  for (const m of allMatches(LOWER_SELF_ABROAD, text)) {
    const [start, end] = m.indices![1];
    const span = lexiconName(text, start, end, names);
    if (!span) continue;
    const words = text
      .slice(span.start, span.end)
      .split(/\s+/)
      .filter((word) => !PARTICLES.has(word));
    if (!words.some(isLongCleanName)) continue;
    spans.push(span);
  }
}
