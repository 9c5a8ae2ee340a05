/**
 * Names introduced by a cue, in English, Spanish, French, German and Portuguese: "my name is ...",
 * "this is ... calling", "speaking with ...", "account holder ...", "me llamo ...", "je m'appelle ...",
 * "mein Name ist ...", "meu nome é ...", a title ("Mrs. Raman"), and a surname spelled out after "spelled".
 * A cue followed by ordinary words ("my name is on the account") stays. Voice transcripts write names in lower case:
 * after the strongest cues ("my name is") such a name runs up to the first word of ordinary speech, and after
 * weaker ones (an answer to "and your name?", "hey it's") it must be a listed name (the name lexicon).
 * This file runs the scans in order; the cue lists are in nameCues.ts, the checks on a candidate in
 * cuedNameVerdicts.ts, answers and "it's" in answeredNames.ts, the rarer shapes in rarerCuedNames.ts, and names said
 * again in repeatedNames.ts.
 */
import * as abroad from './abroadLowerNames';
import { isFrenchMonsieur, oneWordRefusedAbroad } from './abroadCueChecks';
import { allMatches } from './allMatches';
import * as answered from './answeredNames';
import * as bareNames from './bareNames';
import * as shapes from './cuedNameShapes';
import * as verdicts from './cuedNameVerdicts';
import { isLetterCode, LETTER, LOWER, UPPER } from './letters';
import * as nameFolds from './names';
import type { KnownNames } from './names';
import * as cues from './nameCues';
import { AFTER_THANKS, TERMS_OF_ADDRESS } from './greetingWords';
import * as rarer from './rarerCuedNames';
import * as repeated from './repeatedNames';
import * as spelled from './spelledNames';
import * as wordKinds from './nameWordKinds';
import * as subjects from './subjectNames';
import type { PiiSpan } from './types';

/** Read once: under tsx every use of an imported binding is a getter call, and these run for every turn with a cue. */
const { NAME, PARTICLES, TITLES } = shapes;
/** The filler "like" just before a name a lower-case cue found (LOWER_CASE_INTRO lets it pass). */
const LIKE_BEFORE = /\blike,?\s+$/;
const { INTRODUCED, LOWER_CASE_CUE_WORD, LOWER_CASE_INTRO } = cues;
const {
  aWordMayBeLowerCaseName,
  isTitledBrand,
  lexiconName,
  lowerCaseName,
  MS_PRODUCT,
  nameSpan,
  namesIn,
  THING_BEFORE_NAME,
} = verdicts;
const { namesAfterItsOrAnswer, namesAnsweredAfterLabel } = answered;
const { rarerNames } = rarer;
const { lowerCaseNamesAbroad, lowerCaseRelativesAbroad } = abroad;
const { namesSaidAgain } = repeated;
const { spelledOutNames } = spelled;
const { subjectNames } = subjects;
const { isBrandOrMadeWord } = wordKinds;
const { foldName } = nameFolds;
const { isCleanName, isWordOfNoName, mayBeLowerCaseName } = bareNames;

const STOP_AFTER_THIS_IS = /^\s*(?:[,.!?;]|$|calling|speaking|here|from|and|und|aus|von|du|de|da|do|del)(?![\p{L}])/u;
/**
 * Or "but", "for", "on behalf of" after a name that is no word ("I'm Rosalind but ...", "this is Tremaine for Sharonda
 * Jenkins"): each word of the name a listed name or a word of no list ("I'm Tired but" stays).
 */
const IS_CALLED = /^(?:was|is|were) (?:called|named)$/i;
const A_CERTAIN = /^(?:a certain|un tal|una tal|un certain|une certaine|eine?[mn]? gewisse|um|uma|um certo|uma certa)/i;
const PERSON_BEFORE_CALLED =
  /\b(?:who|guy|lady|man|woman|gentleman|person|tech|technician|engineer|agent|advisor|adviser|driver|courier|rep|manager|supervisor|nurse|doctor|someone|somebody|fella|bloke|chap|girl|boy)\b[^.?!]{0,40}$/i;
