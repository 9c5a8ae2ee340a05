/**
 * Retry-After (RFC 9110 §10.2.3) as a wait in milliseconds.
 *
 * The header is either delta-seconds (`120`) or an HTTP-date in any of the three forms a recipient must accept
 * (§5.6.7): IMF-fixdate, obsolete RFC 850, and asctime. Date.parse is deliberately not used: it accepts almost any
 * string ("2" parses as the year 2001), which would turn garbage into a wait.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const IMF_FIXDATE = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const RFC850_DATE = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const ASCTIME_DATE = /^[a-z]{3} ([a-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

/** Wait in ms, 0 for a past date or a negative number, undefined for anything unreadable (never NaN). */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  // delta-seconds is 1*DIGIT; a negative number is out of grammar but its intent ("no wait") is clear.
  if (/^-?\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : undefined;
  }
  const at = parseHttpDate(text, now);
  if (at === undefined) return undefined;
  return Math.max(0, at - now);
}

/** Epoch ms of an HTTP-date in any of its three forms, or undefined. */
export function parseHttpDate(text: string, now: number): number | undefined {
  let m = IMF_FIXDATE.exec(text);
  if (m) return utc(Number(m[3]), m[2], Number(m[1]), m[4], m[5], m[6]);
  m = RFC850_DATE.exec(text);
  if (m) return utc(fullYearOfTwoDigits(Number(m[3]), now), m[2], Number(m[1]), m[4], m[5], m[6]);
  m = ASCTIME_DATE.exec(text);
  if (m) return utc(Number(m[6]), m[1], Number(m[2].trim()), m[3], m[4], m[5]);
  return undefined;
}

/** RFC 9110: a two-digit year that appears more than 50 years in the future is in the past century. */
function fullYearOfTwoDigits(twoDigits: number, now: number): number {
  const currentYear = new Date(now).getUTCFullYear();
  let year = Math.floor(currentYear / 100) * 100 + twoDigits;
  if (year > currentYear + 50) year -= 100;
  return year;
}

function utc(year: number, monthName: string, day: number, h: string, m: string, s: string): number | undefined {
  const month = MONTHS.indexOf(monthName.toLowerCase());
  const [hour, minute, second] = [Number(h), Number(m), Number(s)];
  if (month < 0 || hour > 23 || minute > 59 || second > 60) return undefined;
  const ms = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  // Reject dates that Date.UTC silently rolls over (31 Feb becomes 3 Mar).
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return ms;
}
