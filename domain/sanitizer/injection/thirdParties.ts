/**
 * A third person named by what identifies them, not by a word for a person: "the account registered to 555-0148", "la
 * cuenta a nombre de Rafael Ortega", "le compte au nom de Karim", "eine Abfrage für Herrn Yilmaz", "the file of Mrs
 * Okafor". The name or the number is another person's (it gets 'other'), so a lookup of their data reads as one.
 * The caller's own ("registered to my old email", "a nombre de mi padre", "au nom de ma société") and a function word
 * after the cue ("registered to the wrong address", "a nombre de la empresa") are not read; nor is the caller naming
 * themselves ("this is Mr Patel", "ich bin Frau Weber"): an honorific counts only after a preposition.
 */
import { MY_BASE } from './functionWords';
import { classBit, startsWithDigit, TURN_BREAK } from './lexicon';

const OTHER_BIT = classBit('other');
/** A local copy: under tsx an imported binding is read through a getter at every use. */
const TURN_BREAK_WORD: string = TURN_BREAK;

/** Cues after which an identifier names who an account belongs to ("registered to", "a nombre de"). */
const CUES: readonly (readonly string[])[] = [
  ...['registered to', 'registered under', 'in the name of', 'under the name of', 'belonging to'],
  ...['a nombre de', 'al nombre de', 'au nom de', 'im namen von', 'auf den namen', 'auf den namen von'],
  ...['intestato a', 'intestata a', 'a nome di', 'em nome de', 'no nome de', 'registrado a', 'registrada a'],
].map((cue) => cue.split(' '));
/** The cues by their first word: most words open none, and are looked up once. */
const CUES_BY_START = new Map<string, (readonly string[])[]>();
for (const cue of CUES) CUES_BY_START.set(cue[0], [...(CUES_BY_START.get(cue[0]) ?? []), cue]);
/** Honorifics of a third person ("Herrn Yilmaz", "Mrs Okafor", "la señora García", "Monsieur Durand"). */
const HONORIFICS = new Set([
  ...['mr', 'mrs', 'ms', 'miss', 'herrn', 'herr', 'frau', 'senor', 'senora', 'sr', 'sra'],
  ...['monsieur', 'madame', 'mme', 'signor', 'signora', 'sig', 'senhor', 'senhora', 'meneer', 'mevrouw', 'dhr'],
  ...['mevr'],
]);
/**
 * Prepositions before an honorific (or its article) that make the person an object, not the speaker: "for Mr",
 * "für Herrn", "de la señora", "bei Herrn", "chez Madame", "van meneer". Not "to" ("can I speak to Mr Patel") nor "I am".
 */
const BEFORE_HONORIFIC = new Set([
  ...['for', 'of', 'about', 'fur', 'von', 'uber', 'de', 'del', 'da', 'do', 'di', 'della', 'pour', 'para', 'per'],
  ...['sobre', 'des', 'bei', 'bij', 'chez', 'van', 'voor', 'over', 'presso'],
]);
const HONORIFIC_ARTICLES = new Set(['la', 'el', 'le', 'der', 'dem', 'den', 'o', 'a', 'il', 'the']);
const objectHonorific = (words: readonly string[], i: number): boolean =>
  BEFORE_HONORIFIC.has(words[i - 1]) || (HONORIFIC_ARTICLES.has(words[i - 1]) && BEFORE_HONORIFIC.has(words[i - 2]));
/**
 * A person picked out by their name: "anyone called Denise Whitcombe", "a customer named Okafor", "une cliente qui
 * s'appelle Sophie Marchand", "un cliente llamado Ortega", "einen Kunden namens Yilmaz", "un certo Luca Ferri". The
 * naming word stands after a word for a person (or is "a certain", which is one), and a name follows it, not a pronoun
 * or an adverb ("someone called me", "a man called back today"): the name gets 'other'.
 */