const WEAK_STOP_AFTER_THIS_IS = /^\s+(?:but|for|on behalf of)(?![\p{L}])/u;
/** Or, after a first name and a surname, the next clause in lower case: "this is Dagny Solberg i had a question". */
const CLAUSE_AFTER_FULL_NAME = /^\s+(?:i|i['’]m|im|i['’]ve|ive|i['’]d|my)(?![\p{L}])/u;
/** "This is Dr. Helen Okafor's office": a titled name in the possessive needs no stop after it. */
const TITLED_POSSESSIVE = new RegExp(`^(?:${TITLES})\\.?\\s.*['’]s$`);
/**
 * After a greeting or thanks: a stop, a bracket ("thanks so much, Rahul (Rahul Mehta-Shah)"), or a goodbye that ends
 * the turn ("ok thank you Anand bye").
 */
const STOP_AFTER_GREETING = /^\s*(?:[,.!?(]|$|(?:bye|goodbye|cheers|take care)(?![\p{L}]))/u;
/**
 * Or, after thanks, what the thanks are for ("Thanks so much Eilidh for your help"), or after a greeting or thanks a
 * second name and a stop ("Thanks Adaeze and Kofi,", "Hola Nerea y Unai!"; the second is read by namesJoinedAfter).
 */
const THANKED_FOR = /^\s+for\s+(?:your|all your|sorting|helping|getting|looking|fixing|calling|checking)(?![\p{L}])/u;
const AND_NAME_STOP = new RegExp(`^\\s+(?:and|&|y|et|und|e)\\s+[${UPPER}][${LOWER}'’-]+\\s*[,.!?]`, 'u');
const THANKS_CUE = /^(?:thanks|thank|many|muchas|muito|merci|danke|gracias|obrigad|cheers|ta$|valeu|vielen)/i;
/** Introducing oneself: "Jordan here", "hi, Grace here". */
const HERE = new RegExp(
  `(?:^|[,.!?:]\\s*|(?<![${LETTER}])(?:[Hh]i|[Ii]t['’]s),?\\s+)(${NAME})\\s+(?:here|speaking)(?![${LETTER}])`,
  'dg',
);
/**
 * The same in Spanish and French ("Ramírez al habla", "Martin Dupuis à l'appareil") and before the caller's role
 * ("Siobhan O'Reilly, account holder"), where one word must be a name that is no word (by the name lexicon). Not German
 * "hier": it follows every imperative ("Kopier hier den Text").
 */
const HERE_OTHER = new RegExp(
  `(?:^|[,.!?:]\\s*)(${NAME})(?:\\s+(?:al habla|à l['’]appareil)|,\\s+(?:the )?(?:account holder|bill payer))(?![${LETTER}])`,
  'dg',
);
/**
 * German "X hier" after a greeting only ("Grüß Gott, Huber hier", "Guten Tag, Anja Vogt hier"): "hier" alone follows
 * every imperative.
 */
const GERMAN_HIER = new RegExp(
  `(?:^|[.!?:]\\s*)(?:[Gg]uten (?:[Tt]ag|[Mm]orgen|[Aa]bend)|[Gg]rü(?:ß|ss) [Gg]ott|[Hh]allo|[Ss]ervus|[Mm]oin),?\\s+(${NAME})\\s+hier(?=\\s*(?:[,.!?;]|$))`,
  'dg',
);
/** "its Ada Obi calling back": "it's" (often written without its apostrophe), a name, "calling". */
const ITS_BEFORE_CALLING = new RegExp(`(?<![${LETTER}])[Ii]t['’]?s\\s+(${NAME})\\s+$`, 'd');
/** Read only in the few words before each " calling" (most turns have none; a scan of the turn cost every one). */
function namesBeforeCalling(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  for (let at = text.indexOf(' calling'); at >= 0; at = text.indexOf(' calling', at + 8)) {
    if (isLetterCode(text.charCodeAt(at + 8))) continue;
    const from = Math.max(0, at - 60);
    const m = ITS_BEFORE_CALLING.exec(text.slice(from, at + 1));
    if (!m) continue;
    const span = nameSpan(text, from + m.indices![1][0], from + m.indices![1][1], names);
    if (span) spans.push(span);
  }
}
/**
 * "You've got Marcus on the line", "I have Mrs. Patel on the phone", "it was Francesca on the phone": someone on the
 * call.
 */
const ON_THE_LINE = new RegExp(
  `(?<![${LETTER}])(?:got|have|has|with|was|is|put|get)\\s+((?:(?:${TITLES})\\.?\\s+)?${NAME})\\s+on the (?:line|phone|call)(?![${LETTER}])`,
  'dg',
);
/** "Olá, fala o Rodrigo": a Portuguese greeting, then "fala o/a" and the name (a pattern of its own, run on "fala"). */
const GREETING_FALA = new RegExp(
  `(?<![${LETTER}])(?:[Oo]lá|[Oo]i|[Bb]om dia|[Bb]oa tarde|[Bb]oa noite),?\\s+fala\\s+(?:o|a)\\s+(${NAME})`,
  'dg',
);
/**
 * "Name Pieter de Vries, ...": the word "name" as a label, starting the line or a sentence (a separate pattern: a
 * look-behind inside the cue alternation slows every scan of it several times).
 */
const NAME_LABEL = new RegExp(`(?:^|[.!?;]\\s{1,3})[Nn]ame\\s+(${NAME})`, 'dg');
/** "under Fatima Benali's name", "in Tom's name": the name and its possessive, before the word "name". */
const POSSESSIVE_NAME = new RegExp(`\\b(?:[Uu]nder|[Ii]n)\\s+(${NAME}['’]s)\\s+name(?![${LETTER}])`, 'dg');
/**
 * What the patterns below cannot match without, each a literal alternation (the same test as `includes` of each
 * literal): on a turn, V8's `includes` of a string of four to nine characters costs 30 to 70 ns, a precompiled test
 * of the whole alternation about 35, and these run on every turn with a name cue. "here" and "speaking" after white
 * space, as HERE and LOWER_CASE_THIS_IS (rarerCuedNames.ts) have them: "there" and "where" hold no "here" for either.
 */
const HERE_OR_SPEAKING = /\s(?:here|speaking)/;
/**
 * What INTRODUCED cannot match without: white space, then a capital (its name, a title or an initial after the cue's
 * white space; a surname's particle is followed by white space and the capital).
 */
const CAPITAL_AFTER_SPACE = new RegExp(`\\s[${UPPER}]`);
/** What ITS_BEFORE_CALLING cannot match without ("it's" and white space): most turns that say " calling" lack it. */
const ITS_THEN_SPACE = /[Ii]t['’]?s\s/;
/**
 * A lower-case title before a lower-case name ("for my father mr rajesh kumar", "it was dr patel", "au nom de mme
 * lefebvre", "a nombre de la sra. ybarra"): the words that may be names by the lexicon (not "ms word", "dr pepper": a
 * word of no list or a name that is no ordinary word).
 */
const LOWER_TITLE = `(?:${shapes.LOWER_TITLES}|mister|dr|mlle|srta|dra|mademoiselle)`;
const LOWER_TITLED = new RegExp(
  `\\b${LOWER_TITLE}\\.?\\s+([${LOWER}][${LOWER}'’-]+(?:\\s+[${LOWER}][${LOWER}'’-]+)?)(?![${LETTER}])`,
  'dg',
);
/** The words after which a lower-case "dr" is a title: "it was dr patel", "saw dr okafor", "with the dr nwosu". */
const DR_TITLE_BEFORE =
  /(?:^|[,.:;!?]\s*|(?:^|[^a-z])(?:was|is|it['’]?s|saw|see|seeing|seen|with|to|by|from|and|or|the|a|called|my|our|your|his|her|their|that|for|ask|tell|call)\s+)$/i;
const LOWER_TITLE_WORD = new RegExp(`\\b${LOWER_TITLE}\\.? [a-z]`);
/**
 * "the account holder is my brother kwame, kwame asante-mensah", "it's for my wife amara.": a relative, then a name in
 * lower case that ends its clause, its first word a listed name that is no ordinary word ("my brother tho," stays) or
 * said again.
 */
const LOWER_RELATIVE = new RegExp(
  `\\b(?:my|his|her|our) (?:${cues.RELATIVES_EN})(?:-in-law)?,? ([${LOWER}][${LOWER}'’-]+(?: [${LOWER}][${LOWER}'’-]+)?)(?=\\s*(?:[,.!?;]|$))`,
  'dg',
);
/**
 * "lovely thanks siobhan can i take the postcode", "thank you nadia.", "oh hi siobhan it's about my router", "muchas
 * gracias maite ya está", "obrigado joão já recebi": thanks or a greeting of the five languages, then a lower-case word
 * that ends the clause or comes before the next one; a listed name that is no ordinary word ("thanks anyway", "thanks
 * bill", "hola buenas" stay).
 */
const LOWER_THANKS = new RegExp(
  `(?<![${LETTER}])(?:thanks|thank you|cheers|hi|hello|hey|gracias|hola|merci|bonjour|obrigad[oa]|olá|oi|valeu|danke|hallo),? ([${LOWER}][${LOWER}'’-]+)(?=\\s*(?:[,.!?;]|$)|\\s+(?:and|so|can|could|i['’]ll|i will|i['’]m|it['’]s|just|now|for|that['’]s|y|ya|et|je|e|já|eu|und|ich)\\s)`,
  'dg',
);
const THANKS_WORD = /thank|cheers|hi|hello|hey|gracias|hola|merci|bonjour|obrigad|olá|oi|valeu|danke|hallo/;
/** "customer: name's liam brady and ...": "name's" opening a turn (maybe after "yeah", "so"), a lower-case name after. */
const NAME_S_OPENING_TURN = new RegExp(
  `(?:^|:)\\s*(?:(?:yeah|yes|ok|okay|so|right|um|uh|er|erm),?\\s+){0,2}name['’]s\\s+(?:(?:uh|um|er|erm),?\\s+)?([${LOWER}'’-]{2,}(?:\\s+[${LOWER}'’-]+){0,2})`,
  'dg',
);
const NAME_S = /name['’]s /;
const HERE_OTHER_WORD = /al habla|appareil|holder|payer/;
const ON_THE = / on the /;

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
function namesJoinedAfter(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
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
/** LOWER_CASE_INTRO's bare "name's", and what may come before it: the turn's start or a clause's, and a filler or two. */
const BARE_NAME_CUE = /^[Nn]ame['’]s/;
const CLAUSE_START_BEFORE = /(?:^|[:.!?,]\s*)(?:(?:yeah|yes|ok|okay|so|um|uh|oh|well|right|sure),?\s+){0,2}$/i;

/** The name an INTRODUCED match introduces, when its cue's conditions hold. */
function introducedName(text: string, m: RegExpExecArray, names: KnownNames | undefined): PiiSpan | undefined {
  const end = m.index + m[0].length;
  const start = end - m[5].length;
  const stop = m[2] ? STOP_AFTER_THIS_IS : m[3] ? STOP_AFTER_GREETING : undefined;
  if (m[4] !== undefined && (MS_PRODUCT.test(m[0]) || isTitledBrand(text, m.index, end, m[0]))) return undefined;
  if (
    m[1] !== undefined &&
    /^[Nn]ame/.test(m[1]) &&
    THING_BEFORE_NAME.test(text.slice(Math.max(0, m.index - 12), m.index))
  )
    return undefined;
  if (
    stop &&
    !stop.test(text.slice(end, end + 12)) &&
    !(m[2] && WEAK_STOP_AFTER_THIS_IS.test(text.slice(end, end + 16)) && m[5].split(/\s+/).every(mayBeLowerCaseName)) &&
    !TITLED_POSSESSIVE.test(m[5]) &&
    !(m[3] && greetingGoesOn(text.slice(end, end + 40), m[3])) &&
    !(m[2] && m[5].includes(' ') && CLAUSE_AFTER_FULL_NAME.test(text.slice(end, end + 8)))
  )
    return undefined;
  // "was called X": a person before it ("the tech who came out", "a lady") and a name that is no word ("the plan is called
  // Unlimited", "the show was called Sherlock" stay).
  if (
    m[1] !== undefined &&
    IS_CALLED.test(m[1]) &&
    !(
      PERSON_BEFORE_CALLED.test(text.slice(Math.max(0, m.index - 48), m.index)) &&
      m[5].split(/\s+/).every(mayBeLowerCaseName)
    )
  )
    return undefined;
  // "a certain X", "un tal X": only a name that is no ordinary word ("a certain Amount of time" stays).
  // A particle inside it is no word of it ("un certain Maëlig Le Goff", "un tal Iñigo de la Fuente").
  if (m[1] !== undefined && A_CERTAIN.test(m[1]) && !m[5].split(/\s+/).every(nameWordOrParticle)) return undefined;
  // German capitalizes every noun ("Ich bin Rentner."): after "ich bin" only a first name and a surname count.
  if (m[2] !== undefined && m[2].endsWith('bin') && !/\s/.test(text.slice(start, end))) return undefined;
  // "This is Verizon?", "I'm Disabled", "c'est Orange ?": after a self-introduction one word that is an ordinary word,
  // a place or a brand and no name is what the speaker is or where they called.
  if ((m[2] !== undefined || (m[1] !== undefined && SELF_INTRODUCTION.test(m[1]))) && isOneWordOfNoName(m[5]))
    return undefined;
  if (m[1] !== undefined && !/\s/.test(m[5]) && oneWordRefusedAbroad(m[1], m[5], text.slice(end, end + 2)))
    return undefined;
  // "I spoke to Ikea", "speaking with Mumbai earlier", "put me through to Dispatch", "to Accounts Payable": ordinary
  // words, places or brands alone after a contact cue are a firm, a team or a call centre.
  if (m[1] !== undefined && CONTACT_CUE.test(m[1]) && m[5].split(/\s+/).every(isWordOfNoName)) return undefined;
  // "thanks Amazon", "Danke, Telekom", "Hallo Kundenservice": one brand, place or word made from an ordinary one after
  // a greeting or thanks is the firm or the team addressed ("Thanks Rahul," stays a name the lexicon holds as a word).
  if (m[3] !== undefined && !/\s/.test(m[5]) && (isBrandOrMadeWord(m[5]) || TERMS_OF_ADDRESS.has(foldName(m[5]))))
    return undefined;
  // "Danke Für Ihre Hilfe.", "Obrigado Pela Ajuda!", "Thanks Again!": what the thanks go on with, in title case.
  if (m[3] !== undefined && AFTER_THANKS.has(foldName(m[5].split(' ')[0]))) return undefined;
  const span = nameSpan(text, start, end, names);
  if (span && m[1] !== undefined && isFrenchMonsieur(text, m[1], span)) return { ...span, start: span.start + 3 };
  // "Ich bin Fischer von Beruf": one word left once the rest is trimmed.
  if (span && m[2] !== undefined && m[2].endsWith('bin') && !/\s/.test(text.slice(span.start, span.end)))
    return undefined;
  return span;
}
/** After a greeting or thanks with no stop: a second name and a stop, or (after thanks) what they are for. */
const greetingGoesOn = (after: string, greeting: string): boolean =>
  AND_NAME_STOP.test(after) || (THANKS_CUE.test(greeting) && THANKED_FOR.test(after));
const nameWordOrParticle = (word: string, k: number): boolean =>
  mayBeLowerCaseName(word) || (k > 0 && PARTICLES.has(word.toLowerCase()));
const SELF_INTRODUCTION = /^(?:soy|sou|je suis|c['’]est|sono|ik ben)$/i;
const CONTACT_CUE =
  /^(?:(?:speak|spoke|speaking|talk|talked|talking|chatted|chatting) (?:to|with)|ask for|(?:put me through|transfer me|connect me) to)$/i;
const isOneWordOfNoName = (said: string): boolean => !/\s/.test(said) && isWordOfNoName(said);

/**
 * Lower-case subjects alone (subjectNames.ts), for a turn with no cue but their verb (the whole scan would cost such a
 * turn every cue's pattern): a name so found may be joined or said again.
 */
export function detectSubjectNames(text: string, names?: KnownNames): PiiSpan[] {
  const spans: PiiSpan[] = [];
  subjectNames(text, names, spans);
  if (spans.length === 0) return spans;
  namesJoinedAfter(text, names, spans);
  return namesSaidAgain(text, names, spans);
}
/** `spelling`: whether the pre-pass saw a spelling cue ("spelled"); without one no name is spelled out. */
export function detectCuedNames(text: string, names?: KnownNames, spelling = true): PiiSpan[] {
  const spans: PiiSpan[] = [];
  let retry: number[] | undefined;
  for (const m of CAPITAL_AFTER_SPACE.test(text) ? allMatches(INTRODUCED, text) : []) {
    const span = introducedName(text, m, names);
    if (span) spans.push(span);
    // "account holder? Caller: My mum, Patricia ...": a cue took a word that is no name ("My") and hid the cue that
    // starts there; the scan is tried again from that word.
    else if (m[1] !== undefined) (retry ??= []).push(m.index + m[0].length - m[5].length);
  }
  for (const at of retry ?? []) {
    INTRODUCED.lastIndex = at;
    const m = INTRODUCED.exec(text);
    INTRODUCED.lastIndex = 0;
    const span = m && m.index === at ? introducedName(text, m, names) : undefined;
    if (span) spans.push(span);
  }
  const hereOrSpeaking = HERE_OR_SPEAKING.test(text);
  if (hereOrSpeaking) namesIn(HERE, text, names, spans);
  for (const m of LOWER_TITLE_WORD.test(text) ? allMatches(LOWER_TITLED, text) : []) {
    const [start, end] = m.indices![1];
    // "elm dr springfield", "12 oak dr": "dr" ends a street as often; a title only after a word that comes before a person.
    if (m[0].startsWith('dr') && !DR_TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const span = lexiconName(text, start, end, names);
    if (span) spans.push(span);
  }
  for (const m of allMatches(LOWER_RELATIVE, text)) {
    const [start, end] = m.indices![1];
    // A word of no list counts when the caller says it again, in full: "my brother kwame, kwame asante-mensah".
    const first = text.slice(start, end).split(' ')[0];
    if (!isCleanName(first) && !(mayBeLowerCaseName(first) && text.startsWith(`, ${first} `, start + first.length)))
      continue;
    const span = lexiconName(text, start, end, names);
    if (span) spans.push(span);
  }
  for (const m of NAME_S.test(text) ? allMatches(NAME_S_OPENING_TURN, text) : []) {
    const [start, end] = m.indices![1];
    const span = lowerCaseName(text, start, end, names);
    if (span) spans.push(span);
  }
  for (const m of THANKS_WORD.test(text) ? allMatches(LOWER_THANKS, text) : []) {
    const [start, end] = m.indices![1];
    if (!isCleanName(m[1]) || TERMS_OF_ADDRESS.has(foldName(m[1]))) continue;
    const span = lexiconName(text, start, end, names);
    if (span) spans.push(span);
  }
  if (text.includes(' hier')) namesIn(GERMAN_HIER, text, names, spans, aWordMayBeLowerCaseName);
  if (HERE_OTHER_WORD.test(text)) namesIn(HERE_OTHER, text, names, spans, aWordMayBeLowerCaseName);
  if (text.includes(' calling') && ITS_THEN_SPACE.test(text)) namesBeforeCalling(text, names, spans);
  if (text.includes('fala')) namesIn(GREETING_FALA, text, names, spans);
  if (ON_THE.test(text)) namesIn(ON_THE_LINE, text, names, spans);
  spelledOutNames(text, spelling, spans);
  namesAnsweredAfterLabel(text, names, spans);
  rarerNames(text, names, spans, hereOrSpeaking);
  lowerCaseNamesAbroad(text, names, spans);
  lowerCaseRelativesAbroad(text, names, spans);
  if (text.includes('ame ')) namesIn(NAME_LABEL, text, names, spans);
  if (text.includes('name')) {
    for (const m of allMatches(POSSESSIVE_NAME, text)) {
      const [start, end] = m.indices![1];
      const span = nameSpan(text, start, end - 2, names);
      if (span) spans.push({ ...span, end });
    }
  }
  for (const m of LOWER_CASE_CUE_WORD.test(text) ? allMatches(LOWER_CASE_INTRO, text) : []) {
    const [start, end] = m.indices![1];
    if (THING_BEFORE_NAME.test(text.slice(Math.max(0, m.index - 12), m.index + 5))) continue;
    // A bare "name's" starts the turn or a clause ("customer: name's liam brady"; "the company name's acme" stays).
    if (BARE_NAME_CUE.test(m[0]) && !CLAUSE_START_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "my name is like jonah whitfield": after a "like" the name must be a listed one ("my name is like totally wrong").
    const span = LIKE_BEFORE.test(text.slice(Math.max(0, start - 6), start))
      ? lexiconName(text, start, end, names)
      : lowerCaseName(text, start, end, names);
    if (span) spans.push(span);
  }
  subjectNames(text, names, spans);
  namesAfterItsOrAnswer(text, names, spans);
  if (spans.length === 0) return spans;
  namesJoinedAfter(text, names, spans);
  return namesSaidAgain(text, names, spans);
}
