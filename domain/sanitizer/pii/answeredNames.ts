/**
 * Names given in answer: after a question for the name or the person ("Who am I speaking with? Caller: Siobhan."),
 * and after "it's", the way an answer or a greeting gives one ("hi it's Aisling Byrne", "ok so its ebere chukwuma").
 * Separate from the cue list: a question and its answer, or "it's", name a company as often as a person, so these
 * shapes carry their own checks (a word of the name that is no ordinary word, the question before the answer).
 */
import { allMatches } from './allMatches';
import * as shapes from './cuedNameShapes';
import * as verdicts from './cuedNameVerdicts';
import { isGivenName, mayBeLowerCaseName } from './bareNames';
import { LETTER, LOWER, UPPER } from './letters';
import type { KnownNames } from './names';
import type { PiiSpan } from './types';

/** Read once: under tsx every use of an imported binding is a getter call, and these run for every match. */
const { NAME, PARTICLES, SURNAME_PARTICLE, WORD } = shapes;
const { lexiconName, namesIn } = verdicts;

/**
 * The answer to a question for the name, after the speaker's label, when the question asks for more than the name
 * ("Full name and date of birth, please. Caller: Grace Obi, March the 1st, 1960").
 */
const NAME_ASKED_THEN_ANSWERED = new RegExp(
  `(?<![${LETTER}])(?:[Ff]ull |[Yy]our )?(?:[Nn]ame|[Ss]urname)(?![${LETTER}])[^?.!\\n]{0,70}?[?.!]?\\s*(?:[Cc]aller|[Cc]ustomer|[Cc]lient)\\s*:\\s*(?:(?:[Ii]t['’]?s|[Ss]ure|[Yy]es|[Yy]eah|[Oo]k(?:ay)?),?\\s+){0,3}(${NAME})(?![${LETTER}'’-]|\\s*[\\d#])`,
  'dg',
);
/**
 * A question for a person and the answer after it, in one line, with a few words of answer before the name: "Who am
 * I speaking with today? Caller: Siobhan.", "the full name of the account holder? Caller: Yes, it's Wojciech
 * Kowalczyk.", "Am I speaking to the bill payer? Caller: Yes, Harriet Osei.", "the name on the card? T. J. Whitfield."
 * The name (initials may start it) must end its clause.
 */
const PERSON_ASKED_THEN_ANSWERED = new RegExp(
  `\\b(?:[Aa]nd you are(?=\\s*\\?)|(?:[Ww]ho(?:['’]s| is| am I| are you| have I(?: got)?| do I have)|[Ss]peaking (?:with|to)|[Tt]alking (?:with|to)|[Bb]ill ?payer|[Aa]ccount ?holder|[Pp]olicy ?holder|[Cc]ard ?holder)\\b[^?.!\\n]{0,40}|[Nn]ame(?: on the (?:account|card|policy|booking))?\\s*)\\?\\s*(?:(?:[Cc]aller|[Cc]ustomer|[Cc]lient)\\s*:\\s*)?(?:(?:[Yy]es|[Yy]eah|[Yy]ep|[Ss]ure|[Oo]f course|[Ii]t['’]s|[Ii]t is|[Tt]hat['’]s|[Tt]his is|[Ii]['’]m|[Uu]m|[Uu]h)[,.]?\\s+){0,3}((?:[A-Z]\\.\\s?){0,2}${NAME})(?=\\s*(?:[,.!?;]|$))`,
  'dg',
);
/** Between a greeting and "it's": a filler or two ("hi yeah it's Tom", "hello, um, it's ..."). */
const GREETING_FILLERS = '(?:(?:yeah|yes|so|um|uh|er|ok|okay|there),? ){0,2}';
/**
 * "hi it's Aisling Byrne, ...": a greeting and "it's", then the name; a company greets as often as a person ("hi it's
 * Sky, ..."), so one word of the name must be no word, place or brand. Kept out of INTRODUCED's cues (every branch
 * there is tried at every "h"); run where GREETING_THEN_ITS finds its words.
 */
const GREETING_ITS_NAME = new RegExp(`[Hh](?:i|ello|ey|iya),? ${GREETING_FILLERS}[Ii]t['’]?s\\s+(${NAME})`, 'dg');
/**
 * In lower case, a greeting and "it's" ("hey it's priya again") or the answer to a question for the name or the person
 * after the speaker's label, with its question mark or none, as voice transcripts write it ("full name? Caller: siddharth
 * menon", "and you are? caller: kwame", "who am i speaking with today customer: uh it's kwame"): the words that may be
 * names (no ordinary word, place or brand), up to three.
 */
