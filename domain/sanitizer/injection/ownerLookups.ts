/**
 * Another person picked out by what is theirs: a question for who owns or lives at a number, an address or a record
 * ("who is the phone number ... registered to", "à qui appartient le numéro"), a record picked out by its holder's
 * identifier ("the account with the email ..."), and the holder of a record named by its number ("the owner of the
 * number 07700..."). Each is a test at one word; markThirdParties (thirdParties.ts) marks what it finds as 'other'.
 */
import { LIVES_VERBS, MY_BASE } from './functionWords';
import { classBit, startsWithDigit, TURN_BREAK } from './lexicon';

const OTHER_BIT = classBit('other');
/** A local copy: under tsx an imported binding is read through a getter at every use. */
const TURN_BREAK_WORD: string = TURN_BREAK;

/**
 * A question for who someone is, asked of a number, an address or a record: "who is the phone number 07700 900461
 * registered to", "à qui appartient le numéro", "a chi è intestato il numero", "look up who lives at flat 3", "wie er
 * op Dorpsstraat 7 woont", "wem gehört das Konto". The question word gets 'other': the answer is another person, and
 * with the data asked of them, a lookup. After a word for a person ("anyone who lives at 12", "el cliente que vive en")
 * that person gets it instead, unless already another ("my neighbour who lives at 12"). The verb of owning or living
 * must follow within OWNER_REACH words in the same turn ("who is ... registered to"), and no word of the caller's
 * up to it ("who lives with me", "à qui appartient mon compte").
 */
