import type { AccountNumberRules } from './accountNumber';
import type { KnownNames } from './names';

/** The PII kinds the sanitizer redacts; each becomes `[<TYPE>_REDACTED]` or a pseudonym `[<TYPE>_<n>]`. */
export const PII_TYPES = [
  'EMAIL',
  'PHONE',
  'SSN',
  'CREDIT_CARD',
  'IBAN',
  'IP_ADDRESS',
  'CVV',
  'CARD_EXPIRY',
  'PERSON',
  'ADDRESS',
  'DATE_OF_BIRTH',
  'ACCOUNT_NUMBER',
] as const;
export type PiiType = (typeof PII_TYPES)[number];

/** One detected value: a half-open [start, end) range into the scanned text. */
export interface PiiSpan {
  type: PiiType;
  start: number;
  end: number;
  /** Canonical form (digits only, lower-case, E.164, a participant's key...) so one value maps to one pseudonym. */
  canonical: string;
}

export interface DetectOptions {
  /** Region for national phone formats without a country code (ISO 3166 alpha-2). */
  phoneRegion?: string;
  /**
   * The end of the previous turn. Cues often sit in the agent's question ("and the CVV?") while the value
   * is the customer's whole answer ("it's 835"); the context is read for cues and never redacted.
   */
  context?: string;
  /** The conversation's participants' names, compiled once per transcript (see compileKnownNames). */
  knownNames?: KnownNames;
  /** The deployment's account/policy/member number cues and shapes (default: DEFAULT_ACCOUNT_NUMBER_RULES). */
  accountNumbers?: AccountNumberRules;
}
