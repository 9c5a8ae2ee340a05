/**
 * Postal addresses: house number, street name and street type (US, UK, Canada, Ireland, Australia), the
 * European orders ("Lindenstraße 34", "Calle Mayor 15", "12 rue de la Paix"), a unit or apartment, and
 * postcodes (US ZIP+4, UK, Canadian, Dutch, German, Irish) when a postcode cue or an address is next to them.
 * Street names must be capitalized, so "12 boxes on Main Street" or "the second street on the left" stay.
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { isLetterCode, LETTER, UPPER } from './letters';
import { ENGLISH_TEENS, ENGLISH_TENS, ENGLISH_UNITS } from './spokenDigits';
import type { PiiSpan } from './types';

const STREET_TYPES =
  'Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Terr|Way|Close|Crescent|Cres|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir|Trail|Trl|Row|Mews|Grove|Gardens|Gdns|Walk|Parade|Pde|Esplanade|Quay|Alley|Loop|Pike|Plaza|Crossing|Heights|Hts|Rise|Vale|Wynd|Broadway|Park|View|Hill|Lawn|Lawns|Grange|Manor|Meadows|Estate';
const DIRECTION = '(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?';
const NAME_WORD = `(?:[${UPPER}][${LETTER}'’.-]*|\\d{1,3}(?:st|nd|rd|th))`;
const HOUSE = '\\d{1,6}[A-Za-z]?(?:\\s?[-–/]\\s?\\d{1,5}[A-Za-z]?)?';
/** "Apt|Unit" -> "[Aa]pt|[Uu]nit": a unit word is said in either case ("flat 2", "unit 14"), street names are not. */
const eitherCase = (words: string): string =>
  words
    .split('|')
    .map((w) => (/^[A-Z]/.test(w) ? `[${w[0]}${w[0].toLowerCase()}]${w.slice(1)}` : w))
    .join('|');
const UNIT = `(?:,?\\s+(?:${eitherCase('Apt|Apartment|Unit|Suite|Ste|Flat|Floor|Fl|Room|Rm|Bldg|Building')}|#)\\.?\\s*#?[A-Za-z0-9-]{1,6}(?![${LETTER}\\d]))`;
const UNIT_FIRST = `(?:(?:${eitherCase('Flat|Apt|Apartment|Unit|Suite|Ste|Level|Floor|Shop|Lot|Villa|Studio')})\\.?\\s+[A-Za-z0-9-]{1,5},?\\s+)`;
/** "Unit 4/23 Smith Street": the Australian unit/house number after its word. */
const UNIT_SLASH = '(?:(?:Unit|Apt|Apartment|Flat|Suite|Shop)\\s+(?=\\d{1,5}[A-Za-z]?\\s?/))';
/**
 * The same unit word in lower case ("unit 3 / 41 Smith Street"), taken onto a street found with its "N/M" house
 * number (in STREET's pattern, each lower-case branch costs every position of every turn).
 */
const LOWER_UNIT_BEFORE = /(?<![\p{L}])(?:unit|apt|apartment|flat|suite|shop)\s+$/u;
const SLASHED_HOUSE = /^\d{1,5}[A-Za-z]?\s?\//;
const ENGLISH = `(?:${UNIT_FIRST}|${UNIT_SLASH})?${HOUSE}\\s+(?:${DIRECTION}\\s+)?(?:${NAME_WORD}\\s+){1,4}(?:${STREET_TYPES})\\b\\.?(?:\\s+(?:${DIRECTION}|Upper|Lower)(?![${LETTER}]))?${UNIT}?`;
const GERMANIC_SUFFIX =
  '(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|dijk|steeg|vej|gade|gatan|vägen|veien|gata)';
/** "34", "34a", "418-2", "12 II" is rare: a house number and its addition (letter or floor). */
const EUROPEAN_HOUSE = '\\d{1,4}(?:\\s?[a-zA-Z](?![a-zA-Z])|[-/]\\d{1,4})?';
/** A street type after a hyphen ("Karl-Marx-Allee") or as a word of its own ("Berliner Straße", "Lange Straße"). */
const GERMAN_TYPE_WORD = '(?:Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee)';
/** A capitalised word before a Dutch or German street ("Van Baerlestraat", "Nieuwe Keizersgracht", "Alte Landstraße"). */
const STREET_FIRST_WORDS = new Set(
  'Van Von De Den Der Sint Sankt Prins Prinses Koningin Nieuwe Oude Lange Korte Alte Neue Große Grosse Kleine Hohe Obere Untere'.split(
    ' ',
  ),
);
/**
 * "Am Lindenhof 3", "An der Alster 12", "Zur Mühle 5": a German street named with a preposition, a capitalised word or
 * two, a house number of up to three digits; then a stop, a floor, a postcode or the end (not "Im Paket 2 Teile").
 */
const GERMAN_PREPOSITION_STREET = `(?:Am|Im|An de[mnr]|Auf de[mnr]|In de[nr]|Zu[mr]|Unter den|Hinter de[mnr]|Vor de[mnr])\\s+[${UPPER}][${LETTER}-]+(?:\\s+[${UPPER}][${LETTER}-]+)?\\s+\\d{1,3}[a-z]?(?=\\s*(?:[,.;!?]|$|\\d{5}(?!\\d)))`;
const GERMANIC = `[${UPPER}][${LETTER}-]*${GERMANIC_SUFFIX}\\s+${EUROPEAN_HOUSE}(?![${LETTER}\\d])`;
const GERMAN_TYPE_APART = `[${UPPER}][${LETTER}]*(?:-[${UPPER}][${LETTER}]*)*(?:-|[${LETTER}]\\s+)${GERMAN_TYPE_WORD}\\s+${EUROPEAN_HOUSE}(?![${LETTER}\\d])`;
/** The word (letters only, up to 14) ending at `end`; '' when it is longer or glued to something else. */
function wordBefore(text: string, end: number): string {
  let k = end;
  while (k > end - 15 && k > 0 && isLetterCode(text.charCodeAt(k - 1))) k--;
  if (k === end || k === end - 15 || (k > 0 && text.charCodeAt(k - 1) !== 32 && text.charCodeAt(k - 1) !== 44))
    return '';
  return text.slice(k, end);
}
const ROMANCE_TYPES =
  'Calle|C/|Av\\.|Avenida|Avinguda|Carrer|Rúa|Alameda|Estrada|Avenue|Avda\\.?|Paseo|Plaza|Carrera|Rua|Travessa|Praça|Largo|Via|Viale|Piazza|Corso|Rambla|Ronda|Camino';
