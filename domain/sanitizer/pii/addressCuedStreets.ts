/**
 * Streets a cue or a question tells, with no street type after the house number or the number after the street:
 * "Harrow Road, number 88", "my address is 9 The Paddocks", "house number and street? Caller: 66, Cranbrook Gardens".
 */
import { allMatches } from './allMatches';
import { LETTER, UPPER } from './letters';
import type { PiiSpan } from './types';
import { addressSpan, coverage } from './addressSpan';
import { NAME_WORD, STREET_TYPES } from './addressWords';

/** "on Harrow Road, number 88", "Kingsway, no. 12": the street named first, its house number after it. */
const STREET_THEN_NUMBER = new RegExp(
  `(?<![${LETTER}])(?:[${UPPER}][${LETTER}'’-]*\\s+){1,3}(?:${STREET_TYPES}),?\\s+(?:number|no\\.?|nr\\.?|#)\\s*\\d{1,5}[A-Za-z]?(?![${LETTER}\\d])`,
  'g',
);
const NUMBER_THEN_DIGIT = /(?:number|no\.?|nr\.?|#)\s*\d/;
/**
 * After a strong address cue, a house number and capitalized words are an address without a street type: "the
 * installation address is 9 The Paddocks", "I live at 4 Rosebank".
 */
const CUED_NO_TYPE = new RegExp(
  `\\b(?:[Aa]ddress(?: is|['’]s|:)|[Ll]iv(?:e|es|ing) at|[Mm]oved to|[Hh]ome is)\\s+(\\d{1,5}[A-Za-z]?,?\\s+(?:The\\s+)?[${UPPER}][${LETTER}'’-]+(?:\\s+[${UPPER}][${LETTER}'’-]+){0,2})(?![${LETTER}\\d])`,
  'dg',
);
const ADDRESS_CUE_WORD = /address|live|moved|home/i;
/**
 * "house number and street? Caller: 66, Cranbrook Gardens": answered to a question for the address, a house number
 * may be followed by a comma.
 */
const NUMBER_COMMA = /\d, [A-Z]/;
const ASKED_NUMBER_COMMA_STREET = new RegExp(
  `\\b(?:address|street|house number|first line)\\b[^?\\n]{0,40}\\?\\s*(?:[A-Z][a-z]+\\s*:\\s*)?(?:(?:yes|yeah|sure|ok|it['’]s|so|uh|um),?\\s+){0,2}(\\d{1,5}[A-Za-z]?,\\s+(?:${NAME_WORD}\\s+){1,3}(?:${STREET_TYPES}))(?![${LETTER}])`,
  'dgi',
);
const NOT_POSTAL_BEFORE = /(?:e-?mail|ip|web|mac)\s*$/i;

/** "on Harrow Road, number 88": pushed onto `spans`. */
export function detectStreetsThenNumber(text: string, spans: PiiSpan[]): void {
  if (NUMBER_THEN_DIGIT.test(text))
    for (const m of allMatches(STREET_THEN_NUMBER, text)) {
      spans.push(addressSpan(text, m.index, m.index + m[0].length));
    }
}

/** After a strong address cue, a house number and capitalized words: pushed onto `spans`. */
export function detectCuedStreetsWithoutType(text: string, spans: PiiSpan[]): void {
  // Only where no street was found: a turn names one address as a rule, and this scan is then spared.
  if (spans.length === 0 && ADDRESS_CUE_WORD.test(text)) {
    // The spans are this loop's own, in text order: one reaches a later start when the furthest end does.
    let reach = -1;
    for (const m of allMatches(CUED_NO_TYPE, text)) {
      const [start, end] = m.indices![1];
      if (NOT_POSTAL_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue; // "email address is ..."
      // A street the main pattern found is its own (with its type and unit).
      if (reach >= start) continue;
      spans.push(addressSpan(text, start, end));
      reach = Math.max(reach, end);
    }
  }
}

/** A house number and its comma, answered to a question for the address: pushed onto `spans`. */
export function detectAskedNumberCommaStreets(text: string, spans: PiiSpan[]): void {
  if (text.includes('?') && NUMBER_COMMA.test(text)) {
    const asked = allMatches(ASKED_NUMBER_COMMA_STREET, text);
    // The spans found before, asked in text order, and this loop's own (in text order: the furthest end tells).
    const covered = asked.length > 0 ? coverage(spans) : undefined;
    let reach = -1;
    for (const m of asked) {
      const [start, end] = m.indices![1];
      if (reach >= start || covered!(start, start)) continue;
      spans.push(addressSpan(text, start, end));
      reach = Math.max(reach, end);
    }
  }
}
