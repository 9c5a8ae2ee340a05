/**
 * Names signing off a turn (bareNames.ts): "Thanks, Saoirse Ní Bhriain", "Kind regards, Hervé Le Goff".
 */
import { allMatches } from './allMatches';
import { anyFirstCase } from './cuedNameShapes';
import { isLetterCode, LETTER, UPPER } from './letters';
import { foldName, type KnownNames } from './names';
import { NOT_A_NAME } from './notANameWords';
import type { PiiSpan } from './types';
import { Kind, kindOf, push } from './nameWordKinds';

/** The closing words of a sign-off, in the seven languages. */
const CLOSINGS = [
  '(?:kind|best|warm|warmest|many|with) (?:regards|wishes|thanks)',
  'regards',
  'best',
  'cheers',
  'thanks(?: again)?',
  'thank you',
  '(?:speak|talk) soon',
  'take care',
  'all the best',
  '(?:yours )?(?:sincerely|faithfully|truly)',
  '(?:mit )?(?:freundlichen|besten|herzlichen|liebe|viele|beste) grü(?:ß|ss)e[n]?',
  'cordialement',
  'bien (?:cordialement|à vous)',
  'atenciosamente',
  'cumprimentos',
  'abraços',
  // Each starts with its word (anyFirstCase capitalises a word after a space or a group's start, not after "?").
  'un saludo(?: cordial)?',
  'saludos?(?: cordiales)?',
  '(?:reciba )?un cordial saludo',
  'salutations',
  '(?:meilleures|sincères) salutations',
  'atentamente',
  'un abrazo',
  // Italian and Dutch.
  '(?:cordiali|distinti|tanti) saluti',
  'saluti',
  'un (?:caro )?saluto',
  'met (?:vriendelijke|hartelijke) groet(?:en)?',
  '(?:vriendelijke |hartelijke )?groet(?:en|jes)?',
];
/**
 * A sign-off ending the turn: "Best, Hamid", "Cheers, Tamsin x", "Speak soon, Fergus", "Mit freundlichen Grüßen, Jürgen
 * Weiß", "Kind regards, Saoirse Mac Giolla Phádraig": closing words starting the turn or a sentence, a comma, a dash or a
 * line break, then up to four capitalised words (initials and particles between them) and nothing more but a kiss or a
 * stop. Read from the turn's last separator: the name after it first (anchored), the closing words before it only then.
 */
const SIGNED_NAME = new RegExp(
  `^\\s*((?:[${UPPER}]\\.\\s?){0,2}[${UPPER}][${LETTER}'’-]+(?:\\s+(?:(?:de|da|dos|del|la|le|van|von|der|den|Mac|Mc|Ní|Nic|Ó|Uí)\\s+){0,2}[${UPPER}][${LETTER}'’-]+){0,3})\\s*(?:x+)?[.!]?\\s*$`,
);
/** The closing words, each in either case of its first letter. */
const CLOSING = CLOSINGS.map(anyFirstCase).join('|');
const CLOSING_BEFORE = new RegExp(`(?:^|[.!?]\\s+|\\n\\s*)(?:${CLOSING})\\s*[,.!:–—-]?\\s*$`);
/**
 * Where the separator before a signed name is (a comma, a line break, the dash of " - "): read back from the turn's end
 * over what a name may hold (letters, spaces, stops, apostrophes, hyphens), at most 60 characters; -1 when anything else
 * comes first (most turns end in a question mark, a digit or a word after a clause: one short loop rules them out).
 */
function signOffSeparator(text: string): number {
  const stop = Math.max(0, text.length - 60);
  let k = text.length - 1;
  while (k >= stop && isTrailing(text.charCodeAt(k))) k--;
  // A kiss after the name: "Tamsin x", "Jo xx".
  if (text.charCodeAt(k) === 120 && !isLetter(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== 39) {
    while (k >= stop && (text.charCodeAt(k) === 120 || text.charCodeAt(k) === 32)) k--;
  }
  // The last word must be capitalised (most turns end with a word in lower case: ruled out here).
  let first = k;
  while (first > stop && isLetter(text.charCodeAt(first - 1))) first--;
  if (first === k || !isUpperCode(text.charCodeAt(first))) return -1;
  for (k = first - 1; k >= stop; k--) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 10) return k; // "," or a line break
    if ((c === 45 || c === 0x2013 || c === 0x2014) && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32)
      return k + 1; // " - ", " – ", " — "
    if (c === 32 || c === 46 || c === 39 || c === 0x2019 || c === 45) continue; // space . ' ’ -
    if (!isLetter(c)) return -1;
  }
  return -1;
}
/** Read once: under tsx every use of an imported binding is a getter call, and this runs for every character read back. */
const isLetter = isLetterCode;
const isTrailing = (c: number): boolean => c === 32 || c === 46 || c === 33 || c === 10;
const UPPER_CHAR = new RegExp(`[${UPPER}]`);
const isUpperCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c > 127 && UPPER_CHAR.test(String.fromCharCode(c)));
/** A particle inside a signed name, in lower case or capitalised after a first name ("Hervé Le Goff", "Pieter Van Dyk"). */
const SIGN_OFF_PARTICLE =
  /^(?:[dD]e|[dD]a|[dD]o|[dD]os|[dD]as|[dD]el|[lL]os|[lL]as|[lL]a|[lL]e|[vV]an|[vV]on|[dD]er|[dD]en|Mac|Mc|Ní|Nic|Ó|Uí)$/;
