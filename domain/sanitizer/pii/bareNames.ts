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
import { detached } from '../detached';
import { anyFirstCase } from './cuedNameShapes';
import { isLetterCode, LETTER, LOWER, UPPER } from './letters';
import { LEXICON } from './nameLexicon';
import { foldName, type KnownNames } from './names';
import { nicknamesOf } from './nicknames';
import { DOUBLE_BRANDS, isProductName, isProductNameSaidAgain, PERSON_BRANDS } from './productNames';
import { allMatches } from './allMatches';
import type { PiiSpan } from './types';

const enum Kind {
  /** No word of the lexicon (and no ordinary word): "Nwosu". */
  Unknown = 0,
  /** A name that is no ordinary English word: "Siddiqui", "Gwendolyn". */
  Clean = 1,
  /** A surname or other name that is an ordinary word too: "Park", "Brown", "Bye". */
  Ambiguous = 2,
  /** A given name that is an ordinary word too: "Will", "Grace", "Mark". */
  AmbiguousGiven = 3,
  /** An ordinary word, or a name listed in STOP. */
  Word = 4,
  /** A proper noun of the dictionary in no list of names: mostly places and brands, some names ("Lakshmi"). */
  Proper = 5,
}

/**
 * Names that are also places, brands, months, days, products, titles, or words that start a sentence ("Santa",
 * "Saint", "Agent"): taken for ordinary words, never part of a name found here ("Michael Jordan" is left to a cue).
 */
const STOP = `january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday christmas easter paris london york jersey hong kong virginia georgia
  carolina dakota jordan israel india china japan kenya asia africa america american europe austin dallas houston
  phoenix denver chelsea brooklyn lincoln washington kent victoria madison santa san sierra camden chester sydney
  orlando memphis nashville charlotte florence savannah aurora tesla mercedes dell ford lexus porsche wendy apple
  amazon ally chase capital wells morgan barclays lloyds santander halifax nationwide virgin sky alexa siri cortana
  google verizon sprint vodafone orange target walmart costco kroger tesco sainsbury boots argos currys dixons
  marks spencer harrods macy sears nordstrom kohl best buy home depot lowe staples fedex ups dhl royal hermes yodel
  evri paypal venmo zelle visa amex discover mastercard maestro monzo revolut starling natwest hsbc rbs
  barclaycard citi citibank chevy chevrolet toyota honda nissan hyundai kia mazda subaru volvo audi jaguar land rover
  mini fiat peugeot renault skoda seat vauxhall opel jeep dodge ram buick cadillac acura infiniti genesis
  netflix hulu disney spotify xbox playstation nintendo samsung sony microsoft windows outlook teams office excel word
  iphone ipad android galaxy pixel kindle echo ring nest roku sonos bose dyson hoover miele bosch siemens philips
  lg panasonic sharp toshiba canon nikon adobe oracle salesforce zoom slack skype whatsapp facebook instagram twitter
  tiktok youtube linkedin uber lyft airbnb expedia booking hilton marriott hyatt sheraton holiday inn premier travelodge
  delta united southwest jetblue alaska spirit frontier ryanair easyjet emirates qatar lufthansa iberia klm british
  airways norwegian wizz jet2 tui saga aviva axa allianz zurich geico progressive liberty mutual farmers hartford
  humana aetna cigna kaiser anthem bupa vitality prudential metlife ameriquest comcast xfinity spectrum cox centurylink
  optimum att tmobile mint boost cricket tracfone bt ee o2 three giffgaff lebara lyca smarty talktalk
  plusnet shell bp esso exxon mobil chevron texaco octopus ovo eon edf npower bulb scottish southern
  gas severn trent thames anglian yorkshire northumbrian welsh dwr cymru utilities saint st mount lake river
  fort port glen north south east west new old great little upper lower central grand king queen prince princess
  lord lady sir dame holy bishop father mother sister brother pastor rev reverend dr mr mrs ms miss mister
  agent caller customer client advisor adviser manager supervisor engineer technician officer sergeant captain major
  general colonel judge doctor nurse professor coach uncle aunt grandma grandpa nan nana papa mama mum mom dad baby
  honey darling sweetie love dear buddy mate guy dude madam ma'am hey hello hi thanks cheers ok okay yes yeah no
  nope sure right well oh ah um uh er hmm wow merci gracias danke obrigado obrigada hola bonjour hallo ciao salut adios adeus tschuss god gott jesus christ allah buddha bye goodbye regards canada
  herr frau señor senor señora senora senhor senhora dona don monsieur madame mme mlle sra srta sr signor signora
  street road avenue lane drive close court place square park hill row walk grove mews terrace crescent gardens
  boulevard way parade green gate view rise vale wharf quay yard circus esplanade parkway highway plaza der das die
  den dem des el la los las le les un une de du da do dos
  nachname vorname familienname geburtsname apellido apellidos nombre prénom sobrenome apelido kundennummer
  aston monte costa colorado cambridge oxford abu dhabi rica hills springs heights falls woods fields lakes meadows
  sands downs rocks cliffs glades pines oaks forest woodlands marsh moor fen dale german french english irish
  canadian australian italian spanish dutch swiss polish russian chinese japanese indian
  african mexican brazilian portuguese greek turkish korean angeles rico mesa negro verde berlin vienna dublin rome
  madrid lisbon moscow prague warsaw athens cairo boston chicago seattle atlanta miami detroit toronto vancouver
  montreal melbourne perth brisbane auckland glasgow edinburgh cardiff belfast leeds bristol manchester liverpool
  birmingham sheffield nottingham leicester coventry bradford hull derby`
  .split(/\s+/)
  .filter(Boolean);

const STOPPED = new Set(STOP);

/**
 * The kind digit of `word` in LEXICON (sorted words, each followed by its kind's digit: the generator sorts with
 * JavaScript's own order), 0 when it is not there: a binary search over the string itself, so the lexicon costs no
 * array or map of 110,000 strings and nothing to build. `lo` and `hi` stay on entry starts.
 */
