/**
 * Words about people that sound like a request to the assistant but, next to their neighbours, tell of someone: a role
 * played by a third person ("she pretends"), an authority the caller wants to reach ("for the manager"), the speaker
 * seeing something ("I can see"), a person of the caller's who runs an errand ("my sister can take it in"). Each
 * clears, in place, the class its word would otherwise carry.
 */
import { ADMINISTRATOR_WORDS, MY_BASE, OF_LINKS, PLAIN_NEGATIONS } from './functionWords';
import { CALLER_SUBJECTS_NL_IT, classBit, classMask, listedWord, startsWithDigit, TURN_BREAK } from './lexicon';

/**
 * A role word told of a third person or of the caller: "she pretends she never got it", "ella finge que no recibió
 * la factura", "how do I become the admin", "I imagine you're busy" (a third- or first-person pronoun just before, at
 * most an adverb between), or a role verb with an "s"
 * added that is no form the lexicon lists ("my daughter pretends to be the manager", "he imagines the bill will
 * drop", "8 to 16 characters"): someone else's play, belief or a plural noun, not a role the assistant is told to take.
 * An "s" form after "you" ("ahora tú finges ser el administrador") keeps it. German "sie" is left out (it is also the
 * polite "you"), and so is "my son" and the like: without punctuation "about my bill. Play the role of" reads the same.
 */
const THIRD_OR_FIRST_PERSON = new Set([
  ...['he', 'she', 'they', 'il', 'elle', 'ils', 'elles', 'er', 'el', 'ella', 'ellos', 'ellas', 'ele', 'ela'],
  ...['eles', 'elas', 'lui', 'lei', 'loro', 'hij', 'zij'],
  // ... and the caller's own: "how do I become the admin of our account", "I imagine you're busy"
  ...CALLER_SUBJECTS_NL_IT,
]);
const SECOND_PERSON = new Set(['you', 'u', 'tu', 'voce', 'usted', 'jij', 'je']);
const ADVERBS = new Set([
  ...['always', 'often', 'sometimes', 'just', 'still', 'even', 'also', 'siempre', 'todavia', 'toujours', 'souvent'],
  ...['immer', 'oft', 'sempre', 'ainda', 'spesso', 'ancora', 'altijd', 'vaak', 'now', 'ahora', 'agora'],
]);
const ROLE_BIT = classBit('role');

/** The subject word before a verb at i, skipping one adverb. */
function subjectOf(words: readonly string[], i: number): string | undefined {
  let j = i - 1;
  if (j >= 0 && ADVERBS.has(words[j])) j--;
  return j >= 0 ? words[j] : undefined;
}
/** A listed word with an "s" added, itself unlisted ("pretends"; not "agis", whose role is its phrase's). */
const sForm = (word: string): boolean => word.endsWith('s') && !listedWord(word) && listedWord(word.slice(0, -1));

/**
 * A person of the caller's or of someone else's, named with a possessive just before the role word: "mi hija finge ser
 * la gerente", "ma fille fait semblant d'être", "mein Sohn spielt", "mio figlio finge": a relative's or a friend's
 * play. Only a family member or a person word the lexicon lists ('other'), after a possessive, counts ("about my bill.
 * Play the role of" names no person), and not when the assistant is named right after the role word: a person before
 * an imperative is addressed with a comma the words do not keep ("my friend, pretend you are the manager").
 */
