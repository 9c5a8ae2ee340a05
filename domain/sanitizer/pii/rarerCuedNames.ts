/**
 * The rarer cue shapes, each behind a native search for a word it cannot match without: a booking "under" a name, a
 * hesitation after "name", a German relative, "this is" in lower case, someone asked to call back. Separate from the
 * main scan so that a turn pays for these only when their words are in it.
 */
import { allMatches } from './allMatches';
import * as answered from './answeredNames';
import * as shapes from './cuedNameShapes';
import * as bareNames from './bareNames';
import * as verdicts from './cuedNameVerdicts';
import { LETTER } from './letters';
import type { KnownNames } from './names';
import { CALL_BACK_ES, CALL_BACK_FR, CALL_BACK_PT, RELATIVES_DE, RELATIVES_EN } from './nameCues';
import * as spelled from './spelledNames';
import { Kind, kindOf } from './nameWordKinds';
import { ENGLISH_HESITATIONS } from './hesitations';
import type { PiiSpan } from './types';

/** The article before one served: "com o João", "con la señora". */
const ARTICLE = '(?:o|a|el|la)';
/** Read once: under tsx every use of an imported binding is a getter call, and these run for every turn with a cue. */
const { INITIALS, LOWER_TITLES, NAME, PARTICLES, TITLES } = shapes;
const { everyWordMayBeLowerCaseName, lexiconName, lowerCaseName, nameSpan, namesIn } = verdicts;
const { personAskedThenAnswered } = answered;
const { spaceSpelledNames } = spelled;
const { isCleanName, isGivenName, isWordNotName, isWordOfNoName, mayBeLowerCaseName } = bareNames;

/**
 * Cues kept out of INTRODUCED's alternation (every branch there is tried at every word; these run only when a
 * native test finds their word): "you can put the booking under Lucía Fernández", "it's booked under Okafor".
 */
const UNDER_NAME = new RegExp(
  `\\b(?:[Pp]ut|[Bb]ook(?:ed)?|[Rr]eserved|[Hh]ave|[Gg]ot)(?: (?:it|that|this|them|the (?:booking|account|order|reservation|appointment|policy|table|room|ticket)))? under\\s+((?:(?:${TITLES})\\.?\\s+)?${INITIALS}${NAME})`,
  'dg',
);
/** A hesitation after the cue: "my name's uh Bartholomew Finch". */
const HESITATED_NAME = new RegExp(
  `\\b[Nn]ame(?: is|['’]s),? (?:${ENGLISH_HESITATIONS}),?\\s+((?:(?:${TITLES})\\.?\\s+)?${NAME})`,
  'dg',
);
const HESITATION = new RegExp(` (?:${ENGLISH_HESITATIONS}),? [A-Z]`);
/**
 * "Der Vertrag läuft auf meine Frau, Sabine Krüger", "mein Mann, Reinhold, hat angerufen": a relative, a comma (German
 * capitalizes every noun), the name. Without the comma ("mein Sohn Jannik hat ..."), only a name whose every word is a
 * listed name that is no ordinary word or a word of no list ("weil mein Mann Urlaub hat" stays); with it, a name with
 * one such word or one that ends its clause ("meine Tochter, Rose, ..."; "mein Mann, Gott sei Dank, ..." stays).
 * Group 1 is the comma.
 */
