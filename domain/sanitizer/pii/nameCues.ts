/**
 * The words that introduce a name, per language (English, Spanish, French, German, Portuguese, Dutch), and the two
 * scans built from them: INTRODUCED (a cue, "this is", a greeting or a title, then a capitalized name) and
 * LOWER_CASE_INTRO (the strongest cues, then a name in lower case). Separate from the detector because the lists are
 * long and change on their own (a new cue is a line here), and the pre-pass reads its cue words from here too.
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { anyFirstCase, NAME, SURNAME_PARTICLE, TITLES } from './cuedNameShapes';
import { ENGLISH_HESITATIONS, OTHER_HESITATIONS } from './hesitations';
import { LETTER, LOWER, UPPER } from './letters';

/** Relatives and others a caller names (English, Spanish): cues here, and words the pre-pass looks for. */
export const RELATIVES_EN =
  'husband|wife|partner|mother|mom|mum|father|dad|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|grandad|granddad|granny|nan|nana|aunt|uncle|niece|nephew|cousin|fiancée?|boyfriend|girlfriend|tenant|landlord|colleague|boss|friend|neighbou?r';
/**
 * More relatives, for the cue only: not among the pre-pass's words (each word there costs every turn's scan), so
 * they count where another cue word brings the turn to the name patterns ("my late father", "my mother-in-law").
 */
const MORE_RELATIVES_EN =
  'stepmother|stepfather|stepson|stepdaughter|grandson|granddaughter|carer|flatmate|roommate|housemate|stepdad|stepmum|stepmom';
export const RELATIVES_ES =
  'esposo|esposa|marido|mujer|madre|padre|hijo|hija|hermano|hermana|vecino|vecina|abuelo|abuela|novio|novia|suegro|suegra|sobrino|sobrina|nieto|nieta|compañero|compañera';
/** French and Portuguese relatives with their possessive (its gender varies with the word): cues and lower-case cues. */
export const RELATIVES_FR =
  'mon mari|ma femme|ma mère|mon père|mon fils|ma fille|mon frère|ma sœur|mon voisin|ma voisine|mon ami|mon amie|ma copine|mon copain|mon compagnon|ma compagne|mon collègue|ma collègue';
export const RELATIVES_PT =
  'meu marido|minha esposa|minha mulher|minha mãe|meu pai|meu filho|minha filha|meu irmão|minha irmã|meu avô|minha avó|meu sogro|minha sogra|meu namorado|minha namorada|meu noivo|minha noiva|meu tio|minha tia|meu neto|minha neta|meu vizinho|minha vizinha|meu amigo|minha amiga|meu colega|minha colega|meu cunhado|minha cunhada|meu sobrinho|minha sobrinha';
/** Italian and Dutch relatives and others a caller names ("mio figlio Matteo", "mijn dochter Lotte"), after "mio"/"mia", "mijn". */
export const RELATIVES_IT =
  'marito|moglie|madre|padre|figlio|figlia|fratello|sorella|nonno|nonna|zio|zia|cugino|cugina|compagno|compagna|fidanzato|fidanzata|suocero|suocera|nipote|vicino|vicina|collega|amico|amica';
export const RELATIVES_NL =
  'man|vrouw|moeder|vader|zoon|dochter|broer|zus|opa|oma|oom|tante|neef|nicht|partner|vriend|vriendin|buurman|buurvrouw|collega|schoonmoeder|schoonvader';
/**
 * German relatives (capitalised, as German writes every noun): the cue of rarerCuedNames.ts's GERMAN_RELATIVE and words
 * the pre-pass looks for ("mein Mann, Reinhold, hat angerufen"). "Frau" is among the titles already.
 */
export const RELATIVES_DE =
  'Frau|Ehefrau|Mann|Ehemann|Mutter|Vater|Sohn|Tochter|Bruder|Schwester|Partnerin|Partner|Oma|Opa|Großmutter|Großvater|Enkelin|Enkel|Tante|Onkel|Nichte|Neffe|Schwiegermutter|Schwiegervater|Schwiegersohn|Schwiegertochter|Lebensgefährtin|Lebensgefährte|Freundin|Freund|Nachbarin|Nachbar|Kollegin|Kollege|Mitbewohnerin|Mitbewohner';

