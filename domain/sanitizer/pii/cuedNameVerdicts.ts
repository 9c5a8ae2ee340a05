/**
 * Whether what a cue found is a person's name, and the span it makes: the words that are no name after a cue
 * (pronouns, verbs that start a sentence, the assistant's names, ordinary words said in speech), titles and fillers
 * trimmed off, a name of a thing ("house name is ..."), Microsoft's products after "ms", and the names kept by policy.
 * Separate from the cue patterns: every cue shape ends in these same checks, so they live in one place.
 */
import * as matches from './allMatches';
import * as bareNames from './bareNames';
import * as shapes from './cuedNameShapes';
import { ENGLISH_HESITATIONS, OTHER_HESITATIONS } from './hesitations';
import { NOT_A_NAME } from './notANameWords';
import * as names from './names';
import type { KnownNames } from './names';
import { isProductName, TITLED_BRANDS } from './productNames';
import type { PiiSpan } from './types';

/** Read once: under tsx every use of an imported binding is a getter call, and PARTICLES is read for every word. */
const { PARTICLES, TITLES } = shapes;
const { allMatches } = matches;
const { isCleanName, mayBeLowerCaseName } = bareNames;
const { foldName } = names;

/** "ms Word", "ms Teams": Microsoft's products after a lower-case "ms". */
export const MS_PRODUCT =
  /^ms\s+(?:Word|Excel|Teams|Office|Outlook|Access|Paint|Edge|Windows|Dos|DOS|Project|Publisher|Visio|Azure|Forms|OneNote|OneDrive|Store|Authenticator|SQL|Exchange|Dynamics)(?![\p{L}])/u;
/**
 * Whether a titled name (`titled`: the title and the name as said) at `start`..`end` names a product: a titled brand
 * (productNames.ts: "Dr. Martens boots", "Mr Kipling cakes", "Dr Pepper"), or any titled name between an article and a
 * product's noun ("the Dr. Scholl's insoles", "a pair of Dr. Martens", "my new Mr. Coffee machine").
 */
export function isTitledBrand(text: string, start: number, end: number, titled: string): boolean {
  if (isProductName(text, start, end)) return true;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 16);
  // The brand's name said alone stays a doctor's or a caller's name where one is seen, told or heard from.
  return TITLED_BRANDS.test(titled) && !PERSON_VERB_BEFORE.test(before) && !PERSON_VERB_AFTER.test(after);
}
const PERSON_VERB_BEFORE =
  /(?:^|[^\p{L}])(?:saw|see|seeing|seen|with|to|ask|asked|tell|told|call|called|ring|rang|visit|visited|thanks|thank you|hi|hello|dear)[,\s]+$/iu;
const PERSON_VERB_AFTER =
  /^[,\s]+(?:said|says|told|called|rang|phoned|asked|wrote|emailed|is|was|saw|examined|prescribed|referred|will|can|could|here|speaking)(?![\p{L}])/iu;
/** A name of a thing, not of a person: "house name is Hawthorn Cottage", "the company name is Acme Ltd". */
export const THING_BEFORE_NAME =
  /(?:house|street|road|company|business|user|product|brand|file|model|shop|store|pet|dog['’]?s|cat['’]?s|boat|village|town|farm|band|app|network|wifi|router|device|computer|team|building|property|hotel|restaurant|school|trading|account|folder|project|plan|package)\s*$/i;
export { NOT_A_NAME } from './notANameWords';
/** The words of NOT_A_NAME that end a team's or a department's name: what they end is no person's name. */
const TEAM_WORDS = new Set('support care billing sales service team department office'.split(' '));
/**
 * Words that are no name when a cue is followed by them alone ("for my wife? Ela está aqui", "Dear AI,", "for my
 * mother? Do it now", "mi hija como usuaria", "mijn zoon kan"): pronouns of the five languages, the assistant's names,
 * verbs that start a sentence, the conjunctions and verbs of other languages the lexicon holds as names. A name
 * of two words may start with one ("Ela Kowalska"). Folded as the words looked up are.
 */