const GERMAN_RELATIVE = new RegExp(
  `\\b(?:[Mm]eine?|[Ss]eine?|[Ii]hre?|[Uu]nsere?)[nm]? (?:${RELATIVES_DE})(,?)\\s+(${NAME})`,
  'dg',
);
/** A stop after a name, or the end of the text. */
const CLAUSE_STOP = /^(?:\s*[,.!?;]|$)/;
const GERMAN_POSSESSIVE = /(?:ein|ihr|ser)[enm]{0,2} [A-Z]/;
/**
 * Who served the caller, in Portuguese, Spanish and French: "quem me atendeu foi o João Vitor", "fui atendida pela
 * Ilse", "falei com a Ilse", "quien me atendió fue Ilse", "hablé con Ilse", "j'ai parlé avec Ilse", "j'ai été aidée par
 * Ilse", "j'ai eu Ilse au téléphone"; a few words may come before "foi"/"fue" ("quem me atendeu da outra vez foi o
 * Caetano"). An institution serves as often ("fui atendida pela Central", "falei com o Banco", "hablé con Movistar"): a
 * name of one word must be a listed name that is no ordinary word, or a word of no list that the next clause calls
 * "he" or "she" ("falei com o Thiago e ele disse", "j'ai eu Gaëlle, elle devait me rappeler"); of two words or more,
 * no word but the first may be an ordinary word ("Mercado Livre" stays), and the first only before a listed name ("o
 * João Vitor"; "Magazine Luiza" stays).
 */
const SERVED_BY = new RegExp(
  `(?<![${LETTER}])(?:(?:[Qq]uem )?me atendeu(?:(?: [${LETTER}]+){0,4}? foi)?|(?:[Ff]ui|[Ff]oi) atendid[oa] (?:pel[oa]|por)|(?:[Ff]al(?:ei|ar|a|ando)|[Cc]onvers(?:ei|ar|ando)) com|(?:[Qq]uien )?me atendi[óo](?:(?: [${LETTER}]+){0,4}? fue)?|(?:[Ff]ui|[Ff]ue) atendid[oa] por|[Hh]abl[ée] con|[Jj]['’]ai (?:eu|parlé (?:à|avec)|été (?:aidée?|reçue?|conseillée?) par))(?:\\s+(?:o|a|el|la))?\\s+((?:(?:${TITLES})\\.?\\s+)?${NAME})`,
  'dg',
);
/**
 * A second person served, joined to the first: "falei com o Gustavo e depois com a Letícia", "hablé con Maite y luego
 * con Iker", "j'ai parlé avec Ilse puis avec Jonas".
 */
const AND_THEN_WITH = new RegExp(
  `^,?\\s+(?:e|y|et|puis|ou|o)(?:\\s+(?:depois|luego|después|ensuite|puis|também|también|aussi|ainda))?\\s+(?:com|con|avec)(?:\\s+${ARTICLE})?\\s+(${NAME})`,
  'd',
);
/**
 * "e ele disse", ", elle m'a dit": the next clause calls the one served "he" or "she" (a few words may come first).
 * `conjunctions` and `pronouns` (each ending in "|") add to the Romance ones, `notAfter` to the letters that may not
 * follow the pronoun.
 */
function heOrSheAfter(conjunctions: string, pronouns: string, notAfter: string): RegExp {
  const and = `${conjunctions}e|y|et|mais|mas|pero`.replace(/\|/g, '\\s+|');
  return new RegExp(
    `^(?:\\s+\\p{L}+){0,3}?[\\s,]+(?:${and}\\s+)?(?:${pronouns}ele|ela|él|ella|il|elle)(?![\\p{L}${notAfter}])`,
    'u',
  );
}
const HE_OR_SHE_AFTER = heOrSheAfter('', '', '');
function servedByName(said: string[], text: string, end: number): boolean {
  const words = said.filter((w) => !PARTICLES.has(w));
  if (words.length === 1)
    return (
      isCleanName(words[0]) ||
      (words[0].length >= 4 &&
        mayBeLowerCaseName(words[0]) &&
        (isCapitalisedUnlisted(words[0]) || HE_OR_SHE_AFTER.test(text.slice(end, end + 40))))
    );
  for (let k = 1; k < words.length; k++) if (isWordNotName(words[k])) return false;
  return mayBeLowerCaseName(words[0]) || words.slice(1).some(isCleanName);
}
/**
 * "hablé con Marta de Movistar", "falei com a Lucimara da Vivo": the one who served, then the firm they work for after
 * "de"/"da"/"do"/"del"; the name ends before it ("João da Costa", "Iñigo de la Fuente" stay whole). The length kept.
 */
