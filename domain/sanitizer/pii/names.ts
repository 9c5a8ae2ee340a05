/**
 * Names Genesys already knows for the conversation (its participants), found wherever they occur in the
 * transcript: full name, first name or surname alone, possessives, spelled out letter by letter, and common
 * spelling variants (Catherine/Katherine, Sean/Seán, Jon/John, Ann/Anne). One pattern per transcript,
 * compiled once; every part of one person's name maps to one canonical key, so one person gets one pseudonym.
 */
import { allMatches } from './allMatches';
import { LETTER, UPPER } from './letters';
import * as nameParts from './nameParts';
import type { PartAtoms } from './nameParts';
import { nicknamesOf } from './nicknames';
import type { PiiSpan } from './types';
import { RecentCache } from '../recentCache';

/** Read once: under tsx every use of an imported binding is a getter call, and the matcher runs at every word start. */
const {
  ACCENTED,
  exactAtoms,
  beginnings: partBeginnings,
  firstCharacters,
  lowerCaseOf,
  matchAtoms,
  matched,
  renderAtoms,
  variantAtoms,
} = nameParts;

export interface NameParticipant {
  role: 'customer' | 'agent' | 'external';
  name: string;
}

export interface KnownNames {
  /** Per participant (group i + 1 is participant keys[i]), the atoms of each name part, in order. */
  people: PartAtoms[][];
  /** Where a name part can start: a word start with one of the characters a part can start with. */
  starts: LazyPattern;
  /** The parts, their spelled-out forms ("J-O-R-D-A-N") and runs of parts: only for texts that spell letters. */
  full: LazyPattern;
  /** Canonical key per capture group (group i + 1 is participant keys[i]). */
  keys: string[];
  /** Folded name parts that stay (the agent's first name under the keep policy). */
  kept: ReadonlySet<string>;
  /** Whether any part is an everyday word ("Will", "Grace"), which needs the capitalization check. */
  everydayParts: boolean;
  /**
   * Per participant with a particle in the name ("María José de la Cruz", "Gráinne Ní Bhriain"), the folded first
   * name and its short forms: a particle starts a name only before the surname it belongs to; undefined for the others.
   */
  firstNames: (ReadonlySet<string> | undefined)[];
  /**
   * The parts that can begin with a lower-case character, in the order the part matcher tries them (participants and
   * parts in order): only these are tried at a word start beginning with it; `otherParts` when none is listed.
   */
  partsByFirst: ReadonlyMap<string, readonly PartRef[]>;
  /** The parts that need no particular first character (white space may start them), in order. */
  otherParts: readonly PartRef[];
}

/** One participant's name part: group i + 1 is participant keys[i]. */
interface PartRef {
  group: number;
  atoms: PartAtoms;
}

/**
 * A regular expression compiled when first needed: compiling one with every spelling variant costs more than
 * redacting a whole transcript, so a transcript whose texts never spell a letter out never compiles it.
 */
class LazyPattern {
  private compiled: RegExp | undefined;
  constructor(
    private readonly source: () => string,
    private readonly flags = 'gi',
  ) {}
  get pattern(): RegExp {
    return (this.compiled ??= new RegExp(this.source(), this.flags));
  }
}

/** A name part has a letter ("---" or "..." in a participant's name is no name). */
const HAS_LETTER = /\p{L}/u;