const LOWER_CASE_GREETING_OR_ANSWER = new RegExp(
  `(?:\\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya),? ${GREETING_FILLERS}[Ii]t['’]?s|(?:\\b(?:[Nn]ame|[Ss]urname|[Ww]ho am [Ii] speaking (?:with|to)|[Ww]ho(?:['’]s| is) (?:calling|this)|[Aa]nd you are)[^?\\n]{0,30}?\\??\\s*(?:[Cc]aller|[Cc]ustomer|[Cc]lient)\\s*:(?:\\s*(?:[Ii]t['’]?s|[Ss]ure|[Yy]es|[Yy]eah|[Uu]m|[Uu]h),?){0,2}))\\s+([${LOWER}][${LOWER}'’-]+(?:\\s+[${LOWER}][${LOWER}'’-]+){0,2})(?![${LETTER}])`,
  'dg',
);
/**
 * "ok so its Ebere Chukwuma, born ...": "it's" and a first name and a surname that end the clause, each word no word,
 * place or brand (a company is said the same way: "it's Hello Fresh, ...").
 */
const ITS_FULL_NAME = new RegExp(
  `\\b[Ii]t['’]?s\\s+(${WORD}(?:\\s+(?:${SURNAME_PARTICLE}\\s+){0,2}${WORD}){1,2})(?=\\s*[,.!?;]|\\s*$)`,
  'dg',
);
/**
 * Every word of a name "it's" gives may be a name, but for a surname's particle after the first ("it's Niamh Van der
 * Merwe", "it's Bruno de Souza").
 */
const everyWordNameOrParticle = (said: string): boolean =>
  said.split(/\s+/).every((word, k) => mayBeLowerCaseName(word) || (k > 0 && PARTICLES.has(word.toLowerCase())));
/** In lower case, "it's" or "it's under" starting the turn or the answer, then a first name and a surname. */
const LOWER_CASE_ITS = new RegExp(
  `\\bit['’]?s(?: under)?\\s+([${LOWER}][${LOWER}'’-]+(?:\\s+[${LOWER}][${LOWER}'’-]+){1,4})`,
  'dg',
);
/**
 * What comes before that "it's" (but for "it's under"): the start of the turn or of a speaker's answer, and up to two
 * fillers ("caller: ok so its ...").
 */