export const WHO = new Set([
  ...['who', 'whom', 'whose', 'qui', 'chi', 'quien', 'quem', 'wem', 'wer', 'wie', 'que', 'che'],
]);
export const OWNS_OR_LIVES = new Set([
  ...['registered', 'belongs', 'belong', 'owns', 'appartient', 'appartiennent', 'intestato', 'intestata', 'gehort'],
  ...['gehoert', 'pertenece', 'pertence', 'appartiene', 'behoort', 'hoort', 'registrado', 'registrada', 'registriert'],
  ...LIVES_VERBS,
  'resides',
]);
/** "que"/"che" are "that" as often as "who": only after a person ("la pessoa que mora", "il signore che abita"). */
const AMBIGUOUS_WHO = new Set(['que', 'che', 'wie', 'qui']);
const OWNER_REACH = 8;
/** The verb of owning or living the question word at i asks about, within OWNER_REACH words; -1 when none. */
function ownsOrLivesAt(words: readonly string[], i: number): number {
  for (let k = i + 1; k <= i + OWNER_REACH && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if (OWNS_OR_LIVES.has(words[k])) return k;
  return -1;
}
export const ownsOrLivesAfter = (words: readonly string[], i: number): boolean => {
  const owns = ownsOrLivesAt(words, i);
  if (owns < 0) return false;
  for (let k = i + 1; k <= owns + 1 && k < words.length; k++) if (CALLER_WORDS.has(words[k])) return false;
  return true;
};
export function ownerQuestionAt(words: readonly string[], classBits: Int32Array, i: number): boolean {
  const owns = ownsOrLivesAt(words, i);
  if (owns < 0) return false;
  // the caller's own ("à qui appartient mon compte", "who lives with me"); not "registered to? I need", a new sentence
  const end = WITH.has(words[owns + 1]) ? owns + 2 : owns + 1;
  for (let k = i + 1; k <= end && k < words.length; k++) if (CALLER_WORDS.has(words[k])) return false;
  // "who else": the person is named as someone else already
  if ((classBits[i - 1] & OTHER_BIT) !== 0 || (classBits[i + 1] & OTHER_BIT) !== 0) return false;
  // French "qui" and Dutch "wie" ask only after a verb or a preposition ("me dire à qui", "opzoeken wie"); "que",
  // "che" and a "qui" after a person relate to that person (markThirdParties marks the person, not them)
  return !AMBIGUOUS_WHO.has(words[i]) || WHO_OPENERS.has(words[i - 1]);
}
const WITH = new Set(['with', 'con', 'avec', 'mit', 'met', 'com', 'bei', 'chez', 'bij', 'presso']);
/** Words before an embedded French "qui" or Dutch "wie" that make it a question: "à qui", "opzoeken wie", "zoek wie". */
const WHO_OPENERS = new Set([
  ...['a', 'de', 'opzoeken', 'zoek', 'zoeken', 'weten', 'vertel', 'zeggen', 'savoir', 'dire', 'trouver', 'van', 'op'],
]);
/** The caller's own words: "who lives with me", "à qui appartient mon compte", "wem gehört mein Konto". */
const CALLER_WORDS = new Set([
  ...MY_BASE,
  ...['i', 'me', 'mine', 'we', 'us', 'our', 'yo', 'moi', 'mes', 'je', 'meinem', 'meinen', 'mir', 'mich', 'ich', 'eu'],
  ...['mij', 'ik', 'io', 'nos', 'nosotros', 'notre', 'nous', 'unser', 'unsere', 'nosso', 'nossa', 'ons', 'onze'],
]);

/**
 * A record picked out by what identifies its holder: "the account with the email j.parker@...", "the account
 * registered at 14 Harlow Road", "la cuenta con el número 612...", "le compte avec l'adresse", "das Konto mit der
 * E-Mail", "de rekening met het nummer", "a conta com o e-mail". A definite article before the record word, a link
 * word after it, then (past an article) an identifying data word or a number: the identifier gets 'other', it is
 * someone's. Not the caller's ("I have an account with the email...", "my account with the number", "the account
 * registered at my address"): no caller's word within CALLER_REACH words before the record, nor up to the identifier.
 */
export const RECORDS = new Set([
  ...['account', 'accounts', 'record', 'profile', 'line', 'cuenta', 'linea', 'compte', 'ligne', 'dossier', 'konto'],
  ...['anschluss', 'conta', 'linha', 'conto', 'utenza', 'rekening', 'abonnement', 'contract', 'contrato', 'contrat'],
  ...['vertrag', 'contratto', 'customer', 'cliente', 'client', 'kunden', 'klant'],
]);
const RECORD_ARTICLES = new Set([
  ...['the', 'that', 'la', 'el', 'le', 'l', 'das', 'den', 'dem', 'die', 'der', 'a', 'o', 'il', 'lo', 'de', 'het'],
]);
export const RECORD_LINKS = new Set([
  ...['with', 'registered', 'linked', 'tied', 'associated', 'under', 'con', 'asociada', 'asociado', 'vinculada'],
  ...['avec', 'lie', 'liee', 'associe', 'associee', 'mit', 'unter', 'met', 'onder', 'com', 'ligada', 'ligado'],
  ...['associada', 'associado', 'collegato', 'collegata', 'associato', 'associata', 'registrato', 'registrata'],
]);
/** Words after a link that come before the identifier: "registered at", "linked to the", "con el", "avec l'". */
const LINK_FILLERS = new Set([
  ...['at', 'to', 'the', 'a', 'an', 'al', 'el', 'la', 'le', 'l', 'der', 'dem', 'den', 'die', 'het', 'de', 'o'],
  ...['ao', 'il', 'lo', 'all', 'alla', 'au', 'an', 'zu', 'this', 'that', 'with', 'con', 'avec', 'com', 'mit', 'met'],
]);
/** Identifying data ("email", "número", "Kennzeichen") or a number ("14", "612"). */
const IDENTIFIERS = new Set([
  ...['email', 'mail', 'mailadres', 'emailadres', 'address', 'number', 'phone', 'postcode', 'zip', 'plate', 'reg'],
  ...['registration', 'numero', 'telefono', 'correo', 'direccion', 'matricula', 'adresse', 'telephone', 'courriel'],
  ...['immatriculation', 'anschrift', 'nummer', 'telefonnummer', 'kennzeichen', 'adres', 'telefoonnummer'],
  ...['kenteken', 'endereco', 'telefone', 'placa', 'indirizzo', 'targa', 'cellulare', 'cap'],
]);
/** How far before the record its owner may be said ("I have had an account for years with the email..."). */
const CALLER_REACH = 12;
export function identifierAt(words: readonly string[], i: number): number {
  if (!RECORD_ARTICLES.has(words[i - 1]) || !RECORD_LINKS.has(words[i + 1])) return -1;
  let k = i + 2;
  while (k < words.length && k <= i + 4 && LINK_FILLERS.has(words[k])) k++;
  const id = words[k];
  if (id === undefined || id === TURN_BREAK_WORD) return -1;
  if (!IDENTIFIERS.has(id) && !startsWithDigit(id)) return -1;
  for (let j = i - 1; j >= Math.max(0, i - CALLER_REACH) && words[j] !== TURN_BREAK_WORD; j--)
    if (CALLER_WORDS.has(words[j])) return -1;
  return k;
}

/**
 * The holder of a record named by its number: "el historial de pagos del titular de la línea 612 345 678", "the owner
 * of the number 07700...", "le titulaire du numéro 06...". A holder's role with a number within HOLDER_REACH words
 * after it is another person, not the caller ("I'm the account holder", "soy el titular" name no number).
 */
export const HOLDERS = new Set([
  ...['holder', 'owner', 'titular', 'titulaire', 'inhaber', 'inhaberin', 'titolare', 'intestatario', 'intestataria'],
  ...['houder', 'eigenaar', 'dono', 'dona', 'proprietario', 'proprietaria', 'proprietaire', 'dueno', 'duena'],
]);
const HOLDER_REACH = 5;
const CALLER_IS = new Set(['im', 'soy', 'suis', 'bin', 'sou', 'sono', 'am', 'ben', 'we', 'i', 'ich', 'je', 'yo', 'eu']);
export function numberedHolderAt(words: readonly string[], i: number): boolean {
  if (CALLER_WORDS.has(words[i - 1])) return false; // "my account holder"
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (CALLER_IS.has(words[k])) return false;
  // "the account holder on Station Road": the holder named by a street
  if (RECORDS.has(words[i - 1]) && onStreetAt(words, i + 1)) return true;
  // "of the line 612", "de la línea 612", "of account ending 5521": a record or an identifier, then its number
  for (let k = i + 1; k <= i + HOLDER_REACH && k < words.length && words[k] !== TURN_BREAK_WORD; k++) {
    if (CALLER_WORDS.has(words[k])) return false;
    if (!RECORDS.has(words[k]) && !IDENTIFIERS.has(words[k])) continue;
    const next = NUMBER_FILLERS.has(words[k + 1]) ? words[k + 2] : words[k + 1];
    return startsWithDigit(next) || onStreetAt(words, k + 1);
  }
  return false;
}
/**
 * A street named after a word of place: "at 14 Elm Close", "on Oak Street", "na Rua das Flores", "en la calle Mayor",
 * "in der Hauptstraße", "op de Dorpsstraat". The place word at i, then within STREET_REACH words a street word (or a
 * German or Dutch compound ending in one) and no word of the caller's ("on my street", "na minha rua").
 */
export const STREETS = new Set([
  ...['street', 'st', 'road', 'rd', 'lane', 'avenue', 'ave', 'close', 'drive', 'crescent', 'terrace', 'square'],
  ...['calle', 'avenida', 'plaza', 'paseo', 'rue', 'boulevard', 'chemin', 'allee', 'strasse', 'gasse', 'platz'],
  ...['rua', 'travessa', 'largo', 'praca', 'via', 'viale', 'piazza', 'corso', 'straat', 'laan', 'plein'],
]);
const STREET_PLACES = new Set([
  ...['at', 'on', 'in', 'en', 'na', 'no', 'em', 'a', 'au', 'dans', 'sur', 'an', 'auf', 'der', 'op', 'aan', 'de'],
  ...['della', 'nella', 'da', 'del', 'la', 'le', 'the', 'di'],
]);
const STREET_SUFFIXES = ['strasse', 'str', 'weg', 'gasse', 'straat', 'laan', 'plein', 'platz'];
const STREET_REACH = 4;
export function onStreetAt(words: readonly string[], i: number): boolean {
  if (!STREET_PLACES.has(words[i])) return false;
  for (let k = i; k <= i + STREET_REACH && k < words.length && words[k] !== TURN_BREAK_WORD; k++) {
    const word = words[k];
    if (CALLER_WORDS.has(word)) return false;
    if (k > i && (STREETS.has(word) || (word.length > 6 && STREET_SUFFIXES.some((end) => word.endsWith(end)))))
      return true;
  }
  return false;
}
const NUMBER_FILLERS = new Set(['ending', 'number', 'no', 'nr', 'numero', 'nummer', 'terminada', 'finissant']);