const NAMING = new Set([
  ...['called', 'named', 'llamado', 'llamada', 'chamado', 'chamada', 'appele', 'appelee', 'nomme', 'nommee'],
  ...['namens', 'genaamd', 'chiamato', 'chiamata', 'appelle', 'llama', 'chiama', 'heisst', 'heet'],
]);
/** "a certain Luca Ferri", "une certaine Mme", "un tal Ortega": the article and "certain" name a person to come. */
const A_CERTAIN = new Set(['certo', 'certa', 'tal', 'certain', 'certaine', 'gewissen', 'gewisse', 'zekere']);
const A_CERTAIN_ARTICLES = new Set(['un', 'una', 'une', 'a', 'einen', 'eine', 'einem', 'einer', 'een', 'um', 'uma']);
/** Words for a person a naming word may follow (besides the 'other' class: "someone", "a customer", "a person"). */
const PERSON_WORDS = new Set([
  ...['anyone', 'anybody', 'someone', 'somebody', 'person', 'customer', 'client', 'cliente', 'clienta', 'man', 'woman'],
  ...['lady', 'guy', 'gentleman', 'account', 'subscriber', 'user', 'persona', 'pessoa', 'senor', 'senora', 'kunde'],
  ...['kunden', 'kundin', 'herrn', 'frau', 'klant', 'iemand', 'persoon', 'meneer', 'mevrouw', 'signore', 'signora'],
  ...['monsieur', 'madame', 'quelqu', 'personne'],
]);
/** The reflexive before a naming verb ("qui s'appelle", "que se llama", "che si chiama"), not English "she's called". */
const REFLEXIVE_NAMING: Readonly<Record<string, string>> = { appelle: 's', llama: 'se', chiama: 'si' };
const RELATIVES = new Set(['qui', 'que', 'che', 'der', 'die', 'who', 'which']);
/** Words after a naming word that are no name: "someone called me", "called back", "called today", "called it". */
const NOT_NAMED = new Set([
  ...['me', 'us', 'you', 'him', 'her', 'them', 'it', 'back', 'today', 'yesterday', 'again', 'earlier', 'twice'],
  ...['before', 'about', 'from', 'on', 'in', 'at', 'to', 'and', 'but', 'so', 'when', 'this', 'last', 'by', 'for'],
  ...['mich', 'mir', 'uns', 'moi', 'nous', 'mi', 'ci', 'nos', 'mij', 'ons', 'ayer', 'hoy', 'hier', 'gestern', 'ieri'],
]);
const namedAt = (words: readonly string[], classBits: Int32Array, i: number): boolean => {
  const name = words[i + 1];
  if (name === undefined || name === TURN_BREAK_WORD || NOT_NAMED.has(name) || NOT_A_NAME.has(name)) return false;
  if (startsWithDigit(name)) return false;
  if (A_CERTAIN.has(words[i])) return A_CERTAIN_ARTICLES.has(words[i - 1]);
  const reflexive = REFLEXIVE_NAMING[words[i]];
  if (reflexive !== undefined) return words[i - 1] === reflexive && RELATIVES.has(words[i - 2]);
  // "a customer called Dana": the person word already names someone else, the name adds nothing
  const before = words[i - 1];
  return before !== undefined && PERSON_WORDS.has(before) && (classBits[i - 1] & OTHER_BIT) === 0;
};

/**
 * A question for who someone is, asked of a number, an address or a record: "who is the phone number 07700 900461
 * registered to", "à qui appartient le numéro", "a chi è intestato il numero", "look up who lives at flat 3", "wie er
 * op Dorpsstraat 7 woont", "wem gehört das Konto". The question word gets 'other': the answer is another person, and
 * with the data asked of them, a lookup. After a word for a person ("anyone who lives at 12", "el cliente que vive en")
 * that person gets it instead, unless already another ("my neighbour who lives at 12"). The verb of owning or living
 * must follow within OWNER_REACH words in the same turn ("who is ... registered to"), and no word of the caller's
 * up to it ("who lives with me", "à qui appartient mon compte").
 */
