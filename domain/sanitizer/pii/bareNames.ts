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
 */
import { LOWER, UPPER } from './letters';
import { foldName, type KnownNames } from './names';
import { nicknamesOf } from './nicknames';
import { DOUBLE_BRANDS, isProductNameSaidAgain } from './productNames';
import { allMatches } from './allMatches';
import type { PiiSpan } from './types';
import * as nameWordKinds from './nameWordKinds';
import { type Hit, Kind } from './nameWordKinds';
import * as bareNameSlots from './bareNameSlots';
import * as signOffNames from './signOffNames';

export { isCleanName, isGivenName, isWordNotName, isWordOfNoName, mayBeLowerCaseName } from './nameWordKinds';

/** Read once: under tsx every use of an imported binding is a getter call, and these run for every capitalised word. */
const { isCleanName, isWordNotName, kindOf, mayBeLowerCaseName, partKind, push } = nameWordKinds;
const { inPersonSlot, inStrictSlot, hedgedSlotAt, inRoleApposition, talkedWithSlotAt, LOOK_AHEAD } = bareNameSlots;
const { signOffName } = signOffNames;
/**
 * The kinds read once too: tsx compiles file by file, so an imported const enum is not inlined and each `Kind.X` is
 * two getter calls (tsc inlines it); the loop below compares kinds several times for every capitalised word.
 */
const KIND = {
  Unknown: Kind.Unknown,
  Clean: Kind.Clean,
  Ambiguous: Kind.Ambiguous,
  AmbiguousGiven: Kind.AmbiguousGiven,
  Word: Kind.Word,
  Proper: Kind.Proper,
} as const;

/**
 * A capitalised word (a second capitalised part after a hyphen: "Ferguson-Reid"; a lower-case one: "Hyun-woo"), not
 * glued to a letter, digit, apostrophe or hyphen before it, nor to a letter, digit or apostrophe after (but for a
 * possessive "'s": "Ahmed Siddiqui's account"). The look-behind comes after the capital: irregexp then looks for
 * capitals alone and tests the character before only there (twice as fast as a look-behind first).
 */
const CAPITALISED = new RegExp(
  `[${UPPER}](?<![${UPPER}${LOWER}0-9'’\\-].)[${LOWER}]+(?:-[${UPPER}${LOWER}][${LOWER}]+)?(?![${UPPER}${LOWER}0-9]|['’](?![sS](?![${UPPER}${LOWER}])))`,
  'g',
);
/** What a possessive name alone is said of: "Gwendolyn's account", "Siobhan's husband". */
const OWNED_AFTER =
  /^\s+(?:phone|mobile|number|account|card|name|email|address|details|bill|order|parcel|booking|policy|contract|car|house|flat|birthday|husband|wife|partner|mum|mom|dad|son|daughter|brother|sister|boyfriend|girlfriend|landlord|boss|line|father|mother|grandmother|grandfather|grandson|granddaughter|aunt|uncle|cousin|carer|friend|colleague|neighbou?r)(?![A-Za-z])/;
/** A relative owned: "Adaeze's husband". */
const RELATIVE_OWNED_AFTER =
  /^\s+(?:husband|wife|partner|mum|mom|dad|son|daughter|brother|sister|boyfriend|girlfriend|father|mother|grandmother|grandfather|grandson|granddaughter|aunt|uncle|cousin|carer|fiancée?)(?![A-Za-z])/;
