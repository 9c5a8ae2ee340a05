/**
 * The slots around a name alone that make it a person (bareNames.ts): "is X there", "tell X to", "X called earlier",
 * "our agent X promised", strict, addressed, courtesy, hedged and team slots.
 */
import { isLetterCode } from './letters';
import { type Hit, Kind } from './nameWordKinds';

/** Read once: under tsx every use of an imported binding is a getter call, and this runs for every name alone. */
const isLetter = isLetterCode;
/** The same for the const enum's value (tsx does not inline an imported const enum: `Kind.Clean` was two getters). */
const CLEAN: Kind = Kind.Clean;

/** Words before a name alone that make it a person: "is", "tell", "can", "through to"... */
const SLOT_BEFORE =
  /(?:^|[^A-Za-z])(?:(is|was)|(tell|ask|let|have|get|remind)|(can|could|would|will|did|does|has|should)|(through to|over to|forward to|forwarded to|cc|copy in|message|email|text|ring|phone))\s+$/i;
/** What follows in each slot (SLOT_BEFORE's group order). */
const SLOT_AFTER = [
  /^\s+(?:there|around|in|available|about|free|home|back|still (?:there|around|in|available|working|with you)|on shift|working|off)(?![A-Za-z])/,
  /^(?:\s*,|\s+(?:to|that|know|call|ring|phone|email|text|i|I|the|about|when|if)(?![A-Za-z]))/,
  /^\s+(?:call|ring|phone|email|text|contact|get back|come|check|speak|give|send|sort|help|look|leave|say|mention|tell|ask|write|note|add|put|fix|book|cancel|change|update|arrange)(?![A-Za-z])/,
  /^(?:\s*[,.!?;]|\s+(?:and|please|for|about|today|now|when|if)(?![A-Za-z])|\s*$)/,
];
/** A name alone, then what it did: "Lakshmi called earlier", "Ikechukwu said". */
const DID_AFTER =
  /^\s+(?:(?:there|then|also|himself|herself|personally)\s+)?(?:called|rang|phoned|emailed|texted|said|told|mentioned|promised|asked|set (?:it|this|that) up|came (?:out|round|over)|and (?:I|me)(?![A-Za-z]))(?![A-Za-z])/;
/** Before a name alone that did something: a role ("our agent Hamza promised ...") or "me and" ("me and Fergus called"). */
const ROLE_OR_ME_BEFORE =
  /(?:^|[^A-Za-z])(?:(?:agent|advisor|adviser|engineer|technician|driver|courier|manager|supervisor|colleague|neighbou?r|friend|landlord|rep)|me and)\s+$/i;
/** A word a sentence can start with before a capitalised one that is a name alone. */
const SENTENCE_END_BEFORE =
  /(?:^|[.!?:]\s*|\n\s*|(?:^|[^A-Za-z])(?:and|but|so|because|said|says|think|thought|yes|yeah|no|ok|okay|oh|well|um|uh),?\s+)$/i;

const LOOK_BACK = 24;
export const LOOK_AHEAD = 32;

export function inPersonSlot(text: string, hit: Hit): boolean {
  // Most capitalised names have no slot word after them: one sticky test at the word's end rules them out.
  SLOT_AFTER_ANY.lastIndex = hit.end;
  if (!SLOT_AFTER_ANY.test(text)) return false;
  const after = text.slice(hit.end, hit.end + LOOK_AHEAD);
  const before = text.slice(Math.max(0, hit.start - LOOK_BACK), hit.start);
  const slot = SLOT_BEFORE.exec(before);
  if (slot) {
    const group = slot.findIndex((g, k) => k > 0 && g !== undefined) - 1;
    if (SLOT_AFTER[group].test(after)) return true;
  }
  if (inTalkedWithSlot(text, hit)) return true;
  if (BUT_AFTER.test(after) && SAID_BEFORE.test(before)) return true;
  return DID_AFTER.test(after) && (SENTENCE_END_BEFORE.test(before) || ROLE_OR_ME_BEFORE.test(before));
}
/**
 * Someone the caller spoke with or dealt with, the name ending its clause or the clause going on in lower case:
 * "further to my call with Fergus yesterday", "suite à mon appel avec Benoît", "nach dem Telefonat mit Jens" (the
 * callers of this module decide which words may be that name: a company is called as often, "my call with Vodafone").
 */
