/**
 * The card's expiry asked for and answered with its month, alone or with a two-digit year ("what month does the card
 * expire? Customer: Dec is fine"); the question may end the previous turn.
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { LETTER } from './letters';
import type { PiiSpan } from './types';
import { MONTHS, SPEAKER } from './birthDateShapes';
import { EXPIRY_CUES, NOT_A_CARD_BEFORE } from './cardCues';
import { SPOKEN_YEAR } from './cardExpiryValues';

/**
 * The card's expiry asked and answered with its month, alone or with a two-digit year: "what month does the card
 * expire? Customer: Dec is fine", "and the expiry date on the card? Customer: Dec 28". The question names the expiry
 * (a noun) or asks for the month it expires; another thing's deadline ("when does the trial expire?") stays.
 */
const EXPIRY_ASKED = new RegExp(
  `\\b(?:(${grouped(EXPIRY_CUES, true)})|(?:what|which) month (?:does|will|did) (?:it|the card|your card|that card) expire|expires?|expiring)(?![${LETTER}])[^\\d?.!]{0,40}\\?\\s*(?:(?:${SPEAKER})\\s*:\\s*)?(?:(?:it['’]s|it is|um|uh|er|erm|so|yeah|yes|that['’]s|oh)[\\s,]+)*((?:${MONTHS})(?:(?:\\s+of|\\s+and)?,?\\s+(?:'?\\d{2}|20\\d{2}|${SPOKEN_YEAR}))?)(?=\\s*(?:$|[,.!?;])|\\s+(?:is|was|works|should|please|then|and|or|it|(?:I|i) (?:think|believe))(?![${LETTER}]))`,
  'dgi',
);
const MONTH_OR_CARD = /month|card/i;
/** The answers to an expiry question in `text` (the question may end the previous turn: `from` is where this one starts). */
export function detectExpiryAnswers(text: string, from = 0): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of allMatches(EXPIRY_ASKED, text)) {
    const [start, end] = m.indices![2];
    if (start < from) continue;
    const asked = text.lastIndexOf('?', start);
    const question = text.slice(Math.max(0, m.index - 40), asked);
    // "expires?" alone names any deadline: the card is named or the month is what is asked.
    if (m[1] === undefined && !MONTH_OR_CARD.test(question)) continue;
    if (NOT_A_CARD_BEFORE.test(question)) continue;
    spans.push({ type: 'CARD_EXPIRY', start, end, canonical: text.slice(start, end).toLowerCase() });
  }
  return spans;
}
