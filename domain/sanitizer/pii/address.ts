/**
 * Postal addresses: house number, street name and street type (US, UK, Canada, Ireland, Australia), the
 * European orders ("Lindenstraße 34", "Calle Mayor 15", "12 rue de la Paix"), a unit or apartment, and
 * postcodes (US ZIP+4, UK, Canadian, Dutch, German, Irish) when a postcode cue or an address is next to them.
 * Street names must be capitalized, so "12 boxes on Main Street" or "the second street on the left" stay.
 *
 * This file is the assembly: each kind of street is found in its own file (address*.ts), in the order below, which
 * matters (a later kind asks whether an earlier one found a street, or runs only where none was found); then a unit
 * after each street, the business addresses dropped, and the postcodes read against the streets in text order.
 */
import type { PiiSpan } from './types';
import { dropBusinessAddresses } from './addressBusiness';
import {
  detectAskedNumberCommaStreets,
  detectCuedStreetsWithoutType,
  detectStreetsThenNumber,
} from './addressCuedStreets';
import { detectCuedLowerCaseStreets, detectLowerCaseRomanceStreets, detectLowerCaseStreets } from './addressLowerCase';
import { detectLowerCaseCompoundStreets } from './addressLowerCompounds';
import { detectPostcodes } from './addressPostcodes';
import { detectSpokenStreets } from './addressSpoken';
import { detectStreets } from './addressStreets';
import { extendUnits } from './addressUnits';

export { TENS_WORDS } from './addressSpoken';
export { mayHaveGermanPrepositionStreet } from './addressStreets';
export { STREET_CUE_WORDS, STREET_SUFFIX_WORDS } from './addressWords';

/** `spoken`: whether the text holds digits said as words (the pre-pass tells), so a spoken house number can exist. */
export function detectAddresses(text: string, spoken = true): PiiSpan[] {
  const spans: PiiSpan[] = [];
  detectStreets(text, spans);
  detectCuedLowerCaseStreets(text, spans);
  detectStreetsThenNumber(text, spans);
  detectCuedStreetsWithoutType(text, spans);
  detectAskedNumberCommaStreets(text, spans);
  if (spoken) detectSpokenStreets(text, spans);
  detectLowerCaseRomanceStreets(text, spans);
  detectLowerCaseStreets(text, spans);
  detectLowerCaseCompoundStreets(text, spans);
  extendUnits(text, spans);
  dropBusinessAddresses(text, spans);
  spans.sort((a, b) => a.start - b.start);
  detectPostcodes(text, spans);
  return spans;
}