const WHO = new Set([...['who', 'whom', 'whose', 'qui', 'chi', 'quien', 'quem', 'wem', 'wer', 'wie', 'que', 'che']]);
const OWNS_OR_LIVES = new Set([
  ...['registered', 'belongs', 'belong', 'owns', 'appartient', 'appartiennent', 'intestato', 'intestata', 'gehort'],
  ...['gehoert', 'pertenece', 'pertence', 'appartiene', 'behoort', 'hoort', 'lives', 'living', 'vive', 'habite'],
  ...['wohnt', 'abita', 'mora', 'woont', 'reside', 'resides', 'registrado', 'registrada', 'registriert'],
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
const ownsOrLivesAfter = (words: readonly string[], i: number): boolean => {
  const owns = ownsOrLivesAt(words, i);
  if (owns < 0) return false;
  for (let k = i + 1; k <= owns + 1 && k < words.length; k++) if (CALLER_WORDS.has(words[k])) return false;
  return true;
};
function ownerQuestionAt(words: readonly string[], classBits: Int32Array, i: number): boolean {
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
const RECORDS = new Set([
  ...['account', 'accounts', 'record', 'profile', 'line', 'cuenta', 'linea', 'compte', 'ligne', 'dossier', 'konto'],
  ...['anschluss', 'conta', 'linha', 'conto', 'utenza', 'rekening', 'abonnement', 'contract', 'contrato', 'contrat'],
  ...['vertrag', 'contratto', 'customer', 'cliente', 'client', 'kunden', 'klant'],
]);
const RECORD_ARTICLES = new Set([
  ...['the', 'that', 'la', 'el', 'le', 'l', 'das', 'den', 'dem', 'die', 'der', 'a', 'o', 'il', 'lo', 'de', 'het'],
]);
const RECORD_LINKS = new Set([
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
function identifierAt(words: readonly string[], i: number): number {
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
const HOLDERS = new Set([
  ...['holder', 'owner', 'titular', 'titulaire', 'inhaber', 'inhaberin', 'titolare', 'intestatario', 'intestataria'],
  ...['houder', 'eigenaar', 'dono', 'dona', 'proprietario', 'proprietaria', 'proprietaire', 'dueno', 'duena'],
]);
const HOLDER_REACH = 5;
const CALLER_IS = new Set(['im', 'soy', 'suis', 'bin', 'sou', 'sono', 'am', 'ben', 'we', 'i', 'ich', 'je', 'yo', 'eu']);
function numberedHolderAt(words: readonly string[], i: number): boolean {
  if (CALLER_WORDS.has(words[i - 1])) return false; // "my account holder"
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (CALLER_IS.has(words[k])) return false;
  // "of the line 612", "de la línea 612", "of account ending 5521": a record or an identifier, then its number
  for (let k = i + 1; k <= i + HOLDER_REACH && k < words.length && words[k] !== TURN_BREAK_WORD; k++) {
    if (CALLER_WORDS.has(words[k])) return false;
    if (!RECORDS.has(words[k]) && !IDENTIFIERS.has(words[k])) continue;
    const next = NUMBER_FILLERS.has(words[k + 1]) ? words[k + 2] : words[k + 1];
    return startsWithDigit(next);
  }
  return false;
}
const NUMBER_FILLERS = new Set(['ending', 'number', 'no', 'nr', 'numero', 'nummer', 'terminada', 'finissant']);

/** Words without one of which this reading finds nothing: an honorific, or each cue's longest word. */
export const THIRD_PARTY_WORDS: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...CUES.map((cue) => cue.reduce((longest, word) => (word.length > longest.length ? word : longest))),
  ...NAMING,
  ...A_CERTAIN,
  ...OWNS_OR_LIVES,
  ...RECORD_LINKS,
  ...HOLDERS,
]);
/** Words after a cue that are no one's name: the caller, articles, pronouns, a company ("registered to the"). */
const NOT_A_NAME = new Set([
  ...['my', 'our', 'me', 'us', 'myself', 'i', 'the', 'a', 'an', 'this', 'that', 'which', 'whom', 'it', 'your'],
  ...['mi', 'mis', 'nuestro', 'nuestra', 'la', 'el', 'los', 'las', 'un', 'una', 'esta', 'este', 'su', 'sus', 'tu'],
  ...['mon', 'ma', 'mes', 'notre', 'le', 'l', 'les', 'une', 'votre', 'cette', 'ce', 'moi', 'mein', 'meine'],
  ...['meinen', 'meinem', 'unser', 'unsere', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'ihrem'],
  ...['ihren', 'ihre', 'mio', 'mia', 'me', 'il', 'lo', 'un', 'uno', 'meu', 'minha', 'o', 'os', 'as', 'seu', 'sua'],
  ...['nosso', 'nossa', 'quem', 'who', 'whoever', 'quien', 'wem', 'chi', 'qui', 'company', 'business', 'empresa'],
  ...['societe', 'entreprise', 'firma', 'azienda', 'ditta', 'sociedade', 'nobody', 'someone', 'you', 'usted'],
]);

/** The index after `cue` when words at i spell it, else -1. */
function cueEnd(words: readonly string[], i: number, cue: readonly string[]): number {
  for (let k = 0; k < cue.length; k++) if (words[i + k] !== cue[k]) return -1;
  return i + cue.length;
}

/** Marks, in place, a name or a number that identifies another person's account as 'other'. */
export function markThirdParties(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++) {
    const kinds = WORD_KINDS.get(words[i]); // one lookup: most words start none of these readings
    if (kinds === undefined) continue;
    const w = words[i];
    if (kinds & NAMING_WORD && namedAt(words, classBits, i)) {
      classBits[i + 1] |= OTHER_BIT;
      continue;
    }
    if (kinds & WHO_WORD && (PERSON_WORDS.has(words[i - 1]) || ownerQuestionAt(words, classBits, i))) {
      // "anyone who lives at 12", "la persona que vive en": the person it relates to; "who is ... registered to": who
      if (!PERSON_WORDS.has(words[i - 1])) classBits[i] |= OTHER_BIT;
      else if (ownsOrLivesAfter(words, i)) classBits[i - 1] |= OTHER_BIT;
      continue;
    }
    if (kinds & RECORD_WORD && i >= 1) {
      const id = identifierAt(words, i);
      if (id >= 0) classBits[id] |= OTHER_BIT;
    }
    if (kinds & HOLDER_WORD && numberedHolderAt(words, i)) {
      classBits[i] |= OTHER_BIT;
      continue;
    }
    if (kinds & HONORIFIC_WORD && i >= 1 && objectHonorific(words, i) && i + 1 < words.length) {
      const name = words[i + 1];
      if (name !== TURN_BREAK_WORD && !NOT_A_NAME.has(name) && !startsWithDigit(name)) classBits[i] |= OTHER_BIT;
      continue;
    }
    if (!(kinds & CUE_WORD)) continue;
    for (const cue of CUES_BY_START.get(w) ?? []) {
      const end = cueEnd(words, i, cue);
      if (end < 0 || end >= words.length) continue;
      const id = words[end];
      if (id === TURN_BREAK_WORD || NOT_A_NAME.has(id)) continue;
      // a phone or customer number ("555 0148", "48213377") or a name; not a house number ("12 Mill Road")
      if (startsWithDigit(id) && !startsWithDigit(words[end + 1]) && id.length < 5) continue;
      classBits[end] |= OTHER_BIT;
    }
  }
}

const NAMING_WORD = 1;
const WHO_WORD = 2;
const RECORD_WORD = 4;
const HOLDER_WORD = 8;
const HONORIFIC_WORD = 16;
const CUE_WORD = 32;
/** What each word may start, as bits. */
const WORD_KINDS = new Map<string, number>();
for (const [kind, set] of [
  [NAMING_WORD, [...NAMING, ...A_CERTAIN]],
  [WHO_WORD, WHO],
  [RECORD_WORD, RECORDS],
  [HOLDER_WORD, HOLDERS],
  [HONORIFIC_WORD, HONORIFICS],
  [CUE_WORD, CUES_BY_START.keys()],
] as const)
  for (const word of set) WORD_KINDS.set(word, (WORD_KINDS.get(word) ?? 0) | kind);
