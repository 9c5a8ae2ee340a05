import { allMatches } from './allMatches';
import TOP_LEVEL_DOMAINS from 'tlds';
import { ENGLISH_TEENS, ENGLISH_TENS, ENGLISH_UNITS } from './spokenDigits';
import type { PiiSpan } from './types';

/** IANA's root zone: "hero@2x.png" ends in a file extension, not a top-level domain, so it is no address. */
const TLDS: ReadonlySet<string> = new Set(TOP_LEVEL_DOMAINS);

/** The domain's characters right after an '@' (at most 253): one sticky test, not a pattern test per character. */
const DOMAIN_RUN = /[A-Za-z0-9.-]{0,253}/y;
/**
 * A character of a local part, [A-Za-z0-9._%+\-'], by its code: the walk back from an '@' (at most 64 characters)
 * is a loop over codes (a pattern cannot walk backwards, and one anchored at the '@' retries every start before it).
 */
const isLocalCode = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x2e ||
  code === 0x5f ||
  code === 0x25 ||
  code === 0x2b ||
  code === 0x2d ||
  code === 0x27;
const LOCAL_PART = /^[A-Za-z0-9%+\-_']+(?:\.[A-Za-z0-9%+\-_']+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;
const TLD_WORDS =
  'com|net|org|edu|gov|io|co|us|uk|ca|de|fr|es|it|nl|br|mx|pt|info|biz|me|ie|au|nz|be|ch|at|se|no|dk|fi|pl|eu|ar|cl|in|jp' +
  '|fm|tv|ai|dev|app|xyz|online|email|ru|za|sg|hk|cz|gr|hu|ro|tr|lu|ng|ke|ae|sa|pk|ph|tw|kr|cn|co\\.uk';
/** How the parts are read out: "dot", "underscore", "dash" and their Spanish, French, German, Portuguese and Italian words. */
const DOT = '(?:dot|punto|point|punkt|ponto)';
const JOIN = `(?:${DOT}|underscore|dash|hyphen|plus|apostrophe|guión bajo|guion bajo|tiret|unterstrich|traço)`;
const AT = '(?:at|arroba|arobase|chiocciola|at sign)';
/** Digits said as words at the end of a local part: "j dot smith eighty-five at ...", "kim two three at ...". */
const NUMBER_WORD = `(?:(?:${ENGLISH_TENS})(?:-(?:${ENGLISH_UNITS}))?|${ENGLISH_TEENS}|zero|oh|${ENGLISH_UNITS}|double|triple)`;
/**
 * "john dot smith at gmail dot com", "marco underscore ferri at libero dot it": how voice transcripts render an
 * address; a local part may keep its written dots ("wei.zhang at qq dot com"), and its digits may be said apart, one by one
 * too ("frankie 88 at aol dot com", "k underscore marsh 77 at ...", "b 1 9 8 6 at ...") or as words ("j dot smith
 * eighty-five at ..."), and an initial may stand apart before a name and its digits ("j smith 1 9 7 2 at ..."); speech-to-text
 * may split the provider ("g mail").
 */
const SPOKEN_EMAIL = new RegExp(
  `\\b(?:(?<!['’])[b-hj-z]\\s+(?=[a-z]{2,}(?:\\s+\\d{1,4}){0,8}\\s+${AT}\\s))?[a-z0-9_-]{1,40}(?:\\.[a-z0-9_-]{1,40}){0,3}(?:\\s+${JOIN}\\s+[a-z0-9_-]{1,40}){0,3}(?:(?:(?:\\s+\\d{1,4}){1,8}|(?:\\s+${NUMBER_WORD}\\b){1,6})(?=\\s+${AT}\\s))?\\s+${AT}\\s+(?:g\\s+mail|[a-z0-9-]{1,40}(?:\\s+(?:dash|hyphen|tiret|bindestrich|guión|traço)\\s+[a-z0-9-]{1,40})?)(?:\\s+${DOT}\\s+[a-z0-9-]{1,40}){0,2}\\s+${DOT}\\s+(?:${TLD_WORDS})\\b`,
  'gi',
);
/** The local part of a spoken match that is no address's: "email at gmail dot com, username ...", "me at ...". */
const SPOKEN_NOT_A_LOCAL_PART = new RegExp(
  `^(?:me|us|him|her|them|you|it|my|our|is|was|address|email|mail|e-mail)\\s+${AT}\\s`,
  'i',
);
/**
 * "john.doe(at)example.com", "jane[at]example[dot]org", "jane(dot)doe(at)example(dot)org": an address written to dodge
 * harvesters.
 */
