/**
 * A birth date or a card's expiry given part by part, each part named: "date of birth, the month's October, the day's
 * the 21st and the year is 1977", "the expiry month is June and the year is 2029", "el mes de caducidad es marzo y el
 * año 2028", "le mois d'expiration c'est avril, et l'année 2027", "what's the expiry month? 04. And the year? 2027".
 * Each part is its own span. The parts are read only in a chain after the field's cue: the first part within a few
 * words of it, each next one within a few words of the part before, no digit and no other date's word between.
 */
import { allMatches } from './allMatches';
import { CONNECTORS, DAY, DAY_THEN_MONTH, MONTHS } from './birthDate';
import { NOT_A_CARD_BEFORE, SPOKEN_YEAR } from './cues';
import { LETTER } from './letters';
import { ENGLISH_UNITS } from './spokenDigits';
import type { PiiSpan, PiiType } from './types';

/** The part's name; a field's own name may follow it ("mes de caducidad", "mois d'expiration", "month of birth"). */
const OWN_FIELD = `(?:\\s+(?:of|de|do|da)\\s+[${LETTER}]+|\\s*d['’][${LETTER}]+)?(?:['’]s)?`;
const named = (words: string, value: string): string =>
  `(?<![${LETTER}])(?:${words})${OWN_FIELD}${CONNECTORS}\\s*(?<![\\d${LETTER}])(${value})(?![\\d${LETTER}]|[/.-]\\d)`;
const MONTH_LABELS = 'month|mes|mois|(?:ablauf|geburts)?monat|mês|mese';
const DAY_LABELS = 'day|día|dia|jour|tag|giorno';
const YEAR_LABELS = 'year|año|ano|année|annee|(?:ablauf|geburts)?jahr|anno';
const DAY_AND_MONTH_LABELS =
  'day and (?:the )?month|month and (?:the )?day|día y (?:el )?mes|jour et (?:le )?mois|tag und monat|dia e (?:o )?mês';
const MONTH_VALUE = `${MONTHS}|0?[1-9]|1[0-2]`;
/** A card's month said with its leading zero, or past nine ("oh six", "eleven"; "the month is one of ..." stays). */
const SPOKEN_MONTH = `(?:oh|zero)[\\s-]+(?:${ENGLISH_UNITS})|ten|eleven|twelve`;
/** Not a count: "the expiry year, twenty minutes ago". */
const NOT_COUNTED =
  '(?!\\s+(?:days?|weeks?|months?|years?|hours?|minutes?|times|percent|pounds?|dollars?|euros?)(?![a-z]))';
/**
 * Each part's pattern, by the field: a birth date's day, month, day and month, year; a card's month and year (a card has
 * no day: "a fatura de março vence dia 15" stays). A birth year has four digits or an apostrophe and is not of this
 * decade ("born on a Monday and the year is 2024 now"); an expiry's month and year may be said ("oh six", "twenty
 * eight") and its year may have two digits.
 */
const compiled = (sources: string[]): RegExp[] => sources.map((source) => new RegExp(source, 'dgi'));
const BIRTH_PARTS = compiled([
  named(DAY_AND_MONTH_LABELS, DAY_THEN_MONTH),
  named(MONTH_LABELS, MONTH_VALUE),
  named(DAY_LABELS, DAY),
  named(YEAR_LABELS, `19\\d{2}|20[01]\\d|'\\d{2}`),
]);
const EXPIRY_PARTS = compiled([
  named(MONTH_LABELS, `${MONTH_VALUE}|${SPOKEN_MONTH}`),
  named(YEAR_LABELS, `(?:20[2-4]\\d|'?[2-4]\\d|${SPOKEN_YEAR})${NOT_COUNTED}`),
]);

/** The fields' cues: a part chain starts within a few words after one (or names it: "mes de caducidad"). */
const BIRTH_FIELD = new RegExp(
  `(?<![${LETTER}])(?:date of birth|birth ?date|d\\.?o\\.?b|born|fecha de nacimiento|nacimiento|date de naissance|naissance|née?|geburtsdatum|geburts(?:monat|jahr)|geburt|geboren|data de nascimento|nascimento|nasci(?:d[oa])?|nací)(?![${LETTER}])`,
  'gi',
);
const EXPIRY_FIELD = new RegExp(
  `(?<![${LETTER}])(?:exp(?:iry|iration)?|expires?|caducidad|caduca|vencimiento|vence|d['’]expiration|validade|vencimento|ablauf(?:datum|monat)?|gültig|scadenza)(?![${LETTER}])`,
  'gi',
);
const TRAILING_PUNCTUATION = /[.,\s]/;
/** What may stand between two parts, or between the cue and the first: a few words, no digit. */
const MAX_GAP = 60;
const GAP = /^[^\d]*$/;
/** Another date's or another deadline's word between two parts ends the chain. */
const OTHER_DATE =
  /appointment|deliver|order|invoice|bill|renew|subscription|contract|offer|promo|voucher|warranty|passport|cita|pedido|factura|rendez|commande|termin|rechnung|vertrag|fatura|encomenda/i;
