/**
 * Contact-center cues that are cheap to catch: a CVV or expiry date said next to card words, and
 * digit sequences spoken as words ("four one one one ..."), which voice transcripts produce.
 * Spoken digits are classified by the same validators as written ones; an unvalidated run stays.
 *
 * The readings live in their own files: cardCues.ts (a CVV or expiry after its cue), cardExpiryValues.ts (how an
 * expiry is written or said), cardExpiryAnswers.ts (the expiry asked for and answered), spokenNumbers.ts (digits
 * said as words), spokenNumberKinds.ts (what such a run is) and spokenDigitGaps.ts (what may stand between them).
 */
export { CVV_CUES, CVV_WORD, detectCardCues, EXPIRY_CUES, EXPIRY_WORD, NOT_A_CARD_BEFORE } from './cardCues';
export { detectExpiryAnswers } from './cardExpiryAnswers';
export { SPOKEN_YEAR } from './cardExpiryValues';
export { detectSpokenDigits } from './spokenNumbers';
