/**
 * For the pre-pass: every word a CVV or expiry cue of cues.ts starts with (whole words), or for the Italian cues one
 * they hold ("data di scadenza", "codice di sicurezza": "data" and "codice" start too many other phrases). "cvv" and "cvc" without their "2":
 * no cue may hold a digit, so a cue never eats the start of a digit run.
 */
export const CARD_CUE_WORDS =
  'cvv|cvc|cvn|cid|csc|security|verification|back|front|code|digits?|exp|expiry|expiration|expires?|expiring|expired|valid|good|use(?=\\s+by)|runs?|ran' +
  '|código|cryptogramme|(?:karten)?prüf(?:nummer|ziffer|code)|sicherheits(?:code|nummer)|caduca|caducidad|vence|vencimiento|fecha' +
  '|date|expire|expira|valable|gültig|ablauf(?:datum|monat)|läuft|validade|válido|vencimento|scadenza|scade|valid[ao]|sicurezza' +
  '|d[ií]gitos|n[uú]meros|chiffres|ziffern|zahlen|cifre|cijfers|beveiligingscode|veiligheidscode|controlecode|retro|dietro' +
  // "CV2" (the UK name): its letters, the "2" left to the digit run.
  '|cv(?=2)|reverse';
