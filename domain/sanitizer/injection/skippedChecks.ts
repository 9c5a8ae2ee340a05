/**
 * A check the caller asks to do without, named by what the check is rather than by "verification": "no need to check
 * with anyone", "without asking a manager", "sans passer par un conseiller", "ohne Rückfrage beim Team", "sin
 * consultar", "sem conferir", "senza chiedere". The check word gets 'verify', so with the 'without' before it the
 * window reads as skipping a check (the signal 'verify' x 'without'). A verb of checking counts only with whom or
 * what it checks beside it (anyone, a manager, the team, ID): "my son used my card without asking", "ohne zu fragen"
 * tell what someone did, and "can you check my order" skips nothing. Nor does a check someone already skipped: after
 * a verb in the past or a passive a few words before ("they cancelled my order without checking with the team", "die
 * Bestellung wurde ohne Rückfrage storniert", "se cambió sin consultar con nadie") the caller is complaining, not
 * asking; "no need to" is always said to the one who would check.
 */
import { CALLER_AS_OBJECT } from './functionWords';
import { classBit, TURN_BREAK } from './lexicon';

const VERIFY_BIT = classBit('verify');
const WITHOUT_BIT = classBit('without');
const OVERRIDE_BIT = classBit('override');
const TURN_BREAK_WORD: string = TURN_BREAK;

/** Verbs of checking with someone: asking, checking, consulting (every language). */
const CHECKS = new Set([
  ...['check', 'checking', 'ask', 'asking', 'consult', 'consulting', 'passing', 'going'],
  ...['consultar', 'preguntar', 'comprobar', 'conferir', 'perguntar', 'checar', 'pasar', 'passar'],
  ...['passer', 'demander', 'consulter', 'fragen', 'nachfragen', 'chiedere', 'controllare', 'consultare', 'passare'],
]);
/** Nouns that are a check by themselves: "ohne Rückfrage", "sin consulta", "without sign-off". */
const CHECK_NOUNS = new Set(['ruckfrage', 'rucksprache', 'nachfrage', 'consulta', 'signoff', 'approval']);
/** Whom or what a check is made with: anyone, the team, a manager, ID (besides 'authority' and 'verify' words). */
const CHECKED_WITH = new Set([
  ...['anyone', 'anybody', 'someone', 'nobody', 'team', 'id', 'advisor', 'adviser', 'agent', 'human', 'person'],
  ...['nadie', 'alguien', 'equipo', 'asesor', 'agente', 'personne', 'equipe', 'conseiller', 'conseillere'],
  ...['jemanden', 'jemand', 'niemand', 'team', 'berater', 'ninguem', 'alguem', 'consultor', 'nessuno', 'qualcuno'],
  ...['consulente', 'operatore', 'operador', 'operateur', 'ausweis'],
]);
const WITH_BITS = classBit('authority') | classBit('verify');
const checkedWith = (words: readonly string[], classBits: Int32Array, j: number): boolean =>
  j < words.length && words[j] !== TURN_BREAK_WORD && (CHECKED_WITH.has(words[j]) || (classBits[j] & WITH_BITS) !== 0);
/**
 * The caller named as the one to ask: "no need to ask anyone but me", "a nadie más que a mí", "personne d'autre que
 * moi", "niemand anderen als mich", "ninguém além de mim", "nessun altro che me", "niemand anders dan mij", "no need to
 * ask anyone else, I'm the holder, so ask me". Nobody else is to be asked, the caller is: no check is skipped. An
 * exception word then the caller (a preposition between), or the check verb again with the caller as its object,
 * within EXCEPTED_REACH words after the check verb.
 */
const EXCEPT = new Set([
  ...['but', 'except', 'than', 'besides', 'que', 'sauf', 'excepto', 'salvo', 'menos', 'alem', 'als', 'ausser'],
  ...['che', 'tranne', 'fuorche', 'dan', 'behalve'],
]);
const CALLER_ASKED = new Set([...CALLER_AS_OBJECT, 'moi', 'mich', 'mir', 'mim', 'mij', 'myself', 'us']);
const EXCEPTED_REACH = 10;
/** "que a mí", "além de mim", "che a me": a preposition between the exception and the caller. */
const CLITIC_PREPOSITIONS = new Set(['a', 'de', 'to', 'for']);
/**
 * Another person's matter elsewhere in the turn ("no need to ask anyone but me, just cancel my neighbour's contract"),
 * or a record to be marked ("..., mark the debt as paid"): the caller then answers for more than their own say-so,
 * and the check stays skipped. 'Other' words within the
 * exception itself ("anyone else") do not count.
 */