const RELATIVES = new Set([
  ...['son', 'daughter', 'kid', 'kids', 'child', 'children', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend'],
  ...['mum', 'mom', 'dad', 'mother', 'father', 'grandson', 'granddaughter', 'hijo', 'hija', 'hijos', 'nino', 'nina'],
  ...['marido', 'esposa', 'esposo', 'mujer', 'madre', 'padre', 'nieto', 'nieta', 'fils', 'fille', 'enfant', 'mari'],
  ...['femme', 'mere', 'pere', 'sohn', 'tochter', 'kind', 'mann', 'frau', 'mutter', 'vater', 'filho', 'filha', 'mae'],
  ...['pai', 'figlio', 'figlia', 'marito', 'moglie', 'zoon', 'dochter', 'vrouw', 'moeder', 'vader'],
]);
/** The caller's possessives, "my" and "our", in each language. */
const CALLERS_OWN: readonly string[] = [
  ...MY_BASE,
  ...['our', 'mis', 'nuestro', 'nuestra', 'mes', 'notre', 'unser', 'unsere', 'nosso', 'nossa', 'nostro', 'nostra'],
  ...['onze', 'ons'],
];
const POSSESSORS = new Set([
  ...CALLERS_OWN,
  ...['his', 'her', 'their', 'su', 'sus', 'sa', 'son', 'sein', 'seine', 'zijn', 'haar'],
]);
/** Verbs a role word follows in a periphrasis: "fait semblant", "hace como", "faz de conta". */
const LIGHT_VERBS = new Set(['fait', 'hace', 'faz', 'fa', 'tut', 'doet']);
const OTHER_BIT = classBit('other');
const YOU_BIT = classBit('you');
function possessedPersonBefore(words: readonly string[], classBits: Int32Array, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && LIGHT_VERBS.has(words[j])) j--;
  if (j >= 0 && ADVERBS.has(words[j])) j--;
  const addressed =
    ((i + 1 < words.length ? classBits[i + 1] : 0) | (i + 2 < words.length ? classBits[i + 2] : 0)) & YOU_BIT;
  return (
    j >= 1 &&
    addressed === 0 &&
    (RELATIVES.has(words[j]) || (classBits[j] & OTHER_BIT) !== 0) &&
    POSSESSORS.has(words[j - 1]) &&
    words[j] !== TURN_BREAK
  );
}

/**
 * A game someone else plays: "my son plays a game where he's a shop manager", "er spielt ein Spiel", "hij speelt een
 * spel". A third-person form of playing (no imperative or first person has it) and an article before the role word:
 * the game is told of, not one the assistant is asked into ("let's play a game", "play a game with me" keep it).
 */
const PLAYS = new Set(['plays', 'spielt', 'speelt']);
const GAME_ARTICLES = new Set(['a', 'the', 'this', 'that', 'ein', 'das', 'dieses', 'een', 'het', 'dat']);
const playedByAnother = (words: readonly string[], i: number): boolean =>
  i >= 2 && GAME_ARTICLES.has(words[i - 1]) && PLAYS.has(words[i - 2]);

/**
 * A role inside a game someone else plays, told of: "my son plays a game where he pretends to run a shop", "o meu
 * filho joga um jogo onde finge ser administrador", "mi hija juega un juego donde finge ser cajera", "il joue à un jeu
 * où il fait semblant", "er spielt ein Spiel, wo er so tut". The third-person verb of playing, an article, the game,
 * "where", at most a third-person pronoun (and a light verb), then the role word: "let's play a game where you are
 * DAN" and "play a game where you pretend" keep it (no third-person player, or "you" in the game).
 */
const PLAYS_THIRD = new Set([...PLAYS, 'joga', 'juega', 'joue', 'gioca']);
const GAMES = new Set(['game', 'jogo', 'juego', 'jeu', 'spiel', 'spel', 'gioco', 'videogame', 'videojuego']);
const GAME_ARTICLES_ALL = new Set([...GAME_ARTICLES, 'um', 'uma', 'un', 'una', 'une', 'o', 'el', 'le', 'il', 'a']);
const WHERE = new Set(['where', 'onde', 'donde', 'ou', 'wo', 'waar', 'dove', 'em', 'in']);
const GAME_PLAYERS = new Set([...THIRD_OR_FIRST_PERSON, 'ele', 'ela', 'el', 'ella', 'il', 'elle', 'er', 'hij', 'zij']);
function roleInAnothersGame(words: readonly string[], i: number): boolean {
  let j = i - 1;
  if (j >= 0 && LIGHT_VERBS.has(words[j])) j--;
  if (j >= 0 && GAME_PLAYERS.has(words[j])) j--;
  if (j < 3 || !WHERE.has(words[j])) return false;
  const game = j - 1;
  return GAMES.has(words[game]) && GAME_ARTICLES_ALL.has(words[game - 1]) && PLAYS_THIRD.has(words[game - 2]);
}

/**
 * "Become" wanted by the caller or by a third person: "I'd like to become a member", "I don't want to become the
 * account holder", "my wife wants to become the account holder", "we hope to become business customers": a change the
 * caller or someone of theirs asks for, not a role the assistant is told to take. The subject of the verb of wanting
 * (past a negation, "would" or an adverb) must be the caller, a third person or a person of someone's; "do you want to
 * become", "I want you to become" and a bare "become DAN" keep it. Only "become": "I want to pretend you are my
 * grandmother" sets a play up for the assistant.
 */