const ROMANCE_PARTICLES = `(?:(?:de|del|da|do|dos|das|della|di|la|las|los|lo|le|l[’'])\\s*){0,2}`;
/** Floor and door after a Spanish or Portuguese house number: "5, 3º B", "100, 2º Esq". */
const ROMANCE_FLOOR = `(?:,?\\s+\\d{1,2}\\.?\\s?[ºª°]\\.?(?:\\s?(?:[A-H]|[Ii]zq(?:uierda|da)?\\.?|[Dd]cha\\.?|[Dd]erecha|[Ee]sq(?:uerdo)?\\.?|[Dd]ir(?:eito)?\\.?|[Dd]to\\.?|[Ff]rente)(?![${LETTER}]))?)`;
/** A flat or door said as a word after the house number: "120, apartamento 42", "15, piso 3", "8, appartement 12". */
const ROMANCE_UNIT = `(?:,?\\s+(?:${eitherCase('Apartamento|Apto|Apt|Piso|Planta|Puerta|Dpto|Depto|Andar|Bloco|Bloque|Escalera|Appartement|Appt|Bâtiment|Étage')})\\.?\\s*[A-Za-z0-9-]{1,4}(?![${LETTER}\\d]))`;
const ROMANCE = `(?:${eitherCase(ROMANCE_TYPES)})\\s+${ROMANCE_PARTICLES}[${UPPER}][${LETTER}'’-]*(?:\\s+${ROMANCE_PARTICLES}[${UPPER}][${LETTER}'’-]*){0,3},?\\s+(?:n[ºo°.]\\s*)?${EUROPEAN_HOUSE}(?![${LETTER}\\d])${ROMANCE_FLOOR}?${ROMANCE_UNIT}{0,2}`;
const FRENCH = `${HOUSE}(?:\\s?(?:bis|ter|quater))?,?\\s+(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Pp]lace|[Qq]uai|[Rr]oute|[Cc]ours)\\s+(?:(?:de la|de l'|du|des|de|d')\\s*)?[${UPPER}][${LETTER}'’-]*(?:\\s+[${UPPER}][${LETTER}'’-]*){0,3}`;
const NUMBER_WORD = `(?:oh|zero|${ENGLISH_UNITS}|${ENGLISH_TEENS}|${ENGLISH_TENS}|hundred)`;
/**
 * A house number said in words, as voice transcripts write it ("three twelve maple street", "one hundred and six
 * kings road"): two number words or more, up to two words of name and a spelled-out street type, in any case.
 */
const SPOKEN = new RegExp(
  `(?<![${LETTER}])${NUMBER_WORD}(?:(?:(?<=hundred)\\s+and\\s+|[\\s-]+)${NUMBER_WORD}){1,3}\\s+(?:[${LETTER}'’]+\\s+){0,2}?[${LETTER}'’]+\\s+(?:street|avenue|road|lane|drive|boulevard|court|crescent|close|terrace|place)(?![${LETTER}])`,
  'gi',
);
/** A house number said as one word or more before a capitalized street ("fourteen Mill Lane"); not "one", "oh". */
const SPOKEN_CAPITALIZED = new RegExp(
  `(?<![${LETTER}])(?:${eitherCase(NUMBER_WORD.slice(3, -1).replace('oh|zero|one|', ''))})(?:[\\s-]+${NUMBER_WORD})*\\s+(?:[${UPPER}][${LETTER}'’]*\\s+){1,3}(?:${STREET_TYPES})(?![${LETTER}])`,
  'g',
);
/** The street types after a house number said in one word, in full ("church road", never "church rd"). */
const ONE_WORD_STREET_TYPES =
  'street|avenue|road|lane|drive|boulevard|court|crescent|close|terrace|place|way|grove|gardens';
/**
 * One number word as the house number before a lower-case street ("uh eighteen church road"): not "one" or "oh", and
 * the name words must be no counting or joining words ("five minutes up the road" is no street).
 */