const FIRM_AFTER_PARTICLE = /^(.+?)\s+(?:de|da|do|del)\s+(\p{Lu}\p{L}*)$/u;
function beforeItsFirm(said: string): number {
  const m = FIRM_AFTER_PARTICLE.exec(said);
  return m !== null && isWordOfNoName(m[2]) ? m[1].length : said.length;
}
/**
 * A word of no list written as a name is (a capital, then lower case: "Itziar", "Gaëlle"; not "SFR", "MásMóvil"): one
 * who served is named so more often than a company, whose names the word kinds know (nameWordKinds.ts's brands,
 * "Movistar", "Telekom") or whose ending is an ordinary noun's ("Facturación", "Buchhaltung").
 */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const isCapitalisedUnlisted = (word: string): boolean => CAPITALISED_WORD.test(word) && !isCleanName(word);
/**
 * German "ich hatte Wiebke am Apparat", "ich hatte gestern Ihren Kollegen Wolfhart am Telefon": someone on the line,
 * a role before the name maybe ("die Buchhaltung", "die Telekom" have an article and no capital after it).
 */
const HAD_ON_THE_LINE = new RegExp(
  `(?<![${LETTER}])(?:hatte|habe|hab)\\s+(?:(?:gestern|heute|vorhin|eben|neulich|zuerst|dann|schon|vorgestern)\\s+)?(?:(?:Ihren|Ihre|Ihrem|einen|eine|einem) (?:Kollegen|Kollegin|Mitarbeiter|Mitarbeiterin|Berater|Beraterin|Techniker|Technikerin)\\s+)?((?:(?:${TITLES})\\.?\\s+)?${NAME})\\s+(?:am Apparat|am Telefon|in der Leitung)(?![${LETTER}])`,
  'dg',
);
/**
 * Someone asked to call back in French, Spanish and Portuguese: "demander à Soizic de me rappeler", "dites à Yannick de
 * me recontacter", "pedirle a Itziar que me llame", "dígale a Urtzi que me devuelva la llamada", "pedir pro Claudemir me
 * ligar", "peça à Iracema para me retornar".
 */
const ASK_TO_CALL_OTHER = new RegExp(
  `(?<![${LETTER}])(?:demander|demandez|dire|dites|pedirle|p[íi]dale|p[íi]dele|decirle|d[íi]gale|dile|pedir|pe[çc]a|pede|diga|avisar|avise)\\s+(?:à|a|ao|pro|pra|para o|para a|para)\\s+((?:(?:${TITLES})\\.?\\s+)?${NAME})\\s+(?:de\\s+(?:me|nous)\\s+(?:${CALL_BACK_FR})|que\\s+(?:me|nos)\\s+(?:${CALL_BACK_ES})|(?:para\\s+)?(?:me|nos)\\s+(?:${CALL_BACK_PT}))(?![${LETTER}])`,
  'dg',
);
const ASK_OTHER_WORD =
  /(?:ander|ire|ites|le|ale|ele|ile|edir|eça|eca|ede|iga|isar|ise) (?:à|a|ao|pro|pra|para) [A-Z\u00C0-\u00DE]/;
