/**
 * Payment card numbers: 12-19 digits, optionally grouped by spaces or dashes, passing Luhn and starting
 * with an issuer prefix. A run that fails is retried on its sub-runs of whole groups, so a card followed
 * by "2 items" is still found.
 */
import * as matches from './allMatches';
import * as context from './context';
import { followsAccountCue } from './accountNumber';
import type { PiiSpan } from './types';

/** Read once: under tsx every use of an imported binding is a getter call. */
const { allMatches } = matches;
const { isPartOfIdentifier, isReferenceNumber } = context;

const DIGIT_RUN = /(?<![\d-])\d{1,19}(?:[ -]\d{1,19}){0,7}(?![\d])/g;
/** Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro (first digits). */
const ISSUER_PREFIX = /^(?:4|5[1-5]|2[2-7]|3[47]|3[068]|35|6|50|5[6-8])/;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export const isCardNumber = (digits: string): boolean =>
  digits.length >= 12 && digits.length <= 19 && ISSUER_PREFIX.test(digits) && issuedLength(digits) && luhnValid(digits);
/**
 * The lengths the issuers give their numbers: Visa 13, 16 or 19 digits, Mastercard 16, Amex 15, Diners 14 to 19, JCB
 * 16 to 19; Maestro, Discover and UnionPay (5 and 6 prefixes outside Mastercard's) 12 to 19. "4471 2290 3381" is twelve
 * digits, no Visa number.
 */
function issuedLength(digits: string): boolean {
  const n = digits.length;
  const first = digits.charCodeAt(0) - 48;
  if (first === 4) return n === 13 || n === 16 || n === 19;
  const two = first * 10 + digits.charCodeAt(1) - 48;
  if ((two >= 51 && two <= 55) || (two >= 22 && two <= 27)) return n === 16;
  if (two === 34 || two === 37) return n === 15;
  if (two === 30 || two === 36 || two === 38) return n >= 14;
  if (two === 35) return n >= 16;
  return true;
}

export function detectCards(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of allMatches(DIGIT_RUN, text)) {
    // Fewer than 12 characters cannot hold a card number, and card numbers are not written one digit at a time.
    if (m[0].length < 12 || !/\d\d/.test(m[0])) continue;
    let end = m.index + m[0].length;
    // "4111 1111 1111 1111 09/28": an expiry glued to the run's last group by its slash is no part of the card.
    if (text.charCodeAt(end) === SLASH) {
      // The last space or dash of the run, looked for where it may cut (`lastIndexOf` read back to the text's previous
      // dash, all of a 200 KB turn without one for each of its thousands of runs).
      let lastGap = end - 1;
      while (lastGap - m.index >= 12 && text.charCodeAt(lastGap) !== 0x20 && text.charCodeAt(lastGap) !== 0x2d)
        lastGap--;
      if (lastGap - m.index >= 12) end = lastGap;
    }
    const run = end === m.index + m[0].length ? m[0] : text.slice(m.index, end);
    // A leading "+" makes it an international phone number, whatever Luhn says; a label or a glued
    // prefix ("SN-", "order 112-") makes the whole run a reference, including its sub-runs.
    if (text[m.index - 1] === '+' || isReferenceNumber(text, m.index) || isPartOfIdentifier(text, m.index, end))
      continue;
    // "loyalty card number 6345 0012 7788": a card that pays for nothing names a membership, an account number,
    // whatever the issuers' rules say of its digits ("Nectar card number 9826 3000 1234 5678").
    if (NOT_A_PAYMENT_CARD.test(text.slice(Math.max(0, m.index - 48), m.index))) {
      spans.push({ type: 'ACCOUNT_NUMBER', start: m.index, end, canonical: run.replace(/\D/g, '') });
      continue;
    }
    // "my account is 4471 9920 3318 2": after an account cue, digits grouped as no card is printed (a lone check digit at
    // the end) are the account's, whatever Luhn says of them.
    if (!CARD_LAYOUT.test(run) && followsAccountCue(text, m.index)) {
      spans.push({ type: 'ACCOUNT_NUMBER', start: m.index, end, canonical: run.replace(/\D/g, '') });
      continue;
    }
    const found = longestCardWithin(text, digitGroups(text, m.index, end)) ?? namedCard(text, m.index, end, run);
    if (!found) continue;
    spans.push(found);
    cardDetailsAfter(text, found.end, spans);
  }
  return spans;
}