/** "she's", "he is", "she was", "her", "his": the owner called "she" or "he" in the rest of the sentence. */
const HE_OR_SHE_LATER = /^[^.!?\n]{0,40}?[\s,;]+(?:she|he)(?:['’]s|\s+(?:is|was|has|had))(?![A-Za-z])/;
function isPersonsOwn(text: string, hit: Hit): boolean {
  const after = text.slice(hit.end + 2, hit.end + 2 + 64);
  if (RELATIVE_OWNED_AFTER.test(after)) return true;
  return OWNED_AFTER.test(after) && HE_OR_SHE_LATER.test(after);
}
/** The particles of Irish surnames, between a first name and the surname ("Ní Bhriain", "Nic Giolla", "Uí Néill"). */
const IRISH_PARTICLES = new Set(['Ní', 'Nic', 'Uí', 'Mac']);
/**
 * The surname after a particle that follows a listed first name, or undefined: "dos Santos" (the particle in lower
 * case between two capitalised words: `second` is the surname), "Le Goff" (`second` the capitalised particle, `third`
 * the surname). The surname is no ordinary word, place or brand ("Sophie de Paris" stays).
 */
function particleBetween(text: string, first: Hit, second: Hit, third: Hit | undefined): Hit | undefined {
  const gap = second.start - first.end;
  if (gap > 1) {
    if (gap > 11 || second.kind >= KIND.Word || !PARTICLE_FIRST.has(text.charCodeAt(first.end + 1))) return undefined;
    return LOWER_PARTICLES.test(text.slice(first.end, second.start)) ? second : undefined;
  }
  if (
    !third ||
    second.possessive ||
    third.kind >= KIND.Word ||
    !CAPITAL_PARTICLES.has(text.slice(second.start, second.end)) ||
    !adjacent(text, first, second) ||
    !adjacent(text, second, third)
  )
    return undefined;
  return third;
}
/** The first letters of LOWER_PARTICLES: d, l, v, t, z. */
const PARTICLE_FIRST = new Set([100, 108, 118, 116, 122]);
const LOWER_PARTICLES = /^ (?:(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|ten|zu) ){1,2}$/;
const CAPITAL_PARTICLES = new Set([
  'De',
  'Da',
  'Do',
  'Dos',
  'Das',
  'Del',
  'Di',
  'Du',
  'La',
  'Le',
  'Van',
  'Von',
  'Der',
  'Den',
]);
/** A listed name that is no ordinary word, or a word of no list. */
const mayStartName = (kind: Kind): boolean => kind === KIND.Clean || kind === KIND.Unknown;
/**
 * After such a word in a slot that takes a person, a surname may be an ordinary word too ("the courier, Marenko Tiller
 * or something"; "Virgin Media" stays: "Media" is no name).
 */
const mayFollowName = (kind: Kind): boolean => kind < KIND.Word;
/**
 * "the engineer was Jürgen... Jürgen Oberhauser": the name just found said again with a surname (a word of no list or
 * a name) after a pause or a comma.
 */
function saidAgainInFull(text: string, spans: readonly PiiSpan[], first: Hit, second: Hit): boolean {
  const last = spans[spans.length - 1];
  if (!last || last.end >= first.start || first.start - last.end > 5 || second.kind >= KIND.Word) return false;
  if (
    last.end - last.start !== first.end - first.start ||
    !text.startsWith(text.slice(last.start, last.end), first.start)
  )
    return false;
  return AGAIN_GAP.test(text.slice(last.end, first.start));
}
const AGAIN_GAP = /^(?:\.{2,3}|…|,|\s-)?\s+$/;
/** Two-letter surnames (Chinese, Korean, Vietnamese) before a name found: "Li Wei Chen", "Wu Mei Lin". */
const SHORT_SURNAMES = new Set(['li', 'wu', 'xu', 'yu', 'hu', 'lu', 'ng', 'vo', 'ko', 'yi', 'ye', 'bo']);

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

/**
 * A name corrected to one spelt nearly alike: "not Reid, it's Reed", "no es Jiménez, es Giménez", "pas Dupont, Dupond",
 * "nicht Meier mit ei, sondern Mayer", "não é Souza com z, é Sousa". Both words are names or words of no list (not "not
 * May, it's Mar", "not Line, it's Lane"), at most two letters apart and fewer than half their length. Or to another
 * name, however spelt, or in lower case as voice transcripts write it ("not okafor it's okonkwo", "no es ibarra, es
 * urrutia"): then both are listed names that are no ordinary word ("not monday its sunday", "not paris its lyon" stay).
 */
const CORRECTION_WORD = /(?:not|n['’]t|no es|pas|nicht|não é) \p{L}/u;
const CORRECTED_NAME =
  /(?<![\p{L}])(?:not|isn['’]t|no es|pas|nicht|não é)\s+(\p{L}[\p{L}'’-]+)(?:\s+(?:with|con|avec|mit|com)\s+(?:an?\s+|una?\s+|ein\s+|um\s+)?\p{L}{1,3})?\s*,?\s+(?:(?:it['’]?s|it is|es|c['’]est|sondern|é|but)\s+)?(\p{L}[\p{L}'’-]+)(?![\p{L}])/dgu;
const STARTS_CAPITAL = /^\p{Lu}/u;
function correctedNames(text: string, spans: PiiSpan[], names: KnownNames | undefined): void {
  const spansBefore = spans.length;
  const matches = allMatches(CORRECTED_NAME, text);
  if (matches.length === 0) return;
  // Made at the first correction that passes (the spans as they are before this pass, as when made here).
  let overlaps: ((start: number, end: number) => boolean) | undefined;
  for (const m of matches) {
    const [a, b] = [m[1], m[2]];
    if (a.length < 3 || b.length < 3) continue;
    const [lowerA, lowerB] = [a.toLowerCase(), b.toLowerCase()];
    if (lowerA === lowerB) continue;
    if (!(isCleanName(a) && isCleanName(b))) {
      if (!STARTS_CAPITAL.test(a) || !STARTS_CAPITAL.test(b) || isWordNotName(a) || isWordNotName(b)) continue;
      const apart = editDistance(lowerA, lowerB);
      if (apart > 2 || apart * 2 >= Math.min(a.length, b.length)) continue;
    }
    overlaps ??= overlapTest(spans.slice(0, spansBefore));
    for (const [start, end] of [m.indices![1], m.indices![2]])
      if (!overlaps(start, end)) push(spans, text, start, end, names);
  }
}
/**
 * Whether [start, end) overlaps one of `spans` (as they are now): a binary search over the spans sorted by start, with
 * the furthest end so far (a flood of corrections must not test every span found for each).
 */
function overlapTest(spans: readonly PiiSpan[]): (start: number, end: number) => boolean {
  // They mostly come in text order already: sorted (a copy) only when they do not.
  let sorted = spans;
  for (let k = 1; k < spans.length; k++)
    if (spans[k].start < spans[k - 1].start) {
      sorted = [...spans].sort((a, b) => a.start - b.start);
      break;
    }
  const furthest = new Float64Array(sorted.length);
  for (let k = 0; k < sorted.length; k++) furthest[k] = Math.max(sorted[k].end, k > 0 ? furthest[k - 1] : 0);
  return (start, end) => {
    // The last span that starts before `end`.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthest[lo - 1] > start;
  };
}
/** Levenshtein distance of two short words, in two rows reused from call to call (grown for a longer word). */
let distanceRows = [new Int32Array(33), new Int32Array(33)];
function editDistance(a: string, b: string): number {
  if (distanceRows[0].length <= b.length) distanceRows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [row, next] = distanceRows;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j] + 1,
        next[j - 1] + 1,
        row[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
    [row, next] = [next, row];
  }
  return row[b.length];
}

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
function namesInEmails(text: string, hits: readonly Hit[], spans: PiiSpan[], names: KnownNames | undefined): void {
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

/**
 * "can you put the note under Okafor? Chidi Okafor": a word of a full name found here, said alone elsewhere in the
 * turn (before it or after), is the same person, when it is no ordinary word, place or brand (a word of no list or a
 * listed name that is none: not "Rose" of "Rose Okafor"). One pass over the capitalised words, in order.
 */
function partsSaidAlone(text: string, hits: readonly Hit[], spans: PiiSpan[], names: KnownNames | undefined): void {
  let parts: Set<string> | undefined;
  for (const span of spans) {
    const said = text.slice(span.start, span.end);
    if (!said.includes(' ')) continue;
    for (const word of said.split(' '))
      if (word.length >= 3 && mayBeLowerCaseName(word)) (parts ??= new Set()).add(word);
  }
  if (parts === undefined) return;
  const found = [...spans].sort((x, y) => x.start - y.start);
  let next = 0; // the first span found that ends after the current word
  for (const hit of hits) {
    while (next < found.length && found[next].end <= hit.start) next++;
    if (next < found.length && found[next].start < hit.end) continue; // inside a name found
    if (!parts.has(text.slice(hit.start, hit.end))) continue;
    // "meu nome é Gabriela Souza, comprei o plano Gabriela": the word as a product's name, as repeatedNames.ts reads it
    if (isProductNameSaidAgain(text, hit.start, hit.end)) continue;
    push(spans, text, hit.start, hit.end, names);
  }
}

/**
 * "it's Bex, Rebecca Thornton", "Liz, Elizabeth Mensah", "Tomasz, Tomasz Wójcik": the first name or its short form said
 * right before the full name and a comma (its family's short form, or the first name's first letters).
 */
function shortFormBefore(text: string, before: Hit, first: Hit): Hit | undefined {
  if (first.start - before.end !== 2 || text.charCodeAt(before.end) !== 0x2c || before.kind === KIND.Word)
    return undefined;
  const short = foldName(text.slice(before.start, before.end));
  const full = foldName(text.slice(first.start, first.end));
  if (short.length < 3) return undefined;
  // "it's Tomasz, Tomasz Wójcik": the first name said alone first is the same person.
  return full.startsWith(short) || nicknamesOf(full).includes(short) ? before : undefined;
}

/** An agent checking a spelling: "is that Marek or Mark?", "was it Steven with a v?". */
const CHOICE_BEFORE = /(?:^|[^A-Za-z])(?:is|was) (?:that|it)\s+$/i;
const OR_BETWEEN = /^\s+or\s+$/;
const QUESTION_AFTER = /^\s*\?/;
/** "Marek, with an e", "Ann with two n's": a name told apart by a letter. */
const WITH_LETTER = /^,?\s+with (?:an?|two|double|one) [A-Za-z](?:['’]?s)?(?![A-Za-z])/i;
/**
 * Whether `hits[i]` is a name whose spelling is asked or confirmed: the index of the other name offered ("is that Marek
 * or Mark?", one of the two a name that is no word), 0 for a name told apart by a letter, -1 otherwise.
 */
function spellingChoice(text: string, hits: readonly Hit[], i: number): number {
  const first = hits[i];
  const other = hits[i + 1];
  // Native tests first: most capitalised words have neither " or " nor " with " right after them.
  if (
    other &&
    text.startsWith(' or ', first.end) &&
    other.kind <= KIND.AmbiguousGiven &&
    (first.kind === KIND.Clean || other.kind === KIND.Clean) &&
    OR_BETWEEN.test(text.slice(first.end, other.start)) &&
    QUESTION_AFTER.test(text.slice(other.end, other.end + 4)) &&
    CHOICE_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))
  )
    return i + 1;
  if (
    first.kind !== KIND.Ambiguous &&
    (text.startsWith(' with ', first.end) || text.startsWith(', with ', first.end)) &&
    WITH_LETTER.test(text.slice(first.end, first.end + 24))
  )
    return 0;
  return -1;
}

/** "1 Canada Square", "40 Harcourt Street": a house number before the words makes them a street. */
function afterNumber(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 0x20 && c >= 0x30 && c <= 0x39;
}

const isApostrophe = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c === 0x27 || c === 0x2019;
};
/** A name's end, its possessive "'s" included (as the labels have it: "Helen Wu's office"). */
const endOf = (hit: Hit): number => (hit.possessive ? hit.end + 2 : hit.end);
const isShortSurname = (text: string, hit: Hit): boolean =>
  SHORT_SURNAMES.has(text.slice(hit.start, hit.end).toLowerCase());
/** "Fitzgerald-Nakamura": two names, neither an ordinary word, joined by a hyphen, are a surname alone. */
function isDoubleBarrelled(text: string, hit: Hit): boolean {
  // The hyphen looked for inside the name only, and first: `indexOf` from the name read on to the text's next hyphen,
  // all of a 200 KB turn without one for each of its thousands of names.
  let dash = hit.start;
  while (dash < hit.end && text.charCodeAt(dash) !== 0x2d) dash++;
  if (dash === hit.end || dash - hit.start < 3 || hit.end - dash - 1 < 3) return false;
  if (DOUBLE_BRANDS.has(foldName(text.slice(hit.start, hit.end)))) return false;
  return (
    partKind(foldName(text.slice(hit.start, dash))) === KIND.Clean &&
    partKind(foldName(text.slice(dash + 1, hit.end))) === KIND.Clean
  );
}

function adjacent(text: string, a: Hit, b: Hit): boolean {
  return b.start - a.end === 1 && text.charCodeAt(a.end) === 0x20;
}

/** `a`, `b`: the two words' kinds; `short`: the first word has two letters ("Li", "Bo"; "Ba" of rot13 text). */
function isPair(a: Kind, b: Kind, short: boolean): boolean {
  if (b === KIND.Word || b === KIND.Proper || a === KIND.Ambiguous) return false;
  if (a === KIND.Clean && !short) return true;
  // A given name that is a word, a word of no dictionary or a two-letter name, before a clean name.
  return b === KIND.Clean;
}