const BRACKETED_EMAIL =
  /(?<![A-Za-z0-9._%+-])((?:[A-Za-z0-9._%+-]{1,64}\s?[([{]dot[)\]}]\s?){0,3}[A-Za-z0-9._%+-]{1,64})\s?[([{]at[)\]}]\s?((?:[A-Za-z0-9-]{1,63}(?:\.|\s?[([{]dot[)\]}]\s?))+([A-Za-z]{2,24}))(?![A-Za-z0-9-])/gi;
/**
 * "john.smith at gmail.com": the "at" said, the domain written. A word before "at" and a domain after it are just
 * as often "look at google.com", so the local part needs a dot, a digit or an underscore, or the domain is a mail
 * provider's.
 */
const AT_WRITTEN_DOMAIN =
  /(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})\s+(?:at|arroba|arobase)\s+((?:[A-Za-z0-9-]{1,63}\.)+([A-Za-z]{2,24}))(?![A-Za-z0-9-]|\.[A-Za-z0-9])/gi;
/**
 * "tomhughes1990 @ hotmail.com": a chat address typed with white space around the "@". The same guard as the
 * spoken "at": a local part with a mark, or a mail provider's domain.
 */
const SPACED_AT_EMAIL =
  /(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})(?: @ ?|@ )((?:[A-Za-z0-9-]{1,63}\.)+([A-Za-z]{2,24}))(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g;
/** What that pattern cannot match without (one native scan: two `includes` cost five times more on "a@a@..."). */
const SPACE_BESIDE_AT = / @|@ /;
/** A letter and a dot, underscore or digit, in either order ("2" alone is a count: "section 2 at docs.python.org"). */
const LOCAL_WITH_MARK = /[A-Za-z].*[._\d]|[._\d].*[A-Za-z]/;
const MAIL_PROVIDERS = new Set(
  'gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol gmx web orange free wanadoo laposte sfr sapo btinternet sky virginmedia protonmail proton qq yandex mail zoho comcast verizon att bellsouth shaw rogers telus bigpond optusnet libero tiscali terra uol bol t-online freenet'.split(
    ' ',
  ),
);
/**
 * "my email is sarah dot connor at gmail", "it's s.connor@hotmail": a mail provider's name with no top-level domain said,
 * after an email word. Only providers whose names are no ordinary word ("orange", "free", "web", "sky" are left out),
 * and a local part that is no pronoun ("email me at gmail").
 */
const NO_TLD_PROVIDERS =
  'gmail|googlemail|hotmail|yahoo|ymail|outlook|icloud|aol|gmx|protonmail|btinternet|yandex|qq|libero|wanadoo|laposte|sapo|zoho|comcast|bigpond|optusnet|tiscali|t-online|freenet|virginmedia';
const PROVIDER_ONLY = new RegExp(
  `(?<![A-Za-z0-9._%+@-])([a-z0-9][a-z0-9._%+-]{0,63}(?:\\s+${JOIN}\\s+[a-z0-9_-]{1,40}){0,3})(?:\\s?@\\s?|\\s+${AT}\\s+)(${NO_TLD_PROVIDERS})(?![A-Za-z0-9@-]|\\.[A-Za-z0-9]|\\s+${DOT}\\s)`,
  'gi',
);
const AT_PROVIDER = new RegExp(`(?:@|\\s(?:at|arroba|arobase)\\s+)(?:${NO_TLD_PROVIDERS})(?![A-Za-z0-9-])`, 'i');
const EMAIL_WORD_BEFORE = /(?:e-?mail|correo|courriel|mail|endereço|adresse|address)[^.?!]{0,40}$/i;
/** A local part with no mark ("sarahconnor") counts only right after the email word: "my email is sarahconnor at gmail". */
const EMAIL_WORD_RIGHT_BEFORE =
  /(?:e-?mail|correo|courriel|mail)(?:\s+address)?(?:['’]s|\s+(?:is|es|est|ist|é)|\s*:)?\s*(?:it['’]?s\s+)?$/i;
const NOT_A_LOCAL_PART = /^(?:me|us|him|her|them|you|it|my|our|is|was|address|email|mail|e-mail)$/i;
function providerOnlyEmails(text: string, spans: PiiSpan[]): void {
  for (const m of allMatches(PROVIDER_ONLY, text)) {
    if (NOT_A_LOCAL_PART.test(m[1])) continue;
    const before = text.slice(Math.max(0, m.index - 48), m.index);
    const marked = LOCAL_WITH_MARK.test(m[1]) || /\s/.test(m[1]);
    if (!(marked ? EMAIL_WORD_BEFORE : EMAIL_WORD_RIGHT_BEFORE).test(before)) continue;
    const local = SPOKEN_PARTS.slice(0, 3).reduce((out, [part, mark]) => out.replace(part, mark), m[1].toLowerCase());
    spans.push({
      type: 'EMAIL',
      start: m.index,
      end: m.index + m[0].length,
      canonical: `${local}@${m[2].toLowerCase()}`,
    });
  }
}

/**
 * What the pattern cannot match without, by native searches: a word "at" (or "arroba") and a dot. One literal
 * alternation for the three words: the same test as `includes` of each, at about a fifth of their cost on a turn
 * without them (V8's `includes` of a string of several characters costs 30 to 70 ns; this runs on every turn).
 */
const AT_WORD = / (?:at|arroba|arobase) /;
export const mayHaveAtWrittenDomain = (text: string): boolean =>
  AT_WORD.test(text) && (text.includes('.') || AT_PROVIDER.test(text));
/**
 * What each pattern cannot match without: a bracketed "at", a "dot" word between white space. These native scans
 * are several times cheaper than the patterns, which try a local part at every word of a turn with an "@".
 */
const BRACKETED_AT = /[([{]at[)\]}]/i;
const BRACKETED_DOT = /\s?[([{]dot[)\]}]\s?/gi;
const SPOKEN_DOT = new RegExp(`\\s${DOT}\\s`, 'i');
const SPACE_BEFORE_DIGITS = /\s+(?=\d)/g;
const SPOKEN_PARTS: readonly [RegExp, string][] = [
  [new RegExp(`\\s+${DOT}\\s+`, 'gi'), '.'],
  [/\s+(?:underscore|guión bajo|guion bajo|unterstrich)\s+/gi, '_'],
  [/\s+(?:dash|hyphen|tiret|traço)\s+/gi, '-'],
  [/\s+plus\s+/gi, '+'], // a tag: "priya plus amazon at gmail dot com"
  [/\s+apostrophe\s+/gi, "'"], // "sarah dot o apostrophe brien at ..."
  [/\bg\s+mail\b/gi, 'gmail'],
  [new RegExp(`\\s+${AT}\\s+`, 'i'), '@'],
];

/**
 * Addresses written loosely ("x @ y.com", "x at y.com"): the domain's top-level part must be real, and a local
 * part with no letter-and-mark mix counts only at a mail provider (a plain word "at" a site is no address).
 */
function looseEmails(pattern: RegExp, text: string, spans: PiiSpan[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [local, domain, tld] = [m[1], m[2], m[3]];
    if (
      !TLDS.has(tld.toLowerCase()) ||
      !LOCAL_PART.test(local) ||
      (!LOCAL_WITH_MARK.test(local) && !MAIL_PROVIDERS.has(domain.slice(0, domain.indexOf('.')).toLowerCase()))
    ) {
      // "email me at john.smith at gmail.com": a rejected match's domain may be the next one's local part.
      pattern.lastIndex = m.index + m[0].length - domain.length;
      continue;
    }
    spans.push({
      type: 'EMAIL',
      start: m.index,
      end: m.index + m[0].length,
      canonical: `${local}@${domain}`.toLowerCase(),
    });
  }
}

const isDotOrDash = (code: number): boolean => code === 0x2e || code === 0x2d;
const isDotDashOrQuote = (code: number): boolean => code === 0x2e || code === 0x2d || code === 0x27;

/**
 * Emails are found by expanding around each "@" rather than with one unanchored regex, which would rescan
 * every long word from each start position; the expansion is linear and the parts are then validated.
 */
export function detectEmails(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  // A domain has a dot: without one in the text, no '@' can start an address.
  for (let at = text.includes('.') ? text.indexOf('@') : -1; at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalCode(text.charCodeAt(start - 1))) start--;
    DOMAIN_RUN.lastIndex = at + 1;
    DOMAIN_RUN.test(text); // always true: the run may be empty
    let end = DOMAIN_RUN.lastIndex;
    while (start < at && isDotDashOrQuote(text.charCodeAt(start))) start++; // "...john" at a sentence boundary
    while (end > at + 1 && isDotOrDash(text.charCodeAt(end - 1))) end--; // "gmail.com." at the end of a sentence
    const local = text.slice(start, at);
    const domain = text.slice(at + 1, end);
    if (
      LOCAL_PART.test(local) &&
      DOMAIN.test(domain) &&
      TLDS.has(domain.slice(domain.lastIndexOf('.') + 1).toLowerCase())
    ) {
      spans.push({ type: 'EMAIL', start, end, canonical: `${local}@${domain}`.toLowerCase() });
    }
  }
  if (SPACE_BESIDE_AT.test(text)) looseEmails(SPACED_AT_EMAIL, text, spans);
  for (const m of BRACKETED_AT.test(text) ? allMatches(BRACKETED_EMAIL, text) : []) {
    if (!TLDS.has(m[3].toLowerCase())) continue;
    const domain = m[2].replace(BRACKETED_DOT, '.');
    spans.push({
      type: 'EMAIL',
      start: m.index,
      end: m.index + m[0].length,
      canonical: `${m[1].replace(BRACKETED_DOT, '.')}@${domain}`.toLowerCase(),
    });
  }
  if (mayHaveAtWrittenDomain(text)) looseEmails(AT_WRITTEN_DOMAIN, text, spans);
  if (AT_PROVIDER.test(text)) providerOnlyEmails(text, spans);
  for (const m of SPOKEN_DOT.test(text) ? allMatches(SPOKEN_EMAIL, text) : []) {
    if (SPOKEN_NOT_A_LOCAL_PART.test(m[0])) continue;
    const canonical = SPOKEN_PARTS.reduce((out, [part, mark]) => out.replace(part, mark), m[0].toLowerCase()).replace(
      SPACE_BEFORE_DIGITS,
      '',
    );
    spans.push({ type: 'EMAIL', start: m.index, end: m.index + m[0].length, canonical });
  }
  for (const span of spans) lettersReadOutBefore(text, span);
  return spans;
}

/**
 * Letters read out one by one before a local part the patterns found from its last word: "d o y l e e at eircom dot
 * net", "r m ninety nine at icloud dot com", "t underscore brennan at btinternet.com". The span takes them in; a
 * first "a" or "i" is a word of the sentence ("it's a john at ...", "i said ...").
 */
const LETTERS_READ_OUT = new RegExp(
  `(?:(?<![\\p{L}\\d'’@.])[a-z](?:\\s+(?:underscore|dash|hyphen|${DOT}))?\\s+)+$`,
  'iu',
);
const FIRST_WORD_LETTER = /^[ai]\s+(?:(?:underscore|dash|hyphen|dot)\s+)?/i;
function lettersReadOutBefore(text: string, span: PiiSpan): void {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const m = LETTERS_READ_OUT.exec(before);
  if (!m) return;
  let letters = m[0];
  while (FIRST_WORD_LETTER.test(letters)) letters = letters.replace(FIRST_WORD_LETTER, '');
  if (letters.length === 0) return;
  span.start -= letters.length;
  const local = SPOKEN_PARTS.slice(0, 3).reduce((out, [part, mark]) => out.replace(part, mark), ` ${letters}`);
  span.canonical = `${local.replace(/\s+/g, '')}${span.canonical}`;
}
