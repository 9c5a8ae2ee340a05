/**
 * A name whose spelling an agent asks or confirms: "is that Marek or Mark?", "Marek, with an e".
 */
import * as bareNameHits from './bareNameHits';
import type { Hit } from './nameWordKinds';

/** Read once: under tsx every use of an imported binding is a getter call, and these run for every capitalised word. */
const { KIND } = bareNameHits;

/** An agent checking a spelling: "is that Marek or Mark?", "was it Steven with a v?". */
const CHOICE_BEFORE = /(?:^|[^A-Za-z])(?:is|was) (?:that|it)\s+$/i;
const OR_BETWEEN = /^\s+or\s+$/;
const QUESTION_AFTER = /^\s*\?/;
/** "Marek, with an e", "Ann with two n's": a name told apart by a letter. */
const WITH_LETTER = /^,?\s+with (?:an?|two|double|one) [A-Za-z](?:['’]?s)?(?![A-Za-z])/i;
/**
 * Whether `hits[i]` is a name whose spelling is asked or confirmed: the index of the other name offered ("is that Marek
 * or Mark?", one of the two a name that is no word), 0 for a name told apart by a letter, -1 otherwise.
 */
export function spellingChoice(text: string, hits: readonly Hit[], i: number): number {
  const first = hits[i];
  const other = hits[i + 1];
  // Native tests first: most capitalised words have neither " or " nor " with " right after them.
  if (
    other &&
    text.startsWith(' or ', first.end) &&
    other.kind <= KIND.AmbiguousGiven &&
    (first.kind === KIND.Clean || other.kind === KIND.Clean) &&
    OR_BETWEEN.test(text.slice(first.end, other.start)) &&
    QUESTION_AFTER.test(text.slice(other.end, other.end + 4)) &&
    CHOICE_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))
  )
    return i + 1;
  if (
    first.kind !== KIND.Ambiguous &&
    (text.startsWith(' with ', first.end) || text.startsWith(', with ', first.end)) &&
    WITH_LETTER.test(text.slice(first.end, first.end + 24))
  )
    return 0;
  return -1;
}
