/**
 * Voice transcripts in lower case: someone named as the subject of what they said or did, starting a clause ("o joão
 * disse que ia ligar", "y luego la maite me dijo", "la marie m'a dit", "et puis gwendal m'a rappelé", "so siobhan told
 * me", "und dann hat der jens gesagt"). Read only in a turn holding one of the verbs (SUBJECT_VERB): index.ts reads
 * it for a turn with no name cue, cuedNames.ts beside the cues of a turn that has one.
 *
 * The word must be a listed name that is no ordinary word ("o técnico disse", "la box m'a lâché", "billing told me"
 * stay). In French, Spanish and Portuguese a common noun as a subject takes an article, so a word of no list (four
 * letters or more) said with none is a name too ("et puis gwendal m'a rappelé", "bah ludivine elle a dit"); after an
 * article ("o atendente disse", "le technicien m'a rappelé") it stays, and a firm said with none is a brand of the word
 * kinds' lists ("et puis cofidis m'a rappelé", nameWordKinds.ts) or sent something ("y luego zentrix me mandó").
 */
import * as bareNames from './bareNames';
import { isLetterCode } from './letters';
import * as verdicts from './cuedNameVerdicts';
import * as nameFolds from './names';
import type { KnownNames } from './names';
import type { PiiSpan } from './types';

/** Read once: under tsx every use of an imported binding is a getter call. */
const { isCleanName, mayBeLowerCaseName } = bareNames;
const { lexiconName } = verdicts;
const { foldName } = nameFolds;

/** What starts the clause (group 1): the turn, a label or a stop, or a joining word or filler of the five languages. */
const CLAUSE_START =
  "(^|[:.!?,;]\\s*|(?<![\\p{L}'’])(?:e|y|et|und|and|so|then|but|aí|ai|luego|después|despues|puis|alors|bah|ben|donc|dann|ja|yeah|um|uh|euh|eh|pois|mas|pero|mais|aber)\\s+)";
/** Said or done, in French, Spanish and Portuguese (group 5 of SUBJECT). */
const ROMANCE_VERB =
  "(?:(?:me|nos)\\s+)?(?:disse|falou|explicou|contou|avisou|prometeu|garantiu|ligou|mandou|respondeu|dijo|explicó|contó|avisó|prometió|aseguró|llamó|mandó|respondió|comentó)|(?:m['’]|nous\\s+)?(?:a|avait)\\s+(?:dit|rappelé|expliqué|promis|appelé|assuré|envoyé|répondu|affirmé)";
/** Said or done, in English and German (group 6 of SUBJECT). */
const OTHER_VERB =
  '(?:told|promised|assured)\\s+(?:me|us)|explained|reckoned|(?:hat|hatte)\\s+(?:mir\\s+|uns\\s+)?(?:gesagt|erklärt|versprochen|gemeint)|meinte|sagte';
/**
 * A clause's start, maybe an article (group 2), the word (group 3), maybe "il"/"elle"/"ele"/"ela" taking it up again
 * (group 4: "le jean-baptiste il m'a expliqué"), the verb. Read in a window before each verb (SUBJECT_VERBS).
 */
