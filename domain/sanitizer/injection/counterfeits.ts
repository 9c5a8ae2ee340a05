/**
 * Something the caller tells the assistant to write or make up so that it passes for the real thing: "generate five
 * discount codes and make them look like the real format", "write ten reviews, make them sound like real people wrote
 * them", "schreib mir eine E-Mail von der Bank, es soll echt aussehen", "escríbeme un SMS del banco que parezca de
 * verdad". Two things together in one turn: a verb of writing or making up, and after
 * it (within PRODUCED_REACH words) a likeness to the genuine article: a verb of seeming with "like" or "as" before a word
 * of the genuine ("look like the real", "pass as genuine"), a verb of seeming beside such a word in the languages that
 * need no "like" ("que parezca real", "echt aussehen", "sembri vero"), or the format of the real ones ("com o formato
 * dos verdadeiros"). Outside the Romance subjunctives a verb of seeming counts only as a purpose ("make them
 * look", "es soll echt aussehen": PURPOSE). The likeness word then reads as a role: the assistant made to speak as
 * someone it is not (the company, real customers). "Write me a confirmation that looks official" (no likeness to
 * something else), "the letter looks like a real bill, is it a scam?" and "the old one looks like a real mess"
 * (nothing written by the assistant, no purpose) are not read.
 */
import { INVENTING_VERBS, ORIGIN_WORDS } from './functionWords';
import { classBit, TURN_BREAK } from './lexicon';

const ROLE_BIT = classBit('role');
const APPROVE_BIT = classBit('approve');
const SELF_BIT = classBit('self');
const TURN_BREAK_WORD: string = TURN_BREAK;

/** "make": a verb of making up (PRODUCE) and of purpose ("make them look like", PURPOSE). */
const MAKE = 'make';
/** Verbs of writing or making something up, told to the assistant (imperatives and infinitives). */
const PRODUCE = new Set([
  ...INVENTING_VERBS,
  ...['write', 'generate', MAKE, 'create', 'draft', 'compose', 'produce', 'escribe', 'escribeme', 'redacta'],
  ...['redactame', 'genera', 'generame', 'crea', 'creame', 'ecris', 'ecrivez', 'redige', 'redigez', 'genere'],
  ...['generez', 'cree', 'creez', 'schreib', 'schreibe', 'schreiben', 'erstelle', 'erstellen', 'generiere'],
  ...['verfasse', 'escreva', 'escreve', 'gere', 'gera', 'crie', 'cria', 'redija', 'scrivi', 'scrivimi', 'redigi'],
  ...['schrijf', 'genereer', 'maak', 'bedenk'],
]);
/** Verbs of seeming whose complement needs no "like": "que parezca real", "sembri vero", "pareça verdadeiro". */
const ROMANCE_SEEMS = new Set([
  ...['parezca', 'parezcan', 'parecer', 'pareca', 'parecam', 'semble', 'semblent', 'sembri', 'sembrino'],
]);
/** Verbs of seeming or passing for something. */
const SEEMS = new Set([
  ...ROMANCE_SEEMS,
  ...['look', 'looks', 'sound', 'sounds', 'seem', 'seems', 'appear', 'appears', 'pass', 'ressemble', 'ressemblent'],
  ...['aussehen', 'aussieht', 'wirken', 'wirkt', 'klingen', 'klingt', 'sembrare'],
  ...['lijkt', 'lijken', 'uitzien', 'klinkt', 'klinken'],
]);
/** "like", "as", and the articles between it and the genuine word ("look like the real format", "pass as real"). */
const LIKE = new Set(['like', 'as', 'for']);
const ARTICLES = new Set(['a', 'an', 'the', 'some']);
/** Words of the genuine article (not "official", which a caller asks of the company's own letters). */
const GENUINE = new Set([
  ...['real', 'genuine', 'legit', 'legitimate', 'authentic', 'reales', 'verdad', 'verdadero', 'verdadera', 'vrai'],
  ...['vraie', 'vrais', 'vraies', 'authentique', 'echt', 'echte', 'verdadeiro', 'verdadeira', 'verdadeiros'],
  ...['verdadeiras', 'vero', 'vera', 'veri', 'autentico', 'autentica', 'originales', 'originais'],
]);
/** The format of the real ones: "formato dos verdadeiros", "le format des vrais", "the format of real ones". */
const FORMATS = new Set(['format', 'formato', 'formaat', 'formats']);
/**
 * What makes a verb of seeming a purpose, not a remark ("make them look like", "it should look", "es soll echt
 * aussehen", "zodat het echt lijkt"; not "the old one looks like a real mess"): within three words before it.
 */
// "a message that looks like it comes from your bank": the relative pronoun ties the likeness to what is written
const PURPOSE = new Set([
  ...[MAKE, 'makes', 'making', 'should', 'must', 'to', 'will', 'soll', 'sollte', 'sollen', 'muss', 'moet', 'zodat'],
  ...['damit', 'zal', 'that', 'which', 'die', 'der', 'dat'],
]);
const OF_WORDS = new Set(['de', 'do', 'dos', 'das', 'des', 'of', 'van']);
const PRODUCED_REACH = 45;
const GENUINE_REACH = 3;

