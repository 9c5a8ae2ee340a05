/**
 * Names said with no cue and of no participant: "the guy who set it up was Ahmed Siddiqui", "is Rashida there?",
 * "can Gwendolyn call me back". A lexicon of names (nameLexicon.ts, generated from registry packages) and two rules
 * that fire only where a name is very likely:
 *
 * - two capitalised words, a name and a name-like word: at least one of them a name that is no ordinary English word
 *   ("Siddiqui"), the other a name too or a word of no dictionary ("Nwosu"); a name that is also a word ("Will",
 *   "Grace", "Park") counts only beside a name that is none. "Grace Church", "Will Power", "Hope Street" stay.
 * - one capitalised name that is no ordinary word, in a slot that takes a person: "is X there", "tell/ask X to",
 *   "can X call me", "X called earlier", "through to X", "X and I", "our agent X promised".
 *
 * Places, brands and months that are names too ("Paris", "Jordan", "April", "Chase") are never part of such a name.
 * Lower case is left alone: a voice transcript's "will", "mark" or "rose" is a word far more often.
 *
 * This file walks the capitalised words; what it asks of them is in bareNameHits.ts, and the other readings in
 * bareName*.ts (particles, possessives, spellings, names said again, corrections, email addresses).
 */
import { foldName, type KnownNames } from './names';
import type { PiiSpan } from './types';
import * as nameWordKinds from './nameWordKinds';
import type { Hit } from './nameWordKinds';
import * as bareNameSlots from './bareNameSlots';
import * as signOffNames from './signOffNames';
import { LOWER, UPPER } from './letters';
import { RELATIVES_DE } from './nameCues';
import * as bareNameCorrections from './bareNameCorrections';
import * as bareNameEmails from './bareNameEmails';
import * as bareNameHits from './bareNameHits';
import * as bareNameParticles from './bareNameParticles';
import * as bareNamePossessives from './bareNamePossessives';
import * as bareNameRepeats from './bareNameRepeats';
import * as bareNameSpelling from './bareNameSpelling';

export { isCleanName, isGivenName, isWordNotName, isWordOfNoName, mayBeLowerCaseName } from './nameWordKinds';

/** Read once: under tsx every use of an imported binding is a getter call, and these run for every capitalised word. */
const { kindOf, push } = nameWordKinds;
const { inPersonSlot, inStrictSlot, hedgedSlotAt, inRoleApposition, talkedWithSlotAt, LOOK_AHEAD } = bareNameSlots;
const { signOffName } = signOffNames;
const {
  adjacent,
  afterNumber,
  endOf,
  isApostrophe,
  isDoubleBarrelled,
  isPair,
  isShortSurname,
  KIND,
  mayFollowName,
  mayStartName,
} = bareNameHits;
const { IRISH_PARTICLES, particleBetween } = bareNameParticles;
const { isPersonsOwn, OWNED_AFTER } = bareNamePossessives;
const { partsSaidAlone, saidAgainInFull, shortFormBefore } = bareNameRepeats;
const { spellingChoice } = bareNameSpelling;
const { CORRECTION_WORD, correctedNames } = bareNameCorrections;
const { namesInEmails } = bareNameEmails;

/**
 * A capitalised word (a second capitalised part after a hyphen: "Ferguson-Reid"; a lower-case one: "Hyun-woo"), not
 * glued to a letter, digit, apostrophe or hyphen before it, nor to a letter, digit or apostrophe after (but for a
 * possessive "'s": "Ahmed Siddiqui's account"). The look-behind comes after the capital: irregexp then looks for
 * capitals alone and tests the character before only there (twice as fast as a look-behind first). A Gaelic prefix
 * before the capital is part of the word ("McAllister", "MacLeod", "O'Neill"): tried only where the plain word fails.
 */
const CAPITALISED = new RegExp(
  `(?:[${UPPER}](?<![${UPPER}${LOWER}0-9'’\\-].)|(?<![${UPPER}${LOWER}0-9'’\\-])(?:Ma?c|O['’])[${UPPER}])[${LOWER}]+(?:-[${UPPER}${LOWER}][${LOWER}]+)?(?![${UPPER}${LOWER}0-9]|['’](?![sS](?![${UPPER}${LOWER}])))`,
  'g',
);

const GERMAN_RELATIVE_WORDS = new Set(RELATIVES_DE.split('|'));
const GERMAN_POSSESSIVE_BEFORE =
  /(?:^|[^\p{L}])(?:[Mm]|[Ss]|[Dd])eine?[nmr]?\s+$|(?:^|[^\p{L}])(?:[Ii]hr|[Uu]nser)e?[nmr]?\s+$/u;
const possessiveBefore = (text: string, at: number): boolean =>
  GERMAN_POSSESSIVE_BEFORE.test(text.slice(Math.max(0, at - 10), at));

