/**
 * Names introduced by a cue, in English, Spanish, French, German and Portuguese: "my name is ...",
 * "this is ... calling", "speaking with ...", "account holder ...", "me llamo ...", "je m'appelle ...",
 * "mein Name ist ...", "meu nome é ...", a title ("Mrs. Raman"), and a surname spelled out after "spelled".
 * The name itself must be capitalized: a cue followed by ordinary words ("my name is on the account") stays.
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { isLetterCode, LETTER, LOWER, UPPER } from './letters';
import { isCleanName, mayBeLowerCaseName } from './bareNames';
import { foldName, type KnownNames } from './names';
import { spaceSpelledNames, spelledOutNames } from './spelledNames';
import type { PiiSpan } from './types';

/** Relatives and others a caller names (English, Spanish): cues here, and words the pre-pass looks for. */
const RELATIVES_EN =
  'husband|wife|partner|mother|mom|mum|father|dad|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|grandad|granddad|granny|nan|nana|aunt|uncle|niece|nephew|cousin|fiancée?|boyfriend|girlfriend|tenant|landlord|colleague|boss|friend|neighbou?r';
/**
 * More relatives, for the cue only: not among the pre-pass's words (each word there costs every turn's scan), so
 * they count where another cue word brings the turn to the name patterns ("my late father", "my mother-in-law").
 */
const MORE_RELATIVES_EN =
  'stepmother|stepfather|stepson|stepdaughter|grandson|granddaughter|carer|flatmate|roommate|housemate|stepdad|stepmum|stepmom';
const RELATIVES_ES = 'esposo|esposa|marido|mujer|madre|padre|hijo|hija|hermano|hermana';

/** "I spoke to someone called Deborah": a third person named by whoever mentions them. */
const CALLED_CUE =
  '(?:someone|somebody|a man|a woman|a lady|a guy|a gentleman|an agent|an advisor|an adviser|a rep|a manager|a supervisor|an engineer|a technician) (?:called|named)';

const CUES = [
  // English
  'my name is',
  "my name's",
  'my names',
  'name is',
  "name,? it['’]?s",
  // Each starts with a plain letter, as the transfer cues below.
  'got you(?: down)? as',
  'have you(?: down)? as',
  'signed for by(?: an?)?',
  'helped by',
  'served by',
  'dealt with by',
  'seen by',
  'addressed to',
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
  CALLED_CUE,
  'call me',
  'call you',
  "(?:this is|it['’]s|that['’]s) (?:she|he|him|her|me),?",
  '(?:I|he|she|they|everyone|people|friends)(?: usually| normally| just| mostly)? go(?:es)? by',
  "(?:I['’]m|I am|he['’]s|he is|she['’]s|she is)(?: also| usually| better)? known as",
  '(?:the )?(?:caller|cardholder|card holder|policyholder|policy holder|beneficiary|patient) is',
  '(?:under|in) my name,?',
  '(?:your |full |the )?name(?=\\s*\\?)',
  'speak (?:to|with)',
  'talk (?:to|with)',
  '(?:spoke|talked|chatted) (?:to|with)',
  '(?:put me through|transfer me|connect me) to',
  // Each starts with a plain letter: a branch that starts with a group splits the cues' first-character grouping.
  'transfer(?:ring)? you(?: over| back)? to',
  'put(?:ting)? you (?:through|over|back) to',
  'pass(?:ing)? you(?: over| back)? to',
  'connect(?:ing)? you(?: through)? to',
  '(?:full )?[Nn]ame\\s*:',
  'under the name(?: of)?',
  'in the name of',
  "(?:it|account|policy|card|booking|reservation|order|plan|subscription)(?:['’]s| is| was)(?: (?:registered|listed|booked|held|set up|opened))? (?:under|in the name of)",
  'registered (?:to|under)',
  'belongs to',
  "(?:first|last|middle|given|family) ?name(?: is|['’]s)?",
  "surname(?: is|['’]s)?",
  // A relative or someone else named: "my wife Sarah Jenkins", "for my mother, Rosa Delgado", "in my husband's name,".
  `(?:my|his|her|our)(?: late)? (?:${RELATIVES_EN}|${MORE_RELATIVES_EN})(?:[- ]in[- ]law)?(?:['’]s name|['’]s(?=,)|(?: is| was)? (?:named|called))?,?(?: it['’]s| which is)?`,
  // Spanish
  'nombre(?: completo)?\\s*:',
  'a nombre de',
  'hablar con',
  'mi apellido es',
  'apellidos?\\s*:',
  `mi (?:${RELATIVES_ES}),?`,
  'me llamo',
  'mi nombre es',
  'soy',
  'habla con',
  'hablas con',
  'le atiende',
  'titular(?: de la cuenta)? es',
  'nombre del titular es',
  // French
  "je m'appelle",
  'je m’appelle',
  'mon nom est',
  'vous parlez (?:à|avec)',
  'je suis',
  'titulaire(?: du compte)? est',
  'nom(?: complet)?\\s*:',
  'au nom de',
  "c['’]est",
  'parler (?:à|avec)',
  'mon nom de famille est',
  'mon prénom est',
  '(?:nom de famille|prénom)\\s*:',
  '(?:mon mari|ma femme|ma mère|mon père|mon fils|ma fille|mon frère|ma sœur),?',
  // German
  'mein name ist',
  'ich heiße',
  'ich heisse',
  'sie sprechen mit',
  'hier spricht',
  'hier ist',
  'kontoinhaber(?:in)? ist',
  'auf den namen(?: von)?',
  'im namen von',
  'mit (?:Herrn|Frau) sprechen',
  'mein (?:[Nn]achname|[Vv]orname|[Ff]amilienname) ist',
  '(?:[Nn]achname|[Vv]orname)\\s*:',
  // Portuguese
  'meu nome é',
  'o meu nome é',
  'me chamo',
  'chamo-me',
  'fala com',
  'está falando com',
  'titular(?: da conta)? é',
  'aqui (?:é|fala) (?:o|a)',
  'aqui (?:é|fala)',
  'nome(?: completo)?\\s*:',
  'em nome de',
  'falar com',
  'eu sou (?:o|a)',
  'sou (?:o|a)',
  'meu (?:sobrenome|apelido) é',
  '(?:meu marido|minha esposa|minha mulher|minha mãe|meu pai|meu filho|minha filha),?',
  // Dutch
  'mijn naam is',
  'naam\\s*:',
];
/** Titles as voice transcripts write them ("mrs Pennyworth"); not "miss" ("I miss Christmas") nor "dr" ("dr Pepper"). */
const LOWER_CASE_TITLES = 'mr|mrs|ms|mister';
/** "ms Word", "ms Teams": Microsoft's products after a lower-case "ms". */
const MS_PRODUCT =
  /^ms\s+(?:Word|Excel|Teams|Office|Outlook|Access|Paint|Edge|Windows|Dos|DOS|Project|Publisher|Visio|Azure|Forms|OneNote|OneDrive|Store|Authenticator|SQL|Exchange|Dynamics)(?![\p{L}])/u;