const BEFORE_LOWER_CASE_ITS = /(?:^|:)\s*(?:(?:so|ok|okay|yeah|yes|um|uh|er|well),?\s+){0,2}$/;
/** "it's" in a turn's first words or after a speaker's label, or "it's under": what LOWER_CASE_ITS needs. */
const LOWER_CASE_ITS_PLACE = /^\W*(?:\w+\W+){0,2}it['’]?s |: *(?:\w+\W+){0,2}it['’]?s |it['’]?s under /;
const ITS_THEN_CAPITAL = new RegExp(`[Ii]t['’]?s [${UPPER}]`);
/** What both "it's" patterns cannot match without (a native scan: most turns with a name cue have none). */
const ITS_WORD = /[Ii]t['’]?s /;
const ANSWER_AFTER_QUESTION = /\?\s*(?:[Cc]aller|[Cc]ustomer|[Cc]lient)\s*:/;
const GREETING_THEN_ITS = new RegExp(`[Hh](?:i|ello|ey|iya),? ${GREETING_FILLERS}[Ii]t`);
/**
 * The words PERSON_ASKED_THEN_ANSWERED's questions hold, the question mark right after "name" (a question that ends
 * the turn has its answer in the next one, where QUESTION_THEN_MORE fails).
 */
const QUESTION_THEN_MORE = /\?\s*[A-Za-z]/;
const PERSON_QUESTION = /[Ww]ho|speaking|talking|payer|holder|[Nn]ame(?: on the \w+)?\s*\?|you are\s*\?/;

/** "Full name and date of birth, please. Caller: Grace Obi, ...": the answer after the speaker's label. */
export function namesAnsweredAfterLabel(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  if (!text.includes(':')) return;
  namesIn(NAME_ASKED_THEN_ANSWERED, text, names, spans);
  if (OTHER_LANGUAGE_LABEL.test(text))
    namesIn(NAME_ASKED_THEN_ANSWERED_ABROAD, text, names, spans, holdsNoWordOfNoName);
}

/**
 * The same in French, Spanish, German and Portuguese: "votre nom ? Client : Gwenaëlle Kerhervé", "Ihr Name bitte?
 * Kunde: Wolfram Dübbelde". Nouns are capitalised in German and a company has a name too, so the answer is two to
 * four capitalised words that end the clause, and the question names no company.
 */
const NOT_A_NAME_WORD =
  /(?<![\p{L}])(?:Ein|Eine|Einen|Moment|Momento|Momentito|Instant|Un|Une|Una|Uno|Um|Uma|Le|Les|El|Los|Las|Der|Die|Das|Banco|Banque|Bank|Hotel|Restaurant|Société|Sociedad|Empresa|Grupo|Groupe|Gruppe|Firma|GmbH|Seguros|Assurances|Versicherung|Oui|Sí|Si|Sim|Ja|Nein|Non|Não|Bitte|Merci|Gracias|Obrigad[oa]|Danke)(?![\p{L}])/u;
const OTHER_LANGUAGE_LABEL = /(?:[Cc]liente?|[Kk]und(?:e|in))\s*:/;
const NAME_ASKED_THEN_ANSWERED_ABROAD = new RegExp(
  `(?<![${LETTER}])(?:[Nn]om|[Nn]ombre|[Nn]ome|[Nn]ame|[Nn]achname|[Aa]pellidos?|[Ss]obrenome)(?![${LETTER}])(?![^?.!\\n]{0,70}?(?:soci[ée]t[ée]|entreprise|empresa|[Ff]irma|[Uu]nternehmen|companhia|negocio|commerce|magasin|tienda|loja|[Gg]eschäft))[^?.!\\n]{0,70}?[?.!]?\\s*(?:[Cc]liente?|[Kk]und(?:e|in))\\s*:\\s*([${UPPER}][${LETTER}'’-]+(?:\\s+(?:(?:de|da|do|dos|das|del|la|le|von|van|zu)\\s+)?[${UPPER}][${LETTER}'’-]+){1,3})(?=\\s*(?:[,.!?;]|$))`,
  'dg',
);
/** "Einen Moment", "Banco Santander": an article, a pause or a business word is no part of a name. */
const holdsNoWordOfNoName = (said: string): boolean => !NOT_A_NAME_WORD.test(said);

/** A question for a person and the answer after it in the same turn (most turns hold no question). */
export function personAskedThenAnswered(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  if (text.includes('?') && QUESTION_THEN_MORE.test(text) && PERSON_QUESTION.test(text))
    namesIn(PERSON_ASKED_THEN_ANSWERED, text, names, spans);
}

/** A question for the name or the person with no question mark, then the answer's label (voice transcripts). */
const ASKED_THEN_LABEL =
  /(?:[Nn]ame|[Ss]urname|speaking (?:with|to)|calling|this|you are)[^?\n]{0,30}\s(?:[Cc]aller|[Cc]ustomer|[Cc]lient)\s*:/;
/** The names after "it's" and, in lower case, after a question's label or a greeting. */
export function namesAfterItsOrAnswer(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  if (ITS_WORD.test(text)) {
    if (GREETING_THEN_ITS.test(text)) namesIn(GREETING_ITS_NAME, text, names, spans, greetedName);
    if (ITS_THEN_CAPITAL.test(text)) namesIn(ITS_FULL_NAME, text, names, spans, everyWordNameOrParticle);
    for (const m of LOWER_CASE_ITS_PLACE.test(text) ? allMatches(LOWER_CASE_ITS, text) : []) {
      if (!m[0].includes(' under ') && !BEFORE_LOWER_CASE_ITS.test(text.slice(Math.max(0, m.index - 24), m.index)))
        continue;
      const [start, end] = m.indices![1];
      const span = lexiconName(text, start, end, names, 2);
      if (span) spans.push(span);
    }
  }
  if (
    (text.includes('?') && ANSWER_AFTER_QUESTION.test(text)) ||
    (ITS_WORD.test(text) && GREETING_THEN_ITS.test(text)) ||
    ASKED_THEN_LABEL.test(text)
  )
    for (const m of allMatches(LOWER_CASE_GREETING_OR_ANSWER, text)) {
      const [start, end] = m.indices![1];
      const span = lexiconName(text, start, end, names);
      if (span) spans.push(span);
    }
}

/**
 * "hi it's Aisling Byrne": the greeting's name when a word of it may be a name in lower case, or when it is one
 * capitalised given name that is an ordinary word too ("hi it's Tom", "hi yeah it's Will"; "hi it's Sky" stays).
 */
function greetedName(said: string): boolean {
  const words = said.split(/\s+/);
  return words.some(mayBeLowerCaseName) || (words.length === 1 && isGivenName(words[0]));
}
