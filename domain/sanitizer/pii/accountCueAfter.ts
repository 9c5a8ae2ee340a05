/**
 * An account number whose cue is not right before it: named after it, or asked second of two things answered in turn.
 * An account number with its cue after it: "55820174, that's my policy number", "AB-773-21-X is the contract number",
 * "3309 1128 75, that's the policy", "2009 4471 83 ist meine Kundennummer", "c'est mon numéro client", "é o meu número
 * de sócio", "is mijn klantnummer". The cue words and number shapes are the deployment's (accountNumber.ts).
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { CARD_THEN_NUMBER, cueAlternation, type AccountNumberRules } from './accountNumber';
import { isReferenceNumber } from './context';
import { LETTER } from './letters';
import { overlapsInOrder } from './overlap';
import { SPEAKER } from './birthDateShapes';
import type { PiiSpan } from './types';

/** "that's", "which is", "es", "c'est", "ist", "é", "è", "dat is": the number named by what follows. */
const NAMING_VERB = "(?:(?:that|this|which|it|das|dat)\\s*(?:['’]s|is|ist)|c['’]est|is|was|es|era|est|ist|é|è)";
/** The cue's possessive or article: "my", "the", "mi", "mon", "meine", "o meu", "il mio", "mijn", two at most. */
const DETERMINERS =
  '(?:(?:my|the|our|his|her|their|your|mi|su|tu|el|la|mon|ma|le|votre|notre|meine?|die|der|unsere|ihre|o|a|meu|minha|seu|sua|il|mio|mia|mijn|het|de|onze)\\s+){0,2}';
/** The cue closes its clause: "... that's my policy number." or "... the policy, it's on the letter" (not "account balance"). */
const CLAUSE_END = `(?=\\s*(?:[.,;:!?)]|$|(?:and|but|y|pero|et|mais|und|aber|e|mas|ma|en|maar)(?![${LETTER}])))`;

type Patterns = { phrase: RegExp; phraseAt: RegExp; value: RegExp; askedSecond: RegExp };
const patterns = new WeakMap<AccountNumberRules, Patterns>();
function patternsFor(rules: AccountNumberRules): Patterns {
  let built = patterns.get(rules);
  if (!built) {
    const phrase = `(?:\\s*,\\s*|\\s+)${NAMING_VERB}\\s+${DETERMINERS}(?:${grouped(cueAlternation(rules), true)})${CARD_THEN_NUMBER}?(?![${LETTER}\\d])${CLAUSE_END}`;
    built = {
      phrase: new RegExp(`(?<=[\\d${LETTER}])${phrase}`, 'gi'),
      phraseAt: new RegExp(phrase, 'iy'),
      // Case kept: a letter prefix is upper case ("AB-773-21-X"), so "is 3309 ..." is no prefix and the value.
      value: new RegExp(`(?<![${LETTER}\\d-])(?:${rules.shapes.map((s) => `(?:${s})`).join('|')})$`),
      askedSecond: new RegExp(
        `(?<![${LETTER}])(?:and|y|et|und|e|en)\\s+${DETERMINERS}(?:${grouped(cueAlternation(rules), true)})${CARD_THEN_NUMBER}?[^?\\d\\n:]{0,20}?[?.]?\\s*(?:${SPEAKER}|klant)\\s*:\\s*[^\\n?]{1,40}?\\s(?:and|y|et|und|e|en)\\s+(?:it['’]?s\\s+)?((?:${rules.shapes.map((s) => `(?:${s})`).join('|')}))(?![${LETTER}\\d]|-[${LETTER}\\d])`,
        'dgi',
      ),
    };
    patterns.set(rules, built);
  }
  return built;
}

/** At least five digits, or four with a letter: "2019, that's my account" is a year. */
export const ENOUGH_DIGITS = /^(?:\D*\d){5}|^(?=.*[A-Z])(?:\D*\d){4}/;
/** Money before the number: "£2500, that's my account" is a balance. */
const MONEY_BEFORE = /[$€£¥]\s?$/;
/** Cheap test for the phrase's verbs before the scan. */
const MAY_NAME_AFTER = new RegExp(`['’]s|(?<![${LETTER}])(?:is|was|es|era|est|ist|é|è)(?![${LETTER}])`, 'i');

/** Whether the cue phrase starts at `end`: "five five eight ..., that's my policy number" (a number said in words). */
export function precedesAccountCue(text: string, end: number, rules: AccountNumberRules): boolean {
  const { phraseAt } = patternsFor(rules);
  phraseAt.lastIndex = end;
  return phraseAt.test(text);
}

export function detectAccountNumbersCuedAfter(text: string, rules: AccountNumberRules, spans: PiiSpan[]): void {
  if (SECOND_ANSWER.test(text)) answeredSecond(text, rules, spans);
  if (!MAY_NAME_AFTER.test(text)) return;
  const { phrase, value } = patternsFor(rules);
  const overlaps = overlapsInOrder(spans);
  for (const m of allMatches(phrase, text)) {
    const from = Math.max(0, m.index - 40);
    const found = value.exec(text.slice(from, m.index));
    if (!found) continue;
    const start = from + found.index;
    const number = found[0];
    if (!ENOUGH_DIGITS.test(number) || MONEY_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    // "order 4402 8891 is the one on my account": a business reference named before the number keeps it.
    if (isReferenceNumber(text, start)) continue;
    if (overlaps(start, m.index)) continue;
    spans.push({
      type: 'ACCOUNT_NUMBER',
      start,
      end: m.index,
      canonical: number.toUpperCase().replace(/[\s-]/g, ''),
    });
  }
}

/**
 * Two things asked and answered in turn: "date of birth and policy number please. Customer: 12 August 1970 and
 * PLC-4471-02". The second answer after "and" is the number (its shape is the deployment's; a letter prefix is upper
 * case, as above, checked on the match: the speaker's label and the cue are matched whatever their case).
 */
function answeredSecond(text: string, rules: AccountNumberRules, spans: PiiSpan[]): void {
  const overlaps = overlapsInOrder(spans);
  for (const m of allMatches(patternsFor(rules).askedSecond, text)) {
    const [start, end] = m.indices![1];
    const number = m[1];
    if (LOWER_CASE_START.test(number) || !ENOUGH_DIGITS.test(number)) continue;
    if (overlaps(start, end)) continue;
    spans.push({ type: 'ACCOUNT_NUMBER', start, end, canonical: number.toUpperCase().replace(/[\s-]/g, '') });
  }
}
export const LOWER_CASE_START = /^[a-z]/;
/** A speaker's label after an "and": the cheap test before the pattern. */
const SECOND_ANSWER = /\b(?:and|y|et|und|e|en)\s[^:]{3,80}:/i;
