/**
 * Names introduced by a cue, in English, Spanish, French, German and Portuguese: "my name is ...",
 * "this is ... calling", "speaking with ...", "account holder ...", "me llamo ...", "je m'appelle ...",
 * "mein Name ist ...", "meu nome é ...", a title ("Mrs. Raman"), and a surname spelled out after "spelled".
 * The name itself must be capitalized: a cue followed by ordinary words ("my name is on the account") stays.
 */
import { allMatches } from './allMatches';
import { LETTER, LOWER, UPPER } from './letters';
import { foldName, type KnownNames } from './names';
import type { PiiSpan } from './types';

const CUES = [
  // English
  'my name is',
  "my name's",
  'name is',
  'the name is',
  "name's",
  'speaking with',
  'speaking to',
  'talking to',
  'talking with',
  "you've reached",
  "account holder(?: is| name is|'s name is)?",
  'name on the (?:account|card|policy) is',
  'ask for',
  // Spanish
  'me llamo',
  'mi nombre es',
  'soy',
  'habla con',
  'hablas con',
  'le atiende',
  'titular(?: de la cuenta)? es',
  // French
  "je m'appelle",
  'je m’appelle',
  'mon nom est',
  'vous parlez (?:à|avec)',
  'je suis',
  'titulaire du compte est',
  // German
  'mein name ist',
  'ich heiße',
  'ich heisse',
  'sie sprechen mit',
  'hier spricht',
  'hier ist',
  'kontoinhaber(?:in)? ist',
  // Portuguese
  'meu nome é',
  'o meu nome é',
  'me chamo',
  'chamo-me',
  'fala com',
  'está falando com',
  'titular da conta é',
];
export const TITLES =
  'Mr|Mrs|Ms|Miss|Mister|Dr|Sr|Sra|Srta|Señor|Señora|Mme|Mlle|Monsieur|Madame|Herr|Frau|Senhor|Senhora|Dona';
/** Cue words match at either case of their first letter; no `i` flag, which would make the capital-letter class match any letter. */
const anyFirstCase = (cue: string): string =>
  cue.replace(/(^|\s)([a-zà-ÿ])/g, (_, space: string, c: string) => `${space}[${c.toUpperCase()}${c}]`);
/** A capitalized word, optionally with particles between words (de, da, van, von, O', Mc...). */
const WORD = `[${UPPER}][${LETTER}'’]*(?:-[${UPPER}][${LOWER}'’]+)?`;
const PARTICLE = '(?:de|da|do|dos|das|del|la|le|di|du|van|von|der|den|ten|ter|y|e)';
const NAME = `${WORD}(?:\\s+(?:${PARTICLE}\\s+)?${WORD}){0,2}`;
/** Addressing someone: "Thanks Hannah,", "Okay Whitaker.", "Hola Lucía!": a greeting or thanks, a name, a stop. */
const VOCATIVES = [
  'thanks',
  'thank you',
  'hi',
  'hello',
  'hey',
  'dear',
  'okay',
  'ok',
  'sorry',
  'bye',
  'goodbye',
  'gracias',
  'hola',
  'merci',
  'bonjour',
  'danke',
  'hallo',
  'obrigado',
  'obrigada',
  'olá',
];
/**
 * Every cue kind in one scan: (1) a naming cue, (2) "this is", (3) a greeting, (4) a title, then (5) the name.
 * "this is" names a company as often as a person, and a greeting precedes any word: both need a stop after the
 * name ("this is Alex.", "Thanks Hannah,"), checked on the match.
 */