/** What SERVED_BY cannot match without, its first letter left out (either case). */
const SERVED_WORD = /tend|al(?:ei|ar|a|ando) com|onvers|abl[ée] con|['’]ai (?:eu|parlé|été)/;
/** Voice transcripts in lower case: "this is rebecca calling", "hi it's dev here", "this is um thandiwe nkosi from ...". */
const LOWER_CASE_THIS_IS = new RegExp(
  String.raw`\b(?:this is|it['’]s)\s+(?:(?:${ENGLISH_HESITATIONS}),?\s+)?([a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)\s+(?:again\s+)?(?:calling|speaking|here|from)\b`,
  'dg',
);
/** What LOWER_CASE_THIS_IS cannot match without, beside its closing word ("I'm calling about ..." has none). */
const THIS_IS_OR_ITS = /(?:this is|it['’]s)\s/;
/**
 * Voice transcripts in lower case, after a weaker cue and maybe a hesitation: "this is um thandiwe nkosi", "he's called
 * bernard haslam", "am i speaking with connor mcbride", "the card holder is nnamdi eze", "in the name of uh lucia fernandez", "my son kwame mensah", "her
 * name is ingrid solberg". Two words at least that may be names, one of them a listed name that is no ordinary word
 * ("this is about my bill", "it's called the premium plan", "my son is at uni" stay).
 */
const LOWER_CASE_WEAK_CUE = new RegExp(
  `\\b(?:this is|(?:am i|are you|i['’]m|i am) (?:speaking|talking) (?:with|to)|(?:is|was|he['’]?s|she['’]?s) called|(?:card|account|policy) ?holder is|(?:in|under) the name of|on behalf of|((?:my|his|her|our) (?:${RELATIVES_EN}))(?: is)?|(?:his|her|their) name(?: is|['’]s))[\\s,]+(?:(?:${ENGLISH_HESITATIONS}),?\\s+)?(?!(?:my|his|her|our|their|he|she|they|it|is|was|the|an?)\\b)([a-z][a-z'’-]+(?:\\s+[a-z][a-z'’-]+){1,2})`,
  'dg',
);
/**
 * "yeah this is jake", "hi this is priya.": "this is" starting the turn (after a greeting or a filler or two), then one
 * word in lower case that ends the clause and is a listed name that is no ordinary word ("this is ridiculous", "this
 * is asda" stay).
 */
const LOWER_CASE_THIS_IS_ALONE = new RegExp(
  String.raw`(?:^|:)\s*(?:(?:hi|hello|hey|hiya|yeah|yes|so|ok|okay|um|uh|oh|well),?\s+){0,2}this is\s+(?:(?:${ENGLISH_HESITATIONS}),?\s+)?([a-z][a-z'’-]{2,})(?=\s*(?:[,.!?;]|$|(?:again|here|speaking)\b))`,
  'dg',
);
/**
 * "Grace, my partner, pays the bill": a capitalised name starting the turn or a sentence, then a comma and a relative
 * after a possessive: a listed name, and no word of it an ordinary word, place or brand ("Sorry, my husband ..." stays).
 */
const NAME_THEN_RELATIVE = new RegExp(
  `(?:^|[:.!?]\\s*)(${NAME}),\\s+(?:my|our|his|her) (?:${RELATIVES_EN})(?:[,.;]|\\s)`,
  'dg',
);
const HE_OR_SHE = new Set(['he', 'she', "he's", "she's", 'he’s', 'she’s']);
/** The name before the relative: no word of it an ordinary word, place or brand, and one a listed name. */
const relativesName = (said: string): boolean => {
  const words = said.split(' ');
  return !words.some(isWordNotName) && words.some(isListedName);
};
const isListedName = (word: string): boolean => isCleanName(word) || isGivenName(word);
/** "ask Dispatch to ring me", "tell Accounts to call me": one ordinary word, place or brand is a team or a firm. */
const notOneFirmWord = (said: string): boolean => said.includes(' ') || !isWordOfNoName(said);
/** What LOWER_CASE_WEAK_CUE cannot match without: one of its cues' words, or a relative after a possessive. */
const WEAK_CUE_WORD = /this is|called|holder|name of|behalf|name is|name['’]s|speaking|talking/;
const RELATIVE_CUE_WORD = new RegExp(`\\b(?:my|his|her|our) (?:${RELATIVES_EN})[\\s,]`);
/** "can Gwendolyn call me back", "could Mr Osei ring us": someone asked after to get in touch. */
const CALL_ME = / (?:call|ring|phone|email|text) (?:me|us)\b/;
/** "can Sky call me back": one word may be a company; a first name and a surname, or a title, is a person. */
const twoWordsNotInCapitals = (said: string): boolean => said.includes(' ') && /[a-z]/.test(said.slice(1));
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
 * Who served the caller, said in lower case (voice transcripts): "i spoke with um tendai last week and she said",
 * "hablé con xiomara ayer", "j'ai eu gwendal au téléphone", "ich hatte gestern frau brüggemann am telefon", "hablé con
 * la señora ocampo y luego con don eleuterio". A lower-case word after "with"/"con" is mostly an ordinary word, a team
 * or a firm ("i spoke with billing", "hablé con atención al cliente", "talked to openreach"), so the word must be a
 * listed name that is no ordinary word, or a word of no list (four letters or more) with more: a title before it
 * ("frau", "señora", "don"), the next clause calling it "he"/"she", or "on the phone"/"au téléphone"/"am telefon" or
 * "of/from/in" and an ordinary word after it ("da loja", "in complaints").
 */
/** A lower-case title before the one served: "frau", "señora", "don", "seu". */
const LOWER_SERVED_TITLE = `(${LOWER_TITLES}|don|sr|dona|seu)`;
const LOWER_SERVED_BY = new RegExp(
  `(?<![\\p{L}])(?:(?:spoke|spoken|speaking|talked|talking) (?:with|to)|put me through to|habl[ée] con|hablando con|fal(?:ei|ar|ando) com|j['’]ai (?:eu|parlé (?:avec|à))|hatte(?: (?:gestern|heute|vorhin|eben|neulich))?)(?: (?:um|uh|er|erm|euh|eh|äh|ähm),?)?(?: ${ARTICLE})?(?: ${LOWER_SERVED_TITLE}\\.?)? ([\\p{Ll}][\\p{Ll}'’-]{2,})(?![\\p{L}])`,
  'dgu',
);
const LOWER_SERVED_WORD = /spok|speaking|talk|through to|habl|fal(?:ei|ar|ando) com|j['’]ai|hatte/;
/** "y luego con don eleuterio", "ou com a kelly": a second one served, in lower case. */
const LOWER_AND_THEN_WITH = new RegExp(
  `^,?\\s+(?:and|e|y|et|ou|o|puis|und)(?:\\s+(?:then|depois|luego|después|ensuite|puis|dann))?\\s+(?:with|to|com|con|avec|mit)(?:\\s+${ARTICLE})?(?:\\s+${LOWER_SERVED_TITLE}\\.?)?\\s+([\\p{Ll}][\\p{Ll}'’-]{2,})(?![\\p{L}])`,
  'du',
);
/** The same in lower case, in English and German too: "and she said", "but he's off today". */
const LOWER_HE_OR_SHE_AFTER = heOrSheAfter('and|but|und|', "he|she|he['’]s|she['’]s|", "'’");
const ON_THE_PHONE_AFTER =
  /^\s+(?:on the phone|au t[ée]l[ée]phone|am (?:telefon|apparat)|al tel[ée]fono|no telefone|ao telefone)(?![\p{L}])/u;
/** "da loja", "de la tienda", "from the shop", "in complaints": where the one served works (not "in march", "in the end"). */
const OF_A_PLACE_AFTER =
  /^\s+(?:(?:da|do|de la|del|du|from|aus|von|vom)\s+(?:the\s+|la\s+|le\s+|der\s+|dem\s+)?|in\s+)(\p{L}+)/u;
const TIME_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|fact|total|general|person|time|advance|case|short|the|a|an|my|your|our|their|his|her|this|that|there|here|it|which|what)$/;
/** A word with an apostrophe inside is no lower-case name ("quelqu'un"), unless it starts as "o'brien" or "d'souza" do. */
const INNER_APOSTROPHE = /^(?!(?:o|d|mc)['’]).+['’]/;
function lowerServedBy(
  title: string | undefined,
  word: string,
  text: string,
  end: number,
  onTheLine: boolean,
): boolean {
  if (!mayBeLowerCaseName(word) || INNER_APOSTROPHE.test(word)) return false;
  if (isCleanName(word)) return true;
  if (word.length < 4) return false;
  if (title !== undefined) return true;
  const after = text.slice(end, end + 48);
  if (LOWER_HE_OR_SHE_AFTER.test(after) || (onTheLine && ON_THE_PHONE_AFTER.test(after))) return true;
  const place = OF_A_PLACE_AFTER.exec(after);
  if (place === null || TIME_WORD.test(place[1])) return false;
  // An ordinary word, a team ("billing", "sales"), not a place ("in gdansk": a firm has offices too) or a name.
  const kind = kindOf(place[1]);
  return kind === Kind.Word || kind === Kind.Ambiguous;
}
/**
 * The one served at `first` and up to two more joined to it ("falei com o Gustavo e depois com a Letícia"), each given
 * to `visit` with its title: `andThen`'s last group is the next name, a group before it its title.
 */
function andThenWith(
  text: string,
  first: [number, number],
  title: string | undefined,
  andThen: RegExp,
  visit: (start: number, end: number, title: string | undefined) => void,
): void {
  let [start, end] = first;
  for (let k = 0; k < 3; k++) {
    visit(start, end, title);
    const next = andThen.exec(text.slice(end, end + 60));
    if (!next) break;
    const name = next.indices![next.length - 1];
    title = next.length > 2 ? next[1] : undefined;
    [start, end] = [end + name[0], end + name[1]];
  }
}
function lowerCaseServedBy(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  for (const m of allMatches(LOWER_SERVED_BY, text)) {
    // German "hatte" takes someone on the line only ("ich hatte gestern frau brüggemann am telefon").
    const [start, end] = m.indices![2];
    // The cue's words only: a name may hold "hatte" or "eu " itself ("hattemer").
    const cue = text.slice(m.index, m.indices![1]?.[0] ?? start);
    if (cue.includes('hatte') && !ON_THE_PHONE_AFTER.test(text.slice(end, end + 24))) continue;
    // "j'ai eu X au téléphone", "ich hatte X am telefon": having someone on the line (a firm is "talked to" on the phone too).
    const onTheLine = cue.includes('hatte') || cue.includes('eu ');
    andThenWith(text, m.indices![2], m[1], LOWER_AND_THEN_WITH, (start, end, title) => {
      if (lowerServedBy(title, text.slice(start, end), text, end, onTheLine)) {
        const span = nameSpan(text, start, end, names);
        if (span) spans.push(span);
      }
    });
  }
}

/**
 * Voice transcripts in lower case: someone who said or promised something and is then "he" or "she" ("yeah and emeka
 * said he'd waive the fee", "then folasade told me she would call"); a team or a firm is "they" ("and billing said
 * they'd"), an ordinary word is no name ("and support said he'd" stays). One word, a listed name that is no ordinary
 * word or a word of no list of four letters or more, starting its clause.
 */
const LOWER_SAID_HE_OR_SHE =
  /(?:^|[:.!?,]\s*|(?<![\p{L}])(?:and|so|then|but|yeah|yes|well|anyway|um|uh)\s+)([\p{Ll}][\p{Ll}'’-]{3,})\s+(?:said|told (?:me|us)|promised|reckoned|mentioned)\s+(?:that\s+)?(?:he|she)(?:['’](?:d|ll|s)|\s+(?:would|will|was|had|could|is|can|did))(?![\p{L}])/dgu;
/** Words that say something in lower case and are no name ("someone" is an ordinary word already). */
const NOT_A_PERSON_SAYING = new Set(['guy', 'lady', 'fella', 'bloke', 'woman', 'man']);
const SAID_OR_TOLD = / (?:said|told|promised|reckoned|mentioned) /;

/**
 * Voice transcripts in lower case: someone said to be called so ("a fella named tadhg or something", "some guy called
 * kaimana", "una tal yurena", "un certain gwenaël", "a moça que me atendeu se chamava rosimeire", "der techniker hieß
 * glaub ich volkmar"). Only a person is "a guy called" or "the technician was called"; the word must still be a listed
 * name that is no ordinary word or a word of no list ("a thing called broadband", "the plan was called unlimited" have
 * no person before them; "some guy called back" is an ordinary word).
 */
/** The cues of LOWER_PERSON_CALLED that need a person named before them. */
const WAS_CALLED = /chamava|llamaba|appelait|hie/;
const LOWER_PERSON_CALLED =
  /(?<![\p{L}])(?:(?:guy|lad|bloke|chap|fella|fellow|lady|woman|man|girl|boy|gentleman|someone|somebody|señora?|chic[oa]|alguien|homme|femme|dame|monsieur|quelqu['’]un|mann|frau|typ|jemand|rapaz|senhora?|moça|alguém)\s+(?:called|named|llamad[oa]|nommée?|appelée?|namens|chamad[oa])|(?:una?|des) (?:tal|certaine?)|(?:se (?:chamava|llamaba)|s['’]appelait|hie(?:ß|ss))(?:\s+(?:glaub ich|creo|je crois|acho))?)\s+(?:(?:uh|um|er|euh|äh|eh),?\s+)?([\p{Ll}][\p{Ll}'’-]{2,})(?![\p{L}])/dgu;
const LOWER_PERSON_CALLED_WORD =
  /called|named|llamad|nommé|appelé|namens|chamad|tal |certain|chamava|llamaba|appelait|hie(?:ß|ss) /;
/** The one who was so called: the person before "se chamava"/"hieß" ("a moça que me atendeu", "der techniker"). */
const ROLE_BEFORE_WAS_CALLED =
  /(?:moça|moço|rapaz|senhora?|atendente|técnic[oa]|chic[oa]|señora?|muchach[oa]|dame|monsieur|technicien(?:ne)?|conseill[eè]re?|techniker(?:in)?|berater(?:in)?|mitarbeiter(?:in)?|frau|mann|agent|engineer|guy|lady)(?:\s+\p{L}+){0,4}\s+$/u;

/**
 * The rarer shapes, each behind a native search for a word it cannot match without (most turns hold none of them;
 * one pattern for all of them cost a turn about three of these searches): an answer after a question for a person,
 * "under", a hesitation or letters read out after "name", a German possessive, "this is" in lower case.
 */
export function rarerNames(
  text: string,
  names: KnownNames | undefined,
  spans: PiiSpan[],
  hereOrSpeaking: boolean,
): void {
  personAskedThenAnswered(text, names, spans);
  if (text.includes('under')) namesIn(UNDER_NAME, text, names, spans);
  if ((hereOrSpeaking || text.includes('calling') || text.includes(' from ')) && THIS_IS_OR_ITS.test(text)) {
    for (const m of allMatches(LOWER_CASE_THIS_IS, text)) {
      const [start, end] = m.indices![1];
      const span = lowerCaseName(text, start, end, names);
      if (span) spans.push(span);
    }
  }
  if (WEAK_CUE_WORD.test(text) || RELATIVE_CUE_WORD.test(text))
    for (const m of allMatches(LOWER_CASE_WEAK_CUE, text)) {
      const [start, end] = m.indices![2];
      // "my mum margaret to be honest": after a relative, a first name alone when it is a listed name and no ordinary word,
      // or a word of no list that the next word calls "he" or "she" ("my daughter uh niamh she pays the bills").
      const said = text.slice(start, end).split(/\s+/);
      const span =
        lexiconName(text, start, end, names, 2) ??
        (m[1] !== undefined &&
        (isCleanName(said[0]) || (said[0].length >= 4 && mayBeLowerCaseName(said[0]) && HE_OR_SHE.has(said[1])))
          ? lexiconName(text, start, end, names)
          : undefined);
      if (span) spans.push(span);
    }
  if (text.includes('this is'))
    for (const m of allMatches(LOWER_CASE_THIS_IS_ALONE, text)) {
      const [start, end] = m.indices![1];
      if (!isCleanName(text.slice(start, end))) continue;
      const span = lowerCaseName(text, start, end, names);
      if (span) spans.push(span);
    }
  if (text.includes(', ') && RELATIVE_CUE_WORD.test(text))
    namesIn(NAME_THEN_RELATIVE, text, names, spans, relativesName);
  if ((text.includes('ein') || text.includes('ihr') || text.includes('unser')) && GERMAN_POSSESSIVE.test(text))
    for (const m of allMatches(GERMAN_RELATIVE, text)) {
      const [start, end] = m.indices![2];
      const words = text.slice(start, end).split(/\s+/);
      if (
        m[1] === ''
          ? !words.every(mayBeLowerCaseName)
          : !words.some(mayBeLowerCaseName) && !CLAUSE_STOP.test(text.slice(end, end + 2))
      )
        continue;
      const span = nameSpan(text, start, end, names);
      if (span) spans.push(span);
    }
  // Letters read out with spaces, kept beside the word they spell or after a question for the name: in a turn with a
  // name word or a speaker's label ("Caller: Smith, S M I T H"), which spares most turns the scan for them.
  if (text.includes('ame') || text.includes(':')) spaceSpelledNames(text, spans);
  if (text.includes(' to ') && TO_CALL.test(text) && ASK_TO_CALL_WORD.test(text))
    namesIn(ASK_TO_CALL, text, names, spans, notOneFirmWord);
  if (ASK_OTHER_WORD.test(text)) namesIn(ASK_TO_CALL_OTHER, text, names, spans, everyWordMayBeLowerCaseName);
  if (text.includes(' am ') || text.includes(' in der '))
    for (const m of allMatches(HAD_ON_THE_LINE, text)) {
      const [start, end] = m.indices![1];
      const span = servedByName(text.slice(start, end).split(/\s+/), text, end)
        ? nameSpan(text, start, end, names)
        : undefined;
      if (span) spans.push(span);
    }
  if (CAN_NAME_WORD.test(text) && CALL_ME.test(text)) namesIn(CAN_NAME_CALL, text, names, spans, twoWordsNotInCapitals);
  for (const m of SERVED_WORD.test(text) ? allMatches(SERVED_BY, text) : []) {
    andThenWith(text, m.indices![1], undefined, AND_THEN_WITH, (start, end) => {
      end = start + beforeItsFirm(text.slice(start, end));
      const span = servedByName(text.slice(start, end).split(/\s+/), text, end)
        ? nameSpan(text, start, end, names)
        : undefined;
      if (span) spans.push(span);
    });
  }
  if (LOWER_SERVED_WORD.test(text)) lowerCaseServedBy(text, names, spans);
  if (LOWER_PERSON_CALLED_WORD.test(text))
    for (const m of allMatches(LOWER_PERSON_CALLED, text)) {
      const [start, end] = m.indices![1];
      if (!mayBeLowerCaseName(text.slice(start, end))) continue;
      // "se chamava", "hieß": a person named just before ("o plano se chamava ..." stays).
      if (
        WAS_CALLED.test(text.slice(m.index, start)) && // the cue's words only ("hieu" is a name)
        !ROLE_BEFORE_WAS_CALLED.test(text.slice(Math.max(0, m.index - 48), m.index))
      )
        continue;
      const span = nameSpan(text, start, end, names);
      if (span) spans.push(span);
    }
  if (SAID_OR_TOLD.test(text))
    for (const m of allMatches(LOWER_SAID_HE_OR_SHE, text)) {
      const [start, end] = m.indices![1];
      const word = text.slice(start, end);
      if (!mayBeLowerCaseName(word) || NOT_A_PERSON_SAYING.has(word)) continue;
      const span = nameSpan(text, start, end, names);
      if (span) spans.push(span);
    }
  if (!text.includes('ame')) return; // "name", "surname", "Name"
  if (HESITATION.test(text)) namesIn(HESITATED_NAME, text, names, spans);
}
