/**
 * A Brazilian number whose area code (DDD) is said as a number: "meu celular é (onze) 9 8765-4321", "zero onze nove
 * oito sete seis cinco quatro três dois um", "onze, nove oito sete ...", or named by "DDD" before the rest: "DDD 21,
 * 98765-4321", "o DDD é vinte e um e o número é 98765-4321"; or written before a mobile whose "9" is written apart,
 * which the written phones' layouts do not take ("(11) 9 8765-4321"). The digit-by-digit reading (spokenDigits.ts) cannot take
 * "onze" for "11", and a comma between the DDD and the number splits the written digits. The DDD's two digits and
 * the eight or nine after them (written, "9 8765-4321" with its mobile "9" apart, or said one by one) are a phone when
 * Brazil's numbering plan takes them; a DDD said as a number needs a phone word in the turn or the trunk "zero" before
 * it, "DDD" is its own cue. Said in one stretch, one span; with words between the DDD and the rest, one span each.
 */
import { allMatches } from './allMatches';
import { isReferenceNumber } from './context';
import { LETTER } from './letters';
import { validNumber } from './phoneVerdicts';
import type { DigitRun } from './prepass';
import { digitValues, PORTUGUESE_DIGIT_WORDS } from './spokenDigits';
import type { PiiSpan } from './types';

/**
 * The digit words: spokenDigits.ts's Portuguese ones, and "um" and "uma", which it leaves out ("um" is an English
 * hesitation; in a Brazilian number it is one).
 */
const DIGITS: Readonly<Record<string, string>> = { ...PORTUGUESE_DIGIT_WORDS, um: '1', uma: '1' };
/** A unit after a tens word ("vinte e um"): a digit word but "zero" and "meia" (six only when digits are read out). */
const UNIT = Object.keys(DIGITS)
  .filter((word) => word !== 'zero' && word !== 'meia')
  .join('|');
const TEEN = 'onze|doze|treze|catorze|quatorze|quinze|dez[ae]sseis|dez[ae]ssete|dezoito|dez[ea]nove';
const TENS = 'vinte|trinta|quarenta|cinq[uü]enta|sessenta|setenta|oitenta|noventa';
/** A DDD said as a number: "onze", "vinte e um", "(onze)". */
const DDD_SAID = `\\(?(?:(?:${TENS})(?:\\s+e\\s+(?:${UNIT}))?|${TEEN})\\)?(?![${LETTER}])`;
const DIGIT = Object.keys(DIGITS).join('|');
/** The number after the DDD: written ("98765-4321", "9 8765-4321", "8765 4321") or said digit by digit. */
const LOCAL = `(?:9[\\s.-]?)?\\d{4}[\\s.-]?\\d{4}|(?:${DIGIT})(?:[\\s,.-]+(?:${DIGIT})){7,8}(?![${LETTER}])`;
/** No more digits, written or said, after the number. */
const END = `(?![\\d${LETTER}]|[\\s,.-]+(?:\\d|(?:${DIGIT})(?![${LETTER}])))`;
const SEPARATOR = '[\\s,.;:-]+';
/** The DDD said as a number, maybe after the trunk "zero", the rest right after it. */
const SAID_DDD = new RegExp(
  `(?<![${LETTER}\\d])((?:zero|0)${SEPARATOR})?(${DDD_SAID})${SEPARATOR}(${LOCAL})${END}`,
  'dgi',
);
/** "DDD 21, 98765-4321", "o DDD é vinte e um, e o número é 98765-4321": the cue, the DDD, the rest a few words on. */
const NAMED_DDD = new RegExp(
  `(?<![${LETTER}])(?:DDD|ddd)(?:\\s+(?:é|e))?[\\s:]*(\\(?\\d{2}\\)?(?![\\d${LETTER}])|${DDD_SAID})${SEPARATOR}(?:(?:e\\s+)?(?:o\\s+)?(?:(?:número|numero|celular|telefone|resto)\\s+)?(?:é\\s+)?)?(${LOCAL})${END}`,
  'dg',
);
/** A written DDD before a mobile whose leading "9" is written apart ("(11) 9 8765-4321"), with a phone word in the turn. */
const WRITTEN_DDD_NINE = new RegExp(
  `(?<![\\d${LETTER}])(\\(\\d{2}\\)|\\d{2})[\\s.-]+(9[\\s.-]\\d{4}[\\s.-]?\\d{4})${END}`,
  'dg',
);
const PHONE_WORD = /celular|telefone|\bfone|n[uú]mero|whats|\bzap\b|contato|\blig[au]/i;
/** "DDD", or a piece of every DDD said as a number (a wider net than the patterns: the native test is the cheaper). */
const DDD_WORD = /DDD|ddd|nze|oze|eze|orze|dez|nta|vinte/i;
/** A written DDD before a mobile's "9" written apart, at a digit run's start: "(11) 9 8765-4321", "11 9 8765 4321". */
const DDD_NINE_RUN = /^\(?\d\d\)?[\s.-]9[\s.-]\d{4}/;
const NEAR_RUN = 40;