/** Placeholder "names" Genesys gives unnamed participants, and titles: never a person's name. */
const NOT_NAMES = new Set(
  'web visitor customer guest unknown anonymous caller user agent care support team service bot queue mr mrs ms miss dr sir madam'.split(
    ' ',
  ),
);
/** Names that are also everyday words: they count only capitalized and not at the start of a sentence. */
const EVERYDAY_WORDS = new Set(
  `will grace hope may mark bill rose april june summer guy dean jack frank faith joy pat art rich sandy wade hunter miles chase
  grant young king brown green white black long hill wood stone carter cook baker price bell hall ward marsh lane street sky storm
  ray max dawn eve iris ruby pearl amber crystal daisy holly ivy lily violet autumn penny sunny major mason cash fox moon law best
  love little short strong bird field fields banks bush ford west north south english french more case mercy noble park parks pool
  rivers swift waters wise day knight sharp gold silver cross bond bishop dale glen house hunt kind lord lucky hardy golden read reed
  good hart key keys lake land low man mills mill page jewel sage river cliff drew sterling christian august rob
  chuck dot don sue kit nick pam mel mandy doug hank ted ned bert walt hal barb babs penny nat liv cat kat kay max vince`.split(
    /\s+/,
  ),
);

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
/**
 * Letters with a stroke or without a dot that Unicode gives no decomposition, as their base letter: "Michał",
 * "Yılmaz", "Søren", "Đorđe" are written "Michal", "Yilmaz", "Soren", "Dorde" too. One letter for one, so a fold
 * keeps the word's length; "ß", "æ", "œ", "þ" (two letters each) stay as they are: the participant matcher
 * (nameParts.ts) reads a folded part letter by letter against the text.
 */
const UNDECOMPOSED = /[łıøđð]/;
const EVERY_UNDECOMPOSED = /[łıøđð]/g;
const BASE_LETTER: Readonly<Record<string, string>> = { ł: 'l', ı: 'i', ø: 'o', đ: 'd', ð: 'd' };
const baseLetter = (c: string): string => BASE_LETTER[c];
/**
 * Lower case without diacritics ("Seán" -> "sean", "Paweł" -> "pawel"), the form names are compared in. ASCII has
 * nothing to decompose or strip, and most words checked are ASCII: they skip the normalization. A test before the
 * replacement: a replacement with a callback, run on every accented word, made the fold of the eval sets' accented
 * words 40% slower; the test alone costs nothing measurable.
 */
export function foldName(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return UNDECOMPOSED.test(folded) ? folded.replace(EVERY_UNDECOMPOSED, baseLetter) : folded;
}

/**
 * The particles of a surname ("de la Cruz", "van der Berg", "dos Santos", "Ní Bhriain", "Mac Cárthaigh", "bin Said"):
 * a word of the name that is no name alone ("de acuerdo", "la factura", "a Mac"), redacted only inside a run of the
 * participant's name parts and before the part that follows it, never alone or before the first name.
 */
const NAME_PARTICLES = new Set(
  'de da do dos das del della la las le les lo di du van von der den ten ter ni nic mac mc ui o bin ibn al el'.split(
    ' ',
  ),
);
const isParticle = (word: string): boolean => NAME_PARTICLES.has(foldName(word));
/** The one-letter particle of Irish surnames ("Ó Briain", "Ó Súilleabháin"): the only part of one letter kept. */
const IRISH_O = /^[ÓóÒ]$/;