/** "I spoke to someone called Deborah": a third person named by whoever mentions them. */
const CALLED_CUE =
  '(?:someone|somebody|a man|a woman|a lady|a guy|a gentleman|a chap|a bloke|a fella|a lad|a girl|a young (?:man|woman|lady)|an agent|an advisor|an adviser|a rep|a manager|a supervisor|an engineer|a technician) (?:called|named)';

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
  // "The tech who came out was called Desmond": checked for a person before it and a name that is no word (cuedNames.ts).
  '(?:was|is|were) (?:called|named)',
  // "she's called Leilani", "he is named Tomasz": a third person named by whoever mentions them.
  "she(?:['’]s| is) (?:called|named)",
  "he(?:['’]s| is) (?:called|named)",
  // "I spoke to a certain Rodrigo": someone named by whoever mentions them, in the five languages (a name that is no
  // word, checked in cuedNames.ts).
  'a certain',
  'un tal',
  'una tal',
  'un certain',
  'une certaine',
  'ein(?:e|em|en)? gewisse[rn]?',
  'um tal(?: de)?',
  'uma tal(?: de)?',
  'um certo',
  'uma certa',
  'calls? me',
  'call you',
  // "everyone calls her Bea", "we call him Des".
  'calls? (?:him|her)',
  "(?:this is|it['’]s|that['’]s) (?:she|he|him|her|me),?",
  '(?:I|you|he|she|they|everyone|people|friends)(?: usually| normally| just| mostly)? go(?:es)? by',
  "(?:I['’]m|I am|he['’]s|he is|she['’]s|she is)(?: also| usually| better)? known as",
  '(?:the )?(?:caller|cardholder|card holder|policyholder|policy holder|beneficiary|patient) is',
  '(?:under|in) my (?:maiden |married |legal |full |old )?name,?',
  '(?:your |full |the )?name(?=\\s*\\?)',
  'speak (?:to|with)',
  'talk (?:to|with)',
  '(?:spoke|talked|chatted|chatting) (?:to|with)',
  '(?:put me through|transfer me|connect me) to',
  // Each starts with a plain letter: a branch that starts with a group splits the cues' first-character grouping.
  'transfer(?:ring)? you(?: over| back)? to',
  'put(?:ting)? you (?:through|over|back) to',
  'pass(?:ing)? you(?: over| back)? to',
  'connect(?:ing)? you(?: through)? to',
  '(?:full )?[Nn]ame\\s*:',
  'under the names?(?: of)?',
  'in the names? of',
  "(?:it|account|policy|card|booking|reservation|order|plan|subscription)(?:['’]s| is| was)(?: (?:registered|listed|booked|held|set up|opened))? (?:under|in the name of)",
  'registered (?:to|under)',
  'belongs to',
  "(?:first|last|middle|given|family) ?name(?: is|['’]s)?",
  "surname(?: is|['’]s)?",
  // A relative or someone else named: "my wife Sarah Jenkins", "for my mother, Rosa Delgado", "in my husband's name,",
  // "your colleague Sunil".
  `(?:my|his|her|our|your)(?: late)? (?:${RELATIVES_EN}|${MORE_RELATIVES_EN})(?:[- ]in[- ]law)?(?:['’]s name|['’]s(?=,)|(?: is| was)? (?:named|called))?,?(?: it['’]s| which is)?`,
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
  // Relatives and others a French caller names: "ma voisine Odile", "mon collègue, Bastien".
  `(?:${RELATIVES_FR}),?`,
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
  '(?:[Nn]achname|[Vv]orname|[Ff]amilienname)(?:\\s*:| ist| lautet)?',
  // Portuguese
  'meu nome é',
  'o meu nome é',
  // Portuguese puts an article before a given name: "quem fala é o João", "o titular da conta é o João".
  'meu nome completo é',
  'quem fala é(?: o| a)?',
  'pode me chamar de',
  'o nome é',
  'me chamo',
  'chamo-me',
  'fala com',
  'está falando com',
  'titular(?: da conta)? é(?: o| a)?',
  'aqui (?:é|fala) (?:o|a)',
  'aqui (?:é|fala)',
  'nome(?: completo)?\\s*:',
  'em nome d[eoa]',
  'falar com',
  'eu sou (?:o|a)',
  'sou (?:o|a)',
  'meu (?:sobrenome|apelido) é',
  `(?:${RELATIVES_PT}),?(?: o,?| a,?)?`,
  // Dutch: the caller's own name and the agent's question ("u spreekt met", "spreek ik met meneer De Vries?"); "ik
  // ben" is checked as "soy" (one word that is no name is what the speaker is).
  'mijn naam is',
  'naam\\s*:',
  'mijn (?:achternaam|voornaam) is',
  'u spreekt met',
  'spreek ik met',
  'ik ben',
  `mijn (?:${RELATIVES_NL}),?`,
  // Italian, the same kinds ("sono" is checked as "soy").
  'mi chiamo',
  'il mio nome è',
  'sono',
  '(?:il )?(?:mio )?cognome è',
  'parl(?:o|a|i) con(?: il| la)?',
  'a nome di',
  `(?:mio|mia) (?:${RELATIVES_IT}),?`,
];
/** French "M." (Monsieur) before a name, not the end of "p.m.": a title of the scan's own, not of the pre-pass. */
const FRENCH_M = 'M(?<!\\.M)(?=\\.\\s)';
/** Titles as voice transcripts write them ("mrs Pennyworth"); not "miss" ("I miss Christmas") nor "dr" ("dr Pepper"). */
const LOWER_CASE_TITLES = 'mr|mrs|ms|mister';
/**
 * Titles written in lower case inside a sentence in Spanish, French, German and Portuguese, before a capitalised name
 * after any cue ("obrigada, dona Zuleide", "gracias, señora Ybarra", "merci madame Goarnig").
 */