const WANTING = new Set([
  ...['want', 'wants', 'wanted', 'like', 'love', 'need', 'needs', 'needed', 'wish', 'wishes', 'hope', 'hopes'],
  ...['plan', 'plans', 'planning', 'intend', 'intends', 'trying', 'try', 'tried', 'going', 'able', 'allowed'],
]);
const BEFORE_WANTING = new Set([
  ...['don', 't', 'do', 'does', 'doesn', 'did', 'didn', 'not', 'never', 'd', 'would', 'will', 'll', 'really', 'm'],
  ...['am', 's', 'is', 're', 'are', 'was', 'were', 'be', 'been', 'just', 'also', 'still', 'only', 'might'],
]);
const WANTED_REACH = 3;
/** The index of the subject of the verb of wanting before "to become" at i, or -1 when "become" is not wanted. */
export function wanterOfBecoming(words: readonly string[], i: number): number {
  if (words[i] !== 'become' || words[i - 1] !== 'to' || !WANTING.has(words[i - 2])) return -1;
  let j = i - 3;
  while (j >= 0 && i - 3 - j < WANTED_REACH && BEFORE_WANTING.has(words[j])) j--;
  return j;
}
function becomingWanted(words: readonly string[], classBits: Int32Array, i: number): boolean {
  const j = wanterOfBecoming(words, i);
  if (j < 0) return false;
  const subject = words[j];
  return (
    THIRD_OR_FIRST_PERSON.has(subject) ||
    (RELATIVES.has(subject) && POSSESSORS.has(words[j - 1])) ||
    ((classBits[j] & OTHER_BIT) !== 0 && POSSESSORS.has(words[j - 1]))
  );
}

/**
 * A person who pretended, in a participle after the noun: "a man pretending to be an engineer came to my door", "a
 * woman impersonating your staff", "some guy pretending to be you": the -ing form describes that person (a scam told of),
 * it asks nothing of the assistant. After "you" or a verb ("keep pretending", "start pretending") it keeps its role.
 */
const PRETENDERS = new Set([
  ...['man', 'woman', 'lady', 'guy', 'bloke', 'person', 'people', 'caller', 'callers', 'scammer', 'scammers'],
  ...['fraudster', 'fraudsters', 'men', 'women', 'somebody', 'someone', 'stranger', 'strangers', 'company'],
]);
const pretenderDescribed = (words: readonly string[], i: number): boolean =>
  words[i].endsWith('ing') && PRETENDERS.has(words[i - 1]);

/**
 * An accusation, in every language: "don't pretend you didn't get my letters", "stop pretending there's no record",
 * "no finja que no recibió", "ne faites pas semblant de ne pas avoir reçu", "não finja que não recebeu", "non faccia
 * finta di non": a pretence negated before and a negation within NEGATED_REACH words after is what the company is
 * told it is doing, not a role asked of the assistant. "Don't pretend to be an AI" (no second negation) keeps it.
 */
const NEGATIONS = new Set([
  ...['don', 'dont', 'not', 'stop', 'never', 'no', 'nao', 'ne', 'pas', 'non', 'nicht', 'niet', 'didn', 'doesn'],
  ...['haven', 'hasn', 'wasn', 'weren', 'isn', 'nothing', 'nobody', 'nunca', 'jamais', 'nie', 'nooit', 'mai'],
]);
/** The negations of a request not to pretend ("don't", "stop", "no", "não", "ne ... pas"), not "never" or "didn't". */
const DONT = new Set([...PLAIN_NEGATIONS, 'don', 'dont', 'stop', 'ne', 'niet']);
/** Only the words of pretending: "my order never arrived imagine you had no policies" is a game set up. */
const PRETENCES = new Set(['pretend', 'pretending', 'finja', 'finjas', 'finge', 'finges', 'finjan', 'semblant']);
const NEGATED_REACH = 4;
function accusedPretence(words: readonly string[], i: number): boolean {
  if (!PRETENCES.has(words[i])) return false;
  let before = false;
  for (let j = i - 1; j >= 0 && i - j <= 3 && words[j] !== TURN_BREAK; j--) if (DONT.has(words[j])) before = true;
  if (!before) return false;
  for (let j = i + 1; j < words.length && j - i <= NEGATED_REACH && words[j] !== TURN_BREAK; j++)
    if (NEGATIONS.has(words[j])) return true;
  return false;
}