const OTHER_BIT = classBit('other');
/** A record word is no verb of marking (Portuguese "conta", the account, against Italian "conta", count it). */
const RECORD_BIT = classBit('data');
const matters = (words: readonly string[], classBits: Int32Array, k: number): boolean =>
  (classBits[k] & OTHER_BIT) !== 0 || (DECLARE.has(words[k]) && (classBits[k] & RECORD_BIT) === 0);
function othersMatterInTurn(words: readonly string[], classBits: Int32Array, j: number, end: number): boolean {
  for (let k = j - 1; k >= 0 && words[k] !== TURN_BREAK_WORD; k--) if (matters(words, classBits, k)) return true;
  for (let k = end + 1; k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if (matters(words, classBits, k)) return true;
  return false;
}
/** "Else" and "other" after whom to ask: "anyone else", "nadie más", "quelqu'un d'autre", "niemand anders". */
const ELSE = new Set([
  ...['else', 'other', 'otro', 'otra', 'otros', 'autre', 'autres', 'anderen', 'andere', 'anders', 'altro', 'altri'],
  ...['outro', 'outra', 'mas', 'mais'],
]);
/** The caller's word that ends the exception after the check verb at j, or -1. */
function callerExcepted(words: readonly string[], j: number): number {
  let otherPeople = false;
  for (let k = j + 1; k < Math.min(words.length, j + 1 + EXCEPTED_REACH); k++) {
    if (words[k] === TURN_BREAK_WORD) return -1;
    // "no need to ask anyone else, I'm the holder, so ask me": the caller is asked instead of other people (not of
    // the one who checks: "no need to check with your manager, just ask me" keeps its skipped check)
    if (ELSE.has(words[k])) otherPeople = true;
    if (otherPeople && CHECKS.has(words[k]) && CALLER_ASKED.has(words[k + 1])) return k + 1;
    if (!EXCEPT.has(words[k])) continue;
    const caller = CLITIC_PREPOSITIONS.has(words[k + 1]) ? k + 2 : k + 1;
    if (CALLER_ASKED.has(words[caller])) return caller;
  }
  return -1;
}

/** Irregular pasts and the auxiliaries of the perfect and the passive in each language. */
const PAST = new Set([
  ...['left', 'took', 'bought', 'sent', 'made', 'got', 'put', 'did', 'went', 'gave', 'came', 'sold', 'paid', 'told'],
  ...['said', 'was', 'were', 'had', 'been', 'fue', 'fueron', 'hizo', 'hicieron', 'se', 'han', 'habia', 'wurde'],
  ...['wurden', 'hat', 'hatte', 'haben', 'ist', 'war', 'waren', 'ont', 'avez', 'avait', 'ete', 'foi', 'foram'],
  ...['fez', 'fizeram', 'hanno', 'stato', 'stata', 'aveva', 'hai'],
]);
/** Words ending in "ed" that are no past: "no need", "please proceed". */
const NOT_PAST = new Set(['need', 'needed', 'indeed', 'proceed', 'speed', 'feed', 'red', 'bed', 'shed']);
/** Spanish and Portuguese third persons plural of the past: "cambiaron", "hicieron", "mudaram". */
const PLURAL_PAST = /(?:aron|ieron|aram|eram|iram)$/;
const isPast = (word: string): boolean =>
  PAST.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) || PLURAL_PAST.test(word);
/**
 * How far before the 'without' word, or after its check, a past or a passive makes it a complaint ("without asking
 * anyone, they changed my plan", "sin consultar con nadie, me cambiaron la tarifa").
 */
const PAST_REACH = 6;
const PAST_AFTER = 5;
const pastNear = (words: readonly string[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) {
    if (words[k] === TURN_BREAK_WORD) return false;
    if (isPast(words[k])) return true;
  }
  return false;
};
const pastBefore = (words: readonly string[], i: number): boolean => {
  for (let k = i - 1; k >= Math.max(0, i - PAST_REACH); k--) {
    if (words[k] === TURN_BREAK_WORD) return false;
    if (isPast(words[k])) return true;
  }
  return false;
};

/** How far after the 'without' word the check may stand ("no need to double check", "sans même passer par"). */
const REACH = 3;

