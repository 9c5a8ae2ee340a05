/**
 * Names Genesys already knows for the conversation (its participants), found wherever they occur in the
 * transcript: full name, first name or surname alone, possessives, spelled out letter by letter, and common
 * spelling variants (Catherine/Katherine, Sean/Seán, Jon/John, Ann/Anne). One pattern per transcript,
 * compiled once; every part of one person's name maps to one canonical key, so one person gets one pseudonym.
 */
import { allMatches } from './allMatches';
import { LETTER, UPPER } from './letters';
import type { PiiSpan } from './types';

export interface NameParticipant {
  role: 'customer' | 'agent' | 'external';
  name: string;
}

export interface KnownNames {
  /**
   * One alternative group per participant (group i + 1 is participant keys[i]), each alternative one name part,
   * spelled-out forms left out: a small pattern, compiled on first use. Parts next to each other become one span.
   */
  parts: LazyPattern;
  /** The parts, their spelled-out forms ("J-O-R-D-A-N") and runs of parts: only for texts that spell letters. */
  full: LazyPattern;
  /** Canonical key per capture group (group i + 1 is participant keys[i]). */
  keys: string[];
  /** Folded name parts that stay (the agent's first name under the keep policy). */
  kept: ReadonlySet<string>;
  /** Whether any part is an everyday word ("Will", "Grace"), which needs the capitalization check. */
  everydayParts: boolean;
}

/**
 * A regular expression compiled when first needed. Compiling costs more than scanning a whole transcript with
 * it (irregexp builds the automaton of every spelling variant), so a transcript whose texts never spell a
 * letter out never compiles the large pattern.
 */
