/** IPv4 and IPv6 addresses, validated by node:net so "999.1.1.1", times and MAC addresses stay. */
import { allMatches } from './allMatches';
import { isIP } from 'node:net';
import { isVersionNumber } from './context';
import type { PiiSpan } from './types';

const IPV4_CANDIDATE = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)/g;
/** Runs of hex digits, colons and dots; the ones holding two or more colons are IPv6 candidates. */
const IPV6_CANDIDATE = /(?<![0-9A-Za-z:.])[0-9A-Fa-f:.]{3,45}(?![0-9A-Za-z])/g;

/** `dottedQuad`: whether a digit run of the pre-pass holds four dotted groups (an IPv4 candidate lies in one run). */
export function detectIps(text: string, dottedQuad = true): PiiSpan[] {
  const spans: PiiSpan[] = [];
  // Most digit-bearing turns hold no dotted quad and no "::"-style run: two native probes skip both scans.
  const colon = text.indexOf(':');
  if (!(dottedQuad && text.includes('.')) && (colon === -1 || text.indexOf(':', colon + 1) === -1)) return spans;
  for (const m of dottedQuad ? allMatches(IPV4_CANDIDATE, text) : []) {
    if (isIP(m[0]) === 4 && !isVersionNumber(text, m.index)) {
      spans.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + m[0].length, canonical: m[0] });
    }
  }
  if (colon === -1 || text.indexOf(':', colon + 1) === -1) return spans;
  for (const m of allMatches(IPV6_CANDIDATE, text)) {
    let candidate = m[0];
    // Sentence punctuation after the address ("...::1." or "fe80::1:"), but keep a trailing "::".
    while (/[.:]$/.test(candidate) && !candidate.endsWith('::')) candidate = candidate.slice(0, -1);
    if ((candidate.match(/:/g) ?? []).length < 2 || !/[0-9A-Fa-f]{2}/.test(candidate)) continue;
    if (isIP(candidate) === 6) {
      spans.push({
        type: 'IP_ADDRESS',
        start: m.index,
        end: m.index + candidate.length,
        canonical: candidate.toLowerCase(),
      });
    }
  }
  return spans;
}