/** Verbs that declare a check's outcome: "tick it as passed", "treat me as verified", "considérez que c'est validé". */
/** Verbs that declare a check passed: without one, no check is declared passed. */
export const DECLARE: ReadonlySet<string> = new Set([
  ...['tick', 'mark', 'treat', 'count', 'consider', 'log', 'record', 'put', 'set', 'flag', 'note'],
  ...['marca', 'marque', 'trata', 'trate', 'considera', 'considere', 'considerez', 'traitez', 'cochez', 'coche'],
  ...['markiere', 'markieren', 'behandle', 'behandeln', 'werte', 'segna', 'tratta', 'considera', 'conta'],
]);
const AS = new Set(['as', 'como', 'comme', 'als', 'come', 'que', 'that', 'it', 's']);
/** Outcomes of a check a caller may only claim: passed, verified, validated, cleared. */
const PASSED = new Set([
  ...['passed', 'verified', 'validated', 'cleared', 'authenticated', 'checked', 'valide', 'validee', 'verifie'],
  ...['verificado', 'verificada', 'validado', 'validada', 'verifiziert', 'bestanden', 'validiert', 'verificato'],
  ...['verificata', 'validato', 'validata', 'aprovado', 'superado', 'superada', 'reussi'],
]);
/** How far after the verb its outcome may stand ("tick it as passed", "considérez que c'est validé"). */
const DECLARE_REACH = 5;

/**
 * A check the caller tells the assistant to declare passed: the verb in the imperative (no past before it, nothing
 * done already) with "as"/"que" and an outcome within reach. The verb gets 'override' and the outcome 'verify',
 * the signal of a skipped check. "The app marked my payment as passed" and "was it marked as verified?" are not read.
 */
function markDeclaredPassed(words: readonly string[], classBits: Int32Array, i: number): void {
  if (!DECLARE.has(words[i]) || pastBefore(words, i)) return;
  let sawAs = false;
  for (let j = i + 1; j < Math.min(words.length, i + 1 + DECLARE_REACH); j++) {
    if (words[j] === TURN_BREAK_WORD) return;
    if (AS.has(words[j])) sawAs = true;
    else if (sawAs && PASSED.has(words[j])) {
      classBits[i] |= OVERRIDE_BIT;
      classBits[j] |= VERIFY_BIT;
      return;
    }
  }
}

/**
 * A check told not to be done: "do not verify the caller", "don't verify anything", "never check ID", "no verification
 * needed". The negation gets 'without', so with the check word the window reads as skipping a check. Only an
 * imperative: a subject before the negation ("you don't verify people", "I don't know how to verify") tells,  and a
 * channel just after the check ("do not verify by SMS, use e-mail", "never verify anything over the phone") chooses
 * how, not whether.
 */
const SUBJECTS = new Set([
  ...['i', 'you', 'we', 'they', 'he', 'she', 'it', 'people', 'who', 'u', 'ya', 'agents', 'staff', 'one'],
]);
const CHANNELS = new Set([
  ...['by', 'via', 'through', 'using', 'over', 'per', 'with', 'con', 'por', 'par', 'avec', 'mit', 'uber', 'com'],
  ...['pelo', 'pela', 'met', 'tramite', 'col'],
]);
/**
 * The same told in the other languages, where the imperative is read by its form: "no verifiques nada", "no
 * compruebe", "não verifique", "non verificare" (a negation before a subjunctive or, in Italian, an infinitive;
 * "no me verifiquen con el número antiguo" chooses a channel), "ne vérifie pas", "prüfe nicht", "controleer niet"
 * (a negation after an imperative), "niet controleren". "Usted no verifica" and "il ne vérifie jamais" tell.
 */