export const NOT_A_NAME_ALONE = new Set(
  `him them us me él ella ellos ellas usted ustedes yo nosotros il elle ils elles nous vous moi lui er sie es wir ihr ele
  ela eles elas você vocês nós eu hij zij wij ai bot chatbot assistant robot computer system do does did don't doesn't
  didn't can't could would should let tell give send get check como esta está che kan kon`
    .split(/\s+/)
    .map(foldName),
);
const POSSESSIVE = /['’]s$/;
const BY_PROFESSION = /^(?:von Beruf|de (?:profession|profesión|profissão|métier|oficio))$/i;
/** "I'd like to", "We'll be": a contraction of a pronoun and a verb is no name (a possessive "'s" may be one). */
const CONTRACTION = /['’](?:d|ll|ve|re|m)$/i;
/** "registered to AC-2291": a capitalized word glued to digits is a code. */
const DIGITS_AFTER = /^-?\d/;

const LEADING_FILLERS = new Set(["it's", 'it’s', 'its', "i'm", 'i’m', 'im', "that's", 'that’s', "c'est", 'c’est']);
/** Hesitations said before a name in five languages. */
const SPOKEN_FILLERS = new Set([...`${ENGLISH_HESITATIONS}|${OTHER_HESITATIONS}`.split('|'), 'ehm', 'hum']);
const TITLE_WORD = new RegExp(`^(?:${TITLES})\\.?$`, 'i');
const NOT_A_NAME_IN_SPEECH = new Set(
  `and y et und e en or o but pero mais aber mas from de of del des von van with con avec mit com met calling speaking
  here aqui aquí ici hier aqui a the el la le der die das o os i i'm im me my mi mon mein meu your tu votre to for para
  pour für por is es est ist é spelled spelt like as on in at right wrong correct listed missing there still also just
  actually really please sorry thanks not no yes uh um er erm uhm ah just different same fine misspelled incorrect changed
  showing shown printed written blank empty too long short under field box that this what which mine hers his was has
  had will would can could should does did do on there it's it’s its he she they we you him her them he's she's
  they're we're you're he’s she’s they’re we’re you’re that's that’s thats what's what’s there's there’s here's
  here’s yeah yep yup okay ok i've i’ve i'll i’ll i'd i’d euh äh ähm ehm pas ne nicht não nao non anche già ancora
  fuori io per solo sì niet verkeerd fout goed ook nog staat wel gewoon veranderd gespeld`.split(/\s+/),
);

const SPACE = /\s/;
/** `said.split(/\s+/)`, without the split for a name of one word (most are). */
const wordsOf = (said: string): string[] => (SPACE.test(said) ? said.split(/\s+/) : [said]);

/** The capitalized name a cue found at [start, end), titles, fillers and trailing words that are no name trimmed off. */
export function nameSpan(text: string, start: number, end: number, names: KnownNames | undefined): PiiSpan | undefined {
  let words = wordsOf(text.slice(start, end));
  // "Sie sprechen mit Frau Keller": the title is no part of the name.
  while (words.length > 1 && TITLE_WORD.test(words[0])) {
    start += words[0].length + 1;
    words = words.slice(1);
  }
  // "It's Maria here": the words before the name are no part of it.
  while (words.length > 1 && LEADING_FILLERS.has(foldName(words[0]))) {
    start += words[0].length + 1;
    words = words.slice(1);
  }
  if (TITLE_WORD.test(words[0])) return undefined; // "Thanks Mr. Miller": the titled pattern takes the name
  // Trim trailing non-names ("Jordan Calling", "Walter Brennan And"); a team's word ends a team's name, not a
  // person's ("Thanks Tech Support", "Hi Digital Team").
  while (words.length > 0 && NOT_A_NAME.has(foldName(words[words.length - 1]))) {
    if (TEAM_WORDS.has(foldName(words[words.length - 1]))) return undefined;
    words = words.slice(0, -1);
  }
  if (words.length === 0 || NOT_A_NAME.has(foldName(words[0])) || CONTRACTION.test(words[0])) return undefined;
  // "this is Cheryl's Bakery": a possessive before another word names a business.
  for (let k = 0; k < words.length - 1; k++) if (POSSESSIVE.test(words[k])) return undefined;
  // "Ich bin Fischer von Beruf", "soy Herrero de profesión": "by profession" after a trade is no surname's particle.
  if (words.length >= 3 && BY_PROFESSION.test(`${words[words.length - 2]} ${words[words.length - 1]}`))
    words = words.slice(0, -2);
  const alone = words.length === 1 && words[0];
  if (
    alone &&
    (NOT_A_NAME_ALONE.has(foldName(alone)) ||
      DIGITS_AFTER.test(text.slice(start + alone.length, start + alone.length + 2)))
  )
    return undefined;
  // "D-E-L-A-...": a letter read out is no name (the spelling is the spelled-out patterns').
  if (words.length === 1 && words[0].length === 1) return undefined;
  const name = words.length === 1 ? words[0] : words.join(' ');
  const folded = foldName(name);
  if (names?.kept.has(folded)) return undefined; // the agent's own first name, kept by policy
  return { type: 'PERSON', start, end: start + name.length, canonical: `named:${folded}` };
}

/**
 * A name in lower case that the lexicon allows ("for my father mr rajesh kumar"): its words up to the first that may
 * be no name, at least `minWords` of them.
 */
export function lexiconName(
  text: string,
  start: number,
  end: number,
  names: KnownNames | undefined,
  minWords = 1,
): PiiSpan | undefined {
  const words: string[] = [];
  const said = wordsOf(text.slice(start, end));
  for (let k = 0; k < said.length; k++) {
    const word = said[k];
    // "juan pablo de la fuente": particles and the surname they bring, once a name has started.
    if (words.length > 0 && PARTICLES.has(word)) {
      let next = k;
      while (next < said.length && PARTICLES.has(said[next])) next++;
      // "die bernadette von der post": a firm or a team after the particles is where the person is from.
      if (next === said.length || NOT_A_NAME_IN_SPEECH.has(said[next]) || NOT_A_NAME.has(foldName(said[next]))) break;
      words.push(...said.slice(k, next + 1));
      k = next;
      continue;
    }
    if (NOT_A_NAME_IN_SPEECH.has(word) || !mayBeLowerCaseName(word)) break;
    words.push(word);
  }
  if (words.length < minWords || words[0] !== words[0].toLowerCase()) return undefined;
  // Two words or more said with no stronger cue: one of them a listed name.
  if (minWords > 1 && !words.some(isCleanName)) return undefined;
  const folded = foldName(words.join(' '));
  if (names?.kept.has(folded)) return undefined;
  return { type: 'PERSON', start, end: start + words.join(' ').length, canonical: `named:${folded}` };
}

/** At a name's next word: a letter read out, and another after it. */
const LETTER_THEN_LETTER = /^\s+\p{L}\s+\p{L}(?![\p{L}])/u;
/** A name in lower case after one of the strongest cues: its words up to the first that is ordinary speech. */
export function lowerCaseName(
  text: string,
  start: number,
  end: number,
  names: KnownNames | undefined,
): PiiSpan | undefined {
  const words: string[] = [];
  for (const word of wordsOf(text.slice(start, end))) {
    // "je m'appelle euh gwenola": a hesitation before the name is no part of it.
    if (words.length === 0 && SPOKEN_FILLERS.has(word.toLowerCase())) {
      start += word.length + 1;
      continue;
    }
    if (NOT_A_NAME_IN_SPEECH.has(word.toLowerCase()) && !(words.length > 0 && PARTICLES.has(word))) break;
    // "the name's wei zhang z h a n g": a letter with another after it starts the spelling, not a middle initial.
    if (words.length > 0 && word.length === 1 && LETTER_THEN_LETTER.test(text.slice(start + words.join(' ').length)))
      break;
    // "mein name ist jannik von der firma": a firm or a team after a particle is where the person is from.
    if (
      words.length > 0 &&
      PARTICLES.has(words[words.length - 1]) &&
      !PARTICLES.has(word) &&
      NOT_A_NAME.has(foldName(word))
    )
      break;
    words.push(word);
  }
  while (words.length > 0 && PARTICLES.has(words[words.length - 1])) words.pop();
  if (words.length === 0 || NOT_A_NAME.has(foldName(words[0]))) return undefined;
  const folded = foldName(words.join(' '));
  if (names?.kept.has(folded)) return undefined;
  return { type: 'PERSON', start, end: start + words.join(' ').length, canonical: `named:${folded}` };
}

/**
 * The names a pattern whose group 1 is the name finds, onto `spans`; with `accept`, only those whose words as said it
 * takes. A module function, not a closure in detectCuedNames: a closure is allocated on every call (and under tsx,
 * wrapped by esbuild's `__name` helper); the accept tests are module functions for the same reason.
 */
export function namesIn(
  pattern: RegExp,
  text: string,
  names: KnownNames | undefined,
  spans: PiiSpan[],
  accept?: (said: string) => boolean,
): void {
  for (const m of allMatches(pattern, text)) {
    const [start, end] = m.indices![1];
    if (accept !== undefined && !accept(text.slice(start, end))) continue;
    const span = nameSpan(text, start, end, names);
    if (span) spans.push(span);
  }
}
/** For a pattern that may find a name in lower case: a name with a word that may be a name in lower case. */
export const aWordMayBeLowerCaseName = (said: string): boolean => wordsOf(said).some(mayBeLowerCaseName);
/** The same, every word of the name one. */
export const everyWordMayBeLowerCaseName = (said: string): boolean => wordsOf(said).every(mayBeLowerCaseName);