const SUBJECT = new RegExp(
  `${CLAUSE_START}(?:(o|a|el|la|le|der|die)\\s+)?([\\p{Ll}][\\p{Ll}'’-]{2,})(\\s+(?:il|elle|ele|ela|él|ella))?\\s+(?:(${ROMANCE_VERB})|(${OTHER_VERB}))(?![\\p{L}])`,
  'gu',
);
/** German with the verb first: "und dann hat der jens gesagt", "hat mir die anke erklärt". */
const GERMAN_VERB_FIRST =
  /(?<![\p{L}])(?:hat|hatte)\s+(?:mir\s+|uns\s+)?(?:der|die)\s+([\p{Ll}][\p{Ll}'’-]{2,})\s+(?:mir\s+|uns\s+)?(?:gesagt|erklärt|versprochen|gemeint)(?![\p{L}])/dgu;
/** What the patterns cannot match without: one of the verbs, as a word. */
const SUBJECT_VERB =
  /(?<![\p{L}])(?:disse|falou|explicou|contou|avisou|prometeu|garantiu|ligou|mandou|respondeu|dijo|explicó|contó|avisó|prometió|aseguró|llamó|mandó|respondió|comentó|dit|rappelé|expliqué|promis|appelé|assuré|envoyé|répondu|affirmé|told (?:me|us)|promised (?:me|us)|assured|explained|reckoned|gesagt|erklärt|versprochen|gemeint|meinte|sagte)(?![\p{L}])/u;
/**
 * Pronouns, relatives, neighbours and roles of the five languages that a list holds as a name or no list holds
 * ("ella", "elle", "mamie", "tonton", "le mari", "la voisine", "a mãe", "a nora", "el chico", "der mann", "die oma",
 * "cara" is "guy" in Brazil), said as a subject as names are, often with no article ("mamie m'a dit"). Folded.
 */
const NO_SUBJECT_NAME = new Set(
  `ella ellas elle elles cara mano mana mina moco moca chefe patron patronne patroa boss someone somebody nobody
  everyone maman papa mamie mamy papi papy pepe meme tonton tata tati tatie nounou nourrice mari femme ami amie copain
  copine pote voisin voisine oncle tante cousin cousine frere soeur mama nena nene nina nino chico chica tia tio prima
  primo abuela abuelo abuelita abuelito suegra suegro cunada cunado vecino vecina mae mamae pai papai vo vovo avo irma
  irmao sogra sogro nora genro neto neta bebe guria guri filho filha tia tio vizinho vizinha oma opa mann frau kellner
  schwager schwagerin nachbar nachbarin kollege kollegin atendente vendedora vendedor recepcionista secretaria
  chefa azubi secu bella`.split(/\s+/),
);
/**
 * The endings of the role, trade, firm and thing nouns no list holds (folded), said after an article as a subject as
 * names are: in French, Spanish and Portuguese "a cajera", "le livreur", "la conseillère", "o cobrador", "a
 * seguradora", "o atendimento", "la messagerie", "a fatura"; in German after "der"/"die" "der vermieter", "die
 * verkäuferin", "die ansage", "die hotline". A word of no list after an article with none of them is taken for a name
 * ("a rosângela falou", "la yurena me dijo", "der torben hat gesagt", "le corentin m'a expliqué").
 */
const ROMANCE_ROLE_ENDING =
  /(?:eur|euse|ier|iere|ere|iste|ista|ien|ienne|trice|esse|dor|dora|ora|ica|ate|ero|era|eiro|eira|ario|aria|aire|airie|ente|enta|ante|ant|ura|ment|mento|miento|erie|eria|oria|cao|cion|sion|tion|dad|dade|ite|agem|aje|ado|ada|ido|ida|al)$/;
const GERMAN_ROLE_ENDING = /(?:er|in|e|ung|ei|heit|keit|schaft|ist|ent|eur|or|ion|tat|ling|ur)$/;
const INNER_APOSTROPHE = /^(?!(?:o|d|mc)['’]).+['’]/;
/** Sent something: a firm does as often ("et puis cofidis m'a envoyé"), so a word of no list needs more. */
const SENT = /mand[oó]u?|envoyé/;

/** Each verb in turn: SUBJECT is read only in the few words before each (a scan of a whole long turn cost it more). */
const SUBJECT_VERBS = new RegExp(SUBJECT_VERB.source, 'gu');
/** How far before a verb its subject may start: clause start, article, word, "il"/"elle", "nous avait". */
const WINDOW = 80;

export function subjectNames(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  if (!SUBJECT_VERB.test(text)) return;
  // No window starts before the last verb's end: a subject's words hold no verb, so each character is read about once.
  let readTo = 0;
  SUBJECT_VERBS.lastIndex = 0;
  for (let verb = SUBJECT_VERBS.exec(text); verb !== null; verb = SUBJECT_VERBS.exec(text)) {
    let from = verb.index - WINDOW;
    if (from <= readTo) from = readTo;
    else if (isLetterCode(text.charCodeAt(from - 1))) from = Math.min(verb.index, spaceAfter(text, from));
    const verbEnd = verb.index + verb[0].length;
    if (from >= verbEnd) continue; // read already, with the subject that ends at it
    readTo = verbEnd;
    const window = text.slice(from, verbEnd + 12);
    SUBJECT.lastIndex = 0;
    for (let m = SUBJECT.exec(window); m !== null; m = SUBJECT.exec(window)) {
      // The window's start is no clause's start unless it is the turn's.
      if (m[1] === '' && from > 0) continue;
      const span = subjectSpan(text, from, m, names);
      if (span) spans.push(span);
      readTo = Math.max(readTo, from + m.index + m[0].length);
    }
  }
  if (!text.includes('hat')) return;
  GERMAN_VERB_FIRST.lastIndex = 0;
  for (let m = GERMAN_VERB_FIRST.exec(text); m !== null; m = GERMAN_VERB_FIRST.exec(text)) {
    if (!isCleanName(m[1]) || NO_SUBJECT_NAME.has(foldName(m[1]))) continue;
    const [start, end] = m.indices![1];
    const span = lexiconName(text, start, end, names);
    if (span) spans.push(span);
  }
}
/** The span of the subject a SUBJECT match in the window at `from` found, when its word is a name. */
function subjectSpan(
  text: string,
  from: number,
  m: RegExpExecArray,
  names: KnownNames | undefined,
): PiiSpan | undefined {
  const word = m[3];
  if (NO_SUBJECT_NAME.has(foldName(word)) || INNER_APOSTROPHE.test(word)) return undefined;
  const bareRomance =
    m[2] === undefined && m[5] !== undefined && !SENT.test(m[5]) && word.length >= 4 && mayBeLowerCaseName(word);
  if (!isCleanName(word) && !bareRomance && !articledName(m, word)) return undefined;
  // No `d` flag (its offsets cost every match): the word is the first of its letters after the clause's start and article.
  const start = from + m.index + m[0].indexOf(word, m[1].length + (m[2]?.length ?? 0));
  return lexiconName(text, start, start + word.length, names);
}
/** Whether a SUBJECT match's word of no list, after an article, is a name: no role's ending, and no firm's "sent". */
function articledName(m: RegExpExecArray, word: string): boolean {
  const article = m[2];
  if (article === undefined || word.length < 4 || (m[5] !== undefined && SENT.test(m[5]))) return false;
  if (!mayBeLowerCaseName(word)) return false;
  const ending = article === 'der' || article === 'die' ? GERMAN_ROLE_ENDING : ROMANCE_ROLE_ENDING;
  return !ending.test(foldName(word));
}
/** The index after the next space from `at` (the text's length when there is none). */
function spaceAfter(text: string, at: number): number {
  const space = text.indexOf(' ', at);
  return space < 0 ? text.length : space + 1;
}