function listedKind(word: string): number {
  const list = LEXICON;
  let lo = 0;
  let hi = list.length + 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : list.lastIndexOf(' ', mid - 1) + 1;
    let end = list.indexOf(' ', start);
    if (end < 0) end = list.length;
    const order = compare(list, start, end - 1, word);
    if (order === 0) return list.charCodeAt(end - 1) - 0x30;
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return 0;
}
/** The order of `list.slice(start, end)` against `word`, without the slice. */
function compare(list: string, start: number, end: number, word: string): number {
  const length = end - start;
  const shorter = Math.min(length, word.length);
  for (let k = 0; k < shorter; k++) {
    const d = list.charCodeAt(start + k) - word.charCodeAt(k);
    if (d !== 0) return d;
  }
  return length - word.length;
}
/** The kind of one folded word (no hyphen) by the lexicon alone: undefined when it is not there. */
function lookUp(folded: string): Kind | undefined {
  if (STOPPED.has(folded)) return Kind.Word;
  const kind = listedKind(folded) as Kind;
  if (kind === 0) return undefined;
  if (folded.length < 3 && (kind === Kind.AmbiguousGiven || kind === Kind.Ambiguous)) return Kind.Word;
  return kind;
}

/**
 * Kinds of capitalised words as written, once looked up: a lookup is a binary search (and up to seven more for a word
 * of no list, its stems), and the same words come back turn after turn ("The", "Thanks", a caller's name). Like the
 * token counter's pieces (tokenizer.ts) and names.ts's compiled participants, this keeps words of past turns in
 * memory (never logged, never sent); bounded, emptied when full. Caching only the words that are no name made the
 * scan three times slower.
 */
const seenKinds = new Map<string, Kind>();
const SEEN_MAX = 20_000;
function kindOf(word: string): Kind {
  let kind = seenKinds.get(word);
  if (kind === undefined) {
    if (seenKinds.size >= SEEN_MAX) seenKinds.clear();
    kind = kindOfFolded(word);
    seenKinds.set(detached(word), kind); // a long word cut from the turn would keep the whole turn alive
  }
  return kind;
}

/** A plural of an ordinary word is one too ("Services", "Gardens"). */
function kindOfFolded(word: string): Kind {
  const folded = foldName(word);
  if (folded.includes('-')) {
    // "Ferguson-Reid", "Eze-Obi", "Hyun-woo": the worst part decides against a word, the best part for a name.
    let clean = false;
    let ambiguous = true;
    for (const part of folded.split('-')) {
      const kind = part.length > 0 ? partKind(part) : Kind.Word;
      if (kind === Kind.Word) return Kind.Word;
      if (kind === Kind.Clean) clean = true;
      if (kind !== Kind.Ambiguous && kind !== Kind.AmbiguousGiven) ambiguous = false;
    }
    return clean ? Kind.Clean : ambiguous ? Kind.Ambiguous : Kind.Unknown;
  }
  return partKind(folded);
}
function partKind(folded: string): Kind {
  const kind = lookUp(folded);
  if (kind !== undefined) return kind;
  if (folded.length < 3) return Kind.Word;
  return isDerivedWord(folded) ? Kind.Word : Kind.Unknown;
}

/** Endings of English words made from others: "Middleware", "Uncovered", "Onboarding", "Settings". */
const WORD_ENDING =
  /(?:ing|ings|tion|tions|ment|ments|ness|ware|able|ible|ity|ize|ise|ized|ised|ful|less|ous|ive|ives)$/;
