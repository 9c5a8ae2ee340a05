/**
 * The kinds of capitalised words read for names said with no cue (bareNames.ts): a name that is no ordinary word, one
 * that is a word too, an ordinary word, a place or brand, a word of no list; and the word-kind tests other modules ask.
 */
import { detached } from '../detached';
import { LEXICON } from './nameLexicon';
import { foldName, type KnownNames } from './names';
import { isProductName, PERSON_BRANDS } from './productNames';
import type { PiiSpan } from './types';

export const enum Kind {
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
 * Companies callers of the five languages deal with, whose names no list holds (a word of no list in a person's slot is
 * otherwise taken for a name: "hablé con Movistar", "ich hatte Telekom am Apparat", "I spoke to Ikea"; "Claro", "Vivo"
 * and "Oi", Brazilian carriers, are ordinary words too: listed, "Oi Claro," is the firm addressed). Names of people that
 * are brands too ("Otto", "Darty", "Leclerc") stay out: a name list holds them.
 */
const SERVICE_BRANDS = `movistar telekom ikea huawei bouygues iberdrola endesa naturgy jazztel yoigo pepephone digi lowi
  simyo sosh engie renfe seur chronopost colissimo congstar unitymedia vattenfall stadtwerke zalando lidl aldi carrefour
  fnac mercadona bradesco itau nubank magalu xiaomi oppo lenovo asda primark ocado deliveroo klarna etsy parcelforce
  otelo auchan kiabi sparkasse postbank ionos freenet telcel bankinter unicaja abanca kutxabank galp repsol cepsa glovo
  wallapop shein temu aliexpress masmovil securitas telepizza enel cdiscount boursorama ameli detran procon sabesp
  cemig copasa claro vivo oi enedis sncf ratp cpam urssaf macif maif groupama generali ageas leboncoin cetelem sofinco
  cofidis ouigo redoute vinted mapfre sanitas adeslas mutua sabadell bbva caixa mediamarkt serasa picpay ifood rappi
  mrw nacex totalenergies natura latam shopee prosegur unimed hapvida sulamerica casasbahia kabum netshoes dafiti
  riachuelo pernambucanas veepee`;
/** Words for someone unnamed, "so-and-so" ("falei com fulano da loja"): no name. */
const SO_AND_SO = 'fulano fulana mengano mengana zutano zutana beltrano beltrana ciclano ciclana sicrano sicrana';

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
  birmingham sheffield nottingham leicester coventry bradford hull derby
  ${SERVICE_BRANDS} ${SO_AND_SO}`
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
export function kindOf(word: string): Kind {
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
export function partKind(folded: string): Kind {
  const kind = lookUp(folded);
  if (kind !== undefined) return kind;
  if (folded.length < 3) return Kind.Word;
  return isDerivedWord(folded) ? Kind.Word : Kind.Unknown;
}

/** Endings of English words made from others: "Middleware", "Uncovered", "Onboarding", "Settings". */
const WORD_ENDING =
  /(?:ing|ings|tion|tions|ment|ments|ness|ware|able|ible|ity|ize|ise|ized|ised|ful|less|ous|ive|ives)$/;
/**
 * Endings of Spanish, Portuguese and German nouns made from others, folded ("Facturación", "Atenção", "Buchhaltung",
 * "Gutschriften", "Freiheit", "Mitgliedschaft", "Seguridad", "Cidade"): capitalised words no list holds that are no
 * name (German capitalises every noun). "-ung" only on a long word ("Trung", "Hung" are names). German compounds
 * naming a service or a department ("Kundenservice", "Kundendienst", "Störungshotline", "Telefonzentrale",
 * "Rechtsabteilung"), on a long word.
 */
const OTHER_WORD_ENDING =
  /(?:cion|ciones|siones|[aeiu]cao|[aeiu]coes|idad|idade|idades|heit|keit|schaft|schrift|ungen|ismus)$|^.{3,}sion$|^.{4,}ung$|^.{4,}(?:service|dienst|hotline|zentrale|abteilung)$/;
/** A word of no list that is an ordinary word with an ending ("Services", "Uncovered", "Redirecting", "Facturación"). */
function isDerivedWord(folded: string): boolean {
  if (WORD_ENDING.test(folded) || OTHER_WORD_ENDING.test(folded)) return true;
  for (const ending of ['s', 'es', 'ed', 'd', 'er', 'ers', 'ly']) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 3) continue;
    if (lookUp(folded.slice(0, -ending.length)) === Kind.Word) return true;
  }
  return false;
}

/** A capitalised word read in the turn, with its kind. */
export interface Hit {
  start: number;
  end: number;
  kind: Kind;
  /** Followed by "'s". */
  possessive: boolean;
}

/** A PERSON span of a name found, unless it is a participant's kept name, a person-named brand or a product. */
export function push(spans: PiiSpan[], text: string, start: number, end: number, names: KnownNames | undefined): void {
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
/**
 * Whether a word is a brand, place or ordinary word of STOP that no list of names holds ("Amazon", "Telekom",
 * "Nubank"; not "Jordan", "Sky"), or a word of no list made from an ordinary one ("Kundenservice", "Facturación"):
 * narrower than isWordOfNoName, which takes a few given names the lexicon holds as words too ("Rahul").
 */
export function isBrandOrMadeWord(word: string): boolean {
  const folded = foldName(word);
  const kind = listedKind(folded);
  if (STOPPED.has(folded)) return kind === 0 || kind === Kind.Word || kind === Kind.Proper;
  return kind === 0 && kindOf(word) === Kind.Word;
}
/** Whether a word is a listed name that is no ordinary English word ("priya", "siobhan"). */
export const isCleanName = (word: string): boolean => kindOf(word) === Kind.Clean;