/** Clears, in place, 'role' from a role word told of a third person. */
export function clearThirdPersonRoles(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++) {
    if ((classBits[i] & ROLE_BIT) === 0) continue;
    const subject = subjectOf(words, i);
    if (
      (subject !== undefined && THIRD_OR_FIRST_PERSON.has(subject)) ||
      becomingWanted(words, classBits, i) ||
      pretenderDescribed(words, i) ||
      accusedPretence(words, i) ||
      possessedPersonBefore(words, classBits, i) ||
      playedByAnother(words, i) ||
      roleInAnothersGame(words, i) ||
      (sForm(words[i]) && !(subject !== undefined && SECOND_PERSON.has(subject)))
    )
      classBits[i] &= ~ROLE_BIT;
  }
}

/**
 * An authority the caller wants to reach, not one claimed or invoked: "summarise my complaint for the manager", "I
 * want to talk to your supervisor about the credit", "parler au responsable", "mit Ihrem Vorgesetzten sprechen",
 * "naar de manager": a person after a preposition of destination or company (to, for, with, à, an, para, naar...),
 * with at most a determiner between (not "per": "per your developers" is a source in English). "As the manager", "the manager approved", "by order of the admin", "I'm the
 * supervisor", belonging claimed ("I speak for the fraud team", "I am with head office") keep it, and so does an authority word that qualifies a kind of access ("with admin rights", "for
 * developer mode", "to the manager override").
 */
const DESTINATION = new Set([
  ...['to', 'for', 'with', 'towards', 'a', 'al', 'para', 'con', 'au', 'aux', 'pour', 'avec', 'an', 'zu', 'zum'],
  ...['mit', 'fur', 'ao', 'com', 'allo', 'alla', 'col', 'aan', 'naar', 'voor', 'met'],
]);
const DETERMINER = new Set([
  ...['the', 'a', 'an', 'your', 'el', 'la', 'un', 'una', 'su', 'le', 'l', 'une', 'votre', 'den', 'dem', 'einen'],
  ...['einem', 'ihren', 'ihrem', 'o', 'um', 'uma', 'seu', 'sua', 'il', 'lo', 'uno', 'suo', 'de', 'het', 'een', 'uw'],
]);
const AUTHORITY_BIT = classBit('authority');
/** After the authority word: a kind of access it qualifies, not the person. */
const ACCESS = new Set([
  ...['rights', 'access', 'privileges', 'privilege', 'permissions', 'permission', 'level', 'powers', 'credentials'],
  ...['role', 'account', 'panel', 'console', 'tools', 'override', 'approval', 'code', 'password', 'login'],
]);
const ACCESS_CLASSES = classMask('mode', 'nolimits', 'approve', 'verify', 'override', 'tool', 'instructions', 'secret');

/** Before the preposition, a claim of belonging: "I speak for", "I am with", "I work for", "je suis avec". */
const BELONGING = new Set([
  ...['am', 'm', 'im', 'are', 're', 'be', 'speak', 'speaking', 'work', 'working', 'calling', 'act', 'acting'],
  ...['soy', 'trabajo', 'hablo', 'suis', 'travaille', 'parle', 'bin', 'arbeite', 'spreche', 'sou', 'trabalho'],
  ...['falo', 'sono', 'lavoro', 'parlo', 'ben', 'werk', 'spreek'],
]);

/**
 * Verbs of getting in touch, as an error text or a letter words them: "contact your administrator", "contactez votre
 * administrateur", "wenden Sie sich an den Administrator" (that one by "an"), "contacte o administrador", "contatta
 * l'amministratore", "neem contact op met uw beheerder" (by "met"). The verb is no contact detail asked for: it loses
 * 'data' with the person's 'authority'.
 */
const CONTACTING = new Set([
  ...['contact', 'contacting', 'call', 'ring', 'phone', 'email', 'contactez', 'contacter', 'contacte', 'contacta'],
  ...['contactar', 'contacten', 'kontaktieren', 'kontaktiere', 'contatti', 'contattare', 'contatta', 'contacteer'],
  ...['llame', 'llama', 'appelez', 'ligue', 'chiami', 'bel'],
]);
const DATA_BIT = classBit('data');

