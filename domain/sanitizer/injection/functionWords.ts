/**
 * Closed word lists that several readings share: the core each reading's own list starts from. A reading adds the
 * words its construction needs ("never" before a verb, "yet" after a mandate), so no reading's list is narrower than
 * its core; words one reading must not take stay out of the core.
 */

/** "Of" before a possessor in the Romance languages, German and Dutch: "de mi vecino", "von meinem Nachbarn". */
export const OF_POSSESSOR: readonly string[] = [
  'de',
  'del',
  'di',
  'della',
  'dello',
  'von',
  'vom',
  'des',
  'du',
  'do',
  'da',
  'van',
];

/** "Of" before what a thing belongs to or is for, in every language the screen reads: "of the account", "dell'account". */
export const OF_LINKS: ReadonlySet<string> = new Set([...OF_POSSESSOR, 'of', 'on', 'for', 'dell']);

/** The word "access" in EN/ES/FR/PT (accents folded); each reading adds the languages and kinds of right it reads. */
export const ACCESS_WORDS: readonly string[] = ['access', 'acceso', 'acces', 'acesso'];

/** Verbs of getting into an account, the core each reading extends: "log into", "entrar", "accéder", "einloggen". */
export const ENTERING_VERBS: readonly string[] = [
  ...['entrar', 'entra', 'entrer', 'entrare', 'login', 'log', 'logs', 'logging', 'accede', 'acceder', 'accedere'],
  ...['acessar', 'acessa', 'einloggen', 'zugreifen'],
];

/** An account's administrator, in the languages the screen reads ("administradora", "beheerder"). */
export const ADMINISTRATOR_WORDS: readonly string[] = [
  ...['admin', 'administrator', 'administrador', 'administradora', 'administrateur', 'administratrice'],
  ...['amministratore', 'amministratrice', 'beheerder'],
];

/** The plain "not" of each language the screen reads: "not", "no", "non", "não", "nicht", "pas". */
export const PLAIN_NEGATIONS: readonly string[] = ['not', 'no', 'non', 'nao', 'nicht', 'pas'];

/** A concessive that stands alone: "although", "aunque", "obwohl", "embora", "sebbene", "hoewel", "quoique". */
export const CONCESSIVE_WORDS: readonly string[] = [
  ...['although', 'though', 'aunque', 'obwohl', 'embora', 'sebbene', 'hoewel', 'quoique', 'benche'],
];

/** A word of origin, the core each reading extends: "from", "de", "del", "du", "da", "dal", Dutch "van". */
export const ORIGIN_WORDS: readonly string[] = ['from', 'de', 'del', 'des', 'du', 'da', 'do', 'dal', 'van'];

/** Verbs of making something up, the core of the inventing and the writing readings: "invent", "erfinde", "verzin". */
export const INVENTING_VERBS: readonly string[] = [
  ...['invent', 'fake', 'forge', 'inventa', 'inventame', 'invente', 'inventez', 'erfinde', 'erfinden', 'inventem'],
  ...['inventami', 'verzin'],
];

/** The caller as a verb's object, in the forms every reading takes: "me", "mi", French "m'", German "uns", Dutch "ons". */
export const CALLER_AS_OBJECT: readonly string[] = ['me', 'mi', 'm', 'uns', 'ons'];

/** The caller's "my" before a noun, in each language's base forms ("mio"/"mia", "mon"/"ma", "meu"/"minha"). */
export const MY_BASE: readonly string[] = [
  ...['my', 'mi', 'mio', 'mia', 'mon', 'ma', 'mein', 'meine', 'meu', 'minha', 'mijn'],
];

/** A third person as a verb's subject, in each language the screen reads: "he", "elle", "er", "ela", "lei", "zij". */
export const THIRD_PERSON_SUBJECTS: readonly string[] = [
  ...['he', 'she', 'they', 'il', 'elle', 'ils', 'er', 'sie', 'ele', 'ela', 'eles', 'lui', 'lei', 'hij', 'zij'],
];

/** Spanish and Italian determiners before "persona" (a person there, not a persona). */
export const PERSONA_DETERMINERS: readonly string[] = [
  ...['una', 'la', 'otra', 'esta', 'esa', 'cada', 'alguna', 'ninguna', 'cualquier', 'misma', 'sola', 'tercera'],
  ...['questa', 'quella', 'altra', 'ogni', 'nessuna', 'qualche', 'della', 'alla', 'stessa', 'terza'],
  ...['las', 'otras', 'estas', 'esas', 'algunas', 'muchas', 'varias', 'le', 'altre', 'queste', 'molte', 'delle'],
];

/** Granting a person access: "give", "grant", "dale", "donner", "geben". */
export const GRANT_VERBS: readonly string[] = [
  ...['give', 'gives', 'giving', 'grant', 'granting', 'dale', 'darle', 'donner', 'donnez', 'geben'],
];

/** Living somewhere, said of a person: "lives", "vive", "habite", "wohnt", "mora", "woont". */
export const LIVES_VERBS: readonly string[] = [
  ...['lives', 'living', 'vive', 'habite', 'wohnt', 'abita', 'mora', 'reside', 'woont'],
];

/**
 * Owing, in the third person ("debe", "doit", "schuldet", "deve"; "debo", "devo" are the caller's): "me debe" is owed
 * to the caller, "cuánto debe mi vecino" asks what someone else owes.
 */
export const THIRD_PERSON_OWES: readonly string[] = [
  ...['debe', 'deben', 'deve', 'devem', 'devono', 'doit', 'doivent', 'schuldet', 'schulden', 'schuldig'],
];

/**
 * A comparison's "than" before what another person pays or owes: "more than what she pays", "meer dan wat hij
 * betaalt", "plus que ce que paie", "di quello che paga" after "più" (see COMPARATIVES). A comparison tells, it asks
 * nothing.
 */
export const COMPARING: readonly string[] = ['than', 'dan', 'als', 'che', 'que', 'of', 'about'];
/** The comparatives that "de", "di" or "do" may follow: "más de lo que", "più di quello che", "mais do que". */
export const COMPARATIVES: readonly string[] = [
  ...['more', 'less', 'mas', 'menos', 'plus', 'moins', 'piu', 'meno', 'mais', 'mehr', 'weniger', 'meer', 'minder'],
];

/** Verbs of telling the caller, imperative: "tell", "dime", "dites", "sag", "diga", "dimmi", "zeg". */
export const TELL_VERBS: readonly string[] = [
  ...['tell', 'dime', 'digame', 'dites', 'dis', 'sag', 'sagen', 'diga', 'diz', 'dica', 'dimmi', 'zeg'],
];

/**
 * Each word's bits, OR-ed over every list it is in: the word tables a reading looks each word of the text up in once
 * ("what may this word start?") instead of asking each list in turn.
 */
export function bitsByWord(lists: readonly (readonly [bits: number, words: Iterable<string>])[]): Map<string, number> {
  const table = new Map<string, number>();
  for (const [bits, words] of lists) for (const word of words) table.set(word, (table.get(word) ?? 0) | bits);
  return table;
}