const letter = (c: string): string => (ACCENTED[c] ? `[${ACCENTED[c]}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** "J-O-R-D-A-N", "J O R D A N", "J.O.R.D.A.N." */
const spelledOut = (part: string): string =>
  [...foldName(part).replace(/[^a-z]/g, '')].map(letter).join('[-.\\s]{1,3}');

export interface NamePolicy {
  /** Agents say their first name in every call; a profile may keep it. */
  keepAgentFirstName?: boolean;
}

/**
 * Recently compiled name sets, by participants and policy: a conversation is sanitized again at every routing,
 * and building the pattern costs more than scanning a whole transcript with it.
 */
const RECENT = new RecentCache<string, KnownNames | undefined>(256);

export function compileKnownNames(
  participants: readonly NameParticipant[],
  policy: NamePolicy = {},
): KnownNames | undefined {
  if (participants.length === 0) return undefined;
  // Length-prefixed fields: as unambiguous as JSON, without serializing an array per call.
  let key = policy.keepAgentFirstName === true ? 'k' : '-';
  for (const p of participants) key += `${p.role.length}:${p.role}${p.name.length}:${p.name}`;
  return RECENT.remember(key, () => compile(participants, policy));
}

/**
 * A folded name part's atoms and beginnings. Both depend on the part alone, and parts recur across conversations
 * far more than sets of participants do (the agents' names, common first names and surnames): each is built once.
 */
interface PartForms {
  atoms: PartAtoms;
  beginnings: string[] | undefined;
}
const PART_FORMS = new RecentCache<string, PartForms>(4096);
function formsOf(folded: string): PartForms {
  return PART_FORMS.remember(folded, () => {
    const atoms = folded.length > 2 ? variantAtoms(folded) : exactAtoms(folded);
    return { atoms, beginnings: partBeginnings(atoms) };
  });
}

function compile(participants: readonly NameParticipant[], policy: NamePolicy): KnownNames | undefined {
  const people: PartAtoms[][] = [];
  /** Per participant, the folded parts that are redacted, and which have three characters or more. */
  const foldedParts: string[][] = [];
  const longParts: boolean[][] = [];
  const keys: string[] = [];
  const kept = new Set<string>();
  let begin: string[] | undefined = [];
  let everydayParts = false;
  const firstNames: (ReadonlySet<string> | undefined)[] = [];
  for (const participant of participants) {
    const parts = participant.name
      .split(/[\s,]+/)
      .filter(
        (p) =>
          (p.length >= 2 || IRISH_O.test(p)) && HAS_LETTER.test(p) && !NOT_NAMES.has(foldName(p).replace(/\.$/, '')),
      );
    if (parts.length === 0) continue;
    const redacted = parts.filter((p, i) => {
      const keep = i === 0 && participant.role === 'agent' && policy.keepAgentFirstName;
      if (keep) kept.add(foldName(p));
      return !keep;
    });
    if (redacted.length === 0) continue;
    // The first name's short and long forms ("Bill" for William, "Kate" for Katherine) are that person too.
    const nicknames = nicknamesOf(foldName(parts[0]));
    if (kept.has(foldName(parts[0]))) for (const nickname of nicknames) kept.add(nickname);
    const folded = redacted.map(foldName);
    if (redacted[0] === parts[0]) folded.push(...nicknames.filter((n) => !folded.includes(n)));
    everydayParts ||= folded.some((p) => EVERYDAY_WORDS.has(p));
    const long = folded.map((p) => p.length > 2);
    const forms = folded.map(formsOf);
    const atoms = forms.map((f) => f.atoms);
    for (const { beginnings } of forms) begin = begin && beginnings ? begin.concat(beginnings) : undefined;
    people.push(atoms);
    firstNames.push(parts.some(isParticle) ? new Set([foldName(parts[0]), ...nicknames]) : undefined);
    foldedParts.push(folded);
    longParts.push(long);
    keys.push(`${participant.role}:${foldName(parts.join(' '))}`);
  }
  if (people.length === 0) return undefined;
  const full = new LazyPattern(() => {
    const groups = people.map((atoms, g) => {
      const alternatives = atoms.flatMap((part, i) =>
        longParts[g][i] ? [renderAtoms(part), spelledOut(foldedParts[g][i])] : [renderAtoms(part)],
      );
      const part = `(?:${alternatives.join('|')})`;
      return `(${part}(?:[\\s-]+${part})*)`;
    });
    return `(?<![${LETTER}\\d])(?:${groups.join('|')})(?:['’]s\\b|s['’](?![${LETTER}])|['’](?![${LETTER}]))?(?![${LETTER}\\d])`;
  });
  // Two character classes of both cases per beginning: cheap to compile, where the `i` flag would fold ranges. The
  // look-behind stays in front: a part that can match one character ("Ah'" is "A") begins with one class, and a
  // look-behind after the classes would read the character before the wrong one.
  const starts = new LazyPattern(
    () => `(?<![${LETTER}\\d])${begin ? `(?:${[...new Set(begin)].join('|')})` : '[^]'}`,
    'g',
  );
  const [partsByFirst, otherParts] = partsByFirstCharacter(people);
  return { people, starts, full, keys, kept, everydayParts, firstNames, partsByFirst, otherParts };
}

/**
 * Per lower-case character, the parts (in the part matcher's order) whose match can begin with it; and the parts whose
 * first character is no short list, tried at every start. A word start is then tried with the parts that can match
 * there, not with every part of every participant.
 */