/** The index of the word that makes the authority at i one the caller wants to reach, or -1. */
function reachedAuthority(words: readonly string[], classBits: Int32Array, i: number): number {
  const at = DETERMINER.has(words[i - 1]) && i >= 2 ? i - 2 : i - 1;
  if (!(DESTINATION.has(words[at]) || CONTACTING.has(words[at])) || (at >= 1 && BELONGING.has(words[at - 1])))
    return -1;
  const next = i + 1 < words.length ? words[i + 1] : undefined;
  return next === undefined || (!ACCESS.has(next) && (classBits[i + 1] & ACCESS_CLASSES) === 0) ? at : -1;
}

/** Clears, in place, 'authority' from a person the caller wants to reach (and 'data' from a verb of reaching). */
export function clearReachedAuthorities(words: readonly string[], classBits: Int32Array): void {
  for (let i = 1; i < words.length; i++) {
    if ((classBits[i] & AUTHORITY_BIT) === 0) continue;
    const at = reachedAuthority(words, classBits, i);
    if (at < 0) continue;
    classBits[i] &= ~AUTHORITY_BIT;
    if (CONTACTING.has(words[at])) classBits[at] &= ~DATA_BIT;
  }
}

/**
 * The administrator of an account, a plan or a contract, named by it: "as the administrator of the account, please
 * delete my old card", "en tant qu'administrateur du compte pro", "como administrador da conta empresarial", "come
 * amministratore dell'account aziendale", "als Administrator des Kontos": a customer's role on their own account, not
 * a rank over the assistant. The account word within ACCOUNT_REACH words after "of" ("de", "du", "da", "dell", "des",
 * "van"), and no tool, data, other word or number right after it ("the administrator of the account database", "of
 * this system", "of account 30298817" keep their authority).
 */
const ACCOUNTS = new Set([
  ...['account', 'accounts', 'cuenta', 'cuentas', 'compte', 'comptes', 'konto', 'kontos', 'firmenkontos', 'conta'],
  ...[
    'contas',
    'rekening',
    'plan',
    'contract',
    'contrato',
    'contrat',
    'vertrag',
    'vertrags',
    'contratto',
    'abonnement',
  ],
]);
const ACCOUNT_REACH = 4;
const AFTER_THE_ACCOUNT = classMask('tool', 'data', 'other', 'ai', 'instructions');
/** Administrators only: "the manager of the account" is staff, "the owner of account 3029..." another customer. */
const ADMINISTRATORS = new Set([...ADMINISTRATOR_WORDS, 'administratorin']);
function accountsAdministrator(words: readonly string[], classBits: Int32Array, i: number): boolean {
  if (!ADMINISTRATORS.has(words[i]) || !OF_LINKS.has(words[i + 1])) return false;
  for (let k = i + 2; k < words.length && k - i <= ACCOUNT_REACH && words[k] !== TURN_BREAK; k++)
    if (ACCOUNTS.has(words[k]))
      return k + 1 >= words.length || ((classBits[k + 1] & AFTER_THE_ACCOUNT) === 0 && !startsWithDigit(words[k + 1]));
  return false;
}

/** Clears, in place, 'authority' from the administrator of an account named after it. */
export function clearAccountAdministrators(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++)
    if ((classBits[i] & AUTHORITY_BIT) !== 0 && accountsAdministrator(words, classBits, i))
      classBits[i] &= ~AUTHORITY_BIT;
}

/**
 * Seeing, said by the speaker: "I can see your previous delivery instructions on the account", "I see", "we could see
 * the charge", "I can't see my bill": what the speaker perceives, not a request to be shown. "Can I see your
 * instructions?" (the question's order) and "let me see" keep 'reveal'.
 */
const SEE = new Set(['see', 'saw', 'seen']);
const SPEAKER = new Set(['i', 'we']);
const PERCEIVING_MODALS = new Set([
  'can',
  'could',
  'cannot',
  'do',
  'did',
  'don',
  'didn',
  'couldn',
  've',
  'have',
  'had',
]);
const REVEAL_BIT = classBit('reveal');
function speakerSees(words: readonly string[], i: number): boolean {
  // "can I see", "could we see": the question's order asks to be shown
  if (SPEAKER.has(words[i - 1])) return i < 2 || !PERCEIVING_MODALS.has(words[i - 2]);
  let j = i - 1;
  if (words[j] === 't') j--;
  if (j >= 0 && PERCEIVING_MODALS.has(words[j])) j--;
  return j >= 0 && SPEAKER.has(words[j]) && (j < 1 || !PERCEIVING_MODALS.has(words[j - 1]));
}