/** A name of a thing, not of a person: "house name is Hawthorn Cottage", "the company name is Acme Ltd". */
const THING_BEFORE_NAME =
  /(?:house|street|road|company|business|user|product|brand|file|model|shop|store|pet|dog['’]?s|cat['’]?s|boat|village|town|farm|band|app|network|wifi|router|device|computer|team|building|property|hotel|restaurant|school|trading|account|folder|project|plan|package)\s*$/i;
export const TITLES =
  'Mr|Mrs|Ms|Miss|Mister|Dr|Sr|Sra|Srta|Señor|Señora|Mme|Mlle|Monsieur|Madame|Herr|Frau|Senhor|Senhora|Dona|Grandma|Grandpa|Aunt|Uncle';
/** Cue words (and each alternative in a group) match at either case of their first letter; no `i` flag, which would make the capital-letter class match any letter. */
const anyFirstCase = (cue: string): string =>
  cue.replace(/(^|\s|\(\?:|\|)([a-zà-ÿ])/g, (_, space: string, c: string) => `${space}[${c.toUpperCase()}${c}]`);
/** A capitalized word, optionally with particles between words (de, da, van, von, O', Mc...). */
const WORD = `[${UPPER}][${LETTER}'’]*(?:-[${LETTER}][${LOWER}'’]+)?`;
const PARTICLE = '(?:de|da|do|dos|das|del|la|le|di|du|van|von|der|den|ten|ter|y|e)';
/** A surname may start with a Dutch or German particle in lower case ("van der Berg"). */
const LEADING_PARTICLE = '(?:(?:van|von|ten|ter)\\s+(?:der\\s+|den\\s+)?)';
const NAME = `${LEADING_PARTICLE}?${WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${WORD}){0,3}`;
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
  'bye now',
  'goodbye',
  'cheers',
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
 * The cue asked as a question and the name in the answer, in one line: "your name? It's John Smith", "Who am I
 * speaking with? Customer: Raj Patel."
 */
const ANSWERED = `(?:(?:\\s*\\?\\s*(?:[A-Z][a-z]+\\s*:|[—–-])?|\\s+(?:[Cc]aller|[Cc]ustomer|[Cc]lient)\\s*:)(?:\\s*(?:[Ii]t['’]?s|[Ii]t is|[Tt]hat['’]s|[Tt]his is|[Ss]ure|[Yy]es|[Yy]eah|[Oo]k|[Uu]m|[Uu]h|[Ee]r)\\s*,?){0,2})`;
/**
 * Every cue kind in one scan: (1) a naming cue, (2) "this is", (3) a greeting, (4) a title, then (5) the name.
 * "this is" names a company as often as a person, and a greeting precedes any word: both need a stop after the
 * name ("this is Alex.", "Thanks Hannah,"), checked on the match.
 */
const INTRODUCED = new RegExp(
  `(?<![${LETTER}])(?:(${grouped(CUES.map(anyFirstCase).join('|'), false)})${ANSWERED}?\\s*:?|([Tt]his is|[Ii]['’]m|I am|[Ii]ch bin|[Ii]ci|[Hh]abla)|(${grouped(VOCATIVES.map(anyFirstCase).join('|'), false)}),?|(${grouped(`${TITLES}|${LOWER_CASE_TITLES}`, false)})\\.?)\\s+((?:(?:${TITLES})\\.?\\s+)?(?:(?:[A-Z]\\.\\s?){1,2}(?=[${UPPER}][${LOWER}]))?${NAME})`,
  // No `d` flag: the name (group 5) ends the match, so its place follows from the match's end and length.
  'g',
);
const STOP_AFTER_THIS_IS = /^\s*(?:[,.!?;]|$|calling|speaking|here|from|and|und|aus|von|du|de|da|do|del)(?![\p{L}])/u;
/** Or, after a first name and a surname, the next clause in lower case: "this is Dagny Solberg i had a question". */
const CLAUSE_AFTER_FULL_NAME = /^\s+(?:i|i['’]m|im|i['’]ve|ive|i['’]d|my)(?![\p{L}])/u;
/** "This is Dr. Helen Okafor's office": a titled name in the possessive needs no stop after it. */
const TITLED_POSSESSIVE = new RegExp(`^(?:${TITLES})\\.?\\s.*['’]s$`);
const STOP_AFTER_GREETING = /^\s*(?:[,.!?]|$)/;
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
/** "You've got Marcus on the line", "I have Mrs. Patel on the phone": someone put on the call. */
const ON_THE_LINE = new RegExp(
  `(?<![${LETTER}])(?:got|have|has|with)\\s+((?:(?:${TITLES})\\.?\\s+)?${NAME})\\s+on the (?:line|phone|call)(?![${LETTER}])`,
  'dg',
);
/** "Olá, fala o Rodrigo": a Portuguese greeting, then "fala o/a" and the name (a pattern of its own, run on "fala"). */
const GREETING_FALA = new RegExp(
  `(?<![${LETTER}])(?:[Oo]lá|[Oo]i|[Bb]om dia|[Bb]oa tarde|[Bb]oa noite),?\\s+fala\\s+(?:o|a)\\s+(${NAME})`,
  'dg',
);
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
/**
 * "hi it's Aisling Byrne, ...": a greeting and "it's", then the name; a company greets as often as a person ("hi it's
 * Sky, ..."), so one word of the name must be no word, place or brand. Kept out of INTRODUCED's cues (every branch
 * there is tried at every "h"); run where GREETING_THEN_ITS finds its words.
 */
const GREETING_ITS_NAME = new RegExp(`[Hh](?:i|ello|ey|iya),? [Ii]t['’]?s\\s+(${NAME})`, 'dg');
/**
 * In lower case, a greeting and "it's" ("hey it's priya again") or the answer to a question for the name or the person
 * after the speaker's label ("full name? Caller: siddharth menon", "and you are? caller: kwame"): the words that may be
 * names (no ordinary word, place or brand), up to three.
 */
const LOWER_CASE_GREETING_OR_ANSWER = new RegExp(
  `(?:\\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya),? [Ii]t['’]?s|(?:\\b(?:[Nn]ame|[Ss]urname|[Ww]ho am [Ii] speaking (?:with|to)|[Ww]ho(?:['’]s| is) (?:calling|this)|[Aa]nd you are)[^?\\n]{0,30}\\?\\s*(?:[Cc]aller|[Cc]ustomer|[Cc]lient)\\s*:(?:\\s*(?:[Ii]t['’]?s|[Ss]ure|[Yy]es|[Yy]eah|[Uu]m|[Uu]h),?){0,2}))\\s+([${LOWER}][${LOWER}'’-]+(?:\\s+[${LOWER}][${LOWER}'’-]+){0,2})(?![${LETTER}])`,
  'dg',
);
/**
 * "ok so its Ebere Chukwuma, born ...": "it's" and a first name and a surname that end the clause, each word no word,
 * place or brand (a company is said the same way: "it's Hello Fresh, ...").
 */
const ITS_FULL_NAME = new RegExp(`\\b[Ii]t['’]?s\\s+(${WORD}(?:\\s+${WORD}){1,2})(?=\\s*[,.!?;]|\\s*$)`, 'dg');
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
const GREETING_THEN_ITS = /[Hh](?:i|ello|ey|iya),? [Ii]t/;
function lexiconName(
  text: string,
  start: number,
  end: number,
  names: KnownNames | undefined,
  minWords = 1,
): PiiSpan | undefined {
  const words: string[] = [];
  const said = text.slice(start, end).split(/\s+/);
  for (let k = 0; k < said.length; k++) {
    const word = said[k];
    // "juan pablo de la fuente": particles and the surname they bring, once a name has started.
    if (words.length > 0 && PARTICLES.has(word)) {
      let next = k;
      while (next < said.length && PARTICLES.has(said[next])) next++;
      if (next === said.length || NOT_A_NAME_IN_SPEECH.has(said[next])) break;
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
/** A one-word name said again in full after a comma: "kwame, kwame boateng", "gonzalez, maria gonzalez". */
const LOWER_FULL_NAME_AFTER = new RegExp(`^,\\s+([${LOWER}][${LOWER}'’-]+\\s+[${LOWER}][${LOWER}'’-]+)(?![${LETTER}])`);
/** Voice transcripts in lower case: "this is rebecca calling", "hi it's dev here". */
const LOWER_CASE_THIS_IS =
  /\b(?:this is|it['’]s)\s+([a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)\s+(?:calling|speaking|here|from)\b/dg;
/** A cued short name said in full right after it: "it's under Pat, Patricia Oyelaran-Smith". */
const FULL_NAME_AFTER = new RegExp(
  `^,\\s+([${UPPER}][${LOWER}]+(?:\\s+[${UPPER}][${LETTER}'’-]+){1,2})(?![${LETTER}])`,
);

/**
 * Cues kept out of INTRODUCED's alternation (every branch there is tried at every word; these run only when a
 * native test finds their word): "you can put the booking under Lucía Fernández", "it's booked under Okafor".
 */
const UNDER_NAME = new RegExp(
  `\\b(?:[Pp]ut|[Bb]ook(?:ed)?|[Rr]eserved|[Hh]ave|[Gg]ot)(?: (?:it|that|this|them|the (?:booking|account|order|reservation|appointment|policy|table|room|ticket)))? under\\s+((?:(?:${TITLES})\\.?\\s+)?${NAME})`,
  'dg',
);
/** A hesitation after the cue: "my name's uh Bartholomew Finch". */
const HESITATED_NAME = new RegExp(
  `\\b[Nn]ame(?: is|['’]s),? (?:uh|um|erm|er|uhm),?\\s+((?:(?:${TITLES})\\.?\\s+)?${NAME})`,
  'dg',
);
const HESITATION = / (?:uh|um|erm|er|uhm),? [A-Z]/;
/** "Der Vertrag läuft auf meine Frau, Sabine Krüger": a relative, a comma (German capitalizes every noun), the name. */
const GERMAN_RELATIVE = new RegExp(
  `\\b(?:[Mm]eine?|[Ss]eine?|[Ii]hre?|[Uu]nsere?)[nm]? (?:Frau|Ehefrau|Mann|Ehemann|Mutter|Vater|Sohn|Tochter|Bruder|Schwester|Partnerin|Partner|Oma|Opa),\\s+(${NAME})`,
  'dg',
);
const GERMAN_POSSESSIVE = /(?:ein|ihr|ser)[enm]{0,2} [A-Z]/;

/** Capitalized words a cue can be followed by that are not names. */
const NOT_A_NAME = new Set(
  `the a an my our your his her their this that it is not just only customer care support billing sales service team department office
  company bank calling here there about regarding from with and or but so i i'm we you he she they what which who how yes no okay ok
  please thanks thank sorry hello hi good great fine monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december today tomorrow yesterday un una el la los las le les der die das ein
  eine kunde kundin cliente client o os um uma english spanish french german portuguese american canadian british going
  back done ready new sure happy interested confused trying looking still also just on at in section settings review
  investigation warranty contract article clause chapter page item plan option menu tab you're you’re we're we’re they're
  they’re he's he’s she's she’s who's who’s who everyone somebody someone nobody speaking correct right mine myself am
  bye goodbye cheers caller agent advisor adviser`.split(/\s+/),
);
/**
 * Words that are no name when a cue is followed by them alone ("for my wife? Ela está aqui", "Dear AI,", "for my
 * mother? Do it now"): pronouns of the five languages, the assistant's names, verbs that start a sentence. A name
 * of two words may start with one ("Ela Kowalska"). Folded as the words looked up are.
 */
const NOT_A_NAME_ALONE = new Set(
  `him them us me él ella ellos ellas usted ustedes yo nosotros il elle ils elles nous vous moi lui er sie es wir ihr ele
  ela eles elas você vocês nós eu hij zij wij ai bot chatbot assistant robot computer system do does did don't doesn't
  didn't can't could would should let tell give send get check`
    .split(/\s+/)
    .map(foldName),
);
/** "I'd like to", "We'll be": a contraction of a pronoun and a verb is no name (a possessive "'s" may be one). */
const CONTRACTION = /['’](?:d|ll|ve|re|m)$/i;
/** "registered to AC-2291": a capitalized word glued to digits is a code. */
const DIGITS_AFTER = /^-?\d/;

const LEADING_FILLERS = new Set(["it's", 'it’s', 'its', "i'm", 'i’m', 'im', "that's", 'that’s', "c'est", 'c’est']);
const TITLE_WORD = new RegExp(`^(?:${TITLES})\\.?$`, 'i');

function nameSpan(text: string, start: number, end: number, names: KnownNames | undefined): PiiSpan | undefined {
  let words = text.slice(start, end).split(/\s+/);
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
  // Trim trailing non-names ("Jordan Calling", "Walter Brennan And").
  while (words.length > 0 && NOT_A_NAME.has(foldName(words[words.length - 1]))) words = words.slice(0, -1);
  if (words.length === 0 || NOT_A_NAME.has(foldName(words[0])) || CONTRACTION.test(words[0])) return undefined;
  const alone = words.length === 1 && words[0];
  if (
    alone &&
    (NOT_A_NAME_ALONE.has(foldName(alone)) ||
      DIGITS_AFTER.test(text.slice(start + alone.length, start + alone.length + 2)))
  )
    return undefined;
  // "D-E-L-A-...": a letter read out is no name (the spelling is the spelled-out patterns').
  if (words.length === 1 && words[0].length === 1) return undefined;
  const length = words.join(' ').length;
  const folded = foldName(words.join(' '));
  if (names?.kept.has(folded)) return undefined; // the agent's own first name, kept by policy
  return { type: 'PERSON', start, end: start + length, canonical: `named:${folded}` };
}

/**
 * "Name Pieter de Vries, ...": the word "name" as a label, starting the line or a sentence (a separate pattern: a
 * look-behind inside the cue alternation slows every scan of it several times).
 */
const NAME_LABEL = new RegExp(`(?:^|[.!?;]\\s{1,3})[Nn]ame\\s+(${NAME})`, 'dg');
/** "under Fatima Benali's name", "in Tom's name": the name and its possessive, before the word "name". */
const POSSESSIVE_NAME = new RegExp(`\\b(?:[Uu]nder|[Ii]n)\\s+(${NAME}['’]s)\\s+name(?![${LETTER}])`, 'dg');
/**
 * Self-introductions voice transcripts write in lower case ("my name is kwame mensah and ..."): after the strongest
 * cues only, up to three words, stopping at the first word that is no name.
 */
const LOWER_CASE_CUES = [
  'my name is',
  "my name['’]?s",
  'me llamo',
  'mi nombre es',
  "je m['’]appelle",
  'mon nom est',
  'mein name ist',
  'ich hei(?:ß|ss)e',
  'meu nome é',
  'me chamo',
  'mijn naam is',
  "the name(?: is|['’]s)?",
  "full ?name(?: is|['’]s)?",
  "first ?name(?: is|['’]s)?",
  "last ?name(?: is|['’]s)?",
  "middle ?name(?: is|['’]s)?",
  "sur ?name(?: is|['’]s)?",
  "name(?: please)?[?.]\\s*(?:(?:sure|yes|yeah|ok|okay),?\\s+)?it['’]?s",
  // One branch per possessive, each starting with a plain letter (a group first would split the grouping).
  ...['my', 'his', 'her', 'our'].map((owner) => `${owner} (?:${RELATIVES_EN})['’]s name(?: is)?,?(?: it['’]?s)?`),
];
const LOWER_CASE_INTRO = new RegExp(
  `\\b(?:${grouped(LOWER_CASE_CUES.map(anyFirstCase).join('|'), false)})\\s+(?:(?:uh|um|er|erm|uhm),?\\s+)?([${LOWER}'’-]{2,}(?:\\s+[${LOWER}'’-]+){0,2})`,
  'dg',
);
/**
 * A piece every lower-case cue holds ("name", "naam", "nom" of nombre and nome, "llamo", "appelle", "hei" of heiße
 * and heisse, "chamo"), in any case as the cues' words may start capitalized: a native scan for them spares the
 * pattern, which tries its cues at every word.
 */
const LOWER_CASE_CUE_WORD = /nam|naam|nom|llamo|appelle|hei|chamo/i;
const NOT_A_NAME_IN_SPEECH = new Set(
  `and y et und e en or o but pero mais aber mas from de of del des von van with con avec mit com met calling speaking
  here aqui aquí ici hier aqui a the el la le der die das o os i i'm im me my mi mon mein meu your tu votre to for para
  pour für por is es est ist é spelled spelt like as on in at right wrong correct listed missing there still also just
  actually really please sorry thanks not no yes uh um er erm uhm ah just different same fine misspelled incorrect changed
  showing shown printed written blank empty too long short under field box that this what which mine hers his was has
  had will would can could should does did do on there it's it’s its`.split(/\s+/),
);
const PARTICLES = new Set(PARTICLE.slice(3, -1).split('|'));

function lowerCaseName(text: string, start: number, end: number, names: KnownNames | undefined): PiiSpan | undefined {
  const words: string[] = [];
  for (const word of text.slice(start, end).split(/\s+/)) {
    if (NOT_A_NAME_IN_SPEECH.has(word.toLowerCase()) && !(words.length > 0 && PARTICLES.has(word))) break;
    words.push(word);
  }
  while (words.length > 0 && PARTICLES.has(words[words.length - 1])) words.pop();
  if (words.length === 0 || NOT_A_NAME.has(foldName(words[0]))) return undefined;
  const folded = foldName(words.join(' '));
  if (names?.kept.has(folded)) return undefined;
  return { type: 'PERSON', start, end: start + words.join(' ').length, canonical: `named:${folded}` };
}

/**
 * The names a pattern whose group 1 is the name finds, onto `spans`. A module function, not a closure in
 * detectCuedNames: a closure is allocated on every call (and under tsx, wrapped by esbuild's `__name` helper).
 */
function namesIn(pattern: RegExp, text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  for (const m of allMatches(pattern, text)) {
    const [start, end] = m.indices![1];
    const span = nameSpan(text, start, end, names);
    if (span) spans.push(span);
  }
}

/**
 * What the patterns below cannot match without, each a literal alternation (the same test as `includes` of each
 * literal): on a turn, V8's `includes` of a string of four to nine characters costs 30 to 70 ns, a precompiled test
 * of the whole alternation about 35, and these run on every turn with a name cue.
 */
const HERE_OR_SPEAKING = /here|speaking/;
/**
 * A lower-case title before a lower-case name ("for my father mr rajesh kumar"): the words that may be names by the
 * lexicon (not "ms word": a word of no list or a name that is no ordinary word).
 */
const LOWER_TITLED = new RegExp(
  `\\b(?:mr|mrs|ms|mister)\\.?\\s+([${LOWER}][${LOWER}'’-]+(?:\\s+[${LOWER}][${LOWER}'’-]+)?)(?![${LETTER}])`,
  'dg',
);
const LOWER_TITLE_WORD = /\b(?:mr|mrs|ms|mister)\.? [a-z]/;
const HERE_OTHER_WORD = /al habla|appareil|holder|payer/;
/**
 * The rarer shapes, each behind a native search for a word it cannot match without (most turns hold none of them;
 * one pattern for all of them cost a turn about three of these searches): an answer after a question for a person,
 * "under", a hesitation or letters read out after "name", a German possessive, "this is" in lower case.
 */
function rarerNames(text: string, names: KnownNames | undefined, spans: PiiSpan[], hereOrSpeaking: boolean): void {
  if (text.includes('?') && QUESTION_THEN_MORE.test(text) && PERSON_QUESTION.test(text))
    namesIn(PERSON_ASKED_THEN_ANSWERED, text, names, spans);
  if (text.includes('under')) namesIn(UNDER_NAME, text, names, spans);
  if (hereOrSpeaking || text.includes('calling') || text.includes(' from ')) {
    for (const m of allMatches(LOWER_CASE_THIS_IS, text)) {
      const [start, end] = m.indices![1];
      const span = lowerCaseName(text, start, end, names);
      if (span) spans.push(span);
    }
  }
  if ((text.includes('ein') || text.includes('ihr') || text.includes('unser')) && GERMAN_POSSESSIVE.test(text))
    namesIn(GERMAN_RELATIVE, text, names, spans);
  // Letters read out with spaces, kept beside the word they spell or after a question for the name: in a turn with a
  // name word or a speaker's label ("Caller: Smith, S M I T H"), which spares most turns the scan for them.
  if (text.includes('ame') || text.includes(':')) spaceSpelledNames(text, spans);
  if (text.includes(' to ') && TO_CALL.test(text) && ASK_TO_CALL_WORD.test(text))
    namesIn(ASK_TO_CALL, text, names, spans);
  if (CAN_NAME_WORD.test(text) && CALL_ME.test(text))
    for (const m of allMatches(CAN_NAME_CALL, text)) {
      const [start, end] = m.indices![1];
      // "can Sky call me back": one word may be a company; a first name and a surname, or a title, is a person.
      if (!text.slice(start, end).includes(' ') || !/[a-z]/.test(text.slice(start + 1, end))) continue;
      const span = nameSpan(text, start, end, names);
      if (span) spans.push(span);
    }
  if (!text.includes('ame')) return; // "name", "surname", "Name"
  if (HESITATION.test(text)) namesIn(HESITATED_NAME, text, names, spans);
}
/** "can Gwendolyn call me back", "could Mr Osei ring us": someone asked after to get in touch. */
const CALL_ME = / (?:call|ring|phone|email|text) (?:me|us)\b/;
const CAN_NAME_WORD = /\b(?:[Cc]an|[Cc]ould|[Ww]ould) [A-Z]/;
const CAN_NAME_CALL = new RegExp(
  `\\b(?:[Cc]an|[Cc]ould|[Ww]ould)\\s+((?:(?:${TITLES})\\.?\\s+)?${NAME})\\s+(?:call|ring|phone|email|text)\\s+(?:me|us)(?![${LETTER}])`,
  'dg',
);
/** "ask Fatima to call me back", "tell Mr. Osei to ring me": someone asked to get in touch is named. */
const TO_CALL = / to (?:call|ring|phone|contact|e-?mail|text|get)/;
const ASK_TO_CALL_WORD = /\b(?:[Aa]sk|[Tt]ell|[Hh]ave|[Gg]et) [A-Z]/;
const ASK_TO_CALL = new RegExp(
  `\\b(?:[Aa]sk|[Tt]ell|[Hh]ave|[Gg]et)\\s+((?:(?:${TITLES})\\.?\\s+)?${NAME})\\s+to\\s+(?:call|ring|phone|contact|email|e-mail|text|get back to|get in touch)(?![${LETTER}])`,
  'dg',
);
/**
 * The words PERSON_ASKED_THEN_ANSWERED's questions hold, the question mark right after "name" (a question that ends
 * the turn has its answer in the next one, where QUESTION_THEN_MORE fails).
 */
const QUESTION_THEN_MORE = /\?\s*[A-Za-z]/;
const PERSON_QUESTION = /[Ww]ho|speaking|talking|payer|holder|[Nn]ame(?: on the \w+)?\s*\?|you are\s*\?/;
const ON_THE = / on the /;

/** The name an INTRODUCED match introduces, when its cue's conditions hold. */
function introducedName(text: string, m: RegExpExecArray, names: KnownNames | undefined): PiiSpan | undefined {
  const end = m.index + m[0].length;
  const start = end - m[5].length;
  const stop = m[2] ? STOP_AFTER_THIS_IS : m[3] ? STOP_AFTER_GREETING : undefined;
  if (m[4] !== undefined && MS_PRODUCT.test(m[0])) return undefined;
  if (
    m[1] !== undefined &&
    /^[Nn]ame/.test(m[1]) &&
    THING_BEFORE_NAME.test(text.slice(Math.max(0, m.index - 12), m.index))
  )
    return undefined;
  if (
    stop &&
    !stop.test(text.slice(end, end + 12)) &&
    !TITLED_POSSESSIVE.test(m[5]) &&
    !(m[2] && m[5].includes(' ') && CLAUSE_AFTER_FULL_NAME.test(text.slice(end, end + 8)))
  )
    return undefined;
  // German capitalizes every noun ("Ich bin Rentner."): after "ich bin" only a first name and a surname count.
  if (m[2] !== undefined && m[2].endsWith('bin') && !/\s/.test(text.slice(start, end))) return undefined;
  return nameSpan(text, start, end, names);
}

/** `spelling`: whether the pre-pass saw a spelling cue ("spelled"); without one no name is spelled out. */
export function detectCuedNames(text: string, names?: KnownNames, spelling = true): PiiSpan[] {
  const spans: PiiSpan[] = [];
  let retry: number[] | undefined;
  for (const m of allMatches(INTRODUCED, text)) {
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
    const span = lexiconName(text, start, end, names);
    if (span) spans.push(span);
  }
  if (HERE_OTHER_WORD.test(text))
    for (const m of allMatches(HERE_OTHER, text)) {
      const [start, end] = m.indices![1];
      if (!text.slice(start, end).split(/\s+/).some(mayBeLowerCaseName)) continue;
      const span = nameSpan(text, start, end, names);
      if (span) spans.push(span);
    }
  if (text.includes(' calling')) namesBeforeCalling(text, names, spans);
  if (text.includes('fala')) namesIn(GREETING_FALA, text, names, spans);
  if (ON_THE.test(text)) namesIn(ON_THE_LINE, text, names, spans);
  spelledOutNames(text, spelling, spans);
  if (text.includes(':')) namesIn(NAME_ASKED_THEN_ANSWERED, text, names, spans);
  rarerNames(text, names, spans, hereOrSpeaking);
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
    const span = lowerCaseName(text, start, end, names);
    if (span) spans.push(span);
  }
  if (ITS_WORD.test(text)) {
    for (const m of GREETING_THEN_ITS.test(text) ? allMatches(GREETING_ITS_NAME, text) : []) {
      const [start, end] = m.indices![1];
      if (!text.slice(start, end).split(/\s+/).some(mayBeLowerCaseName)) continue;
      const span = nameSpan(text, start, end, names);
      if (span) spans.push(span);
    }
    for (const m of ITS_THEN_CAPITAL.test(text) ? allMatches(ITS_FULL_NAME, text) : []) {
      const [start, end] = m.indices![1];
      if (!text.slice(start, end).split(/\s+/).every(mayBeLowerCaseName)) continue;
      const span = nameSpan(text, start, end, names);
      if (span) spans.push(span);
    }
    for (const m of LOWER_CASE_ITS_PLACE.test(text) ? allMatches(LOWER_CASE_ITS, text) : []) {
      if (!m[0].includes(' under ') && !BEFORE_LOWER_CASE_ITS.test(text.slice(Math.max(0, m.index - 24), m.index)))
        continue;
      const [start, end] = m.indices![1];
      const span = lexiconName(text, start, end, names, 2);
      if (span) spans.push(span);
    }
  }
  if ((text.includes('?') && ANSWER_AFTER_QUESTION.test(text)) || (ITS_WORD.test(text) && GREETING_THEN_ITS.test(text)))
    for (const m of allMatches(LOWER_CASE_GREETING_OR_ANSWER, text)) {
      const [start, end] = m.indices![1];
      const span = lexiconName(text, start, end, names);
      if (span) spans.push(span);
    }
  if (spans.length === 0) return spans;
  if (CORRECTION_WORD.test(text)) correctedNames(text, names, spans);
  for (let k = 0, n = spans.length; k < n; k++) {
    const span = spans[k];
    // A comma and a space after it, then a word that starts as it does ("Pat, Patricia"), checked before the pattern.
    if (text.charCodeAt(span.end) !== 44 || text.charCodeAt(span.end + 1) !== 32) continue;
    if (!span.canonical.startsWith('named:') || text.lastIndexOf(' ', span.end - 1) >= span.start) continue; // one word
    if (isLowerCase(text, span.start)) {
      fullNameInLowerCase(text, span, names, spans);
      continue;
    }
    if (!sameStart(text, span.start, span.end + 2)) continue;
    const full = FULL_NAME_AFTER.exec(text.slice(span.end, span.end + 60));
    if (!full) continue;
    const start = span.end + full[0].length - full[1].length;
    spans.push({ type: 'PERSON', start, end: start + full[1].length, canonical: `named:${foldName(full[1])}` });
  }
  return spans.concat(repeatedNames(text, spans));
}

const isLowerCase = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 0x61 && c <= 0x7a;
};
/** "kwame, kwame boateng" (the same start) or "gonzalez, maria gonzalez" (the same surname at the end). */
function fullNameInLowerCase(text: string, span: PiiSpan, names: KnownNames | undefined, spans: PiiSpan[]): void {
  const full = LOWER_FULL_NAME_AFTER.exec(text.slice(span.end, span.end + 60));
  if (!full) return;
  const said = text.slice(span.start, span.end).toLowerCase();
  const [first, last] = full[1].split(/\s+/);
  if (first !== said && last !== said) return;
  const start = span.end + full[0].length - full[1].length;
  const named = lowerCaseName(text, start, start + full[1].length, names);
  if (named && named.end === start + full[1].length) spans.push(named);
}

/** "my name is jean-baptiste no sorry jean-luc moreau": the name said again, corrected, right after a name. */
const CORRECTION_WORD = /sorry|mean|wait|actually/i;
const CORRECTED = new RegExp(
  `^[,.\\s]+(?:no,?\\s+)?(?:sorry|[Ii] mean|wait|actually)[,.\\s]+(?:(?:it['’]?s|its|it is)\\s+)?([${LETTER}'’-]{2,}(?:\\s+[${LETTER}'’-]+){0,2})`,
  'i',
);
function correctedNames(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  for (let k = 0, n = spans.length; k < n; k++) {
    if (spans[k].type !== 'PERSON') continue;
    const m = CORRECTED.exec(text.slice(spans[k].end, spans[k].end + 60));
    if (!m) continue;
    const start = spans[k].end + m[0].length - m[1].length;
    const span = lowerCaseName(text, start, start + m[1].length, names);
    if (span) spans.push(span);
  }
}

/** Whether the three letters at `a` and at `b` are the same, case aside (character codes: no strings made). */
function sameStart(text: string, a: number, b: number): boolean {
  for (let k = 0; k < 3; k++) if ((text.charCodeAt(a + k) | 0x20) !== (text.charCodeAt(b + k) | 0x20)) return false;
  return true;
}

const CAPITALIZED_BEFORE = new RegExp(`([${UPPER}][${LETTER}'’-]+(?: ${PARTICLE}){0,2}) $`);
const CAPITALIZED_AFTER = new RegExp(`^ ([${UPPER}][${LETTER}'’-]+)(?![${LETTER}'’-])`);

/** Repeats looked for per turn: a turn says a name again once or twice; a flood of them is no conversation. */
const MAX_REPEATS = 16;

/**
 * A name a cue introduced is a name wherever else the turn says it: "Mein Name ist Krüger, Dieter Krüger." A
 * repeat takes the capitalized word right before it ("Dieter"), unless that word is no name, or else the one right
 * after it ("Bridget, Bridget Flanagan"). Each distinct word is
 * searched once, and overlaps with the cued spans (sorted, as the scans found them) by binary search.
 */
function repeatedNames(text: string, spans: readonly PiiSpan[]): PiiSpan[] {
  const repeats: PiiSpan[] = [];
  let sorted: PiiSpan[] | undefined; // sorted only once a word is said twice (most names are said once)
  const searched = new Set<string>();
  // A flood of cued names says the same few names thousands of times: each distinct surface is split once.
  const surfaces = new Set<string>();
  for (const span of spans) {
    if (!span.canonical.startsWith('named:')) continue;
    const surface = text.slice(span.start, span.end);
    if (surfaces.has(surface)) continue;
    surfaces.add(surface);
    for (const said of surface.split(' ')) {
      const word = said.endsWith('s') ? said.replace(/['’]s$/, '') : said;
      // Most names are said once: a native search rules them out before anything else.
      if (word.length < 3 || searched.has(word) || PARTICLES.has(word)) continue;
      searched.add(word);
      if (text.indexOf(word, text.indexOf(word) + word.length) < 0) continue;
      sorted ??= [...spans].sort((x, y) => x.start - y.start);
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        const end = at + word.length;
        if (isLetterCode(text.charCodeAt(at - 1)) || isLetterCode(text.charCodeAt(end)) || inCued(sorted, at, end))
          continue;
        const before = CAPITALIZED_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
        const start = before && !NOT_A_NAME.has(foldName(before[1])) ? at - before[0].length : at;
        // "My name's Bridget, Bridget Flanagan": a first name said again brings its surname after it.
        const after = start === at ? CAPITALIZED_AFTER.exec(text.slice(end, end + 30)) : null;
        const stop = after && !NOT_A_NAME.has(foldName(after[1])) ? end + after[0].length : end;
        repeats.push({ type: 'PERSON', start, end: stop, canonical: `named:${foldName(text.slice(start, stop))}` });
        if (repeats.length >= MAX_REPEATS) return repeats;
      }
    }
  }
  return repeats;
}

/** Whether [start, end) overlaps one of `sorted` (sorted by start, as the cued spans are), by binary search. */
function inCued(sorted: readonly PiiSpan[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= start) lo = mid + 1;
    else if (sorted[mid].start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** For the pre-pass: the words that can introduce a name spelled letter by letter. */
export const SPELLING_CUE_WORDS = 'spell|spelled|spelling|spells|spelt|deletreado|épelé|buchstabiert|soletrado';
/** For the pre-pass: does the text hold any cue at all (so most turns skip the detectors)? */
export const NAME_CUE_WORDS = `thanks|thank|hi|hello|hey|dear|okay|ok|sorry|bye|goodbye|cheers|gracias|hola|merci|bonjour|danke|hallo|obrigad[oa]|olá|here|names?|this is|speaking|calling|talking|reached|holder|ask for|llamo|nombre|soy|habla|hablas|atiende|titular|titulaire|appelle|nom|parlez|suis|heiße|heisse|sprechen|spricht|hier|kontoinhaber|kontoinhaberin|chamo|nome|fala|falando|i['’]m|i am|ich bin|under|surname|apellidos?|prénom|famille|nachname|vorname|familienname|sobrenome|apelido|sou|${RELATIVES_EN}|${RELATIVES_ES}|mari|femme|mère|père|fils|fille|frère|sœur|minha|meu|belongs|registered|naam|namen|speak|talk|spoke|talked|chatted|through|transfer|connect|hablar|parler|falar|call me|call you|that['’]s me|to (?:call|ring|phone|contact|email|text|get back)|go by|goes by|known as|called|named|caller|cardholder|card holder|policyholder|policy holder|beneficiary|patient is|ici|aqui|c['’]est|on the (?:line|phone|call)|signed for by|helped by|served by|dealt with by|seen by|addressed to|you(?: down)? as|${SPELLING_CUE_WORDS}`;