const SLASH = 47;
/** How cards are printed: unbroken, in fours (a 19-digit card ends with three), 4-6-5 and 4-6-4, a 13-digit 4-3-3-3. */
const CARD_LAYOUT =
  /^(?:\d{12,19}|\d{4}([ -])\d{4}\1\d{4}(?:\1\d{4}(?:\1\d{3})?)?|\d{4}([ -])\d{6}\2\d{4,5}|\d{4}([ -])\d{3}\3\d{3}\3\d{3})$/;
/** A card that is no payment card, named right before its number (EN/ES/FR/DE/PT). */
const NOT_A_PAYMENT_CARD =
  /\b(?:(?:loyalty|rewards?|membership|member|club|library|points|nectar|advantage|frequent flyer|insurance|health|student|staff|employee) card|clubcard|tarjeta (?:de )?(?:fidelidad|socio|puntos)|carte (?:de )?(?:fidélité|membre|adhérent)|kundenkarte|mitgliedskarte|payback(?:-?karte)?|cart[aã]o (?:de )?(?:fidelidade|sócio|socio))(?:\s*(?:number|num|no\.?|#|n[uú]mero|numéro|nummer|id|is|es|est|ist|é|de|:))*\s*$/i;
/**
 * "4111 1111 1111 1111 09/28 123", "..., 09/28, 123": a month and year right after a card number are its expiry, and
 * three or four digits right after those its security code (how a card is pasted into a chat).
 */
const EXPIRY_AFTER_CARD = /^[\s,;]+((?:0[1-9]|1[0-2])\s?\/\s?(?:20\d{2}|\d{2}))(?![\d/])/;
const CODE_AFTER_EXPIRY = /^[\s,;]+(\d{3,4})(?![\d/.,-]\d|\d)/;
function cardDetailsAfter(text: string, end: number, spans: PiiSpan[]): void {
  const expiry = EXPIRY_AFTER_CARD.exec(text.slice(end, end + 16));
  if (!expiry) return;
  const start = end + expiry[0].length - expiry[1].length;
  end = start + expiry[1].length;
  spans.push({ type: 'CARD_EXPIRY', start, end, canonical: expiry[1].replace(/\s/g, '') });
  const code = CODE_AFTER_EXPIRY.exec(text.slice(end, end + 12));
  if (code) {
    const codeStart = end + code[0].length - code[1].length;
    spans.push({ type: 'CVV', start: codeStart, end: codeStart + code[1].length, canonical: code[1] });
  }
}

/**
 * A card number named as one ("card # 2221 0012 3412 3456", "Kartennummer ...") is redacted even when it fails
 * Luhn: a misheard or mistyped digit leaves the rest of the card in the text.
 */
const CARD_LABEL =
  /\b(?:card|visa|mastercard|master card|amex|american express|discover|credit|debit|tarjeta|carte|karte|kartennummer|cart[aã]o)\b(?:\s*(?:number|num|no\.?|#|n[uú]mero|numéro|nummer|de|is|es|est|ist|é|:))*\s*$/i;
function namedCard(text: string, start: number, end: number, run: string): PiiSpan | undefined {
  const digits = run.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19 || !ISSUER_PREFIX.test(digits)) return undefined;
  if (!CARD_LABEL.test(text.slice(Math.max(0, start - 40), start))) return undefined;
  return { type: 'CREDIT_CARD', start, end, canonical: digits };
}

/** The digit groups of the run [start, end), by character code (no pattern object or match per group). */
function digitGroups(text: string, start: number, end: number): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  let from = -1;
  for (let k = start; k <= end; k++) {
    const code = k < end ? text.charCodeAt(k) : -1;
    const digit = code >= 48 && code <= 57;
    if (digit && from < 0) from = k;
    else if (!digit && from >= 0) {
      groups.push({ start: from, end: k });
      from = -1;
    }
  }
  return groups;
}

/** The longest contiguous run of whole groups that is a card number (groups come from one candidate). */
function longestCardWithin(text: string, groups: { start: number; end: number }[]): PiiSpan | undefined {
  let best: PiiSpan | undefined;
  for (let i = 0; i < groups.length; i++) {
    let digits = '';
    for (let j = i; j < groups.length; j++) {
      digits += text.slice(groups[j].start, groups[j].end);
      if (digits.length > 19) break;
      const start = groups[i].start;
      const end = groups[j].end;
      if (isCardNumber(digits) && (!best || end - start > best.end - best.start)) {
        best = { type: 'CREDIT_CARD', start, end, canonical: digits };
      }
    }
  }
  return best;
}
