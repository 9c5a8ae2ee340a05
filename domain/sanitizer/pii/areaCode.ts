/**
 * A North American number said in two parts: "area code 415, then 555 0142", "area code three one two and then five
 * five five, oh one four two". Either part alone is too short for a phone; together, after "area code" and with only
 * a connector between them, they are one, when the ten digits make a valid number. Each part is its own span (the
 * words between them are no part of the number).
 */
import { allMatches } from './allMatches';
import { validNumber } from './phoneVerdicts';
import { DIGIT_WORDS } from './spokenDigits';
import type { PiiSpan } from './types';

const D = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
const AREA = `\\(?\\d{3}\\)?|${D}(?:[\\s,-]+${D}){2}`;
const LOCAL = `\\d{3}[\\s.-]?\\d{4}|${D}(?:[\\s,-]+${D}){6}`;
const CONNECTOR =
  "(?:(?:and\\s+)?then(?:\\s+(?:the\\s+)?(?:rest|number)(?:\\s+is)?)?|(?:and\\s+)?(?:the\\s+)?(?:rest|number)(?:\\s+is|['’]s)?)";
const SPLIT = new RegExp(
  `\\barea\\s+code(?:\\s+is|['’]s)?[\\s:,]*(${AREA})(?![\\w])[\\s,.;:]*(?:${CONNECTOR}[\\s,:]*)?(${LOCAL})(?![\\w]|[\\s,-]+${D}\\b|[\\s.-]?\\d)`,
  'dgi',
);
/** What the pattern cannot match without (one native test per turn with digits or digit words). */
export const AREA_CODE = /area\s+code/i;

const digitsOf = (said: string): string =>
  said
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((w) => (/^\d+$/.test(w) ? w : (DIGIT_WORDS[w] ?? '')))
    .join('');

export function detectSplitAreaCode(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of allMatches(SPLIT, text)) {
    const area = digitsOf(m[1]);
    const local = digitsOf(m[2]);
    if (area.length !== 3 || local.length !== 7) continue;
    const e164 = validNumber(`${area}${local}`, 'US');
    if (!e164) continue;
    for (const [start, end] of [m.indices![1], m.indices![2]])
      spans.push({ type: 'PHONE', start, end, canonical: e164 });
  }
  return spans;
}