/** A word of no list that is an ordinary word with an ending ("Services", "Uncovered", "Redirecting"). */
function isDerivedWord(folded: string): boolean {
  if (WORD_ENDING.test(folded)) return true;
  for (const ending of ['s', 'es', 'ed', 'd', 'er', 'ers', 'ly']) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 3) continue;
    if (lookUp(folded.slice(0, -ending.length)) === Kind.Word) return true;
  }
  return false;
}

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
    if (gap > 11 || second.kind >= Kind.Word || !PARTICLE_FIRST.has(text.charCodeAt(first.end + 1))) return undefined;
    return LOWER_PARTICLES.test(text.slice(first.end, second.start)) ? second : undefined;
  }
  if (
    !third ||
    second.possessive ||
    third.kind >= Kind.Word ||
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
const mayStartName = (kind: Kind): boolean => kind === Kind.Clean || kind === Kind.Unknown;
/**
 * "the engineer was Jürgen... Jürgen Oberhauser": the name just found said again with a surname (a word of no list or
 * a name) after a pause or a comma.
 */
function saidAgainInFull(text: string, spans: readonly PiiSpan[], first: Hit, second: Hit): boolean {
  const last = spans[spans.length - 1];
  if (!last || last.end >= first.start || first.start - last.end > 5 || second.kind >= Kind.Word) return false;
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

/** Words before a name alone that make it a person: "is", "tell", "can", "through to"... */
const SLOT_BEFORE =
  /(?:^|[^A-Za-z])(?:(is|was)|(tell|ask|let|have|get|remind)|(can|could|would|will|did|does|has|should)|(through to|over to|forward to|forwarded to|cc|copy in|message|email|text|ring|phone))\s+$/i;
/** What follows in each slot (SLOT_BEFORE's group order). */
const SLOT_AFTER = [
  /^\s+(?:there|around|in|available|about|free|home|back|still (?:there|around|in|available|working|with you)|on shift|working|off)(?![A-Za-z])/,
  /^(?:\s*,|\s+(?:to|that|know|call|ring|phone|email|text|i|I|the|about|when|if)(?![A-Za-z]))/,
  /^\s+(?:call|ring|phone|email|text|contact|get back|come|check|speak|give|send|sort|help|look|leave|say|mention|tell|ask|write|note|add|put|fix|book|cancel|change|update|arrange)(?![A-Za-z])/,
  /^(?:\s*[,.!?;]|\s+(?:and|please|for|about|today|now|when|if)(?![A-Za-z])|\s*$)/,
];
/** A name alone, then what it did: "Lakshmi called earlier", "Ikechukwu said". */
const DID_AFTER =
  /^\s+(?:(?:there|then|also|himself|herself|personally)\s+)?(?:called|rang|phoned|emailed|texted|said|told|mentioned|promised|asked|set (?:it|this|that) up|came (?:out|round|over)|and (?:I|me)(?![A-Za-z]))(?![A-Za-z])/;
/** Before a name alone that did something: a role ("our agent Hamza promised ...") or "me and" ("me and Fergus called"). */
const ROLE_OR_ME_BEFORE =
  /(?:^|[^A-Za-z])(?:(?:agent|advisor|adviser|engineer|technician|driver|courier|manager|supervisor|colleague|neighbou?r|friend|landlord|rep)|me and)\s+$/i;
/** A word a sentence can start with before a capitalised one that is a name alone. */
const SENTENCE_END_BEFORE =
  /(?:^|[.!?:]\s*|\n\s*|(?:^|[^A-Za-z])(?:and|but|so|because|said|says|think|thought|yes|yeah|no|ok|okay|oh|well|um|uh),?\s+)$/i;

const LOOK_BACK = 24;
const LOOK_AHEAD = 32;

interface Hit {
  start: number;
  end: number;
  kind: Kind;
  /** Followed by "'s". */
  possessive: boolean;
}

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
  if (hits.length === 0) return [];
  const spans: PiiSpan[] = [];
  signOffName(text, names, spans);
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i];
    if (first.kind === Kind.Word) continue;
    // The agent's own first name, kept by policy, starts no name: "Alex Rivera, right?" leaves Alex to names.ts.
    if (names && names.kept.size > 0 && names.kept.has(foldName(text.slice(first.start, first.end)))) continue;
    const second = hits[i + 1];
    // "Siobhán Ní Bhriain", "Aoife Nic Giolla": an Irish surname's particle between a first name and the surname.
    const third = hits[i + 2];
    if (
      second &&
      third &&
      first.kind === Kind.Clean &&
      !first.possessive &&
      second.end - second.start <= 3 &&
      IRISH_PARTICLES.has(text.slice(second.start, second.end)) &&
      adjacent(text, first, second) &&
      adjacent(text, second, third) &&
      third.kind < Kind.Word
    ) {
      push(spans, text, first.start, endOf(third), names);
      i += 2;
      continue;
    }
    // "Conceição dos Santos", "Wolfgang von Achenbach", "Hervé Le Goff": a particle of Romance, Dutch or German
    // surnames (written in lower case, or capitalised: a word of its own) between a listed first name and the surname.
    if (second && first.kind === Kind.Clean && !first.possessive) {
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
        (mayStartName(first.kind) && mayStartName(second.kind) && inHedgedSlot(text, { ...first, end: second.end })) ||
        saidAgainInFull(text, spans, first, second)) &&
      !afterNumber(text, first.start)
    ) {
      let last = i + 1;
      // A third part: "Juan Pablo Fuente".
      const third = hits[i + 2];
      if (third && !second.possessive && adjacent(text, second, third) && third.kind < Kind.Word) last = i + 2;
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
    if (first.kind <= Kind.AmbiguousGiven && !first.possessive) {
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
    if (first.kind === Kind.Unknown && first.end - first.start >= 4 && !first.possessive && inStrictSlot(text, first))
      push(spans, text, first.start, first.end, names);
    if (
      (first.kind === Kind.AmbiguousGiven || first.kind === Kind.Ambiguous) &&
      !first.possessive &&
      inRoleApposition(text, first)
    )
      push(spans, text, first.start, first.end, names);
    if (first.kind !== Kind.Clean) continue;
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
 * May, it's Mar", "not Line, it's Lane"), at most two letters apart and fewer than half their length.
 */
const CORRECTION_WORD = /(?:not|n['’]t|no es|pas|nicht|não é) \p{Lu}/u;
const CORRECTED_NAME =
  /(?<![\p{L}])(?:not|isn['’]t|no es|pas|nicht|não é)\s+(\p{Lu}[\p{L}'’-]+)(?:\s+(?:with|con|avec|mit|com)\s+(?:an?\s+|una?\s+|ein\s+|um\s+)?\p{L}{1,3})?\s*,?\s+(?:(?:it['’]?s|it is|es|c['’]est|sondern|é|but)\s+)?(\p{Lu}[\p{L}'’-]+)(?![\p{L}])/dgu;
function correctedNames(text: string, spans: PiiSpan[], names: KnownNames | undefined): void {
  const matches = allMatches(CORRECTED_NAME, text);
  if (matches.length === 0) return;
  const overlaps = overlapTest(spans);
  for (const m of matches) {
    const [a, b] = [m[1], m[2]];
    if (a.length < 3 || b.length < 3 || a.toLowerCase() === b.toLowerCase()) continue;
    if (isWordNotName(a) || isWordNotName(b)) continue;
    const apart = editDistance(a.toLowerCase(), b.toLowerCase());
    if (apart > 2 || apart * 2 >= Math.min(a.length, b.length)) continue;
    for (const [start, end] of [m.indices![1], m.indices![2]])
      if (!overlaps(start, end)) push(spans, text, start, end, names);
  }
}
/**
 * Whether [start, end) overlaps one of `spans` (as they are now): a binary search over the spans sorted by start, with
 * the furthest end so far (a flood of corrections must not test every span found for each).
 */
function overlapTest(spans: readonly PiiSpan[]): (start: number, end: number) => boolean {
  const sorted = spans.map((span) => [span.start, span.end]).sort((a, b) => a[0] - b[0]);
  const furthest: number[] = [];
  for (const [, end] of sorted) furthest.push(Math.max(end, furthest.length > 0 ? furthest[furthest.length - 1] : 0));
  return (start, end) => {
    // The last span that starts before `end`.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid][0] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthest[lo - 1] > start;
  };
}
/** Levenshtein distance of two short words. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
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
  for (const m of text.matchAll(EMAIL_LOCAL)) {
    distinct.add(m[1].toLowerCase());
    if (distinct.size >= MAX_EMAIL_LOCALS) break;
  }
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
            (first.kind === Kind.Word ? initialThenSurname(local) : local.startsWith(given[0]))),
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

/** The closing words of a sign-off, in the five languages. */
const CLOSINGS = [
  '(?:kind|best|warm|warmest|many|with) (?:regards|wishes|thanks)',
  'regards',
  'best',
  'cheers',
  'thanks(?: again)?',
  'thank you',
  '(?:speak|talk) soon',
  'take care',
  'all the best',
  '(?:yours )?(?:sincerely|faithfully|truly)',
  '(?:mit )?(?:freundlichen|besten|herzlichen|liebe|viele|beste) grü(?:ß|ss)e[n]?',
  'cordialement',
  'bien (?:cordialement|à vous)',
  'atenciosamente',
  'cumprimentos',
  'abraços',
  // Each starts with its word (anyFirstCase capitalises a word after a space or a group's start, not after "?").
  'un saludo',
  'saludos?(?: cordiales)?',
  '(?:reciba )?un cordial saludo',
  'salutations',
  '(?:meilleures|sincères) salutations',
  'atentamente',
  'un abrazo',
];
/**
 * A sign-off ending the turn: "Best, Hamid", "Cheers, Tamsin x", "Speak soon, Fergus", "Mit freundlichen Grüßen, Jürgen
 * Weiß", "Kind regards, Saoirse Mac Giolla Phádraig": closing words starting the turn or a sentence, a comma, a dash or a
 * line break, then up to four capitalised words (initials and particles between them) and nothing more but a kiss or a
 * stop. Read from the turn's last separator: the name after it first (anchored), the closing words before it only then.
 */
const SIGNED_NAME = new RegExp(
  `^\\s*((?:[${UPPER}]\\.\\s?){0,2}[${UPPER}][${LETTER}'’-]+(?:\\s+(?:(?:de|da|dos|del|la|le|van|von|der|den|Mac|Mc|Ní|Nic|Ó|Uí)\\s+){0,2}[${UPPER}][${LETTER}'’-]+){0,3})\\s*(?:x+)?[.!]?\\s*$`,
);
const CLOSING_BEFORE = new RegExp(
  `(?:^|[.!?]\\s+|\\n\\s*)(?:${CLOSINGS.map(anyFirstCase).join('|')})\\s*[,.!:–—-]?\\s*$`,
);
/**
 * Where the separator before a signed name is (a comma, a line break, the dash of " - "): read back from the turn's end
 * over what a name may hold (letters, spaces, stops, apostrophes, hyphens), at most 60 characters; -1 when anything else
 * comes first (most turns end in a question mark, a digit or a word after a clause: one short loop rules them out).
 */
function signOffSeparator(text: string): number {
  const stop = Math.max(0, text.length - 60);
  let k = text.length - 1;
  while (k >= stop && isTrailing(text.charCodeAt(k))) k--;
  // A kiss after the name: "Tamsin x", "Jo xx".
  if (text.charCodeAt(k) === 120 && !isLetter(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== 39) {
    while (k >= stop && (text.charCodeAt(k) === 120 || text.charCodeAt(k) === 32)) k--;
  }
  // The last word must be capitalised (most turns end with a word in lower case: ruled out here).
  let first = k;
  while (first > stop && isLetter(text.charCodeAt(first - 1))) first--;
  if (first === k || !isUpperCode(text.charCodeAt(first))) return -1;
  for (k = first - 1; k >= stop; k--) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 10) return k; // "," or a line break
    if ((c === 45 || c === 0x2013 || c === 0x2014) && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32)
      return k + 1; // " - ", " – ", " — "
    if (c === 32 || c === 46 || c === 39 || c === 0x2019 || c === 45) continue; // space . ' ’ -
    if (!isLetter(c)) return -1;
  }
  return -1;
}
/** Read once: under tsx every use of an imported binding is a getter call, and this runs for every character read back. */
const isLetter = isLetterCode;
const isTrailing = (c: number): boolean => c === 32 || c === 46 || c === 33 || c === 10;
const UPPER_CHAR = new RegExp(`[${UPPER}]`);
const isUpperCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c > 127 && UPPER_CHAR.test(String.fromCharCode(c)));
/** A particle inside a signed name, in lower case or capitalised after a first name ("Hervé Le Goff", "Pieter Van Dyk"). */
const SIGN_OFF_PARTICLE =
  /^(?:[dD]e|[dD]a|[dD]o|[dD]os|[dD]as|[dD]el|[lL]os|[lL]as|[lL]a|[lL]e|[vV]an|[vV]on|[dD]er|[dD]en|Mac|Mc|Ní|Nic|Ó|Uí)$/;
const INITIAL = /^[^\s.]\.$/u;
/** The name signing off the turn, when no word of it is an ordinary word, a place or a brand ("Thanks, The Team"). */
function signOffName(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  if (!signedAtEnd(text, names, spans) && text.includes('\n')) signedLines(text, names, spans);
}
/** The name signing off at the turn's end, onto `spans`: whether there was one. */
function signedAtEnd(text: string, names: KnownNames | undefined, spans: PiiSpan[]): boolean {
  const sep = signOffSeparator(text);
  if (sep < 3) return false;
  const m = SIGNED_NAME.exec(text.slice(sep + 1));
  if (!m) return false;
  // The closing words before the separator: "#" stands for a cut text, so that "^" is no turn start there.
  const cut = Math.max(0, sep - 40);
  if (!CLOSING_BEFORE.test((cut > 0 ? '#' : '') + text.slice(cut, sep))) return false;
  if (!mayBeSignedName(m[1])) return false;
  const start = sep + 1 + m[0].indexOf(m[1]);
  push(spans, text, start, start + m[1].length, names);
  return true;
}
const isListedName = (word: string): boolean => {
  const kind = kindOf(word);
  return kind === Kind.Clean || kind === Kind.Ambiguous || kind === Kind.AmbiguousGiven;
};
/** No word of the name is an ordinary word, a place or a brand (particles and initials aside). */
function mayBeSignedName(name: string): boolean {
  const words = name.split(/\s+/);
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if ((w > 0 && w < words.length - 1 && SIGN_OFF_PARTICLE.test(word)) || INITIAL.test(word)) continue;
    const kind = kindOf(word);
    if (kind === Kind.Word || kind === Kind.Proper) return false;
  }
  return true;
}
/**
 * An e-mail's signature with more lines under the name: the closing words on a line of their own, the name alone on
 * the next, then a title, a department, a company or "Sent from my iPhone" ("Cordialement,\nHervé Le Goff\nService
 * achats").
 */
const SIGNED_LINE = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${CLOSINGS.map(anyFirstCase).join('|')})[ \\t]*[,.!:–—-]?[ \\t]*\\n[ \\t]*((?:[${UPPER}]\\.[ \\t]?){0,2}[${UPPER}][${LETTER}'’-]+(?:[ \\t]+(?:(?:de|da|do|dos|das|del|los|las|la|le|van|von|der|den|Mac|Mc|Ní|Nic|Ó|Uí)[ \\t]+){0,2}[${UPPER}][${LETTER}'’-]+){0,3})[ \\t]*(?:x+)?[.!]?[ \\t]*(?=\\n)`,
  'g',
);
function signedLines(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  SIGNED_LINE.lastIndex = 0;
  for (let m = SIGNED_LINE.exec(text); m; m = SIGNED_LINE.exec(text)) {
    // One word of it a listed name: a line of its own may name a department ("Kundenservice", "Facturación").
    if (!mayBeSignedName(m[1]) || !m[1].split(/\s+/).some(isListedName)) continue;
    const start = m.index + m[0].indexOf(m[1], m[0].indexOf('\n', 1));
    push(spans, text, start, start + m[1].length, names);
  }
}

/**
 * "it's Bex, Rebecca Thornton", "Liz, Elizabeth Mensah", "Tomasz, Tomasz Wójcik": the first name or its short form said
 * right before the full name and a comma (its family's short form, or the first name's first letters).
 */
function shortFormBefore(text: string, before: Hit, first: Hit): Hit | undefined {
  if (first.start - before.end !== 2 || text.charCodeAt(before.end) !== 0x2c || before.kind === Kind.Word)
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
    other.kind <= Kind.AmbiguousGiven &&
    (first.kind === Kind.Clean || other.kind === Kind.Clean) &&
    OR_BETWEEN.test(text.slice(first.end, other.start)) &&
    QUESTION_AFTER.test(text.slice(other.end, other.end + 4)) &&
    CHOICE_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))
  )
    return i + 1;
  if (
    first.kind !== Kind.Ambiguous &&
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
    partKind(foldName(text.slice(hit.start, dash))) === Kind.Clean &&
    partKind(foldName(text.slice(dash + 1, hit.end))) === Kind.Clean
  );
}

function adjacent(text: string, a: Hit, b: Hit): boolean {
  return b.start - a.end === 1 && text.charCodeAt(a.end) === 0x20;
}

/** `a`, `b`: the two words' kinds; `short`: the first word has two letters ("Li", "Bo"; "Ba" of rot13 text). */
function isPair(a: Kind, b: Kind, short: boolean): boolean {
  if (b === Kind.Word || b === Kind.Proper || a === Kind.Ambiguous) return false;
  if (a === Kind.Clean && !short) return true;
  // A given name that is a word, a word of no dictionary or a two-letter name, before a clean name.
  return b === Kind.Clean;
}

function inPersonSlot(text: string, hit: Hit): boolean {
  // Most capitalised names have no slot word after them: one sticky test at the word's end rules them out.
  SLOT_AFTER_ANY.lastIndex = hit.end;
  if (!SLOT_AFTER_ANY.test(text)) return false;
  const after = text.slice(hit.end, hit.end + LOOK_AHEAD);
  const before = text.slice(Math.max(0, hit.start - LOOK_BACK), hit.start);
  const slot = SLOT_BEFORE.exec(before);
  if (slot) {
    const group = slot.findIndex((g, k) => k > 0 && g !== undefined) - 1;
    if (SLOT_AFTER[group].test(after)) return true;
  }
  if (TALKED_WITH_WORDS.has(wordBefore(text, hit.start)) && NAME_ENDS.test(after) && TALKED_WITH_BEFORE.test(before))
    return true;
  if (BUT_AFTER.test(after) && SAID_BEFORE.test(before)) return true;
  return DID_AFTER.test(after) && (SENTENCE_END_BEFORE.test(before) || ROLE_OR_ME_BEFORE.test(before));
}
/**
 * Someone the caller spoke with: "further to my call with Fergus yesterday", "suite à mon appel avec Benoît", "nach dem
 * Telefonat mit Jens" (a listed name that is no ordinary word: a company is called as often, "my call with Vodafone").
 */
/** "I said Mackenzie but it's in my married name": a name the caller gave, then took back (a listed name only). */
const SAID_BEFORE = /(?:^|[^A-Za-z])(?:I|I['’]ve|I have) (?:said|told you|given you|gave you)\s+$/;
const BUT_AFTER = /^,?\s+but(?![A-Za-z])/;
const TALKED_WITH_WORDS = new Set(['to', 'with', 'avec', 'mit', 'con', 'com']);
const TALKED_WITH_BEFORE =
  /(?:^|[^\p{L}])(?:(?:spoke|speaking|talked|talking|chatted|chatting) (?:to|with)|(?:call|chat|conversation) with|(?:appel|conversation|échange|entretien) avec|(?:gespräch|telefonat) mit|(?:llamada|conversación) con|(?:chamada|conversa|ligação) com)\s+$/iu;
/**
 * The slots that take nothing but a person: "is X there", "tell/ask X to/that", "tell X i said hi", "can/could X
 * call/ring me", "you're through to X, how can I help" ("tell X the parcel came" stays: a company is told as often).
 */
const STRICT_BEFORE = /(?:^|[^A-Za-z])(?:(is)|(tell|ask)|(can|could)|(you['’]re through to|you are through to))\s+$/i;
const STRICT_AFTER = [
  /^\s+there(?![A-Za-z])/,
  /^\s+(?:(?:to|that)\s+(?!be\b|do\b|the\b)[a-z]|(?:i|we)\s+said\b)/,
  /^\s+(?:call|ring|phone|text|email)\s+(?:me|you|us|him|her|them|back)(?![A-Za-z])/,
  /^(?:\s*[,.!]|\s+(?:how|speaking|here)(?![A-Za-z]))/,
];
/** "the parcel was for Rhiannon, she's away", "it's for Kwabena, he lives there": for someone, then she or he. */
const PRONOUN_AFTER = /^,?\s+(?:she|he)(?:['’](?:s|d|ll)|\s+[a-z]{2,}(?:['’]t)?)(?![A-Za-z])/;
/** "for " (any case) right before `start`, as a word: character codes, no slice (every name alone asks it). */
const isForBefore = (text: string, start: number): boolean =>
  text.charCodeAt(start - 1) === 32 &&
  (text.charCodeAt(start - 2) | 0x20) === 114 && // r
  (text.charCodeAt(start - 3) | 0x20) === 111 && // o
  (text.charCodeAt(start - 4) | 0x20) === 102 && // f
  !isLetter(text.charCodeAt(start - 5));
function inStrictSlot(text: string, hit: Hit): boolean {
  if (inHedgedSlot(text, hit) || inCourtesySlot(text, hit)) return true;
  if (inAddressedOrNamedSlot(text, hit)) return true;
  if (isForBefore(text, hit.start) && PRONOUN_AFTER.test(text.slice(hit.end, hit.end + 24))) return true;
  if (inTeamSlot(text, hit)) return true;
  const slot = STRICT_BEFORE.exec(text.slice(Math.max(0, hit.start - 24), hit.start));
  if (!slot) return false;
  const group = slot[1] ? 0 : slot[2] ? 1 : slot[3] ? 2 : 3;
  return STRICT_AFTER[group].test(text.slice(hit.end, hit.end + LOOK_AHEAD));
}
/**
 * Someone addressed mid-sentence after an interjection, the clause going on after the name ("honestly, Rashida, I've
 * been waiting", "listen Mateusz, I just want", "mire, Esteban, llevo", "écoutez, Thibault, je", "also, Jens, ich");
 * someone said to be called so ("some lad called Kieran promised", "un chico llamado Iker", "une dame appelée Odile");
 * someone a thing must reach ("make sure Olusegun gets a copy"); someone in a role named in French, Spanish, German or
 * Portuguese, the clause going on ("votre collègue Mathilde m'a dit", "Ihr Kollege Jens hat").
 */
const INTERJECTION_BEFORE =
  /(?:^|[^\p{L}])(?:honestly|listen|look|seriously|mate|mire|mira|oiga|oye|escuche|escucha|écoutez|écoute|also|hören sie|schauen sie|olha|olhe|escute|ouça|veja)\s*,?\s+$/iu;
const CLAUSE_GOES_ON = /^,\s+(?:\p{Ll}|I(?![A-Za-z]))/u;
const PERSON_CALLED_BEFORE =
  /(?:^|[^\p{L}])(?:guy|lad|bloke|chap|fella|fellow|lady|woman|man|girl|boy|gentleman|someone|somebody|señora?|chic[oa]|alguien|homme|femme|dame|monsieur|quelqu['’]un|mann|frau|typ|jemand|rapaz|senhora?|moça|alguém)\s+(?:called|named|llamad[oa]|nommée?|appelée?|namens|chamad[oa])\s+$/iu;
const MADE_SURE_BEFORE = /(?:^|[^A-Za-z])(?:make sure|making sure|ensure|check that)\s+$/i;
const MADE_SURE_AFTER = /^\s+(?:gets|has|receives|knows|sees|signs)(?![A-Za-z])/;
/** "Dominika and I both have phones": a sentence that starts with someone and the speaker. */
const AND_I_AFTER = /^\s+and (?:I|me)(?![A-Za-z])/;
/** "it's loud here, Alfie, put that down!": someone told to stop doing something, between commas. */
const COMMA_BEFORE = /[\p{L}],\s+$/u;
const IMPERATIVE_AFTER =
  /^,\s+(?:put|get|leave|stop|give|come|don['’]t|drop)\s+(?:that|it|this|those|them|down|off|out|back|away|here|over)(?![A-Za-z])/;
const NAME_ENDS = /^(?:\s*[,.!?;]|\s*$|\s+(?:\p{Ll}|I(?![A-Za-z])))/u;
const LOWER_AFTER = /^\s+\p{Ll}/u;
/** The last words of PERSON_CALLED_BEFORE and MADE_SURE_BEFORE (a set lookup before a pattern), and the roles abroad. */
const CALLED_WORDS = new Set(
  'called named llamado llamada nommé nommée appelé appelée namens chamado chamada'.split(' '),
);
const FOREIGN_ROLES = new Set(
  'collègue conseiller conseillère technicien technicienne livreur colega compañero compañera técnico técnica asesor asesora repartidor kollege kollegin techniker technikerin berater beraterin mitarbeiter mitarbeiterin atendente consultor consultora'.split(
    ' ',
  ),
);
const MADE_SURE_WORDS = new Set(['sure', 'ensure', 'that']);
/** The word (letters only, lower case) right before `start` and one space: '' when there is none. */
function wordBefore(text: string, start: number): string {
  if (text.charCodeAt(start - 1) !== 0x20) return '';
  let from = start - 1;
  while (from > 0 && isLetter(text.charCodeAt(from - 1))) from--;
  return from === start - 1 ? '' : text.slice(from, start - 1).toLowerCase();
}
function inAddressedOrNamedSlot(text: string, hit: Hit): boolean {
  const c = text.charCodeAt(hit.end);
  if (c !== 0x2c && c !== 0x20) return false;
  const after = text.slice(hit.end, hit.end + 12);
  const before = (): string => text.slice(Math.max(0, hit.start - 24), hit.start);
  if (c === 0x2c) {
    if (CLAUSE_GOES_ON.test(after) && INTERJECTION_BEFORE.test(before())) return true;
    if (IMPERATIVE_AFTER.test(after) && COMMA_BEFORE.test(before())) return true;
  }
  if (AND_I_AFTER.test(after) && SENTENCE_END_BEFORE.test(before())) return true;
  const word = wordBefore(text, hit.start);
  if (word === '') return false;
  if (CALLED_WORDS.has(word)) return NAME_ENDS.test(after) && PERSON_CALLED_BEFORE.test(before());
  if (MADE_SURE_WORDS.has(word)) return MADE_SURE_AFTER.test(after) && MADE_SURE_BEFORE.test(before());
  return FOREIGN_ROLES.has(word) && LOWER_AFTER.test(after);
}
/**
 * Someone addressed after a courtesy ("Thanks for waiting, Mateus.", "Sorry about that Aurelia, let me check", "No
 * problem at all, Kiran!", "Alright Bogdan, I've reset it") or named in a cleft ("it was Ifeoma who helped me"). The
 * name ends its clause (or "who" follows the cleft's).
 */
const COURTESY_BEFORE =
  /(?:^|[^A-Za-z])(?:thanks for (?:waiting|holding|your patience)|thank you for (?:waiting|holding|your patience)|sorry about that|sorry for the wait|no problem(?: at all)?|of course|alright|all right|perfect|lovely|brilliant|excellent|good (?:morning|afternoon|evening))\s*,?\s+$/i;
const COURTESY_AFTER = /^\s*[,.!?]/;
const CLEFT_BEFORE = /(?:^|[^A-Za-z])(?:it|that) (?:was|is)\s+$/i;
const CLEFT_AFTER = /^\s+who(?![A-Za-z])/;
function inCourtesySlot(text: string, hit: Hit): boolean {
  const after = text.slice(hit.end, hit.end + 8);
  // A courtesy comes before a company's name as often ("Good morning, Zentrix, ..."): a listed name only.
  if (COURTESY_AFTER.test(after))
    return hit.kind === Kind.Clean && COURTESY_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start));
  return CLEFT_AFTER.test(after) && CLEFT_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start));
}
/**
 * Someone remembered with a hedge: "I think it was Tamsin", "pretty sure her name was Ngozi", or named after their role
 * with one: "the engineer, Wojciech I think, said ...", "the technician was Rashid, he was lovely". The name ends its
 * clause.
 */
const HEDGE_ROLES =
  'engineer|technician|agent|advisor|adviser|rep|driver|courier|manager|supervisor|lady|guy|man|woman|gentleman|nurse|doctor|receptionist|installer|fitter|plumber|electrician|consultant|landlord|neighbou?r';
/** When the role served: "the agent before was Siddharth", "the engineer last time was Wiktor". */
const BEFORE_NOW = '(?:\\s+(?:before|earlier|last time|yesterday|before you))?';
/** A short relative clause after the role: "the engineer who came out was", "the last agent I spoke to,". */
const CLAUSE = "\\s+(?:who|that|I|we)(?:\\s+[a-z’']+){1,4}";
const HEDGED_BEFORE = new RegExp(
  `(?:(?:think|guess|believe|sure|reckon|remember)\\s+(?:it|that|he|she)\\s+was|(?:his|her) name was|(?:${HEDGE_ROLES})${BEFORE_NOW}(?:,|\\s+(?:was|is)))\\s+$`,
  'i',
);
/** The role with its clause, read further back (only when the words of a clause are there). */
const HEDGED_CLAUSE_BEFORE = new RegExp(`(?:${HEDGE_ROLES})${CLAUSE}(?:,|\\s+(?:was|is))\\s+$`, 'i');
/**
 * "the last agent I spoke to, Precious, said ...": a role and a name between commas, then the clause goes on in lower
 * case; there a name that is an ordinary word too is the person's.
 */
const ROLE_APPOSITION_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${HEDGE_ROLES})(?:${CLAUSE})?,\\s+$`, 'i');
const APPOSITION_AFTER = /^,\s+[a-z]/;
function inRoleApposition(text: string, hit: Hit): boolean {
  return (
    text.charCodeAt(hit.end) === 0x2c &&
    APPOSITION_AFTER.test(text.slice(hit.end, hit.end + 4)) &&
    ROLE_APPOSITION_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start))
  );
}
const HEDGED_AFTER = /^(?:\s*[,.!?;]|\s*$|\s+(?:i think|i believe|i guess|or something|maybe|was it)(?![A-Za-z]))/i;
/** The few characters whose absence rules the hedged slot out before its pattern runs: "was", "is" or a comma before. */
function inHedgedSlot(text: string, hit: Hit): boolean {
  const before = text.slice(Math.max(0, hit.start - 36), hit.start);
  if (!before.includes('was') && !before.includes(',') && !before.includes('is ')) return false;
  if (!HEDGED_AFTER.test(text.slice(hit.end, hit.end + 16))) return false;
  if (HEDGED_BEFORE.test(before)) return true;
  const further = text.slice(Math.max(0, hit.start - 60), hit.start);
  return (
    (further.includes('who ') || further.includes('that ') || further.includes('I ') || further.includes('we ')) &&
    HEDGED_CLAUSE_BEFORE.test(further)
  );
}
/**
 * More slots that take a person only: a role right before and a promise or a deed after ("our engineer Priya will call
 * you", "the courier Kacper said"), someone from a department ("apparently Wojtek from IT reset it", "Sandra from
 * billing"; not a heading, "Correction from IT:"), someone copied in ("can you cc Thabo on that"), someone added to the account ("please add Oisín as an
 * authorised user").
 */
