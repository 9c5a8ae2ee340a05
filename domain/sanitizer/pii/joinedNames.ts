/**
 * Names joined to a cued one ("this is Priya and Tomasz", "I spoke to Ravindra and again to Gulshan"): read after every
 * name the cued scans found (cuedNames.ts), from its end.
 */
import * as bareNames from './bareNames';
import { NAME } from './cuedNameShapes';
import * as verdicts from './cuedNameVerdicts';
import { LETTER } from './letters';
import type { KnownNames } from './names';
import type { PiiSpan } from './types';

/** Read once: under tsx every use of an imported binding is a getter call. */
const { mayBeLowerCaseName } = bareNames;
const { nameSpan } = verdicts;

/**
 * "this is Priya and Tomasz from the claims team", "in the names of Olu and Bettina Akande", "aqui fala a Priya e o
 * Tomasz": a second name joined to a cued one by "and" (y, et, und, e, &), maybe after an article, when every word of
 * it is a listed name that is no ordinary word or a word of no list ("Priya and Team Leader", "Olu and Sons" stay); a
 * name so found may have another joined to it.
 */
const JOINED_NAME = new RegExp(`^\\s+(?:and|y|et|und|e|&)\\s+(?:(?:o|a|el|la|le)\\s+)?(${NAME})(?![${LETTER}])`, 'd');
/**
 * "I spoke to Ravindra and again to Gulshan", "hablé con Itziar y luego otra vez con Maite", "mit Jördis gesprochen und
 * heute Folkert", "falei com a iolanda e depois de novo com a kelly": the same role again, told as a list of who was
 * spoken to; the second a listed name that is no ordinary word or a word of no list (three letters or more), in lower
 * case only after a name in lower case ("and again to Billing", "and then today to accounts" stay).
 */
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag';
const SAME_ROLE_AGAIN = new RegExp(
  `^(?:\\s+\\p{L}+){0,2}?,?\\s+(?:and|und|y|et|e)\\s+(?:(?:again|then|later|today|yesterday|heute|gestern|dann|danach|nochmal|luego|después|hoy|ayer|otra vez|puis|ensuite|encore|aujourd['’]hui|depois|hoje|ontem|de novo|on (?:${DAYS})|${DAYS})\\s+){1,2}(?:(?:to|with|mit|con|a|à|avec|com|ao|à)\\s+)?(?:(?:o|a|el|la|le)\\s+)?(${NAME}|[\\p{Ll}][\\p{Ll}'’-]{2,})(?![\\p{L}])`,
  'du',
);
export function namesJoinedAfter(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  // Each name joined once: in "y luego la maite me dijo" said over and over every span joins the next, and a span
  // found twice would join its own chain again (quadratic spans, then a stack overflow spreading them).
  let joined: Set<number> | undefined;
  for (let k = 0; k < spans.length; k++) {
    const after = spans[k].end;
    const m = JOINED_NAME.exec(text.slice(after, after + 80)) ?? SAME_ROLE_AGAIN.exec(text.slice(after, after + 80));
    if (!m || !m[1].split(/\s+/).every(mayBeLowerCaseName)) continue;
    // A lower-case word joins a name said in lower case only.
    const first = text.slice(spans[k].start, after);
    if (m[1] === m[1].toLowerCase() && first !== first.toLowerCase()) continue;
    const start = after + m.indices![1][0];
    joined ??= new Set(spans.map((s) => s.start));
    if (joined.has(start)) continue;
    const span = nameSpan(text, start, after + m.indices![1][1], names);
    if (span) {
      joined.add(span.start);
      spans.push(span);
    }
  }
}