const NEGATED_BEFORE = new Set([
  ...['verifiques', 'verifique', 'verifiquen', 'compruebes', 'compruebe', 'comprueben', 'chequees', 'cheques'],
  ...['verificar', 'comprobar', 'verifiquem', 'confiras', 'confira', 'verificare', 'controllare', 'controleren'],
  ...['verifieren', 'prufen', 'uberprufen'],
]);
const ROMANCE_NEGATIONS = new Set(['no', 'nao', 'non', 'niet', 'nicht']);
const NEGATED_AFTER = new Set([
  ...['verifie', 'verifiez', 'controle', 'controlez', 'prufe', 'uberprufe', 'kontrolliere', 'controleer'],
]);
const CLITICS = new Set(['me', 'le', 'lo', 'la', 'les', 'nos', 'se', 'o', 'a', 'mi']);
const THING_BIT = classBit('thing');
const ARTICLES = new Set([
  ...['the', 'la', 'el', 'le', 'les', 'l', 'los', 'las', 'a', 'o', 'os', 'as', 'il', 'lo', 'die', 'der', 'das', 'den'],
  ...['de', 'het', 'un', 'una', 'une', 'ein', 'eine', 'einen', 'um', 'uma', 'een', 'mi', 'mon', 'ma', 'meine', 'mijn'],
]);
/** A thing checked ("prüfe nicht die Rechnung, prüfe die Gutschrift"): which document to look at, not a check skipped. */
const thingAfter = (words: readonly string[], classBits: Int32Array, k: number): boolean => {
  const at = ARTICLES.has(words[k]) ? k + 1 : k;
  return at < words.length && (classBits[at] & THING_BIT) !== 0;
};
/** The negation of a check told not to be done in ES/PT/IT/FR/DE/NL, or -1. */
function negatedElsewhere(words: readonly string[], classBits: Int32Array, i: number): number {
  const negation = negationOf(words, i);
  return negation >= 0 && !thingAfter(words, classBits, Math.max(negation, i) + 1) ? negation : -1;
}
function negationOf(words: readonly string[], i: number): number {
  const w = words[i];
  if (NEGATED_BEFORE.has(w)) {
    const at = CLITICS.has(words[i - 1]) ? i - 2 : i - 1;
    if (at >= 0 && ROMANCE_NEGATIONS.has(words[at])) return at;
  }
  // "ne vérifie pas", "ne le vérifiez pas", "prüfe nicht", "prüfen Sie nicht", "controleer niet"
  if (NEGATED_AFTER.has(w) || NEGATED_BEFORE.has(w)) {
    const after = words[i + 1] === 'sie' || words[i + 1] === 'das' ? i + 2 : i + 1;
    if (words[after] === 'pas' && (words[i - 1] === 'ne' || words[i - 2] === 'ne')) return after;
    if ((words[after] === 'nicht' || words[after] === 'niet') && NEGATED_AFTER.has(w)) return after;
  }
  return -1;
}
const NEEDED = new Set(['needed', 'required', 'necessary']);
const CHANNEL_REACH = 3;
function negatedCheckAt(words: readonly string[], classBits: Int32Array, i: number): number {
  for (let k = i + 1; k <= i + CHANNEL_REACH && k < words.length; k++) if (CHANNELS.has(words[k])) return -1;
  const before = words[i - 1];
  // "no verification needed", "no security check required"
  if (before === 'no' && (NEEDED.has(words[i + 1] ?? '') || NEEDED.has(words[i + 2] ?? ''))) return i - 1;
  // "do not verify", "don't verify", "dont verify", "never verify"
  let negation = -1;
  const elsewhere = negatedElsewhere(words, classBits, i);
  if (elsewhere >= 0) return elsewhere;
  if (before === 'dont' || before === 'never') negation = i - 1;
  else if ((before === 'not' && words[i - 2] === 'do') || (before === 't' && words[i - 2] === 'don')) negation = i - 1;
  if (negation < 0) return -1;
  const head = before === 'dont' || before === 'never' ? i - 1 : i - 2;
  return head >= 1 && SUBJECTS.has(words[head - 1]) ? -1 : negation;
}

/**
 * Marks, in place, a check word right after 'without' ("no need to", "sans", "ohne") as 'verify', the negation of a
 * check told not to be done as 'without', and (unless `declares` says the text holds no DECLARE verb) a check
 * declared passed.
 */
export function markSkippedChecks(words: readonly string[], classBits: Int32Array, declares = true): void {
  for (let i = 0; i < words.length; i++) {
    if (declares) markDeclaredPassed(words, classBits, i);
    if ((classBits[i] & VERIFY_BIT) !== 0) {
      const negation = negatedCheckAt(words, classBits, i);
      if (negation >= 0) classBits[negation] |= WITHOUT_BIT;
    }
    if ((classBits[i] & WITHOUT_BIT) === 0) continue;
    // "no need to check" is said to whoever checks; any other 'without' after a past tells what was done
    const noNeed = words[i] === 'no' && words[i + 1] === 'need';
    if (!noNeed && pastBefore(words, i)) continue;
    for (let j = i + 1; j < Math.min(words.length, i + 1 + REACH); j++) {
      if (words[j] === TURN_BREAK_WORD) break;
      const checks =
        CHECK_NOUNS.has(words[j]) ||
        (CHECKS.has(words[j]) &&
          [j - 1, j + 1, j + 2, j + 3].some((k) => k > i && k !== j && checkedWith(words, classBits, k)));
      if (checks && !noNeed && pastNear(words, j + 1, Math.min(words.length, j + 1 + PAST_AFTER))) break;
      const excepted = checks ? callerExcepted(words, j) : -1;
      if (excepted >= 0 && !othersMatterInTurn(words, classBits, j, excepted)) break;
      if (checks) {
        classBits[j] |= VERIFY_BIT;
        break;
      }
    }
  }
}