const INITIAL = /^[^\s.]\.$/u;
/** The name signing off the turn, when no word of it is an ordinary word, a place or a brand ("Thanks, The Team"). */
export function signOffName(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  if (!signedAtEnd(text, names, spans) && text.includes('\n')) signedLines(text, names, spans);
}
/** The name signing off at the turn's end, onto `spans`: whether there was one. */
function signedAtEnd(text: string, names: KnownNames | undefined, spans: PiiSpan[]): boolean {
  const sep = signOffSeparator(text);
  if (sep < 3) return false;
  const m = SIGNED_NAME.exec(text.slice(sep + 1));
  if (!m) return false;
  // The closing words before the separator: "#" stands for a cut text, so that "^" is no turn start there.
  const cut = Math.max(0, sep - 40);
  if (!CLOSING_BEFORE.test((cut > 0 ? '#' : '') + text.slice(cut, sep))) return false;
  if (!mayBeSignedName(m[1])) return false;
  const start = sep + 1 + m[0].indexOf(m[1]);
  push(spans, text, start, start + m[1].length, names);
  return true;
}
const isListedName = (word: string): boolean => {
  const kind = kindOf(word);
  return kind === Kind.Clean || kind === Kind.Ambiguous || kind === Kind.AmbiguousGiven;
};
/** No word of the name is an ordinary word, a place, a brand or a team's word (particles and initials aside). */
function mayBeSignedName(name: string): boolean {
  const words = name.split(/\s+/);
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if ((w > 0 && w < words.length - 1 && SIGN_OFF_PARTICLE.test(word)) || INITIAL.test(word)) continue;
    const kind = kindOf(word);
    if (kind === Kind.Word || kind === Kind.Proper) return false;
    // "Cordiali saluti, Servizio Clienti": a team's word of a language no dictionary here holds.
    if (kind === Kind.Unknown && NOT_A_NAME.has(foldName(word))) return false;
  }
  return true;
}
/**
 * An e-mail's signature with more lines under the name: the closing words on a line of their own, the name alone on
 * the next, then a title, a department, a company or "Sent from my iPhone" ("Cordialement,\nHervé Le Goff\nService
 * achats").
 */
const SIGNED_LINE = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${CLOSING})[ \\t]*[,.!:–—-]?[ \\t]*\\n[ \\t]*((?:[${UPPER}]\\.[ \\t]?){0,2}[${UPPER}][${LETTER}'’-]+(?:[ \\t]+(?:(?:de|da|do|dos|das|del|los|las|la|le|van|von|der|den|Mac|Mc|Ní|Nic|Ó|Uí)[ \\t]+){0,2}[${UPPER}][${LETTER}'’-]+){0,3})[ \\t]*(?:x+)?[.!]?[ \\t]*(?=\\n)`,
  'g',
);
/** Two words or more of a signed name beside its particles and initials. */
const twoNameWords = (name: string): boolean =>
  name.split(/\s+/).filter((word, w) => !(w > 0 && SIGN_OFF_PARTICLE.test(word)) && !INITIAL.test(word)).length >= 2;
function signedLines(text: string, names: KnownNames | undefined, spans: PiiSpan[]): void {
  for (const m of allMatches(SIGNED_LINE, text)) {
    // One word of it a listed name, or two words of no list ("Begoña Iturriaga"): a line of its own may name a
    // department in one word ("Kundenservice", "Facturación"); ordinary words ("Service Client") fail mayBeSignedName.
    if (!mayBeSignedName(m[1]) || !(m[1].split(/\s+/).some(isListedName) || twoNameWords(m[1]))) continue;
    const start = m.index + m[0].indexOf(m[1], m[0].indexOf('\n', 1));
    push(spans, text, start, start + m[1].length, names);
  }
}
