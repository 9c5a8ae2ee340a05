/**
 * A North American number said in two parts: "area code 415, then 555 0142", "area code three one two and then five
 * five five, oh one four two". Either part alone is too short for a phone; together, after "area code" and with only
 * a connector between them, they are one, when the ten digits make a valid number. Each part is its own span (the
 * words between them are no part of the number). So is a number from elsewhere with a trunk "0" said the same way
 * ("area code 0161, then 496 0732"): three to five digits from "0", then the rest, valid in a region that dials a
 * trunk "0".
 */
import { allMatches } from './allMatches';
import { validNumber } from './phoneVerdicts';
import { DIGIT_WORDS, ENGLISH_UNITS } from './spokenDigits';
import type { PiiSpan } from './types';

const D = `(?:zero|oh|${ENGLISH_UNITS})`;
const AREA = `\\(?0\\d{2,4}\\)?|\\(?\\d{3}\\)?|(?:zero|oh)(?:[\\s,-]+${D}){2,4}|${D}(?:[\\s,-]+${D}){2}`;
const LOCAL = `\\d{3}[\\s.-]?\\d{4}|\\d{3,4}[\\s.-]?\\d{3,4}|${D}(?:[\\s,-]+${D}){5,7}`;
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
    const e164 = area.startsWith('0') ? trunkNumber(area, local) : northAmerican(area, local);
    if (!e164) continue;
    for (const [start, end] of [m.indices![1], m.indices![2]])
      spans.push({ type: 'PHONE', start, end, canonical: e164 });
  }
  return spans;
}

const northAmerican = (area: string, local: string): string | undefined =>
  area.length === 3 && local.length === 7 ? validNumber(`${area}${local}`, 'US') : undefined;

/** Regions whose national numbers start with a trunk "0" and an area code, tried in turn. */
const TRUNK_REGIONS = ['GB', 'DE', 'FR', 'IE', 'NL', 'BE', 'AT', 'CH', 'AU', 'IN'] as const;

function trunkNumber(area: string, local: string): string | undefined {
  const length = area.length + local.length;
  if (area.length > 5 || local.length < 5 || length < 10 || length > 11) return undefined;
  for (const region of TRUNK_REGIONS) {
    const e164 = validNumber(`${area}${local}`, region);
    if (e164) return e164;
  }
  return undefined;
}
