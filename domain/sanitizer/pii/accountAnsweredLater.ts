/**
 * An account number asked for, then given after a clarifying exchange: "Agent: what's the account number? Customer:
 * the old one or the new one? Agent: the new one. Customer: 4471 2290." The value is the whole of a later turn, no
 * digit comes between the question and it, and nothing in between names another number ("the order number then?",
 * "can I give you my phone instead?").
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { CARD_THEN_NUMBER, cueAlternation, type AccountNumberRules } from './accountNumber';
import { ENOUGH_DIGITS, LOWER_CASE_START } from './accountCueAfter';
import { LETTER } from './letters';
import { overlapsInOrder } from './overlap';
import { SPEAKER } from './birthDateShapes';
import type { PiiSpan } from './types';

const SPEAKERS = `(?:${SPEAKER}|klant|agente)`;
/** What may open the answer: "it's", "yes", "sure", "ok", "es", "c'est", "ist", "é". */
const OPENING = "(?:(?:it['’]s|it is|yes|yeah|sure|ok|okay|so|right|es|c['’]est|ist|é)[,.]?\\s+)?";
/** Another number or detail named between the question and the answer claims the answer. */
const OTHER_NUMBER =
  /\b(?:order|tracking|invoice|reference|ref|ticket|case|booking|confirmation|phone|mobile|postcode|zip|card|how many|count|quantity|amount|total|price|items?|pedido|factura|commande|facture|bestell\w*|rechnung|ordine|fattura|encomenda|fatura|factuur|teléfono|téléphone|telefon|telefone|telefono)\b/i;

const patterns = new WeakMap<AccountNumberRules, RegExp>();
function patternFor(rules: AccountNumberRules): RegExp {
  let pattern = patterns.get(rules);
  if (!pattern) {
    const shapes = rules.shapes.map((s) => `(?:${s})`).join('|');
    pattern = new RegExp(
      `(?<![${LETTER}\\d])(?:${grouped(cueAlternation(rules), true)})(${CARD_THEN_NUMBER})?(?=[^\\d\\n?]{0,40}\\?)([^\\d]{0,160}?\\s)${SPEAKERS}\\s*:\\s*${OPENING}((?:${shapes}))(?=\\s*[.!]?\\s*(?:$|\\n|${SPEAKERS}\\s*:))`,
      'dgi',
    );
    patterns.set(rules, pattern);
  }
  return pattern;
}

const NUMBER_IN_CUE = /nummer|n[uú]m[eé]ro|number|(?<![a-z])(?:id|nr)(?![a-z])/i;
const LABEL = new RegExp(`${SPEAKERS}\\s*:`, 'i');

export function detectAccountNumbersAnsweredLater(text: string, rules: AccountNumberRules, spans: PiiSpan[]): void {
  const overlaps = overlapsInOrder(spans);
  for (const m of allMatches(patternFor(rules), text)) {
    const [start, end] = m.indices![3];
    // The number asked for ("the account number?", "Kundennummer?"), not the account ("do you have your account?").
    if (m[1] === undefined && !NUMBER_IN_CUE.test(text.slice(m.index, m.indices![2][0]))) continue;
    const gap = text.slice(m.indices![2][0], m.indices![2][1]);
    // A turn between the question and the answer, none naming another number.
    if (!LABEL.test(gap) || OTHER_NUMBER.test(gap)) continue;
    // The last question was the caller's, answered before the number ("the old one or the new one? Agent: the new
    // one."): a question of the agent's last ("how many items?") is what the number answers.
    if (!LABEL.test(gap.slice(gap.lastIndexOf('?') + 1))) continue;
    const value = m[3];
    if (LOWER_CASE_START.test(value) || !ENOUGH_DIGITS.test(value)) continue;
    if (overlaps(start, end)) continue;
    spans.push({ type: 'ACCOUNT_NUMBER', start, end, canonical: value.toUpperCase().replace(/[\s-]/g, '') });
  }
}