const LOWER_CASE_ROMANCE_TITLES =
  'dona|doña|señora|señor|senhora|senhor|madame|monsieur|frau|herrn?|signora|signor|meneer|mevrouw';
/** Addressing someone: "Thanks Hannah,", "Okay Whitaker.", "Hola Lucía!": a greeting or thanks, a name, a stop. */
const VOCATIVES = [
  'thanks',
  'thank you',
  // "Thanks so much Oluwaseun,", "thank you very much Anand.", "merci beaucoup Hélène !": thanks with a word more.
  'thanks so much',
  'thank you so much',
  'thanks very much',
  'thank you very much',
  'thanks again',
  'thank you again',
  'many thanks',
  'muchas gracias',
  'merci beaucoup',
  'danke schön',
  'muito obrigado',
  'muito obrigada',
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
  // "Ta Hamish,", "Valeu, Cleiton!", "Oi Juçara,", "Vielen Dank Okonkwo,": a firm's or a team's name after them is
  // an ordinary word or a brand (cuedNames.ts drops it).
  'ta',
  'valeu',
  'oi',
  'vielen dank',
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
export const INTRODUCED = new RegExp(
  `(?<![${LETTER}])(?:(${grouped(CUES.map(anyFirstCase).join('|'), false)})${ANSWERED}?\\s*:?|([Tt]his is|[Ii]['’]m|I am|[Ii]ch bin|[Ii]ci|[Hh]abla)|(${grouped(VOCATIVES.map(anyFirstCase).join('|'), false)}),?|(${grouped(`${TITLES}|${LOWER_CASE_TITLES}|${FRENCH_M}`, false)})\\.?)\\s+((?:(?:${TITLES}|${LOWER_CASE_ROMANCE_TITLES})\\.?\\s+)?(?:(?:[A-Z]\\.\\s?){1,2}(?=[${UPPER}][${LOWER}]))?${NAME})`,
  // No `d` flag: the name (group 5) ends the match, so its place follows from the match's end and length.
  'g',
);
/**
 * Self-introductions voice transcripts write in lower case ("my name is kwame mensah and ..."): after the strongest
 * cues only, up to three words and the particles between them ("me llamo ainhoa ruiz de la fuente"), stopping at the
 * first word that is no name.
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
  'mijn (?:achternaam|voornaam) is',
  'mi chiamo',
  'il mio nome è',
  '(?:il )?(?:mio )?cognome è',
  "the name(?: is|['’]s)?",
  // "name's liam brady": at the start of a turn or a clause only (cuedNames.ts checks what comes before).
  "name['’]s",
  "full ?name(?: is|['’]s)?",
  "first ?name(?: is|['’]s)?",
  "last ?name(?: is|['’]s)?",
  "middle ?name(?: is|['’]s)?",
  "sur ?name(?: is|['’]s)?",
  "name(?: please)?[?.]\\s*(?:(?:sure|yes|yeah|ok|okay),?\\s+)?it['’]?s",
  // One branch per possessive, each starting with a plain letter (a group first would split the grouping).
  ...['my', 'his', 'her', 'our'].map((owner) => `${owner} (?:${RELATIVES_EN})['’]s name(?: is)?,?(?: it['’]?s)?`),
];
export const LOWER_CASE_INTRO = new RegExp(
  `\\b(?:${grouped(LOWER_CASE_CUES.map(anyFirstCase).join('|'), false)})\\s+(?:(?:${ENGLISH_HESITATIONS}|${OTHER_HESITATIONS}|like),?\\s+)?([${LOWER}'’-]{2,}(?:\\s+(?:${SURNAME_PARTICLE}\\s+){0,2}[${LOWER}'’-]+){0,2})`,
  'dg',
);
/**
 * A piece every lower-case cue holds ("name", "naam", "nom" of nombre and nome, "llamo", "appelle", "hei" of heiße
 * and heisse, "chamo"), in any case as the cues' words may start capitalized: a native scan for them spares the
 * pattern, which tries its cues at every word.
 */
export const LOWER_CASE_CUE_WORD = /nam|naam|nom|llamo|appelle|hei|chamo|chiamo/i;

/** For the pre-pass: the words that can introduce a name spelled letter by letter. */
export const SPELLING_CUE_WORDS = 'spell|spelled|spelling|spells|spelt|deletreado|épelé|buchstabiert|soletrado';
/**
 * For the pre-pass: does the text hold any cue at all (so most turns skip the detectors)? "it's" and "its" too: a
 * voice transcript's answer gives a name after them alone ("yeah so its amara okafor"; answeredNames.ts checks where).
 */
export const NAME_CUE_WORDS = `thanks|thank|ta|valeu|oi|dank|hi|hiya|it['’]?s|hello|hey|dear|okay|ok|sorry|bye|goodbye|cheers|gracias|hola|merci|bonjour|danke|hallo|obrigad[oa]|olá|here|names?|this is|speaking|calling|talking|reached|holder|ask for|llamo|nombre|soy|habla|hablas|atiende|titular|titulaire|appelle|nom|parlez|suis|heiße|heisse|sprechen|spricht|hier|kontoinhaber|kontoinhaberin|chamo|chamar|nome|fala|falando|i['’]m|i am|ich bin|under|surname|apellidos?|prénom|famille|nachname|vorname|familienname|sobrenome|apelido|sou|certain|certaine|tal|gewisser|gewisse|gewissen|certo|certa|${RELATIVES_EN}|${RELATIVES_ES}|${RELATIVES_DE}|atendeu|atendid[oa]|atendi[óo]|falei|conversei|habl[ée] con|j['’]ai (?:eu|parlé|été)|mari|femme|mère|père|fils|fille|frère|sœur|minha|meu|belongs|registered|naam|namen|speak|talk|spoke|talked|chatted|chatting|through|transfer|connect|hablar|parler|falar|call me|calls me|call you|call him|call her|calls him|calls her|that['’]s me|to (?:call|ring|phone|contact|email|text|get back)|go by|goes by|known as|called|named|caller|cardholder|card holder|policyholder|policy holder|beneficiary|patient is|ici|aqui|c['’]est|ik ben|spreek|spreekt|mijn|sono|chiamo|cognome|mio|mia|parlo|parla|voisine?|amie?|copine|copain|compagnon|compagne|collègue|on the (?:line|phone|call)|signed for by|helped by|served by|dealt with by|seen by|addressed to|you(?: down)? as|${SPELLING_CUE_WORDS}`;

/** The verbs of asking someone to get back in touch, after "de me", "que me", "me" (ASK_TO_CALL_OTHER and its gate). */
export const CALL_BACK_FR = 'rappeler|recontacter|contacter|joindre|appeler';
export const CALL_BACK_ES = 'llame|devuelva|contacte|escriba|ligue|retorne';
export const CALL_BACK_PT = 'ligar|retornar|chamar|contatar|contactar';
/**
 * Cues of names that the pre-pass does not look for (its alternation is scanned over every turn; these few are rare):
 * someone on the line in German ("ich hatte Wolfhart am Apparat") and asked to call back in French, Spanish and
 * Portuguese ("demander à Soizic de me rappeler", "pedirle a Itziar que me llame", "pedir pro Claudemir me ligar"),
 * someone who said something and is then "he" or "she" ("and emeka said he'd waive it"). A turn the pre-pass finds no cue in is tested for these alone (rarerCuedNames.ts reads them).
 */
export const CUES_OUTSIDE_PREPASS = new RegExp(
  `am (?:[Aa]pparat|[Tt]elefon)|in der Leitung|rappeler|recontacter|de (?:me|nous) (?:${CALL_BACK_FR})|(?:me|nos) (?:${CALL_BACK_ES}|${CALL_BACK_PT})| (?:said|told (?:me|us)|promised|reckoned|mentioned) (?:that )?(?:he|she)['’ ]|se chamava|se llamaba|s['’]appelait|hie(?:ß|ss) | (?:appelée?|nommée?|llamad[oa]|chamad[oa]|namens) `,
);