/** PERSON spans of names said with no cue. `names`: the participants' names (the agent's kept first name stays). */
export function detectBareNames(text: string, names: KnownNames | undefined): PiiSpan[] {
  const hits: Hit[] = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text))
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: kindOf(m[0]),
      possessive: isApostrophe(text, m.index + m[0].length),
    });
  const spans: PiiSpan[] = [];
  // "not okafor it's okonkwo": a voice transcript's correction has no capital.
  if (hits.length === 0) {
    if (CORRECTION_WORD.test(text)) correctedNames(text, spans, names);
    return spans;
  }
  signOffName(text, names, spans);
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i];
    if (first.kind === KIND.Word) continue;
    // "Mein Mann Jörg", "meine Frau Sabine": a German relative after a possessive is no part of the name after it
    // (rarerCuedNames.ts's GERMAN_RELATIVE reads that name); "Thomas Mann" stays a name.
    if (GERMAN_RELATIVE_WORDS.has(text.slice(first.start, first.end)) && possessiveBefore(text, first.start)) continue;
    // The agent's own first name, kept by policy, starts no name: "Alex Rivera, right?" leaves Alex to names.ts.
    if (names && names.kept.size > 0 && names.kept.has(foldName(text.slice(first.start, first.end)))) continue;
    const second = hits[i + 1];
    // "Siobhán Ní Bhriain", "Aoife Nic Giolla": an Irish surname's particle between a first name and the surname.
    const third = hits[i + 2];
    if (
      second &&
      third &&
      mayStartName(first.kind) &&
      !first.possessive &&
      second.end - second.start <= 3 &&
      IRISH_PARTICLES.has(text.slice(second.start, second.end)) &&
      adjacent(text, first, second) &&
      adjacent(text, second, third) &&
      third.kind < KIND.Word
    ) {
      // "Mac Giolla Phádraig", "Nic Giolla Easpaig": "Giolla" ("servant of") brings the word after it.
      const fourth = hits[i + 3];
      const last =
        fourth && !third.possessive && text.slice(third.start, third.end) === 'Giolla' && adjacent(text, third, fourth)
          ? fourth
          : third;
      push(spans, text, first.start, endOf(last), names);
      i += last === third ? 2 : 3;
      continue;
    }
    // "Conceição dos Santos", "Wolfgang von Achenbach", "Hervé Le Goff": a particle of Romance, Dutch or German
    // surnames (written in lower case, or capitalised: a word of its own) between a listed first name and the surname.
    if (second && first.kind === KIND.Clean && !first.possessive) {
      const particle = particleBetween(text, first, second, third);
      if (particle !== undefined) {
        push(spans, text, first.start, endOf(particle), names);
        i += particle === second ? 1 : 2;
        continue;
      }
    }
    if (
      second &&
      !first.possessive &&
      adjacent(text, first, second) &&
      (isPair(first.kind, second.kind, first.end - first.start < 3) ||
        (mayStartName(first.kind) &&
          mayFollowName(second.kind) &&
          (hedgedSlotAt(text, first.start, second.end) || talkedWithSlotAt(text, first.start, second.end))) ||
        saidAgainInFull(text, spans, first, second)) &&
      !afterNumber(text, first.start)
    ) {
      let last = i + 1;
      // A third part: "Juan Pablo Fuente".
      const third = hits[i + 2];
      if (third && !second.possessive && adjacent(text, second, third) && third.kind < KIND.Word) last = i + 2;
      // A two-letter surname before: "Li Wei Chen".
      const before = hits[i - 1];
      const start =
        before && before.end - before.start === 2 && adjacent(text, before, first) && isShortSurname(text, before)
          ? before.start
          : first.start;
      const said = before && start === first.start ? shortFormBefore(text, before, first) : undefined;
      if (said) push(spans, text, said.start, said.end, names);
      push(spans, text, start, endOf(hits[last]), names);
      i = last;
      continue;
    }
    // A spelling asked or confirmed: "Is that Marek or Mark?", "Marek, with an e".
    if (first.kind <= KIND.AmbiguousGiven && !first.possessive) {
      const other = spellingChoice(text, hits, i);
      if (other > 0) {
        push(spans, text, first.start, first.end, names);
        push(spans, text, hits[other].start, hits[other].end, names);
        i = other;
        continue;
      }
      if (other === 0) {
        push(spans, text, first.start, first.end, names);
        continue;
      }
    }
    // A word of no list, alone: only where nothing but a person fits ("please tell Ikechukwu to ring me").
    if (first.kind === KIND.Unknown && first.end - first.start >= 4 && !first.possessive && inStrictSlot(text, first))
      push(spans, text, first.start, first.end, names);
    // Or whose relative it is, or whose thing "she" or "he" is said of next: "Ngozi's husband", "Ngozi's card was
    // charged twice; she's my sister" ("Ikea's card was declined" stays).
    if (first.kind === KIND.Unknown && first.end - first.start >= 4 && first.possessive && isPersonsOwn(text, first))
      push(spans, text, first.start, first.end + 2, names);
    if (
      (first.kind === KIND.AmbiguousGiven || first.kind === KIND.Ambiguous) &&
      !first.possessive &&
      inRoleApposition(text, first)
    )
      push(spans, text, first.start, first.end, names);
    if (first.kind !== KIND.Clean) continue;
    if (first.possessive) {
      if (OWNED_AFTER.test(text.slice(first.end + 2, first.end + 2 + LOOK_AHEAD)))
        push(spans, text, first.start, first.end + 2, names);
    } else if (inPersonSlot(text, first) || inStrictSlot(text, first) || isDoubleBarrelled(text, first))
      push(spans, text, first.start, first.end, names);
  }
  if (text.includes('@')) namesInEmails(text, hits, spans, names);
  if (CORRECTION_WORD.test(text)) correctedNames(text, spans, names);
  if (spans.length > 0) partsSaidAlone(text, hits, spans, names);
  return spans;
}