const ROLE_BEFORE =
  /(?:^|[^A-Za-z])(?:agent|advisor|adviser|engineer|technician|driver|courier|manager|supervisor|colleague|rep|installer|nurse|doctor)\s+$/i;
const DEED_AFTER =
  /^\s+(?:called|rang|phoned|emailed|texted|said|told|mentioned|promised|asked|came|sent|fixed|reset|booked|confirmed|(?:will|would|is going to|was going to|should|can|could|said (?:he|she)(?:['’]d| would))\s+(?:call|ring|phone|email|text|contact|come|send|sort|fix|be in touch|get back))(?![A-Za-z])/;
const TEAM_AFTER =
  /^\s+from\s+(?:the\s+|your\s+|our\s+)?(?:IT|HR|billing|accounts|support|sales|finance|payroll|reception|retention|complaints|customer (?:service|services|care|support)|tech(?:nical)? support|the (?:office|branch|store|shop|team)|head office)(?![A-Za-z]|\s*:)/;
/** "the Zendesk from IT": a thing, not a person. */
const DETERMINER_BEFORE = /(?:^|[^A-Za-z])(?:the|a|an|this|that|our|your|my|their|his|her)\s+$/i;
const COPIED_BEFORE = /(?:^|[^A-Za-z])(?:cc|bcc|copy in|loop in)\s+$/i;
const COPIED_AFTER = /^\s+(?:on|in(?:to)?)\s/;
const ADDED_BEFORE = /(?:^|[^A-Za-z])add\s+$/i;
const ADDED_AFTER =
  /^\s+as\s+(?:an?\s+|the\s+)?(?:authori[sz]ed|additional|secondary|joint|named|second|extra)\s+(?:user|account holder|holder|cardholder|card holder|driver|contact|person|member)(?![A-Za-z])/i;
/** The words a slot below starts with, tested at the name's end (sticky: no slice for most names). */
const TEAM_SLOT_WORD =
  /\s+(?:from|on|in|into|as|called|rang|phoned|emailed|texted|said|told|mentioned|promised|asked|came|sent|fixed|reset|booked|confirmed|will|would|is|was|should|can|could)(?![A-Za-z])/y;
function inTeamSlot(text: string, hit: Hit): boolean {
  TEAM_SLOT_WORD.lastIndex = hit.end;
  if (!TEAM_SLOT_WORD.test(text)) return false;
  const after = text.slice(hit.end, hit.end + 48);
  const before = text.slice(Math.max(0, hit.start - 16), hit.start);
  return (
    (DEED_AFTER.test(after) && ROLE_BEFORE.test(before)) ||
    (TEAM_AFTER.test(after) && !DETERMINER_BEFORE.test(before)) ||
    (COPIED_AFTER.test(after) && COPIED_BEFORE.test(before)) ||
    (ADDED_AFTER.test(after) && ADDED_BEFORE.test(before))
  );
}
/** Whatever may follow a name in a slot (a superset of SLOT_AFTER's and DID_AFTER's words). */
const SLOT_AFTER_ANY = /\s*[,.!?;]|\s*$|\s+(?:[a-z]|I(?![A-Za-z]))/y;

function push(spans: PiiSpan[], text: string, start: number, end: number, names: KnownNames | undefined): void {
  const folded = foldName(text.slice(start, end));
  if (names?.kept.has(folded) || PERSON_BRANDS.has(folded) || isProductName(text, start, end)) return;
  spans.push({ type: 'PERSON', start, end, canonical: `named:${folded}` });
}

/**
 * Whether a word said after a strong name cue in lower case may be a name: a listed name that is no ordinary word, or
 * a word of no list ("siddharth", "nwachukwu"), never an ordinary word ("working", "about"), place or brand.
 */
export function mayBeLowerCaseName(word: string): boolean {
  const kind = kindOf(word);
  return kind === Kind.Clean || kind === Kind.Unknown;
}
/** Whether a word is an ordinary word, a place or a brand, and no name ("Nike", "Plan", "London"). */
export const isWordNotName = (word: string): boolean => {
  const kind = kindOf(word);
  return kind === Kind.Word || kind === Kind.Proper;
};
/** Whether a word is a given name that is an ordinary word too ("Will", "Grace", "Tom"). */
export const isGivenName = (word: string): boolean => kindOf(word) === Kind.AmbiguousGiven;
/**
 * Whether a word is an ordinary word, a place or a brand that no list of names holds: "Verizon", "Disabled", "Beruf";
 * not "Jordan" or "Costa", names STOP takes for words.
 */
export function isWordOfNoName(word: string): boolean {
  const folded = foldName(word);
  if (!STOPPED.has(folded)) return isWordNotName(word);
  const kind = listedKind(folded);
  return kind === 0 || kind === Kind.Word || kind === Kind.Proper;
}
/** Whether a word is a listed name that is no ordinary English word ("priya", "siobhan"). */
export const isCleanName = (word: string): boolean => kindOf(word) === Kind.Clean;