/** A quick test before the patterns: the turn names some part. */
const PART_WORD = new RegExp(`(?<![${LETTER}])(?:${MONTH_LABELS}|${DAY_LABELS}|${YEAR_LABELS})(?![${LETTER}])`, 'i');

export const mayHaveDateParts = (text: string): boolean => PART_WORD.test(text);

/**
 * The parts of a birth date named one by one after a birth cue or after a part already found ("what year were you
 * born? 1979. And the day and month? The 3rd of June": `found`, the birth dates found before).
 */
export function birthDateParts(text: string, found: readonly PiiSpan[]): PiiSpan[] {
  const anchors = cuesIn(text, BIRTH_FIELD);
  for (const span of found) if (span.type === 'DATE_OF_BIRTH') anchors.push([span.start, span.end]);
  return partsAfter(
    text,
    anchors.sort((a, b) => a[0] - b[0]),
    BIRTH_PARTS,
    'DATE_OF_BIRTH',
  );
}

/** The parts of a card's expiry named one by one after an expiry cue (not an offer's or a passport's). */
export function expiryParts(text: string): PiiSpan[] {
  const anchors = cuesIn(text, EXPIRY_FIELD).filter(
    ([start]) => !NOT_A_CARD_BEFORE.test(text.slice(Math.max(0, start - 40), start)),
  );
  return partsAfter(text, anchors, EXPIRY_PARTS, 'CARD_EXPIRY');
}

const cuesIn = (text: string, field: RegExp): Array<[number, number]> =>
  allMatches(field, text).map((m) => [m.index, m.index + m[0].length]);

function partsAfter(text: string, anchors: Array<[number, number]>, parts: RegExp[], type: PiiType): PiiSpan[] {
  const spans: PiiSpan[] = [];
  let chainEnd = -1;
  for (const [cueStart, cueEnd] of anchors) {
    if (cueStart < chainEnd) continue;
    // The part's name may come first: "el mes de caducidad", "le mois d'expiration".
    const from = Math.max(0, cueStart - 12);
    const window = text.slice(from, cueEnd + 4 * MAX_GAP);
    const found = parts
      .flatMap((pattern) => allMatches(pattern, window))
      .sort((a, b) => a.index - b.index || b[0].length - a[0].length);
    let last = cueEnd - from;
    for (const m of found) {
      const [start, end] = m.indices![1];
      if (start < last) continue;
      const gap = window.slice(last, m.index);
      if (m.index - last > MAX_GAP || !GAP.test(gap) || OTHER_DATE.test(gap)) break;
      let stop = end;
      while (stop > start && TRAILING_PUNCTUATION.test(window[stop - 1])) stop--;
      spans.push({ type, start: from + start, end: from + stop, canonical: window.slice(start, stop).toLowerCase() });
      last = end;
    }
    chainEnd = from + last;
  }
  return spans;
}

/**
 * A birth year said and then its day and month, after a comma and an article or "on": "je suis née en 1974, le 12
 * mai", "born in 1979, on the 3rd of June", "nací en 1980, el 4 de agosto", "geboren 1974, am 12. Mai".
 */
const DAY_MONTH_AFTER_YEAR = new RegExp(
  `,\\s+(?:on\\s+the|the|on|le|el|am|em|no dia|o dia|a)\\s+(${DAY_THEN_MONTH})(?![\\d${LETTER}])`,
  'dgiy',
);
const YEAR_ALONE = /^(?:(?:19|20)\d{2}|'\d{2})$/;
export function dayMonthAfterYears(text: string, spans: PiiSpan[]): PiiSpan[] {
  const more: PiiSpan[] = [];
  for (const span of spans) {
    if (span.type !== 'DATE_OF_BIRTH' || !YEAR_ALONE.test(text.slice(span.start, span.end))) continue;
    DAY_MONTH_AFTER_YEAR.lastIndex = span.end;
    const m = DAY_MONTH_AFTER_YEAR.exec(text);
    if (!m) continue;
    const [start, end] = m.indices![1];
    more.push({ type: 'DATE_OF_BIRTH', start, end, canonical: text.slice(start, end).toLowerCase() });
  }
  return more;
}