const INTRODUCED = new RegExp(
  `(?<![${LETTER}])(?:(${CUES.map(anyFirstCase).join('|')})\\s*:?|([Tt]his is)|(${VOCATIVES.map(anyFirstCase).join('|')}),?|(${TITLES})\\.?)\\s+(${NAME})`,
  'dg',
);
const STOP_AFTER_THIS_IS = /^\s*(?:[,.!?]|$|calling|speaking|here|from)/;
const STOP_AFTER_GREETING = /^\s*[,.!?]/;
/** Introducing oneself: "Jordan here", "hi, Grace here". */
const HERE = new RegExp(`(?:^|[,.!?]\\s*|(?<![${LETTER}])[Hh]i,?\\s+)(${NAME})\\s+here(?![${LETTER}])`, 'dg');
const SPELLED =
  /\b(?:spelled|spelt|spelling|spell(?:s|ed)? it|deletreado|épelé|buchstabiert|soletrado)\b[^A-Za-z]{0,12}?(?:(?:is|as|it's)\s+)?((?:[A-Za-z][-.\s]{1,3}){2,}[A-Za-z])(?![A-Za-z])/dgi;

/** Capitalized words a cue can be followed by that are not names. */
const NOT_A_NAME = new Set(
  `the a an my our your his her their this that it is not just only customer care support billing sales service team department office
  company bank calling here there about regarding from with and or but so i i'm we you he she they what which who how yes no okay ok
  please thanks thank sorry hello hi good great fine monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december today tomorrow yesterday un una el la los las le les der die das ein
  eine kunde kundin cliente client o os um uma english spanish french german portuguese american canadian british going`.split(
    /\s+/,
  ),
);

const TITLE_WORD = new RegExp(`^(?:${TITLES})\\.?$`);

function nameSpan(text: string, start: number, end: number, names: KnownNames | undefined): PiiSpan | undefined {
  let words = text.slice(start, end).split(/\s+/);
  // "Sie sprechen mit Frau Keller": the title is no part of the name.
  while (words.length > 1 && TITLE_WORD.test(words[0])) {
    start += words[0].length + 1;
    words = words.slice(1);
  }
  if (TITLE_WORD.test(words[0])) return undefined; // "Thanks Mr. Miller": the titled pattern takes the name
  // Trim trailing non-names ("Jordan Calling", "Walter Brennan And").
  while (words.length > 0 && NOT_A_NAME.has(foldName(words[words.length - 1]))) words = words.slice(0, -1);
  if (words.length === 0 || NOT_A_NAME.has(foldName(words[0]))) return undefined;
  const length = words.join(' ').length;
  const folded = foldName(words.join(' '));
  if (names?.kept.has(folded)) return undefined; // the agent's own first name, kept by policy
  return { type: 'PERSON', start, end: start + length, canonical: `named:${folded}` };
}

/** `spelling`: whether the pre-pass saw a spelling cue ("spelled"); without one no name is spelled out. */
export function detectCuedNames(text: string, names?: KnownNames, spelling = true): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of allMatches(INTRODUCED, text)) {
    const [start, end] = m.indices![5];
    const stop = m[2] ? STOP_AFTER_THIS_IS : m[3] ? STOP_AFTER_GREETING : undefined;
    if (stop && !stop.test(text.slice(end, end + 12))) continue;
    const span = nameSpan(text, start, end, names);
    if (span) spans.push(span);
  }
  if (text.includes('here')) {
    for (const m of allMatches(HERE, text)) {
      const [start, end] = m.indices![1];
      const span = nameSpan(text, start, end, names);
      if (span) spans.push(span);
    }
  }
  for (const m of spelling ? allMatches(SPELLED, text) : []) {
    const [start, end] = m.indices![1];
    spans.push({
      type: 'PERSON',
      start,
      end,
      canonical: `spelled:${text
        .slice(start, end)
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase()}`,
    });
  }
  return spans;
}

/** For the pre-pass: the words that can introduce a name spelled letter by letter. */
export const SPELLING_CUE_WORDS = 'spell|spelled|spelling|spells|spelt|deletreado|épelé|buchstabiert|soletrado';
/** For the pre-pass: does the text hold any cue at all (so most turns skip the detectors)? */
export const NAME_CUE_WORDS = `thanks|thank|hi|hello|hey|dear|okay|ok|sorry|bye|goodbye|gracias|hola|merci|bonjour|danke|hallo|obrigad[oa]|olá|here|name|this is|speaking|talking|reached|holder|ask for|llamo|nombre|soy|habla|atiende|titular|appelle|nom|parlez|suis|heiße|heisse|sprechen|spricht|hier|kontoinhaber|kontoinhaberin|chamo|nome|fala|${SPELLING_CUE_WORDS}`;