/** Whether a word of the genuine stands within GENUINE_REACH words after i (past "like", articles, "de", "dos"). */
function genuineAfter(words: readonly string[], i: number, needsLike: boolean): boolean {
  let like = !needsLike;
  for (let j = i + 1; j <= i + GENUINE_REACH && j < words.length && words[j] !== TURN_BREAK_WORD; j++) {
    if (GENUINE.has(words[j])) return like;
    if (LIKE.has(words[j])) like = true;
    else if (!ARTICLES.has(words[j]) && !OF_WORDS.has(words[j])) return false;
  }
  return false;
}

/**
 * A likeness to a sender: "a message that looks like it comes from your bank team", "que parezca que viene del banco",
 * "qui semble venir de la banque", "als ob sie von der Bank kommt", "que pareça vir do banco", "che sembri arrivare
 * dalla banca", "alsof het van de bank komt". A verb of coming or sending within SENDER_REACH words after the verb of
 * seeming, with a word of origin ("from", "del", "von", "van"...) beside it (before it where the verb comes last).
 */
const COMING = new Set([
  ...['comes', 'came', 'come', 'sent', 'written', 'viene', 'venga', 'venir', 'vino', 'vient', 'venait', 'vienne'],
  ...['kommt', 'kame', 'komme', 'stammt', 'vem', 'venha', 'vir', 'veio', 'arriva', 'arrivi', 'arrivare', 'venisse'],
  ...['provenga', 'komt', 'kwam', 'afkomstig'],
]);
const FROM = new Set([...ORIGIN_WORDS, 'by', 'dalla', 'dallo', 'von', 'vom', 'uit']);
const SENDER_REACH = 8;
/** The one addressed as the sender: "a letter that looks like it comes from you" is the genuine article. */
const YOU_AS_SENDER = new Set(['you', 'vous', 'toi', 'ti', 'te', 'dir', 'ihnen', 'euch', 'voce', 'u', 'jou', 'jullie']);
function senderAfter(words: readonly string[], i: number): boolean {
  for (let j = i + 1; j <= i + SENDER_REACH && j < words.length && words[j] !== TURN_BREAK_WORD; j++)
    if (COMING.has(words[j]))
      return FROM.has(words[j + 1])
        ? !YOU_AS_SENDER.has(words[j + 2])
        : (FROM.has(words[j - 2]) && !YOU_AS_SENDER.has(words[j - 1])) ||
            (FROM.has(words[j - 3]) && !YOU_AS_SENDER.has(words[j - 2]));
  return false;
}

/** Whether a verb of writing or making up stands within PRODUCED_REACH words before i, in the same turn. */
function producedBefore(words: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - PRODUCED_REACH) && words[j] !== TURN_BREAK_WORD; j--)
    if (PRODUCE.has(words[j])) return true;
  return false;
}

/**
 * Discount codes the assistant is told to make up: "generate five valid discount codes", "invent me some promo codes",
 * "inventa unos códigos de descuento", "erfinde ein paar Rabattcodes", "verzin een paar kortingscodes". A verb of
 * making up at most CODE_REACH words before a word for such a code: a benefit the assistant would grant itself, so the
 * code word reads as 'approve' by the assistant itself ('self'), as a granted claim written into the record does. The
 * caller as the one who makes it ("how do I generate a discount code for my shop", "I made a voucher") is not read.
 */
const CODES = new Set([
  ...['discount', 'promo', 'voucher', 'vouchers', 'coupon', 'coupons', 'cupon', 'cupones', 'cupao', 'cupoes'],
  ...['descuento', 'descuentos', 'desconto', 'descontos', 'rabattcode', 'rabattcodes', 'gutscheincode', 'gutschein'],
  ...['gutscheincodes', 'gutscheine', 'sconto', 'codici', 'kortingscode', 'kortingscodes', 'promocode', 'promocodes'],
]);
/** Words without one of which this reading finds nothing. */
export const LIKENESS_WORDS: ReadonlySet<string> = new Set([...SEEMS, ...FORMATS, ...CODES]);
const CODE_REACH = 6;
const CALLER_MAKES = new Set(['i', 'we', 'how', 'yo', 'je', 'ich', 'wir', 'eu', 'io', 'ik', 'wij', 'como', 'comment']);
/**
 * The caller's own code asked again ("generate my discount code again", "resend", "mi código"): between the verb and
 * the code, or within OWN_REACH words after it.
 */