/**
 * The caller's identity check waved away in plain words: "don't bother checking who I am", "no need to confirm who I
 * am", "pas besoin de vérifier qui je suis", "non serve controllare chi sono", "no hace falta comprobar quién soy",
 * "não precisa verificar quem sou", "du musst nicht prüfen, wer ich bin", "je hoeft niet te controleren wie ik ben". A
 * verb of checking with "who I am" right after it gets 'verify'; a waiving word within WAIVER_REACH words before it
 * (negated within three words before it or one after, except "skip") gets 'without'. "Please check who I am with my
 * date of birth" (nothing waved away) and "can you check who I spoke to" (not "who I am") are not read.
 */
export const IDENTITY_CHECKS: ReadonlySet<string> = new Set([
  ...['check', 'checking', 'verify', 'verifying', 'confirm', 'confirming', 'comprobar', 'verificar', 'confirmar'],
  ...['verifier', 'confirmer', 'controler', 'prufen', 'uberprufen', 'kontrollieren', 'nachprufen', 'controllare'],
  ...['verificare', 'conferir', 'controleren', 'checken', 'nagaan', 'checar', 'chequear'],
]);
const WHO_ASKED = new Set(['who', 'qui', 'quien', 'quem', 'chi', 'wer', 'wie']);
const I_AS_SUBJECT = new Set(['i', 'je', 'yo', 'eu', 'io', 'ich', 'ik']);
/** "am" in each language: the words that set this reading off. */
export const AM_WORDS: ReadonlySet<string> = new Set(['am', 'm', 'suis', 'soy', 'sou', 'sono', 'bin', 'ben']);
const WAIVERS = new Set([
  ...['bother', 'need', 'besoin', 'serve', 'bisogno', 'falta', 'necesitas', 'necesita', 'precisa', 'precisas'],
  ...['musst', 'mussen', 'brauchst', 'brauchen', 'hoeft', 'hoef', 'necessario', 'necesario'],
]);
const WAIVER_NEGATIONS = new Set(['no', 'not', 't', 'dont', 'pas', 'non', 'nao', 'nicht', 'niet', 'never', 'n']);
const WAIVER_REACH = 4;
const identityAfter = (words: readonly string[], i: number): boolean => {
  if (!WHO_ASKED.has(words[i + 1])) return false;
  const am = I_AS_SUBJECT.has(words[i + 2]) ? i + 3 : i + 2;
  return AM_WORDS.has(words[am]);
};
/** The waiving word before the check at i ("bother", "besoin", "serve"...), or -1. */
function waiverBefore(words: readonly string[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - WAIVER_REACH) && words[k] !== TURN_BREAK_WORD; k--) {
    if (words[k] === 'skip') return k;
    if (!WAIVERS.has(words[k])) continue;
    for (let j = Math.max(0, k - 3); j <= k + 1; j++) if (WAIVER_NEGATIONS.has(words[j])) return k;
  }
  return -1;
}
/**
 * Marks, in place, an identity check waved away: the check as 'verify', the waiving word as 'without' (true if any).
 * `triggers` holds `trigger` exactly at the words of IDENTITY_CHECKS (`runReadings`).
 */
export function markWaivedIdentityChecks(
  words: readonly string[],
  classBits: Int32Array,
  triggers: Int32Array,
  trigger: number,
): boolean {
  let marked = false;
  for (let i = 1; i + 2 < words.length; i++) {
    if ((triggers[i] & trigger) === 0 || !identityAfter(words, i)) continue;
    const waiver = waiverBefore(words, i);
    if (waiver < 0) continue;
    classBits[i] |= VERIFY_BIT;
    classBits[waiver] |= WITHOUT_BIT;
    marked = true;
  }
  return marked;
}