const SPOKEN_ONE_WORD = new RegExp(
  `(?<![${LETTER}])(?:${NUMBER_WORD.slice(3, -1).replace('oh|zero|one|', '').replace('|hundred', '')})\\s+((?:[${LETTER}'’]+\\s+){1,2})(?:${ONE_WORD_STREET_TYPES})(?![${LETTER}])`,
  'g',
);
/** What SPOKEN_ONE_WORD cannot match without: a lower-case street type (a native scan first). */
const LOWER_SPOKEN_TYPE = new RegExp(`(?:${ONE_WORD_STREET_TYPES})(?![a-z])`);
/** What comes before a house number said in words: the start of a turn or an answer, an address word, a preposition. */
const SPOKEN_HOUSE_BEFORE =
  /(?:^|[:?.!,]\s*|(?<![\p{L}])(?:at|is|to|on|from|it['’]s|address|live|lives|living|moved|send|ship|deliver)\s+|(?:^|[:?.!,]\s*)(?:uh|um|erm|er|so|yeah|yes|ok|okay),?\s+)$/iu;
/** A unit said before a house number in words, maybe with a number word of its own: "flat two ", "apartment ". */
const SPOKEN_UNIT_BEFORE = new RegExp(
  `(?<![${LETTER}])(?:flat|apt|apartment|unit|suite)\\s+(?:${NUMBER_WORD},?\\s+)?$`,
  'i',
);
/** Number words above nine, which the pre-pass does not look for: a spoken house number may be one of them. */
export const TENS_WORDS = new RegExp(`(?<![a-z])(?:${ENGLISH_TEENS}|${ENGLISH_TENS}|hundred)(?![a-z])`, 'i');
/**
 * A business's own address, which the agent gives ("our depot at 14 Canal Road", "we're located at", "visit us at"):
 * not a person's. Read in the few words before the street. A bare "we're at" is a household as often as a business.
 */
const BUSINESS_BEFORE =
  /(?:\bour\s+(?:[\p{L}-]+\s+){0,2}?(?:office|offices|store|shop|branch|depot|warehouse|showroom|headquarters|hq|cent(?:re|er)|location|premises|site|clinic|factory|outlet|counter)(?:\s+is)?(?:\s+(?:located|based))?\s+(?:at|on)|\b(?:head|main|registered|corporate)\s+office\s+(?:is\s+)?(?:(?:located|based)\s+)?(?:at|on)|\bheadquarters\s+(?:is|are)\s+(?:(?:located|based)\s+)?(?:at|on)|\bwe(?:['’]re| are)\s+(?:located|based)\s+at|\b(?:visit|find)\s+us\s+at|nuestr[ao]s?\s+(?:oficina|tienda|sucursal|almacén)\s+(?:está\s+)?en(?:\s+la)?|notre\s+(?:agence|boutique|magasin|bureau|siège)\s+(?:est\s+)?(?:au|à)|unsere?\s+(?:Filiale|Büro|Geschäft|Zentrale)\s+(?:ist\s+)?(?:in\s+der|am)|nossa\s+(?:loja|agência|sede|filial)\s+(?:fica\s+)?(?:na|no)|\b(?:the|your|a|that)\s+(?:[\p{L}-]+\s+)?(?:store|shop|branch|depot|showroom|outlet|dealership|garage|office)\s+(?:at|on))\s*$/iu;
/** Or named so just after it: "..., Suite 200, that's our head office", "55 High Street is our nearest branch". */
const BUSINESS_AFTER =
  /^[,.;:\s–-]*(?:that['’]s|that is|it['’]s|which is|is)\s+(?:our|the company['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:office|offices|store|shop|branch|depot|warehouse|showroom|headquarters|hq|cent(?:re|er)|location|premises|site|clinic|factory|outlet)(?![\p{L}])/iu;
/** A word every business phrasing holds: one native scan spares the per-street checks in most texts. */
const BUSINESS_HINT = /our|we['’]re|we are|us\s+at|nuestr|notre|unser|nossa|company|office|headquarters/i;
/**
 * "the store at 500 Oxford Street": "at" or "on" right before a street and a business word just before that (in
 * BUSINESS_HINT, these words would cost every turn with a street).
 */
const atOrOnBefore = (text: string, start: number): boolean => {
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 4) !== 32) return false;
  const a = text.charCodeAt(start - 3);
  const b = text.charCodeAt(start - 2);
  if (!((a === 97 && b === 116) || (a === 111 && b === 110))) return false; // "at", "on"
  return BUSINESS_WORD.test(text.slice(Math.max(0, start - 40), start));
};
const BUSINESS_WORD = /store|shop|branch|depot|showroom|outlet|dealership|garage|office/i;
const isBusinessAddress = (text: string, start: number, end: number): boolean =>
  BUSINESS_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || BUSINESS_AFTER.test(text.slice(end, end + 48));
/** A post-office box: "PO Box 4521", "Postfach 10 02 03", "Postbus 123", "Apartado 1234", "Case postale 12", "Caixa Postal 88". */
/** "RR 3 Box 214", "HC 65 Box 190", "Rural Route 1, Site 4, Box 12": a rural route and its box. */
const RURAL_ROUTE = `(?:(?:RR|R\\.R\\.|HC|Star Route)\\s?\\d{1,3},?\\s+(?:Site\\s+\\d{1,3},?\\s+)?Box\\s+\\d{1,5}|Rural Route\\s+\\d{1,3}(?:,?\\s+Site\\s+\\d{1,3})?(?:,?\\s+Box\\s+\\d{1,5})?)(?![${LETTER}\\d])`;
const PO_BOX = `(?:P\\.?\\s?O\\.?\\s?Box|[Pp]\\.?[Oo]\\.?\\s[Bb]ox|Post Office Box|Postfach|Postbus|Apartado(?: de [Cc]orreos)?|Case [Pp]ostale|Caixa [Pp]ostal|Boîte [Pp]ostale|BP)\\s+\\d{1,6}(?:\\s\\d{2}){0,2}(?![${LETTER}\\d])`;
/** The street types read in lower case, spelled out or cut short (LOWER_TYPES adds the rarer ones). */
const LOWER_CASE_TYPES =
  'street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|way|terrace|crescent|close|parkway|highway|circle|square';
const LOWER_CASE_STREET_TYPE = new RegExp(`\\b(?:${LOWER_CASE_TYPES})\\b`);
/**
 * Voice transcripts write streets in lower case ("I live at 42 elm street"): after an address cue only, a house
 * number, up to three words and a spelled-out street type.
 */
const CUED_LOWER_CASE = new RegExp(
  `\\b(?:live at|living at|lives at|address is|address:|address['’]s|(?:i['’]m|i am|we['’]re|we are|it['’]s) at|home is|moved to|move to|(?:ship|send|sent|mail|deliver|post)(?:ped|ed)?(?: (?:it|them|everything|the \\w+))? to|located at|resides? at|from|vivo en|j[’']habite(?: au)?|ich wohne in|moro na)\\s+((?:(?:flat|apt|apartment|unit|suite)\\.?\\s*[a-z0-9-]{1,5},?\\s+)?${HOUSE}\\s+(?:[${LETTER}'’]+\\s+){1,3}?(?:${LOWER_CASE_TYPES})(?![${LETTER}])\\.?(?:,?\\s+(?:apt|apartment|unit|suite|flat)\\.?\\s*#?[a-z0-9-]{1,5}(?![${LETTER}\\d]))?)`,
  'dgi',
);
/** "58 Calle Ocho", "2815 Via Del Mar": a Spanish or Italian street type after an American house number. */
const NUMBER_THEN_ROMANCE = `${HOUSE}\\s+(?:Calle|Camino|Via|Vía|Avenida|Paseo|Plaza|Rua)\\s+${ROMANCE_PARTICLES}[${UPPER}][${LETTER}'’-]*(?:\\s+${ROMANCE_PARTICLES}[${UPPER}][${LETTER}'’-]*){0,2}(?![${LETTER}\\d])`;
/** "apartment 22, The Maltings", "Flat 4, The Old Bakery": a flat in a named building. */
const FLAT_IN_NAMED_BUILDING = `(?:${eitherCase('Flat|Apartment|Apt|Unit')})\\.?\\s+\\d{1,4}[A-Za-z]?,\\s+The\\s+[${UPPER}][${LETTER}'’-]+(?:\\s+[${UPPER}][${LETTER}'’-]+)?`;
/** An abbreviation's stop is part of the street ("St.", "Rd."; "2º izq.", "2.º Esq." for a Spanish or Portuguese door). */
const STREET_ABBREVIATION_END = /\b(?:St|Ave|Rd|Blvd|Dr|Ct|Pl|Ln|[Ii]zq|[Dd]cha|[Ee]sq|[Dd]to|[Dd]ir)\.$/;
/** A house name before its street: "Rose Cottage, Mill Road", "Old Vicarage, 2 Church Lane". */
/** The last word of a house's name. */
const HOUSE_WORD_LIST = 'Cottage|Cottages|Farm|Farmhouse|Lodge|Barn|Vicarage|Rectory|Grange|Bungalow|Manse|Croft';
const HOUSE_NAME = `(?:[${UPPER}][${LETTER}'’-]+\\s+){1,2}(?:${HOUSE_WORD_LIST})`;
const NAMED_HOUSE_STREET = `${HOUSE_NAME},\\s+(?:${NAME_WORD}\\s+){1,3}(?:${STREET_TYPES})(?![${LETTER}])`;
const HOUSE_WORDS = new Set(HOUSE_WORD_LIST.split('|'));
const SLASHED_UNIT_BEFORE = /(?<![\p{L}])(?:flat|apt|apartment|unit|suite)\.?\s+\d{1,3}[A-Za-z]?\/\d{1,3},\s+$/iu;
const HOUSE_NAME_BEFORE = new RegExp(`(?<![${LETTER}])${HOUSE_NAME},\\s+$`);
const STREET = new RegExp(`(?<![${LETTER}\\d.,/-])(?:${ENGLISH}|${GERMANIC}|${ROMANCE}|${FRENCH}|${PO_BOX})`, 'g'); // no `i`: names stay capitalized
/**
 * The rarer shapes, in a pattern of their own run only when a word they cannot match without is in the text (most of
 * their branches start at any capital, which would cost every turn with a street word): German types apart or after a
 * hyphen, German streets with a preposition, rural routes, a Spanish type after an American house number, a flat in a
 * named building, a house name before its street.
 */
const RARER_STREET = new RegExp(
  `(?<![${LETTER}\\d.,/-])(?:${GERMAN_TYPE_APART}|${GERMAN_PREPOSITION_STREET}|${RURAL_ROUTE}|${NUMBER_THEN_ROMANCE}|${FLAT_IN_NAMED_BUILDING}|${NAMED_HOUSE_STREET})`,
  'g',
);
const RARER_STREET_HINT =
  /Stra(?:ße|sse)|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee|Am |Im |An d|Auf d|Zu[mr] |Box|Rural|Calle|Camino|Via |Vía|Avenida|Paseo|Plaza|Rua|, The |Cottage|Farm|Lodge|Barn|Vicarage|Rectory|Grange|Bungalow|Manse|Croft/;

const POSTCODE =
  /(?<![A-Za-z\d-])(?:\d{4}-\d{3}|\d{5}(?:-\d{4}|-\d{3})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2}|[ACDEFHKNPRTVWXY]\d[\dW]\s?[\dACDEFHKNPRTVWXY]{4}|\d{4})(?![A-Za-z\d]|-\d)/g;
/**
 * What every POSTCODE shape holds: four digits in a row or a capital right before a digit. One native scan rules out
 * the turns with neither (a 200 KB dump of "12 Main Street" was scanned by POSTCODE's lookbehind and nine shapes at
 * every character).
 */
const POSTCODE_SHAPE = /\d{4}|[A-Z]\d/;
const POSTCODE_CUE =
  /\b(?:zip(?:\s?code)?|post\s?code|postal\s?code|plz|postleitzahl|code postal|c[oó]digo postal|cep|eircode)(?:['’]s)?\b[^\p{L}\p{N}]{0,3}(?:(?:caller|customer|client|cliente|kunde|kundin)\s*:\s*)?(?:(?:is|es|est|ist|é|el|le|o|it's)\s+)*$/iu;
/** Between an address and its postcode: a city ("Dublin 1" with its district), a state or province, commas. */
const CITY_BETWEEN =
  /^\.?[,\s]*(?:(?:in|en|em|à|a)\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:[,\s]+\p{Lu}[\p{L}'’.-]*){0,4}(?:\s\d{1,2})?)?[,\s]*(?:[A-Z]{2,3}\.?)?[,\s]*(?:(?:in|en|em|à|a)\s+)?$/u;

/**
 * Or a city in lower case, as voice transcripts write it ("... apt 3 chicago 60614"): one or two words, no word that
 * starts a clause or counts time ("since 2019"), before a postcode of five digits or with letters.
 */
const LOWER_CITY_BETWEEN =
  /^[,\s]*(?:(?:in|en|em)\s+)?([a-z][a-z\u00DF-\u00FF'’.-]+(?:\s+[a-z][a-z\u00DF-\u00FF'’.-]+)??)(?:\s\d{1,2})?[,\s]*(?:[a-z]{2,3}\.?)?[,\s]*$/;
const NOT_A_CITY =
  /\b(?:since|for|from|until|till|and|or|but|the|my|is|was|then|about|around|in|at|on|to|with|no|not|yes|ok|before|after|years?|months?)\b/;
const FIVE_OR_LETTERS = /^\d{5}|[A-Za-z]/;
const lowerCaseCity = (between: string, postcode: string): boolean => {
  if (!FIVE_OR_LETTERS.test(postcode) && !AU_STATE_BEFORE.test(between)) return false;
  const city = LOWER_CITY_BETWEEN.exec(between);
  return city !== null && !NOT_A_CITY.test(city[1]);
};

/**
 * A unit or floor after a street the patterns above found: "..., apartment 803", "... apartment six b" (said in words),
 * "45, tercero izquierda", "210, segundo direito" (a Spanish or Portuguese floor and door said as words); the flat or
 * floor words of the other languages too ("Hauptstraße 112, Wohnung 4", "3 rue des Lilas, appartement 12").
 */
const UNIT_AFTER = new RegExp(
  `,?\\s+(?:(?:appartement|appt|apartamento|apto|apt|apartment|unit|suite|ste|flat|floor|room|wohnung|whg|stock|tür|piso|andar|étage|etage|#)\\.?\\s*(?:#?\\d{1,5}[A-Za-z]?|[A-Za-z]\\d{0,4}|${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD}){0,2}(?:\\s+[a-h])?)|(?:primero|segundo|tercero|cuarto|quinto|sexto|s[eé]ptimo|octavo|noveno|d[eé]cimo|bajo|[aá]tico|primeiro|terceiro|quarto|oitavo|nono|r[eé]s-do-ch[aã]o)(?:\\s+(?:izquierda|derecha|centro|esquerdo|direito|frente|[a-h]))?|(?:ground|first|second|third|fourth|fifth|sixth|top|basement|1st|2nd|3rd|[4-9]th)\\s+floor|\\d{1,2}\\.\\s?(?:OG|Stock|Etage|Obergeschoss)|(?:b[aâ]timent|b[aâ]t\\.|escalier|bloc)\\s*[A-Za-z0-9]{1,3})(?![${LETTER}\\d])`,
  'iy',
);
/**
 * Whether a unit may follow `end`: after a comma or spaces, one of the first letters of UNIT_AFTER's words or "#" (a
 * check of character codes: a dump of street-like phrases has thousands of streets).
 */
function mayStartUnit(text: string, end: number): boolean {
  let k = end;
  while (k < end + 3 && (text.charCodeAt(k) === 44 || text.charCodeAt(k) === 32)) k++;
  if (k === end) return false;
  const code = text.charCodeAt(k);
  return (
    code === 35 || // "#"
    code === 225 || // "á"
    code === 193 || // "Á"
    code === 233 || // "é"
    (isDigitCode(code) && isFloorNumber(text, k)) || // a floor's number ("2. OG", "2nd floor")
    UNIT_FIRST_LETTERS.has(code | 0x20)
  );
}
const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** "2. OG", "12. Stock", "2nd floor": one or two digits, then a stop or an ordinal's letters (not "14 High Street"). */
function isFloorNumber(text: string, at: number): boolean {
  const next = isDigitCode(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
  const c = text.charCodeAt(next) | 0x20;
  return text.charCodeAt(next) === 46 || c === 115 || c === 110 || c === 114 || c === 116; // ".", s, n, r, t
}
const UNIT_FIRST_LETTERS = new Set([...'afuswrpcqosnbdteg'].map((c) => c.charCodeAt(0)));
/** "on Harrow Road, number 88", "Kingsway, no. 12": the street named first, its house number after it. */
const STREET_THEN_NUMBER = new RegExp(
  `(?<![${LETTER}])(?:[${UPPER}][${LETTER}'’-]*\\s+){1,3}(?:${STREET_TYPES}),?\\s+(?:number|no\\.?|nr\\.?|#)\\s*\\d{1,5}[A-Za-z]?(?![${LETTER}\\d])`,
  'g',
);
const NUMBER_THEN_DIGIT = /(?:number|no\.?|nr\.?|#)\s*\d/;
/**
 * After a strong address cue, a house number and capitalized words are an address without a street type: "the
 * installation address is 9 The Paddocks", "I live at 4 Rosebank".
 */
const CUED_NO_TYPE = new RegExp(
  `\\b(?:[Aa]ddress(?: is|['’]s|:)|[Ll]iv(?:e|es|ing) at|[Mm]oved to|[Hh]ome is)\\s+(\\d{1,5}[A-Za-z]?,?\\s+(?:The\\s+)?[${UPPER}][${LETTER}'’-]+(?:\\s+[${UPPER}][${LETTER}'’-]+){0,2})(?![${LETTER}\\d])`,
  'dg',
);
const ADDRESS_CUE_WORD = /address|live|moved|home/i;
/**
 * "house number and street? Caller: 66, Cranbrook Gardens": answered to a question for the address, a house number
 * may be followed by a comma.
 */
const NUMBER_COMMA = /\d, [A-Z]/;
const ASKED_NUMBER_COMMA_STREET = new RegExp(
  `\\b(?:address|street|house number|first line)\\b[^?\\n]{0,40}\\?\\s*(?:[A-Z][a-z]+\\s*:\\s*)?(?:(?:yes|yeah|sure|ok|it['’]s|so|uh|um),?\\s+){0,2}(\\d{1,5}[A-Za-z]?,\\s+(?:${NAME_WORD}\\s+){1,3}(?:${STREET_TYPES}))(?![${LETTER}])`,
  'dgi',
);
const NOT_POSTAL_BEFORE = /(?:e-?mail|ip|web|mac)\s*$/i;
/** A postcode of a shape no other number has (letters in it, or ZIP+4), asked for earlier in the sentence or turn. */
const POSTCODE_ASKED =
  /\b(?:zip(?:\s?code)?|post\s?code|postal\s?code|eircode|code postal|c[oó]digo postal|plz|postleitzahl)\b[^\n]{0,80}$/iu;
const DISTINCT_POSTCODE = /[A-Z]|\d{5}-\d{4}/;
/** Between a postcode and the street after it: a comma, "it's", "and", "the address is". */
const POSTCODE_THEN_STREET = /^[,.\s]*(?:(?:it['’]?s|and|the address is|address is)[,\s]+)?$/i;

/**
 * Voice transcripts write whole addresses in lower case with no cue the patterns above know ("its 9404 sw 72nd terrace",
 * "im at 3 the mews", "caller: 19 pennine view", "no sorry 8 cherry tree walk"). Found from each lower-case street
 * type: the few words before it must be a house number (a unit before it), up to three name words, and before that a
 * word that introduces a place or an answer. Name words that count time, money or things ("5 minutes down the road",
 * "12 boxes on main street") or join words ("on", "for") are no street names.
 */
/** A subset of STREET_TYPES: in lower case "park", "hill", "trail" or "loop" is more often an ordinary word. */
const LOWER_TYPES = `${LOWER_CASE_TYPES}|walk|row|mews|grove|gardens|view|parade|rise|vale`;
/** Lower case only: a capitalized street type is the main pattern's. */
const LOWER_TYPE_AT = new RegExp(`(?<![${LETTER}\\d'’])(?:${grouped(LOWER_TYPES, false)})(?![${LETTER}\\d])`, 'g');
const LOWER_STREET_BEFORE = new RegExp(
  `(?:^|[:;,.!?]\\s*|(?<![${LETTER}])(?:at|in|is|was|its|it['’]s|to|from|sorry|mean|wait|actually|address|addy)\\s+)(?:(?:uh|um|er|erm|yeah|yes|so|ok|okay)[,\\s]+){0,2}((?:(?:flat|apt|apartment|unit|suite)\\.?\\s*(?:[a-z0-9-]{1,5},?\\s+(?=\\d))?)?${HOUSE}\\s+((?:[${LETTER}\\d'’.-]+\\s+){1,3}))$`,
  'i',
);
const NOT_STREET_NAME_WORD =
  /^(?:on|in|at|to|for|from|and|or|but|by|with|of|off|up|down|into|onto|over|near|past|across|along|a|an|my|your|our|their|his|her|its|this|that|these|those|is|was|are|were|be|been|it|i|you|we|they|he|she|me|min|mins|minutes?|hours?|hrs|days?|weeks?|months?|years?|miles?|km|metres?|meters?|yards?|times|pounds?|quid|dollars?|bucks|euros?|percent|people|boxes|items?|things?|more|less|per|each|every|other|same|next|last|first|second|third|which|then|than|just|only|not|no|yes|the|about|around|different|separate|various|several|few|many|right|wrong|guys|minds|ways)$/i;
/** A business or a brand after the street type: "12 high street stores", "5 main street branches". */
const NOT_STREET_AFTER =
  /^\s+(?:bank|branch(?:es)?|stores?|shops?|brands?|station|surgery|school|market|church|hotel|hospital|clinic|library|office|gym|cinema|pub|restaurant|caf[eé]|car park|junction|roundabout|bus|stop)(?![a-z])/i;
const LOWER_DIRECTION_AFTER = /^\s+(?:north|south|east|west)(?![a-z])/i;
/** "3 the mews, old forge lane": a second street named right after the first, in a village without house numbers. */
const STREET_CONTINUATION = new RegExp(
  `^,?\\s+((?:[${LETTER}'’-]+\\s+){1,2})(?:${LOWER_TYPES})(?![${LETTER}\\d])`,
  'i',
);
const DIGIT = /\d/;
const nameWordsOk = (words: string, first: boolean): boolean =>
  words
    .trim()
    .split(/\s+/)
    .every((w, k) => !NOT_STREET_NAME_WORD.test(w) || (first && k === 0 && /^the$/i.test(w)));

/**
 * Whether a span found so far reaches a place: asked at places that only grow, so one pass over the spans sorted by
 * start serves every question (a dump of street-like phrases holds thousands of streets).
 */
function coverage(spans: readonly PiiSpan[]): (from: number, to: number) => boolean {
  let inOrder = true;
  for (let k = 1; k < spans.length && inOrder; k++) inOrder = spans[k - 1].start <= spans[k].start;
  const sorted = inOrder ? spans.slice() : [...spans].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  return (from, to) => {
    while (next < sorted.length && sorted[next].start <= to) reach = Math.max(reach, sorted[next++].end);
    return reach >= from;
  };
}

function detectLowerCaseStreets(text: string, spans: PiiSpan[]): void {
  const types = allMatches(LOWER_TYPE_AT, text);
  if (types.length === 0) return;
  const covered = coverage(spans);
  let lastEnd = -1;
  for (const m of types) {
    const typeEnd = m.index + m[0].length;
    if (covered(m.index, m.index)) continue;
    // A house number is within the few words before the type (a digit is what most windows lack).
    const windowStart = Math.max(0, m.index - 64, lastEnd);
    const window = text.slice(windowStart, m.index);
    if (!DIGIT.test(window)) continue;
    const before = LOWER_STREET_BEFORE.exec(window);
    if (!before || !nameWordsOk(before[2], true)) continue;
    const after = text.slice(typeEnd, typeEnd + 24);
    if (NOT_STREET_AFTER.test(after)) continue;
    const start = windowStart + before.index + before[0].length - before[1].length;
    if (covered(start + 1, m.index)) continue;
    lastEnd = typeEnd;
    let end = typeEnd;
    const direction = LOWER_DIRECTION_AFTER.exec(after);
    if (direction) end += direction[0].length;
    spans.push(addressSpan(text, start, end));
  }
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (text.charCodeAt(span.end) !== 44) continue; // ","
    const next = STREET_CONTINUATION.exec(text.slice(span.end, span.end + 48));
    if (!next || !nameWordsOk(next[1], false)) continue;
    if (NOT_STREET_AFTER.test(text.slice(span.end + next[0].length, span.end + 72))) continue;
    spans[k] = addressSpan(text, span.start, span.end + next[0].length);
  }
}

/**
 * The Romance and French orders in lower case: "calle de alcalá 118 3º izquierda", "rua augusta 274", "15 rue des
 * lilas", "700 boulevard rené-lévesque est". The Romance street word needs its house number after the name; the
 * French one its house number before and one name word (two after a particle), "avenue" and "quai" a particle.
 */
/** In lower case only (a capitalized street word is the main pattern's), grouped by first letter: a native scan. */
const LOWER_ROMANCE_HINT =
  /c(?:alle|arrer|amino|orso|hemin)|a(?:venida|vda|vinguda|lameda|ll[ée]e|venue)|r(?:[uú]a|ambla|onda|ue)|p(?:aseo|asseig|ra[cç]a|iazza)|travessa|largo|estrada|viale|impasse|boulevard|quai/;
const LOWER_ROMANCE = new RegExp(
  `(?<![${LETTER}\\d])(?:(?:calle|avenida|avda\\.?|avinguda|carrer|r[uú]a|paseo|passeig|travessa|pra[cç]a|largo|estrada|alameda|camino|rambla|ronda|corso|viale|piazza)\\s+${ROMANCE_PARTICLES}[${LETTER}'’-]+(?:\\s+${ROMANCE_PARTICLES}[${LETTER}'’-]+){0,3},?\\s+(?:n[ºo°.]\\s*)?${EUROPEAN_HOUSE}(?![${LETTER}\\d])${ROMANCE_FLOOR}?${ROMANCE_UNIT}{0,2}|${HOUSE}(?:\\s?(?:bis|ter))?,?\\s+(?:(?:rue|chemin|all[ée]e|impasse|boulevard)\\s+(?:(?:de la|de l['’]|du|des|de|d['’])\\s*)?|(?:avenue|quai)\\s+(?:de la|de l['’]|du|des|de|d['’])\\s*)[${LETTER}'’-]{2,}(?:\\s+(?:est|ouest|nord|sud)(?![${LETTER}]))?)`,
  'gi',
);
const LOWER_ROMANCE_NOT_NAME = /^(?:email|e-mail|mail|text|phone|sms|the|a|an|and|or|for|to|in|on|at)$/i;

/** Lower-case postcodes with letters (UK, Canada, Ireland), taken only after a postcode cue or near an address. */
const LOWER_POSTCODE =
  /(?<![A-Za-z\d-])(?:[a-z]{1,2}\d[a-z\d]?\s\d[a-z]{2}|[a-z]\d[a-z]\s?\d[a-z]\d|[acdefhknprtvwxy]\d[\dw]\s[\dacdefhknprtvwxy]{4})(?![A-Za-z\d])/g;
const POSTCODE_WORD = /zip|post\s?code|postal|eircode/i;
const LOWER_LETTER_DIGIT = /[a-z]\d/;
/** A four-digit Australian postcode after its state in lower case ("fremantle wa 6160"). */
const AU_STATE_BEFORE = /(?<![\p{L}])(?:nsw|vic|qld|wa|sa|tas|act|nt)[,\s]*$/u;

/** An address span, its canonical form lower case with single spaces (one street, one pseudonym). */
const addressSpan = (text: string, start: number, end: number): PiiSpan => {
  const said = text.slice(start, end).toLowerCase();
  // Most streets are written with single spaces, which the replace would copy into a new string all the same (a dump
  // of 14,000 streets made 2.5 MB of them).
  return { type: 'ADDRESS', start, end, canonical: ODD_SPACE.test(said) ? said.replace(/\s+/g, ' ') : said };
};
/** White space that is not one plain space: two in a row, or a tab, a line break, a no-break space... */
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * Whether a German street named with a preposition may be in the text ("Am Lindenhof 3"): it holds no street word for
 * the pre-pass, so a turn with a digit run asks this (a native search for the prepositions first).
 */
export const mayHaveGermanPrepositionStreet = (text: string): boolean =>
  (text.includes('Am ') ||
    text.includes('Im ') ||
    text.includes('An d') ||
    text.includes('Zu') ||
    text.includes('Auf d')) &&
  GERMAN_PREPOSITION_HINT.test(text);
const GERMAN_PREPOSITION_HINT = new RegExp(`(?<![${LETTER}])(?:Am|Im|An de[mnr]|Auf de[mnr]|Zu[mr]) [${UPPER}]`);

/** For the pre-pass: words that can make a street or introduce a postcode. */
export const STREET_CUE_WORDS = `${STREET_TYPES}|${ROMANCE_TYPES.replace('C/|', '')}|rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|route|cours|box|postfach|postbus|apartado|postale|postal|bp|c(?=/)`;
export const STREET_SUFFIX_WORDS = GERMANIC_SUFFIX.slice(3, -1);

/** `spoken`: whether the text holds digits said as words (the pre-pass tells), so a spoken house number can exist. */
export function detectAddresses(text: string, spoken = true): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of allMatches(STREET, text)) {
    let end = m.index + m[0].length;
    while (/[.,\s]/.test(text[end - 1]) && !STREET_ABBREVIATION_END.test(text.slice(m.index, end))) end--;
    let start = m.index;
    if (SLASHED_HOUSE.test(m[0])) {
      const unit = LOWER_UNIT_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (unit) start -= unit[0].length;
    } else if (text.charCodeAt(start - 2) === 44 && text.charCodeAt(start - 1) === 32) {
      // ", " before the street: a house name may precede it (its last word read first: a dump of streets has thousands).
      if (HOUSE_WORDS.has(wordBefore(text, start - 2))) {
        const house = HOUSE_NAME_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
        if (house) start -= house[0].length;
      } else if (isDigitCode(text.charCodeAt(start - 3))) {
        // "flat 2/1, 34 Hyndland Road": a Glasgow flat's floor/door before the house number (not in STREET's pattern,
        // where the branch cost every street of a dump a quarter more).
        const unit = SLASHED_UNIT_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
        if (unit) start -= unit[0].length;
      }
    } else if (
      text.charCodeAt(start - 1) === 32 &&
      (text.charCodeAt(start) < 48 || text.charCodeAt(start) > 57) && // not a house number first: a Dutch or German order
      STREET_FIRST_WORDS.has(wordBefore(text, start - 1))
    ) {
      // "Van Baerlestraat 34", "Nieuwe Keizersgracht 12": a capitalised word of the street's name before it.
      start -= wordBefore(text, start - 1).length + 1;
    }
    spans.push(addressSpan(text, start, end));
  }
  // Only where the main pattern found no street: a turn names one address as a rule, and the hint's scan is spared.
  if (spans.length === 0 && RARER_STREET_HINT.test(text))
    for (const m of allMatches(RARER_STREET, text)) {
      let end = m.index + m[0].length;
      while (/[.,\s]/.test(text[end - 1])) end--;
      // One pattern's matches never overlap, and addressSpan only trims them
      spans.push(addressSpan(text, m.index, end));
    }
  const cuedLowerCase = LOWER_CASE_STREET_TYPE.test(text) ? allMatches(CUED_LOWER_CASE, text) : [];
  // The capitalized streets found so far, asked in text order (each match's start against all of them cost a turn of
  // thousands of streets a quadratic time).
  const capitalized = cuedLowerCase.length > 0 ? coverage(spans) : undefined;
  for (const m of cuedLowerCase) {
    const [start] = m.indices![1];
    let end = m.indices![1][1];
    if (text[end - 1] === '.' && !/\b(?:st|ave|rd|ln|dr|blvd|ct|pl)\.$/i.test(text.slice(start, end))) end--;
    // A capitalized street is the main pattern's (with its city and postcode after it).
    if (capitalized!(start, start)) continue;
    spans.push(addressSpan(text, start, end));
  }
  if (NUMBER_THEN_DIGIT.test(text))
    for (const m of allMatches(STREET_THEN_NUMBER, text)) {
      spans.push(addressSpan(text, m.index, m.index + m[0].length));
    }
  // Only where no street was found: a turn names one address as a rule, and this scan is then spared.
  if (spans.length === 0 && ADDRESS_CUE_WORD.test(text)) {
    // The spans are this loop's own, in text order: one reaches a later start when the furthest end does.
    let reach = -1;
    for (const m of allMatches(CUED_NO_TYPE, text)) {
      const [start, end] = m.indices![1];
      if (NOT_POSTAL_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue; // "email address is ..."
      // A street the main pattern found is its own (with its type and unit).
      if (reach >= start) continue;
      spans.push(addressSpan(text, start, end));
      reach = Math.max(reach, end);
    }
  }
  if (text.includes('?') && NUMBER_COMMA.test(text)) {
    const asked = allMatches(ASKED_NUMBER_COMMA_STREET, text);
    // The spans found before, asked in text order, and this loop's own (in text order: the furthest end tells).
    const covered = asked.length > 0 ? coverage(spans) : undefined;
    let reach = -1;
    for (const m of asked) {
      const [start, end] = m.indices![1];
      if (reach >= start || covered!(start, start)) continue;
      spans.push(addressSpan(text, start, end));
      reach = Math.max(reach, end);
    }
  }
  if (spoken) {
    const starts = new Set<number>();
    const oneWord = (LOWER_SPOKEN_TYPE.test(text) ? allMatches(SPOKEN_ONE_WORD, text) : []).filter(
      (m) =>
        nameWordsOk(m[1], true) &&
        !NOT_STREET_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)),
    );
    for (const m of [...allMatches(SPOKEN, text), ...allMatches(SPOKEN_CAPITALIZED, text), ...oneWord]) {
      if (starts.has(m.index)) continue;
      // "flat two one hundred and six kings road", "apartment six twenty one church road": a unit said before the house
      // number, maybe with its own number word, starts the address.
      const unit = SPOKEN_UNIT_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
      const start = unit ? m.index - unit[0].length : m.index;
      // "twenty Main Street stores": a count of things; a house number is said as an answer or after "at", "is"...
      if (!SPOKEN_HOUSE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
      starts.add(m.index);
      spans.push(addressSpan(text, start, m.index + m[0].length));
    }
  }
  if (LOWER_ROMANCE_HINT.test(text)) {
    const covered = coverage(spans);
    for (const m of allMatches(LOWER_ROMANCE, text)) {
      if (m[0].split(/[\s,]+/).some((w) => LOWER_ROMANCE_NOT_NAME.test(w))) continue;
      if (covered(m.index + 1, m.index + m[0].length - 1)) continue;
      spans.push(addressSpan(text, m.index, m.index + m[0].length));
    }
  }
  detectLowerCaseStreets(text, spans);
  for (const span of spans) {
    if (!mayStartUnit(text, span.end)) continue;
    UNIT_AFTER.lastIndex = span.end;
    const unit = UNIT_AFTER.exec(text);
    if (unit) span.end += unit[0].length;
  }
  if (spans.length > 0 && (BUSINESS_HINT.test(text) || spans.some((span) => atOrOnBefore(text, span.start)))) {
    // Kept in place in one pass (a splice per business address moved all the spans after it).
    let kept = 0;
    for (const span of spans) if (!isBusinessAddress(text, span.start, span.end)) spans[kept++] = span;
    spans.length = kept;
  }
  spans.sort((a, b) => a.start - b.start);
  const streets = spans.length;
  let previous = -1; // the last street ending before the postcode (both come in text order)
  const postcodes = POSTCODE_SHAPE.test(text) ? allMatches(POSTCODE, text) : [];
  if ((spans.length > 0 || POSTCODE_WORD.test(text)) && LOWER_LETTER_DIGIT.test(text)) {
    const lower = allMatches(LOWER_POSTCODE, text);
    if (lower.length > 0) postcodes.push(...lower.map((m) => Object.assign(m, { lower: true })));
    postcodes.sort((a, b) => a.index - b.index);
  }
  for (const m of postcodes) {
    const start = m.index;
    while (previous + 1 < streets && spans[previous + 1].end <= start) previous++;
    const cued = POSTCODE_CUE.test(text.slice(Math.max(0, start - 30), start));
    // "12 Maple Avenue, Springfield, IL 62704" or "Lindenstraße 34, 10115 Berlin": an address just before it.
    const street = previous >= 0 ? spans[previous] : undefined;
    const nearAddress =
      street !== undefined &&
      start - street.end <= 48 &&
      (CITY_BETWEEN.test(text.slice(street.end, start)) || lowerCaseCity(text.slice(street.end, start), m[0]));
    // A bare four-digit postcode (AU, AT, BE, CH, DK, NZ...) is no exception: it too needs its cue or an address.
    // "date of birth and postcode? Caller: 19/07/1988 and NW3 5QR": a shape only a postcode has, asked for before.
    const asked =
      !cued &&
      !nearAddress &&
      DISTINCT_POSTCODE.test(m[0]) &&
      POSTCODE_ASKED.test(text.slice(Math.max(0, start - 100), start));
    // "D08 VF8H, it's 14 Thomas Street": a postcode of a shape only a postcode has, said just before the street.
    const before =
      !cued &&
      !nearAddress &&
      !asked &&
      previous + 1 < streets &&
      spans[previous + 1].start - start <= 32 &&
      DISTINCT_POSTCODE.test(m[0]) &&
      POSTCODE_THEN_STREET.test(text.slice(start + m[0].length, spans[previous + 1].start));
    if (!cued && !nearAddress && !asked && !before) continue;
    if ((m as { lower?: boolean }).lower && !cued && !nearAddress) continue;
    spans.push({ type: 'ADDRESS', start, end: start + m[0].length, canonical: m[0].toUpperCase().replace(/\s/g, '') });
  }
  return spans;
}
