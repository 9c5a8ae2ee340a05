/**
 * A possessive name alone ("Gwendolyn's account", "Ngozi's husband"): a person's when a relative is owned, or a
 * thing that "she" or "he" is said of next.
 */
import type { Hit } from './nameWordKinds';

/** What a possessive name alone is said of: "Gwendolyn's account", "Siobhan's husband". */
export const OWNED_AFTER =
  /^\s+(?:phone|mobile|number|account|card|name|email|address|details|bill|order|parcel|booking|policy|contract|car|house|flat|birthday|husband|wife|partner|mum|mom|dad|son|daughter|brother|sister|boyfriend|girlfriend|landlord|boss|line|father|mother|grandmother|grandfather|grandson|granddaughter|aunt|uncle|cousin|carer|friend|colleague|neighbou?r)(?![A-Za-z])/;
/** A relative owned: "Adaeze's husband". */
const RELATIVE_OWNED_AFTER =
  /^\s+(?:husband|wife|partner|mum|mom|dad|son|daughter|brother|sister|boyfriend|girlfriend|father|mother|grandmother|grandfather|grandson|granddaughter|aunt|uncle|cousin|carer|fiancée?)(?![A-Za-z])/;
/** "she's", "he is", "she was", "her", "his": the owner called "she" or "he" in the rest of the sentence. */
const HE_OR_SHE_LATER = /^[^.!?\n]{0,40}?[\s,;]+(?:she|he)(?:['’]s|\s+(?:is|was|has|had))(?![A-Za-z])/;
export function isPersonsOwn(text: string, hit: Hit): boolean {
  const after = text.slice(hit.end + 2, hit.end + 2 + 64);
  if (RELATIVE_OWNED_AFTER.test(after)) return true;
  return OWNED_AFTER.test(after) && HE_OR_SHE_LATER.test(after);
}
