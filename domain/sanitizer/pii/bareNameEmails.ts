/**
 * Two capitalised words that the turn's email address spells ("Ama Boateng, a.boateng@gmail.com"): the address says
 * they are a person's name.
 */
import * as bareNameHits from './bareNameHits';
import { foldName, type KnownNames } from './names';
import * as nameWordKinds from './nameWordKinds';
import type { Hit } from './nameWordKinds';
import type { PiiSpan } from './types';

/** Read once: under tsx every use of an imported binding is a getter call. */
const { adjacent, KIND, mayStartName } = bareNameHits;
const { push } = nameWordKinds;

/** Titles and greetings before a surname are no first name ("Mr Boateng", "Dear Boateng"). */
const NOT_GIVEN_BEFORE_EMAIL = new Set(
  'mr mrs ms miss mx dr prof sir madam dear hi hello hey thanks cheers regards from to email contact sr sra herr frau mme mlle'.split(
    ' ',
  ),
);
/** The local parts of the turn's email addresses, in lower case, and how many distinct ones are read. */
const MAX_EMAIL_LOCALS = 8;
const EMAIL_LOCAL = /([A-Za-z0-9._%+-]{3,64})@[A-Za-z0-9-]+\./g;
/**
 * "Ama Boateng, a.boateng@gmail.com": two capitalised words that the turn's email address spells, the second (no
 * ordinary word) in full and the first in full or by its initial at the start: the address says they are a person's
 * name ("Apple Music, apple.music@..." stays: "Music" is a word).
 */
export function namesInEmails(
  text: string,
  hits: readonly Hit[],
  spans: PiiSpan[],
  names: KnownNames | undefined,
): void {
  // The distinct local parts, a few at most: a turn gives one or two addresses (a dump of thousands is no speech).
  const distinct = new Set<string>();
  // An exec loop on the shared pattern, not matchAll (which clones the pattern on every call: about 1.5 us a turn).
  EMAIL_LOCAL.lastIndex = 0;
  for (let m = EMAIL_LOCAL.exec(text); m !== null; m = EMAIL_LOCAL.exec(text)) {
    distinct.add(m[1].toLowerCase());
    if (distinct.size >= MAX_EMAIL_LOCALS) break;
  }
  EMAIL_LOCAL.lastIndex = 0;
  if (distinct.size === 0) return;
  const locals = [...distinct];
  const found = [...spans].sort((x, y) => x.start - y.start);
  let next = 0; // the first name found before this pass that ends after the current pair starts
  for (let i = 0; i + 1 < hits.length; i++) {
    const [first, second] = [hits[i], hits[i + 1]];
    if (
      first.possessive ||
      second.end - second.start < 3 ||
      !mayStartName(second.kind) ||
      !adjacent(text, first, second)
    )
      continue;
    const given = foldName(text.slice(first.start, first.end));
    if (NOT_GIVEN_BEFORE_EMAIL.has(given)) continue;
    const surname = foldName(text.slice(second.start, second.end));
    // A first name that is an ordinary word too ("Ama", "Will") counts only as the address's initial before the surname.
    const initialThenSurname = (local: string): boolean =>
      local.startsWith(given[0]) && (local.startsWith(surname, 1) || local.startsWith(surname, 2));
    if (
      !locals.some(
        (local) =>
          local.includes(surname) &&
          (local.includes(given) ||
            (first.kind === KIND.Word ? initialThenSurname(local) : local.startsWith(given[0]))),
      )
    )
      continue;
    while (next < found.length && found[next].end <= first.start) next++;
    if (next < found.length && found[next].start < second.end) continue; // inside a name found
    push(spans, text, first.start, second.end, names);
    i++;
  }
}