const inTalkedWithSlot = (text: string, hit: Hit): boolean => talkedWithSlotAt(text, hit.start, hit.end);
/** The same for the words at [start, end) (a pair of words: no object made for it). */
export function talkedWithSlotAt(text: string, start: number, end: number): boolean {
  return (
    TALKED_WITH_WORDS.has(wordBefore(text, start)) &&
    NAME_ENDS.test(text.slice(end, end + LOOK_AHEAD)) &&
    TALKED_WITH_BEFORE.test(text.slice(Math.max(0, start - LOOK_BACK), start))
  );
}
/** "I said Mackenzie but it's in my married name": a name the caller gave, then took back (a listed name only). */
const SAID_BEFORE = /(?:^|[^A-Za-z])(?:I|I['’]ve|I have) (?:said|told you|given you|gave you)\s+$/;
const BUT_AFTER = /^,?\s+but(?![A-Za-z])/;
const TALKED_WITH_WORDS = new Set(['to', 'with', 'avec', 'mit', 'con', 'com']);
const TALKED_WITH_BEFORE =
  /(?:^|[^\p{L}])(?:(?:spoke|speaking|talked|talking|chatted|chatting|dealt|dealing) (?:to|with)|(?:call|chat|conversation) with|(?:appel|conversation|échange|entretien) avec|(?:gespräch|telefonat) mit|(?:llamada|conversación) con|(?:chamada|conversa|ligação) com)\s+$/iu;
/**
 * The slots that take nothing but a person: "is X there", "tell/ask X to/that", "tell X i said hi", "can/could X
 * call/ring me", "you're through to X, how can I help" ("tell X the parcel came" stays: a company is told as often).
 */
const STRICT_BEFORE = /(?:^|[^A-Za-z])(?:(is)|(tell|ask)|(can|could)|(you['’]re through to|you are through to))\s+$/i;
const STRICT_AFTER = [
  /^\s+there(?![A-Za-z])/,
  /^\s+(?:(?:to|that)\s+(?!be\b|do\b|the\b)[a-z]|(?:i|I|we)\s+said\b|whether\s)/,
  /^\s+(?:call|ring|phone|text|email)\s+(?:me|you|us|him|her|them|back)(?![A-Za-z])/,
  /^(?:\s*[,.!]|\s+(?:how|speaking|here)(?![A-Za-z]))/,
];
/** "the parcel was for Rhiannon, she's away", "it's for Kwabena, he lives there": for someone, then she or he. */
const PRONOUN_AFTER = /^,?\s+(?:she|he)(?:['’](?:s|d|ll)|\s+[a-z]{2,}(?:['’]t)?)(?![A-Za-z])/;
/** "for " (any case) right before `start`, as a word: character codes, no slice (every name alone asks it). */
const isForBefore = (text: string, start: number): boolean =>
  text.charCodeAt(start - 1) === 32 &&
  (text.charCodeAt(start - 2) | 0x20) === 114 && // r
  (text.charCodeAt(start - 3) | 0x20) === 111 && // o
  (text.charCodeAt(start - 4) | 0x20) === 102 && // f
  !isLetter(text.charCodeAt(start - 5));
export function inStrictSlot(text: string, hit: Hit): boolean {
  if (inHedgedSlot(text, hit) || inCourtesySlot(text, hit)) return true;
  if (inAddressedOrNamedSlot(text, hit)) return true;
  if (isForBefore(text, hit.start) && PRONOUN_AFTER.test(text.slice(hit.end, hit.end + 24))) return true;
  if (inTeamSlot(text, hit)) return true;
  if (saidOfHeOrShe(text, hit)) return true;
  if (afterAnApology(text, hit)) return true;
  const slot = STRICT_BEFORE.exec(text.slice(Math.max(0, hit.start - 24), hit.start));
  if (!slot) return false;
  const group = slot[1] ? 0 : slot[2] ? 1 : slot[3] ? 2 : 3;
  return STRICT_AFTER[group].test(text.slice(hit.end, hit.end + LOOK_AHEAD));
}
/**
 * Someone addressed mid-sentence after an interjection, the clause going on after the name ("honestly, Rashida, I've
 * been waiting", "listen Mateusz, I just want", "mire, Esteban, llevo", "écoutez, Thibault, je", "also, Jens, ich");
 * someone said to be called so ("some lad called Kieran promised", "un chico llamado Iker", "une dame appelée Odile");
 * someone a thing must reach ("make sure Olusegun gets a copy"); someone in a role named in French, Spanish, German or
 * Portuguese, the clause going on ("votre collègue Mathilde m'a dit", "Ihr Kollege Jens hat").
 */
const INTERJECTION_BEFORE =
  /(?:^|[^\p{L}])(?:honestly|listen|look|seriously|mate|mire|mira|oiga|oye|escuche|escucha|écoutez|écoute|also|hören sie|schauen sie|olha|olhe|escute|ouça|veja)\s*,?\s+$/iu;
const CLAUSE_GOES_ON = /^,\s+(?:\p{Ll}|I(?![A-Za-z]))/u;
const PERSON_CALLED_BEFORE =
  /(?:^|[^\p{L}])(?:guy|lad|bloke|chap|fella|fellow|lady|woman|man|girl|boy|gentleman|someone|somebody|señora?|chic[oa]|alguien|homme|femme|dame|monsieur|quelqu['’]un|mann|frau|typ|jemand|rapaz|senhora?|moça|alguém)\s+(?:called|named|llamad[oa]|nommée?|appelée?|namens|chamad[oa])\s+$/iu;
const MADE_SURE_BEFORE = /(?:^|[^A-Za-z])(?:make sure|making sure|ensure|check that)\s+$/i;
const MADE_SURE_AFTER = /^\s+(?:gets|has|receives|knows|sees|signs)(?![A-Za-z])/;
/** "Dominika and I both have phones": a sentence that starts with someone and the speaker. */
const AND_I_AFTER = /^\s+and (?:I|me)(?![A-Za-z])/;
/** "it's loud here, Alfie, put that down!": someone told to stop doing something, between commas. */
const COMMA_BEFORE = /[\p{L}],\s+$/u;
const IMPERATIVE_AFTER =
  /^,\s+(?:put|get|leave|stop|give|come|don['’]t|drop)\s+(?:that|it|this|those|them|down|off|out|back|away|here|over)(?![A-Za-z])/;
const NAME_ENDS = /^(?:\s*[,.!?;]|\s*$|\s+(?:\p{Ll}|I(?![A-Za-z])))/u;
const LOWER_AFTER = /^\s+\p{Ll}/u;
/** The last words of PERSON_CALLED_BEFORE and MADE_SURE_BEFORE (a set lookup before a pattern), and the roles abroad. */
const CALLED_WORDS = new Set(
  'called named llamado llamada nommé nommée appelé appelée namens chamado chamada'.split(' '),
);
const FOREIGN_ROLES = new Set(
  'collègue conseiller conseillère technicien technicienne livreur colega compañero compañera técnico técnica asesor asesora repartidor kollege kollegin techniker technikerin berater beraterin mitarbeiter mitarbeiterin atendente consultor consultora'.split(
    ' ',
  ),
);
const MADE_SURE_WORDS = new Set(['sure', 'ensure', 'that']);
/** The word (letters only, lower case) right before `start` and one space: '' when there is none. */
function wordBefore(text: string, start: number): string {
  if (text.charCodeAt(start - 1) !== 0x20) return '';
  let from = start - 1;
  while (from > 0 && isLetter(text.charCodeAt(from - 1))) from--;
  return from === start - 1 ? '' : text.slice(from, start - 1).toLowerCase();
}
/** The 24 characters before a name (a function of its own: a closure made per name costs a defineProperty under tsx). */
const before24 = (text: string, hit: Hit): string => text.slice(Math.max(0, hit.start - 24), hit.start);
function inAddressedOrNamedSlot(text: string, hit: Hit): boolean {
  const c = text.charCodeAt(hit.end);
  if (c !== 0x2c && c !== 0x20) return false;
  const after = text.slice(hit.end, hit.end + 12);
  if (c === 0x2c) {
    if (CLAUSE_GOES_ON.test(after) && INTERJECTION_BEFORE.test(before24(text, hit))) return true;
    if (IMPERATIVE_AFTER.test(after) && COMMA_BEFORE.test(before24(text, hit))) return true;
  }
  if (AND_I_AFTER.test(after) && SENTENCE_END_BEFORE.test(before24(text, hit))) return true;
  const word = wordBefore(text, hit.start);
  if (word === '') return false;
  if (CALLED_WORDS.has(word)) return NAME_ENDS.test(after) && PERSON_CALLED_BEFORE.test(before24(text, hit));
  if (MADE_SURE_WORDS.has(word)) return MADE_SURE_AFTER.test(after) && MADE_SURE_BEFORE.test(before24(text, hit));
  return FOREIGN_ROLES.has(word) && LOWER_AFTER.test(after);
}
/**
 * The one who interrupted the call, named after an apology: "Sorry about that, Ekaterina was showing me the letter",
 * "sorry, Teodoro just walked in", "perdón, Itziar me estaba hablando", "désolé, Gwenaël me parlait", "Entschuldigung,
 * Jördis hat mich was gefragt", "desculpa, a Iolanda estava falando comigo". What follows is what only a person does
 * ("Sorry about that, Chrome was updating", "sorry, Zentrix was down" stay).
 */
const APOLOGY_BEFORE =
  /(?:^|[^\p{L}])(?:sorry(?: about that| for that| about this)?|perd[óo]n|perdona|disculpa|disculpe|désolée?|pardon|entschuldigung|entschuldigen sie|desculpa|desculpe)\s*,\s+(?:(?:a|o)\s+)?$/iu;
const ONLY_A_PERSON_AFTER =
  /^\s+(?:(?:was|is|were)\s+(?:asking|talking|shouting|crying|calling|yelling|screaming|chatting|interrupting|knocking|(?:showing|telling|helping|asking|bothering) (?:me|us))|just\s+(?:walked|came|got|arrived|woke|rang|knocked|interrupted)|(?:walked|came) in|me\s+(?:estaba|estava)|m['’](?:a|parlait|appelait|demandait)|me\s+(?:parlait|demandait|posait)|hat\s+mich|estava\s+(?:falando|me)|estaba\s+(?:hablando|me))(?![\p{L}])/u;
function afterAnApology(text: string, hit: Hit): boolean {
  return (
    ONLY_A_PERSON_AFTER.test(text.slice(hit.end, hit.end + 32)) &&
    APOLOGY_BEFORE.test(text.slice(Math.max(0, hit.start - 30), hit.start))
  );
}
/**
 * Someone addressed after a courtesy ("Thanks for waiting, Mateus.", "Sorry about that Aurelia, let me check", "No
 * problem at all, Kiran!", "Alright Bogdan, I've reset it") or named in a cleft ("it was Ifeoma who helped me"). The
 * name ends its clause (or "who" follows the cleft's).
 */
const COURTESY_BEFORE =
  /(?:^|[^A-Za-z])(?:thanks for (?:waiting|holding|your patience)|thank you for (?:waiting|holding|your patience)|sorry about that|sorry for the wait|no problem(?: at all)?|of course|alright|all right|perfect|lovely|brilliant|excellent|(?:good )?(?:morning|afternoon|evening)|buen[oa]s (?:d[íi]as|tardes|noches)|bo[am] (?:dia|tarde|noite)|guten (?:tag|morgen|abend)|bonsoir)\s*,?\s+$/iu;
/** A greeting that starts an agent's turn ("Agent: Morning Quilla, ...", "agente: Buenos días Anacleta,"). */
const AGENT_GREETING_BEFORE =
  /(?:^|\n)\s*(?:agent|agente|conseill[eè]re?|berater(?:in)?|mitarbeiter(?:in)?|atendente|advisor|adviser|rep)\s*:\s*(?:(?:hi|hello|hey|hiya|(?:good )?(?:morning|afternoon|evening)|buen[oa]s (?:d[íi]as|tardes|noches)|hola|bo[am] (?:dia|tarde|noite)|olá|oi|guten (?:tag|morgen|abend)|hallo|bonjour|bonsoir|salut)\s*,?\s+)$/iu;
const COURTESY_AFTER = /^\s*[,.!?]/;
const CLEFT_BEFORE = /(?:^|[^A-Za-z])(?:it|that) (?:was|is)\s+$/i;
const CLEFT_AFTER = /^\s+who(?![A-Za-z])/;
function inCourtesySlot(text: string, hit: Hit): boolean {
  const after = text.slice(hit.end, hit.end + 8);
  // A courtesy comes before a company's name as often ("Good morning, Zentrix, ..."): a listed name only, unless an
  // agent greets: an agent greets the caller, never a firm ("Agent: Morning Quilla, I've got your notes").
  if (COURTESY_AFTER.test(after))
    return hit.kind === CLEAN
      ? COURTESY_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start))
      : AGENT_GREETING_BEFORE.test(text.slice(Math.max(0, hit.start - 48), hit.start));
  return CLEFT_AFTER.test(after) && CLEFT_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start));
}
/**
 * Someone remembered with a hedge: "I think it was Tamsin", "pretty sure her name was Ngozi", or named after their role
 * with one: "the engineer, Wojciech I think, said ...", "the technician was Rashid, he was lovely". The name ends its
 * clause.
 */
const HEDGE_ROLES =
  'engineer|technician|agent|advisor|adviser|rep|driver|courier|manager|supervisor|lady|guy|man|woman|gentleman|nurse|doctor|receptionist|installer|fitter|plumber|electrician|consultant|landlord|neighbou?r|chica|chico|muchacha|muchacho|señora|señor|técnic[oa]|repartidor|dame|monsieur|technicien(?:ne)?|livreur|moça|rapaz|senhora|senhor|entregador';
/** When the role served: "the agent before was Siddharth", "the engineer last time was Wiktor". */
const BEFORE_NOW = '(?:\\s+(?:before|earlier|last time|yesterday|before you))?';
/** A short relative clause after the role: "the engineer who came out was", "the last agent I spoke to,". */
const CLAUSE = "\\s+(?:who|that|I|we)(?:\\s+[a-z’']+){1,4}";
const HEDGED_BEFORE = new RegExp(
  `(?:(?:think|guess|believe|sure|reckon|remember)\\s+(?:it|that|he|she)\\s+was|(?:his|her) name was|(?:${HEDGE_ROLES})${BEFORE_NOW}(?:,|\\s+(?:was|is)))\\s+$`,
  'i',
);
/** The role with its clause, read further back (only when the words of a clause are there). */
const HEDGED_CLAUSE_BEFORE = new RegExp(`(?:${HEDGE_ROLES})${CLAUSE}(?:,|\\s+(?:was|is))\\s+$`, 'i');
/**
 * "the last agent I spoke to, Precious, said ...": a role and a name between commas, then the clause goes on in lower
 * case; there a name that is an ordinary word too is the person's.
 */
const ROLE_APPOSITION_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${HEDGE_ROLES})(?:${CLAUSE})?,\\s+$`, 'i');
const APPOSITION_AFTER = /^,\s+[a-z]/;
export function inRoleApposition(text: string, hit: Hit): boolean {
  return (
    text.charCodeAt(hit.end) === 0x2c &&
    APPOSITION_AFTER.test(text.slice(hit.end, hit.end + 4)) &&
    ROLE_APPOSITION_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start))
  );
}
const HEDGED_AFTER =
  /^(?:\s*[,.!?;]|\s*$|\s+(?:i think|i believe|i guess|or something|maybe|was it|creo|o algo así|je crois|ou quelque chose|acho|ou algo assim|glaube ich|oder so)(?![\p{L}]))/iu;
/** Whether a name alone is in the hedged slot. */
export const inHedgedSlot = (text: string, hit: Hit): boolean => hedgedSlotAt(text, hit.start, hit.end);
/** The hedged slot of the name at [start, end) (a pair of words: no object made for it). */
export function hedgedSlotAt(text: string, start: number, end: number): boolean {
  // Both patterns end with "was", "is" or a comma, then white space: read in place first (most names have neither).
  if (!wasIsOrCommaBefore(text, start)) return false;
  const before = text.slice(Math.max(0, start - 36), start);
  // The few characters whose absence rules the slot out before its pattern runs: "was", "is" or a comma before.
  if (!before.includes('was') && !before.includes(',') && !before.includes('is ')) return false;
  if (!HEDGED_AFTER.test(text.slice(end, end + 16))) return false;
  if (HEDGED_BEFORE.test(before)) return true;
  const further = text.slice(Math.max(0, start - 60), start);
  return (
    (further.includes('who ') || further.includes('that ') || further.includes('I ') || further.includes('we ')) &&
    HEDGED_CLAUSE_BEFORE.test(further)
  );
}
/**
 * Whether `(?:was|is|,)\s+` ends right before `start` (case aside, ASCII letters only, as the 'i' patterns read them):
 * what HEDGED_BEFORE and HEDGED_CLAUSE_BEFORE end with, so neither can match where it does not.
 */
function wasIsOrCommaBefore(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  if (k === start || k === 0) return false;
  const last = text.charCodeAt(k - 1);
  if (last === 0x2c) return true;
  if ((last | 0x20) !== 0x73) return false; // s
  const second = text.charCodeAt(k - 2) | 0x20;
  return second === 0x69 || (second === 0x61 && (text.charCodeAt(k - 3) | 0x20) === 0x77); // is, was
}
const WHITE_SPACE = /\s/;
/** `\s` of a regular expression, by character code. */
const isWhiteSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || (code >= 128 && WHITE_SPACE.test(String.fromCharCode(code)));
/**
 * More slots that take a person only: a role right before and a promise or a deed after ("our engineer Priya will call
 * you", "the courier Kacper said"), someone from a department ("apparently Wojtek from IT reset it", "Sandra from
 * billing"; not a heading, "Correction from IT:"), someone copied in ("can you cc Thabo on that"), someone added to the account ("please add Oisín as an
 * authorised user").
 */
const ROLE_BEFORE =
  /(?:^|[^A-Za-z])(?:agent|advisor|adviser|engineer|technician|driver|courier|manager|supervisor|colleague|rep|installer|nurse|doctor)\s+$/i;
const DEED_AFTER =
  /^\s+(?:called|rang|phoned|emailed|texted|said|told|mentioned|promised|asked|came|sent|fixed|reset|booked|confirmed|(?:will|would|is going to|was going to|should|can|could|said (?:he|she)(?:['’]d| would))\s+(?:call|ring|phone|email|text|contact|come|send|sort|fix|be in touch|get back))(?![A-Za-z])/;
const TEAM_AFTER =
  /^\s+from\s+(?:the\s+|your\s+|our\s+)?(?:IT|HR|billing|accounts|support|sales|finance|payroll|reception|retention|complaints|customer (?:service|services|care|support)|tech(?:nical)? support|the (?:office|branch|store|shop|team)|head office)(?![A-Za-z]|\s*:)/;
/**
 * "Dobromila in retentions will ring you", "Priyamvada in your Leeds office gave me this number": someone in a team or
 * an office, then what they did or will do ("the Xperia in your store" has an article before it).
 */
const IN_TEAM_AFTER =
  /^\s+in\s+(?:(?:the|your|our)\s+(?:[A-Z][a-z]+\s+)?(?:office|branch|store|shop|team|depot|call cent(?:re|er)|department)|IT|HR|billing|accounts|support|sales|finance|payroll|reception|retentions?|collections|complaints|customer (?:service|services|care|support)|tech(?:nical)? support|head office)\s+(?:said|told|gave|promised|sent|called|rang|phoned|emailed|texted|confirmed|booked|mentioned|asked|will|would|is going to|was going to)(?![A-Za-z])/;
/** "the Zendesk from IT": a thing, not a person. */
const DETERMINER_BEFORE = /(?:^|[^A-Za-z])(?:the|a|an|this|that|our|your|my|their|his|her)\s+$/i;
const COPIED_BEFORE = /(?:^|[^A-Za-z])(?:cc|bcc|copy in|loop in)\s+$/i;
const COPIED_AFTER = /^\s+(?:on|in(?:to)?)\s/;
const ADDED_BEFORE = /(?:^|[^A-Za-z])add\s+$/i;
const ADDED_AFTER =
  /^\s+as\s+(?:an?\s+|the\s+)?(?:authori[sz]ed|additional|secondary|joint|named|second|extra)\s+(?:user|account holder|holder|cardholder|card holder|driver|contact|person|member)(?![A-Za-z])/i;
/** The words a slot below starts with, tested at the name's end (sticky: no slice for most names). */
const TEAM_SLOT_WORD =
  /\s+(?:from|on|in|into|as|called|rang|phoned|emailed|texted|said|told|mentioned|promised|asked|came|sent|fixed|reset|booked|confirmed|will|would|is|was|should|can|could)(?![A-Za-z])/y;
function inTeamSlot(text: string, hit: Hit): boolean {
  TEAM_SLOT_WORD.lastIndex = hit.end;
  if (!TEAM_SLOT_WORD.test(text)) return false;
  const after = text.slice(hit.end, hit.end + 48);
  const before = text.slice(Math.max(0, hit.start - 16), hit.start);
  return (
    (DEED_AFTER.test(after) && ROLE_BEFORE.test(before)) ||
    ((TEAM_AFTER.test(after) || IN_TEAM_AFTER.test(after)) && !DETERMINER_BEFORE.test(before)) ||
    (COPIED_AFTER.test(after) && COPIED_BEFORE.test(before)) ||
    (ADDED_AFTER.test(after) && ADDED_BEFORE.test(before))
  );
}
/**
 * "Bryndís said she'd waive the fee", "Ruslana told me he would call": a sentence that starts with someone who said or
 * promised something, then calls them "she" or "he" ("Zentrix said they'd refund it": a company is "they").
 */
const SAID_THEN_HE_OR_SHE =
  /^\s+(?:said|told (?:me|us)|promised|mentioned|explained|assured (?:me|us)|swore)(?:\s+(?:me|us|that))?\s+(?:she|he)(?:['’](?:d|ll|s)|\s+(?:would|will|could|was|had|has|did))(?![A-Za-z])/;
function saidOfHeOrShe(text: string, hit: Hit): boolean {
  const after = text.slice(hit.end, hit.end + 36);
  return (
    SAID_THEN_HE_OR_SHE.test(after) &&
    SENTENCE_END_BEFORE.test(text.slice(Math.max(0, hit.start - LOOK_BACK), hit.start))
  );
}
/** Whatever may follow a name in a slot (a superset of SLOT_AFTER's and DID_AFTER's words). */
const SLOT_AFTER_ANY = /\s*[,.!?;]|\s*$|\s+(?:[a-z]|I(?![A-Za-z]))/y;