class LazyPattern {
  private compiled: RegExp | undefined;
  constructor(private readonly source: string) {}
  get pattern(): RegExp {
    return (this.compiled ??= new RegExp(this.source, 'gi'));
  }
}

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
  good hart key keys lake land low man mills mill page jewel sage river cliff drew sterling christian august`.split(
    /\s+/,
  ),
);

/** Lower case without diacritics ("Seán" -> "sean"), the form names are compared in. */
export const foldName = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const ACCENTED: Record<string, string> = {
  a: 'aàáâãäå',
  e: 'eèéêë',
  i: 'iìíîï',
  o: 'oòóôõöø',
  u: 'uùúûü',
  n: 'nñ',
  c: 'cç',
  y: 'yÿý',
};
const letter = (c: string): string => (ACCENTED[c] ? `[${ACCENTED[c]}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const VOWELS = 'aeiouy';

/** The pattern for the letters of folded name `t` at `i`, and how many letters it covers. */
function variantAt(t: string, i: number): [string, number] {
  const c = t[i];
  const next = t[i + 1] ?? '';
  const last = i === t.length - 1;
  if (c === 'p' && next === 'h') return ['(?:ph|ff?|v)', 2];
  if (c === 'f') return ['(?:ph|ff?)', next === 'f' ? 2 : 1];
  if (c === 'v') return ['(?:v|ph)', 1];
  if (c === 'c' && next === 'k') return ['(?:ck|k|c)', 2];
  if ((c === 'c' && !'eiy'.includes(next)) || c === 'k') return ['(?:c|k|ck)', 1];
  if (c === 't' && next === 'h') return ['th?', 2];
  if (c === 'h' && i > 0 && VOWELS.includes(t[i - 1]) && (last || !VOWELS.includes(next))) return ['h?', 1];
  if (last && c === 'y') return ['(?:y|ie|i|ey)', 1];
  if (i === t.length - 2 && ((c === 'i' && next === 'e') || (c === 'e' && next === 'y'))) return ['(?:y|ie|i|ey)', 2];
  if (last && c === 'e' && i > 2) return ['e?', 1];
  if (c === "'" || c === '’') return ["['’]?", 1];
  if (c === '-') return ['[-\\s]?', 1];
  if (next === c || 'lnrtmsp'.includes(c)) return [`${letter(c)}{1,2}`, next === c ? 2 : 1];
  if (i > 0 && 'aeiou'.includes(c) && (last || (!VOWELS.includes(next) && next !== 'h'))) return [`${letter(c)}h?`, 1]; // Jon/John, Sara/Sarah
  return [letter(c), 1];
}

/** A regular expression source that matches `part` and its common spelling variants, case-insensitively. */
export function spellingVariants(part: string): string {
  const t = foldName(part);
  let out = '';
  for (let i = 0; i < t.length;) {
    const [pattern, covered] = variantAt(t, i);
    out += pattern;
    i += covered;
  }
  return out;
}

/** "J-O-R-D-A-N", "J O R D A N", "J.O.R.D.A.N." */
const spelledOut = (part: string): string =>
  [...foldName(part).replace(/[^a-z]/g, '')].map(letter).join('[-.\\s]{1,3}');

export interface NamePolicy {
  /** Agents say their first name in every call; a profile may keep it. */
  keepAgentFirstName?: boolean;
}

/**
 * Recently compiled name sets, by participants and policy: a conversation is sanitized again at every routing,
 * and building the pattern costs more than scanning a whole transcript with it. Bounded, least recently used out.
 */
const RECENT = new Map<string, KnownNames | undefined>();
const RECENT_LIMIT = 256;

export function compileKnownNames(
  participants: readonly NameParticipant[],
  policy: NamePolicy = {},
): KnownNames | undefined {
  if (participants.length === 0) return undefined;
  const key = JSON.stringify([policy.keepAgentFirstName === true, participants.map((p) => [p.role, p.name])]);
  if (RECENT.has(key)) {
    const known = RECENT.get(key);
    RECENT.delete(key); // re-inserted last: the most recently used
    RECENT.set(key, known);
    return known;
  }
  const known = compile(participants, policy);
  RECENT.set(key, known);
  if (RECENT.size > RECENT_LIMIT) RECENT.delete(RECENT.keys().next().value as string);
  return known;
}

function compile(participants: readonly NameParticipant[], policy: NamePolicy): KnownNames | undefined {
  const groups: string[] = [];
  const partGroups: string[] = [];
  const keys: string[] = [];
  const kept = new Set<string>();
  let everydayParts = false;
  for (const participant of participants) {
    const parts = participant.name
      .split(/[\s,]+/)
      .filter((p) => p.length >= 2 && !NOT_NAMES.has(foldName(p).replace(/\.$/, '')));
    if (parts.length === 0) continue;
    const redacted = parts.filter((p, i) => {
      const keep = i === 0 && participant.role === 'agent' && policy.keepAgentFirstName;
      if (keep) kept.add(foldName(p));
      return !keep;
    });
    if (redacted.length === 0) continue;
    everydayParts ||= redacted.some((p) => EVERYDAY_WORDS.has(foldName(p)));
    const alternatives = redacted.flatMap((p) =>
      p.length > 2 ? [spellingVariants(p), spelledOut(p)] : [letter(foldName(p))],
    );
    const part = `(?:${alternatives.join('|')})`;
    groups.push(`(${part}(?:[\\s-]+${part})*)`);
    partGroups.push(`(${redacted.map((p) => (p.length > 2 ? spellingVariants(p) : letter(foldName(p)))).join('|')})`);
    keys.push(`${participant.role}:${foldName(parts.join(' '))}`);
  }
  if (groups.length === 0) return undefined;
  const around = (alternatives: string[]): string =>
    `(?<![${LETTER}\\d])(?:${alternatives.join('|')})${POSSESSIVE}(?![${LETTER}\\d])`;
  return {
    parts: new LazyPattern(around(partGroups)),
    full: new LazyPattern(around(groups)),
    keys,
    kept,
    everydayParts,
  };
}

const POSSESSIVE = `(?:['’]s\\b|s['’](?![${LETTER}])|['’](?![${LETTER}]))?`;
/**
 * Where a spelled-out name could start: two single letters in a row ("J-O-...", "O B"). Without one, the
 * spelled-out alternatives cannot match, and the small pattern finds what the full one would.
 */
const SPELLED_LETTERS = new RegExp(`(?<![${LETTER}\\d])[${LETTER}][-.\\s]{1,3}[${LETTER}](?![${LETTER}])`);

const CAPITALIZED = new RegExp(`^[${UPPER}]`);
const SENTENCE_START = /(?:^|[.!?:]\s*|\n\s*)$/;

export function detectKnownNames(text: string, names: KnownNames | undefined): PiiSpan[] {
  if (!names) return [];
  const spans: PiiSpan[] = [];
  const spelled = SPELLED_LETTERS.test(text);
  let run: NameRun | undefined;
  const flush = (): void => {
    if (run && !isEverydayWord(text, run, names)) {
      spans.push({ type: 'PERSON', start: run.start, end: run.end, canonical: names.keys[run.group - 1] });
    }
    run = undefined;
  };
  for (const m of allMatches((spelled ? names.full : names.parts).pattern, text)) {
    let group = 1;
    while (m[group] === undefined) group++;
    const partEnd = m.index + m[group].length;
    const end = m.index + m[0].length;
    // "Jordan Miller", "Jordan-Miller": parts of one person's name in a row are one span.
    if (run && run.group === group && run.end === run.partEnd && JOINED.test(text.slice(run.end, m.index))) {
      run.partEnd = partEnd;
      run.end = end;
      continue;
    }
    flush();
    run = { group, start: m.index, partEnd, end };
  }
  flush();
  return spans;
}

interface NameRun {
  group: number;
  start: number;
  /** The end of the last part, before a possessive. */
  partEnd: number;
  end: number;
}
const JOINED = /^[\s-]+$/;

/** "Will", "Grace", "Hope" stay as words: lower case, or capitalized at the start of a sentence. */
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
  return !capitalized || SENTENCE_START.test(text.slice(Math.max(0, run.start - 3), run.start));
}