function partsByFirstCharacter(people: readonly PartAtoms[][]): [Map<string, PartRef[]>, PartRef[]] {
  const parts: { ref: PartRef; firsts: string | undefined }[] = [];
  people.forEach((atoms, g) => {
    for (const part of atoms) parts.push({ ref: { group: g + 1, atoms: part }, firsts: firstCharacters(part) });
  });
  const byFirst = new Map<string, PartRef[]>();
  // By UTF-16 unit, as the matcher reads the text (a set may hold a surrogate pair).
  for (const { firsts } of parts)
    for (let k = 0; k < (firsts?.length ?? 0); k++) {
      const c = firsts![k];
      if (!byFirst.has(c))
        byFirst.set(
          c,
          parts.filter((p) => p.firsts === undefined || p.firsts.includes(c)).map((p) => p.ref),
        );
    }
  return [byFirst, parts.filter((p) => p.firsts === undefined).map((p) => p.ref)];
}

/**
 * Where a spelled-out name could start: two single letters in a row ("J-O-...", "O B"). Without one, the
 * spelled-out alternatives cannot match, and the part matcher finds what the full pattern would.
 */
const SPELLED_LETTERS = new RegExp(`(?<![${LETTER}\\d])[${LETTER}][-.\\s]{1,3}[${LETTER}](?![${LETTER}])`);

const CAPITALIZED = new RegExp(`^[${UPPER}]`);
const SENTENCE_START = /(?:^|[.!?:]\s*|\n\s*)$/;

export function detectKnownNames(text: string, names: KnownNames | undefined): PiiSpan[] {
  if (!names) return [];
  const spans: PiiSpan[] = [];
  let run: NameRun | undefined;
  for (const m of SPELLED_LETTERS.test(text) ? fullMatches(text, names) : partMatches(text, names)) {
    // "Jordan Miller", "Jordan-Miller": parts of one person's name in a row are one span.
    if (run && run.group === m.group && run.end === run.partEnd && JOINED.test(text.slice(run.end, m.start))) {
      run.partEnd = m.partEnd;
      run.end = m.end;
      continue;
    }
    if (run) addPerson(text, run, names, spans);
    run = m;
  }
  if (run) addPerson(text, run, names, spans);
  return spans;
}

function addPerson(text: string, run: NameRun, names: KnownNames, spans: PiiSpan[]): void {
  const firstNames = names.firstNames[run.group - 1];
  if (firstNames && !particlesBelong(text, run, firstNames)) return;
  if (isEverydayWord(text, run, names)) return;
  spans.push({ type: 'PERSON', start: run.start, end: run.end, canonical: names.keys[run.group - 1] });
}

/**
 * A run of a name with particles, its particles kept only before the surname they belong to: "señora de la Cruz"
 * stays whole, "a nombre de María José" loses its "de", "De acuerdo" and "la" alone are no name (false: drop the run).
 * Trailing particles go too ("María José de"). Adjusts the run in place.
 */
function particlesBelong(text: string, run: NameRun, firstNames: ReadonlySet<string>): boolean {
  const words = [...text.slice(run.start, run.partEnd).matchAll(/[^\s-]+/g)];
  let first = 0;
  while (first < words.length && isParticle(words[first][0])) first++;
  let last = words.length - 1;
  while (last >= first && isParticle(words[last][0])) last--;
  if (first > last) return false;
  if (last < words.length - 1) {
    run.partEnd = run.start + words[last].index + words[last][0].length;
    run.end = run.partEnd;
  }
  if (first > 0 && firstNames.has(foldName(words[first][0]))) run.start += words[first].index;
  return true;
}

function fullMatches(text: string, names: KnownNames): NameRun[] {
  return allMatches(names.full.pattern, text).map((m) => {
    let group = 1;
    while (m[group] === undefined) group++;
    return { group, start: m.index, partEnd: m.index + m[group].length, end: m.index + m[0].length };
  });
}

/** Every name part in `text`, found at the candidate word starts by the part matcher, in text order. */
function partMatches(text: string, names: KnownNames): NameRun[] {
  const found: NameRun[] = [];
  const starts = names.starts.pattern;
  let lower: string | undefined;
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m !== null; m = starts.exec(text)) {
    lower ??= lowerCaseOf(text);
    const match = partAt(text, lower, m.index, names);
    if (match && match.end > match.start) {
      found.push(match);
      starts.lastIndex = match.end;
    }
  }
  starts.lastIndex = 0;
  return found;
}