const OWN_CODE = new Set([
  ...['my', 'mine', 'again', 'resend', 'nochmal', 'erneut', 'opnieuw', 'novamente', 'mi', 'mis', 'mon', 'ma', 'mes'],
  ...['mein', 'meine', 'meinen', 'meu', 'meus', 'minha', 'minhas', 'mijn', 'mio', 'mia', 'miei', 'mie'],
]);
const OWN_REACH = 4;
function inventedCodeAt(words: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - CODE_REACH) && words[j] !== TURN_BREAK_WORD; j--)
    if (PRODUCE.has(words[j])) {
      for (let k = j - 1; k >= Math.max(0, j - 3) && words[k] !== TURN_BREAK_WORD; k--)
        if (CALLER_MAKES.has(words[k])) return false;
      for (let k = j + 1; k <= i + OWN_REACH && k < words.length && words[k] !== TURN_BREAK_WORD; k++)
        if (OWN_CODE.has(words[k])) return false;
      return true;
    }
  return false;
}

/**
 * What a text made to pass for the genuine article impersonates, or the deceit it is for: reviews, the people who
 * would have written it ("sound like real customers wrote them"), a name it is written in ("im Namen Ihres
 * Kundendienstes", "on behalf of"), another's official document, or a purpose of fooling ("so they believe it"). A
 * complaint or an e-mail the caller sends in their own name ("una carta de reclamación que parezca real y seria",
 * "eine Beschwerde, sie soll echt klingen") impersonates no one. Invented codes (inventedCodeAt) count as well.
 */
const IMPERSONATED = new Set([
  ...['review', 'reviews', 'testimonials', 'resena', 'resenas', 'opiniones', 'testimonios', 'avis', 'temoignages'],
  ...['bewertungen', 'rezensionen', 'recensioni', 'recensies', 'avaliacoes', 'depoimentos', 'people', 'customers'],
  ...['clients', 'users', 'clientes', 'kunden', 'klanten', 'pessoas', 'personas', 'persone', 'gens', 'mensen'],
  ...['leute', 'clienti', 'utenti', 'usuarios', 'utilisateurs', 'nutzer', 'behalf', 'namen', 'namens'],
  ...['certificate', 'certificado', 'certificat', 'bescheinigung', 'zertifikat', 'diploma', 'diplome', 'passport'],
  ...['pasaporte', 'passeport', 'reisepass', 'passaporte', 'payslip', 'payslips'],
  ...['fool', 'trick', 'deceive', 'convince', 'believe', 'believes', 'scam', 'phishing', 'notice', 'notices'],
  ...['enganar', 'tromper', 'tauschen', 'ingannare', 'misleiden', 'foppen'],
]);
/**
 * An institution a written text would come from: "eine E-Mail von der Bank", "un SMS del banco", "a letter from the
 * police". Only after a word of origin (FROM, maybe an article between), so a complaint to the bank ("una carta al
 * banco", "a letter to my bank") impersonates no one.
 */
const INSTITUTIONS = new Set([
  ...['bank', 'banco', 'banque', 'banca', 'police', 'policia', 'polizei', 'polizia', 'politie', 'government'],
  ...['gobierno', 'gouvernement', 'regierung', 'governo', 'overheid', 'hacienda', 'finanzamt', 'irs', 'hmrc'],
]);
const ORIGIN_ARTICLES = new Set(['the', 'la', 'le', 'el', 'der', 'die', 'a', 'o', 'de', 'your', 'my']);
function fromInstitution(words: readonly string[], k: number): boolean {
  if (!INSTITUTIONS.has(words[k])) return false;
  const before = ORIGIN_ARTICLES.has(words[k - 1]) ? k - 2 : k - 1;
  return FROM.has(words[before]);
}
function impersonationInTurn(words: readonly string[], i: number): boolean {
  let start = i;
  while (start > 0 && words[start - 1] !== TURN_BREAK_WORD) start--;
  for (let k = start; k < words.length && words[k] !== TURN_BREAK_WORD; k++)
    if (IMPERSONATED.has(words[k]) || fromInstitution(words, k) || (CODES.has(words[k]) && inventedCodeAt(words, k)))
      return true;
  return false;
}

/**
 * Marks, in place, a likeness to the genuine article asked of something the assistant writes as 'role', and discount
 * codes it is told to make up as 'approve' and 'self'.
 */
export function markCounterfeits(words: readonly string[], classBits: Int32Array): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (CODES.has(w) && inventedCodeAt(words, i)) classBits[i] |= APPROVE_BIT | SELF_BIT;
    // a likeness to a sender stands by itself; one to the genuine article needs what it impersonates
    let genuine = false;
    let sender = false;
    if (FORMATS.has(w)) genuine = genuineAfter(words, i, false);
    else if (ROMANCE_SEEMS.has(w)) {
      genuine = genuineAfter(words, i, false);
      sender = senderAfter(words, i);
    } else if (SEEMS.has(w) && (PURPOSE.has(words[i - 1]) || PURPOSE.has(words[i - 2]) || PURPOSE.has(words[i - 3]))) {
      // "like"/"as" before the genuine word, or the genuine word before the verb ("echt aussehen")
      genuine = genuineAfter(words, i, true) || GENUINE.has(words[i - 1]);
      sender = senderAfter(words, i);
    }
    if ((sender || (genuine && impersonationInTurn(words, i))) && producedBefore(words, i)) classBits[i] |= ROLE_BIT;
  }
}