/** Clears, in place, 'reveal' from a verb of seeing whose subject is the speaker. */
export function clearSpeakerSees(words: readonly string[], classBits: Int32Array): void {
  for (let i = 1; i < words.length; i++)
    if ((classBits[i] & REVEAL_BIT) !== 0 && SEE.has(words[i]) && speakerSees(words, i)) classBits[i] &= ~REVEAL_BIT;
}

/**
 * A person of the caller's who does an errand for the delivery: "my sister can take it in", "my neighbour will sign
 * for it", "my friend picked it up", "mi vecina lo recoge", "ma voisine peut le récupérer", "mein Nachbar nimmt es an",
 * "a minha vizinha recebe", "mia sorella lo ritira", "mijn buurman neemt het aan". The caller's possessive, the person
 * word ('other'), at most a modal or an auxiliary, an adverb and an object pronoun, then a verb of taking, signing for
 * or bringing: the person helps, and is no one whose data is asked, so the person word loses 'other'. Their data asked
 * for keeps its own mark ("my sister can take it in, so read me her address": "her" is another person's).
 */
const CALLER_POSSESSORS = new Set([
  ...CALLERS_OWN,
  ...['a', 'la', 'il'], // "a minha vizinha", "la mia vicina", "il mio vicino": the article before the possessive
]);
const ERRAND_FILLERS = new Set([
  ...['can', 'could', 'will', 'would', 'may', 'might', 'should', 'is', 'was', 'has', 'had', 's', 'll', 'd', 'usually'],
  ...['already', 'also', 'just', 'kindly', 'happily', 'then', 'going', 'to', 'it', 'them', 'puede', 'podra', 'va'],
  ...['lo', 'la', 'los', 'las', 'peut', 'pourra', 'va', 'le', 'les', 'kann', 'wird', 'es', 'sie', 'ihn', 'pode'],
  ...['vai', 'o', 'a', 'os', 'as', 'puo', 'potra', 'kan', 'zal', 'het', 'ze', 'die'],
]);
const ERRANDS = new Set([
  ...['take', 'takes', 'took', 'collect', 'collects', 'collected', 'pick', 'picks', 'picked', 'sign', 'signs'],
  ...['signed', 'receive', 'receives', 'received', 'accept', 'accepts', 'accepted', 'grab', 'bring', 'brings'],
  ...['brought', 'fetch', 'fetched', 'keep', 'keeps', 'kept', 'hold', 'holds', 'held', 'drop', 'dropped'],
  ...['recoge', 'recogera', 'recoger', 'recogerlo', 'recogerla', 'recibe', 'recibira', 'recibir', 'firma', 'firmar'],
  ...['recupere', 'recuperer', 'recupera', 'prend', 'prendre', 'signe', 'signer', 'receptionne', 'nimmt', 'annehmen'],
  ...['abholen', 'holt', 'unterschreibt', 'recebe', 'receber', 'busca', 'buscar', 'assina', 'ritira', 'ritirare'],
  ...['prende', 'prendere', 'firma', 'riceve', 'neemt', 'aannemen', 'ophalen', 'haalt', 'tekent', 'ontvangt'],
]);
const ERRAND_REACH = 3;
function doesAnErrand(words: readonly string[], i: number): boolean {
  if (i === 0 || !CALLER_POSSESSORS.has(words[i - 1])) return false;
  for (let k = i + 1; k < words.length && k - i <= ERRAND_REACH + 1; k++) {
    if (ERRANDS.has(words[k])) return true;
    if (!ERRAND_FILLERS.has(words[k])) return false;
  }
  return false;
}

/** Clears, in place, 'other' from a person of the caller's who does an errand for the delivery. */
export function clearErrandHelpers(words: readonly string[], classBits: Int32Array): void {
  for (let i = 1; i < words.length; i++)
    if ((classBits[i] & OTHER_BIT) !== 0 && doesAnErrand(words, i)) classBits[i] &= ~OTHER_BIT;
}