/**
 * Whether a turn may hold a Brazilian DDD before its number, from the pre-pass's findings, without a scan of the whole
 * turn (one cost a tenth more of the whole number detection): a digit run of eight digits or more ("98765-4321") with
 * "DDD" or a DDD said as a number in the few characters before it, or a written DDD and a "9" apart starting it; or
 * digits said as words (the pre-pass saw one) and a DDD said as a number anywhere.
 */
export function mayHoldBrazilianDdd(text: string, runs: readonly DigitRun[], digitWords: boolean): boolean {
  for (const run of runs) {
    if (run.text.length < 8) continue;
    if (DDD_NINE_RUN.test(run.text) || DDD_WORD.test(text.slice(Math.max(0, run.start - NEAR_RUN), run.start)))
      return true;
  }
  return digitWords && DDD_WORD.test(text);
}

const VALUES: Readonly<Record<string, number>> = {
  ...digitValues(DIGITS),
  onze: 11,
  doze: 12,
  treze: 13,
  catorze: 14,
  quatorze: 14,
  quinze: 15,
  dezesseis: 16,
  dezasseis: 16,
  dezessete: 17,
  dezassete: 17,
  dezoito: 18,
  dezenove: 19,
  dezanove: 19,
  vinte: 20,
  trinta: 30,
  quarenta: 40,
  cinquenta: 50,
  cinqüenta: 50,
  sessenta: 60,
  setenta: 70,
  oitenta: 80,
  noventa: 90,
};

/** The digits of a DDD or a number, written or said: each word's value, tens and units added ("vinte e um" = 21). */
function digitsOf(said: string): string {
  let digits = '';
  let tens = -1;
  for (const word of said.toLowerCase().split(/[^\p{L}\d]+/u)) {
    if (word === '' || word === 'e') continue;
    if (/^\d+$/.test(word)) digits += word;
    else if (VALUES[word] !== undefined && VALUES[word] >= 20 && VALUES[word] % 10 === 0) tens = VALUES[word];
    else if (VALUES[word] !== undefined && tens >= 0 && VALUES[word] < 10) {
      digits += String(tens + VALUES[word]);
      tens = -1;
    } else if (VALUES[word] !== undefined) {
      if (tens >= 0) digits += String(tens);
      tens = -1;
      digits += String(VALUES[word]);
    }
  }
  return tens >= 0 ? digits + String(tens) : digits;
}

/** A DDD said as a number and a pause, right before the rest of the number: "onze, " of "onze, nove oito ...". */
const DDD_SAID_BEFORE = new RegExp(`(?<![${LETTER}])${DDD_SAID}[\\s,.;:-]+$`, 'i');
/**
 * Where a DDD said as a number starts right before `start` (the rest of the number said digit by digit from there), or
 * -1: a reference label before the DDD labels the whole number ("protocolo número onze, nove oito sete ...").
 */
export function saidDddBefore(text: string, start: number): number {
  const from = Math.max(0, start - 24);
  const m = DDD_SAID_BEFORE.exec(text.slice(from, start));
  return m ? from + m.index : -1;
}

/** E.164 of a DDD and the number after it, when Brazil's numbering plan takes them. */
function brazilianNumber(text: string, start: number, ddd: string, local: string): string | undefined {
  if (isReferenceNumber(text, start)) return undefined;
  if (ddd.length !== 2 || ddd.includes('0') || (local.length !== 8 && local.length !== 9)) return undefined;
  return validNumber(`${ddd}${local}`, 'BR');
}

export function detectBrazilianAreaCodes(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const phoneWord = PHONE_WORD.test(text);
  for (const m of allMatches(SAID_DDD, text)) {
    if (!phoneWord && m[1] === undefined) continue;
    const e164 = brazilianNumber(text, m.index, digitsOf(m[2]), digitsOf(m[3]));
    if (e164) spans.push({ type: 'PHONE', start: m.index, end: m.index + m[0].length, canonical: e164 });
  }
  for (const m of phoneWord ? allMatches(WRITTEN_DDD_NINE, text) : []) {
    const e164 = brazilianNumber(text, m.index, digitsOf(m[1]), digitsOf(m[2]));
    if (e164) spans.push({ type: 'PHONE', start: m.index, end: m.index + m[0].length, canonical: e164 });
  }
  for (const m of /DDD|ddd/.test(text) ? allMatches(NAMED_DDD, text) : []) {
    const e164 = brazilianNumber(text, m.index, digitsOf(m[1]), digitsOf(m[2]));
    if (!e164) continue;
    const [dddStart, dddEnd] = m.indices![1];
    const [localStart, localEnd] = m.indices![2];
    if (/^[\s,.;:-]+$/.test(text.slice(dddEnd, localStart)))
      spans.push({ type: 'PHONE', start: dddStart, end: localEnd, canonical: e164 });
    else
      for (const [start, end] of [m.indices![1], m.indices![2]])
        spans.push({ type: 'PHONE', start, end, canonical: e164 });
  }
  return spans;
}