/**
 * The first participant part matching at `start` (participants and parts in order), as the full pattern would try:
 * of the parts, those that can begin with the character there.
 */
function partAt(text: string, lower: string, start: number, names: KnownNames): NameRun | undefined {
  const parts = names.partsByFirst.get(lower[start]) ?? names.otherParts;
  for (let k = 0; k < parts.length; k++) {
    const end = matchAtoms(text, lower, start, parts[k].atoms, possessiveEnd);
    if (end !== -1) return { group: parts[k].group, start, partEnd: matched.partEnd, end };
  }
  return undefined;
}

const LETTER_OR_DIGIT = new RegExp(`[${LETTER}\\d]`);
const WORD_CHAR = /\w/;
const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && LETTER_OR_DIGIT.test(ch);
const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’';
const isS = (ch: string | undefined): boolean => ch === 's' || ch === 'S';

/** "Whitfield's the surname", "Tom's not in": the "'s" of "is" or "has", not a possessive, is no part of the name. */
const IS_AFTER =
  /^ (?:the|a|an|not|spelled|spelt|with|on|in|at|correct|right|wrong|fine|here|there|gone|been|got|just|still|also|now|going|coming|calling|away|out|off|back|busy|available)(?![\p{L}])/u;
/**
 * Where a name part ending at `end` ends with its possessive ("Jordan's", "Miller's", "Jones'"), when the word
 * ends there; -1 when a letter or a digit follows. The alternatives of the full pattern, in its order.
 */
function possessiveEnd(text: string, end: number): number {
  if (isApostrophe(text[end]) && isS(text[end + 1])) {
    const after = text[end + 2];
    if ((after === undefined || !WORD_CHAR.test(after)) && !isLetterOrDigit(after))
      return after === ' ' && IS_AFTER.test(text.slice(end + 2, end + 16)) ? end : end + 2;
  }
  if (isS(text[end]) && isApostrophe(text[end + 1]) && !isLetterOrDigit(text[end + 2])) return end + 2;
  if (isApostrophe(text[end]) && !isLetterOrDigit(text[end + 1])) return end + 1;
  return isLetterOrDigit(text[end]) ? -1 : end;
}

interface NameRun {
  group: number;
  start: number;
  /** The end of the last part, before a possessive. */
  partEnd: number;
  end: number;
}
const JOINED = /^[\s-]+$/;

/** "Will", "Grace", "Hope" stay as words: lower case, or capitalized at the start of a sentence (unless addressed: "Grace, ..."). */
function isEverydayWord(text: string, run: NameRun, names: KnownNames): boolean {
  if (!names.everydayParts) return false;
  if (
    !text
      .slice(run.start, run.partEnd)
      .split(/[\s-]+/)
      .every((w) => EVERYDAY_WORDS.has(foldName(w)))
  )
    return false;
  const capitalized = CAPITALIZED.test(text.slice(run.start, run.end));
  // "thank you mr park": a title before it makes a lower-case word a name.
  if (!capitalized) return !TITLE_BEFORE.test(text.slice(Math.max(0, run.start - 9), run.start));
  // "Grace, could you confirm ...": a capitalized name addressed with a comma is the person, even first in a sentence.
  if (VOCATIVE_AFTER.test(text.slice(run.end, run.end + 2))) return false;
  // "Bill from the second line team will ...", "Mark here": a colleague introduced, even first in a sentence.
  if (INTRODUCED_AFTER.test(text.slice(run.end, run.end + 60))) return false;
  return SENTENCE_START.test(text.slice(Math.max(0, run.start - 3), run.start));
}
const VOCATIVE_AFTER = /^,\s/;
const TITLE_BEFORE = /(?:^|[^a-z])(?:mr|mrs|ms|miss|mister|dr)\.?\s+$/i;
const INTRODUCED_AFTER =
  /^\s+(?:here|speaking|from\s+(?:the\s+|our\s+)?(?:[\p{L}-]+\s+){0,3}?(?:team|department|dept|desk|office|support|billing|accounts|sales|store|branch|services?))(?![\p{L}])/u;
