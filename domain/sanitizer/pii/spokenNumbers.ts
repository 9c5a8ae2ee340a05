/**
 * Numbers said as words ("four one one one ...", "double five", "415 five five five 0132"), which voice transcripts
 * produce: the pairs readers of each language first, then one walk over the words that gathers each run of digit
 * words; a run is classified by the same validators as written digits (spokenNumberKinds.ts), or an account number
 * or a short birth date after its cue. An unvalidated run stays.
 */
import { followsAccountCue, type AccountNumberRules } from './accountNumber';
import { groupByFirstCharacter as grouped } from './alternation';
import { allMatches } from './allMatches';
import { detectEnglishPairs } from './englishPairs';
import { detectFrenchPairs } from './frenchPairs';
import { detectGermanPairs } from './germanPairs';
import { LETTER } from './letters';
import { detectSpanishGroups } from './spanishPairs';
import { DIGIT_WORDS, REPEAT_WORDS, SPOKEN_DIGIT_ALTERNATION } from './spokenDigits';
import type { PiiSpan } from './types';
import { followsBirthFieldCue } from './birthDateCues';
import { isShortDateDigits } from './birthDateDigits';
import * as gaps from './spokenDigitGaps';
import { classifySpoken, internationalPlus } from './spokenNumberKinds';

/** Read once: under tsx every use of an imported binding is a getter call, and these are asked at every word. */
const { BETWEEN_SPOKEN_DIGITS, HESITATION, isPortugueseOne, nextWord } = gaps;

/** Written digits are the written detectors' job: a run is made of spelled-out digits only. */
const WORD = new RegExp(`[${LETTER}]+|\\d+`, 'g');
const MIN_SPOKEN_DIGITS = 7;

/**
 * Seven spoken digits take at least five words ("triple one triple two one"): rarer than "one moment". Every digit
 * word starts and ends with an ASCII letter ("zéro", "três", "fünf"), so a word boundary bounds them.
 */
const SPOKEN_WORD = `\\b(?:${grouped(`${SPOKEN_DIGIT_ALTERNATION}|oh|o|um|hundred`, true)})\\b[\\s,.-]*`;
/**
 * The same as `(?:word){5}`, its first word written out: irregexp then looks for where a first word can start before
 * it tries a run there, and the test costs a third to a half of what the quantified group alone cost on a turn with
 * no run (the bench's "after five" and "one moment" turns with their context: 1.2-3.3 us -> 0.4-1.3).
 */
const SPOKEN_RUN = new RegExp(`${SPOKEN_WORD}(?:${SPOKEN_WORD}){4}`, 'i');

/** A digit word beside a written digit group ("415 five five five", "four one five 555"): a number said both ways. */
const DIGIT_WORD = grouped(SPOKEN_DIGIT_ALTERNATION, true);
const MIXED_DIGITS = new RegExp(`\\d[\\s,-]+(?:${DIGIT_WORD})\\b|\\b(?:${DIGIT_WORD})[\\s,-]+\\d`, 'i');
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

export function detectSpokenDigits(text: string, region = 'US', accountNumbers?: AccountNumberRules): PiiSpan[] {
  // "zéro six, douze, trente-quatre, ...": a French number said in pairs.
  const spans: PiiSpan[] = detectFrenchPairs(text);
  // "seis cero cero, doce, treinta y cuatro, cincuenta y seis": a Spanish number said in three digits and pairs.
  spans.push(...detectSpanishGroups(text));
  // "null eins fünf eins, zwölf, vierunddreißig, ...": a German number with pairs.
  spans.push(...detectGermanPairs(text));
  // "plus thirty three six twelve thirty four ...": an international number with digits said in pairs, in English.
  spans.push(...detectEnglishPairs(text));
  const mixed = MIXED_DIGITS.test(text);
  if (!mixed && !SPOKEN_RUN.test(text)) return spans; // most turns: no walk over every word
  let run: { start: number; end: number; digits: string; spoken: boolean } | undefined;
  let repeat = 1; // "double five" = "55", "triple oh" = "000"
  let lastWord = '';
  const flush = (): void => {
    const account =
      run && run.spoken ? spokenAccountNumber(text, run.start, run.end, run.digits, accountNumbers) : undefined;
    if (account) spans.push(account);
    else if (run && run.spoken && run.digits.length < MIN_SPOKEN_DIGITS) {
      const date = shortSpokenBirthDate(text, run.start, run.end, run.digits);
      if (date) spans.push(date);
    } else if (run && run.spoken) {
      const plus = internationalPlus(text, run.start, run.digits);
      const type = plus < 0 ? classifySpoken(text, run.start, run.end, run.digits, region, accountNumbers) : 'PHONE';
      if (type)
        spans.push({
          type,
          start: plus < 0 ? run.start : plus,
          end: run.end,
          canonical: plus < 0 ? run.digits : `+${run.digits}`,
        });
    }
    run = undefined;
    repeat = 1;
  };
  for (const m of allMatches(WORD, text)) {
    const word = m[0].toLowerCase();
    const end = m.index + m[0].length;
    const digit =
      DIGIT_WORDS[word] ?? (word === 'um' && isPortugueseOne(lastWord, () => nextWord(text, end)) ? '1' : undefined);
    const joined = run !== undefined && BETWEEN_SPOKEN_DIGITS.test(text.slice(run.end, m.index));
    if (!joined) flush();
    if (REPEAT_WORDS[word] !== undefined) {
      run ??= { start: m.index, end, digits: '', spoken: true };
      run.end = end;
      repeat = REPEAT_WORDS[word];
    } else if (word === 'hundred' && run?.spoken && repeat === 1 && DIGIT_WORDS[lastWord] !== undefined) {
      // "oh seven seven hundred, nine hundred, ...": a digit and "hundred" said for the digit and two zeros.
      run.end = end;
      run.digits += '00';
    } else if (digit !== undefined && (run || word !== 'o')) {
      run ??= { start: m.index, end, digits: '', spoken: true };
      run.end = end;
      run.spoken = true;
      run.digits += digit.repeat(repeat);
      repeat = 1;
    } else if (mixed && repeat === 1 && m[0].length <= 4 && isDigitCode(m[0].charCodeAt(0))) {
      // "415 five five five 0132": written groups inside a number said in words (a run of written digits alone is the
      // written detectors').
      run ??= { start: m.index, end, digits: '', spoken: false };
      run.end = end;
      run.digits += m[0];
    } else if (!(run && HESITATION.test(word))) flush(); // a hesitation waits for the next word
    lastWord = word;
  }
  flush();
  return spans;
}

/**
 * Letters read out before the digits of a reference, each maybe with its spelling word ("a as in alpha", "b for
 * bravo") or a said dash: "policy number is a as in alpha four four seven ...", "member id is c k seven seven ...".
 */
const LETTERS_BEFORE = /(?<![\p{L}'’])(?:[a-z](?:\s+(?:as in|for|like)\s+[a-z]+)?[\s,]+(?:dash[\s,]+)?){1,4}$/iu;

/**
 * A number said after an account cue that the other readings leave: shorter than a phone (five or six digits, "policy
 * number is four four seven nine two one"), or after letters read out, which the span takes in. Digits said with no
 * cue, or after another number's ("order number is four four seven one two"), stay with the other readings.
 */
function spokenAccountNumber(
  text: string,
  start: number,
  end: number,
  digits: string,
  accountNumbers: AccountNumberRules | undefined,
): PiiSpan | undefined {
  if (digits.length < 4) return undefined;
  const letters = LETTERS_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  const from = letters ? start - letters[0].length : start;
  if (!letters && (digits.length < 5 || digits.length >= MIN_SPOKEN_DIGITS)) return undefined;
  if (!followsAccountCue(text, from, accountNumbers)) return undefined;
  return { type: 'ACCOUNT_NUMBER', start: from, end, canonical: text.slice(from, end).toLowerCase() };
}

/**
 * A birth date read out digit by digit in six digits, day, month and year ("date of birth is one four oh three eight
 * six"), after a field cue (a run too short for any other number; four digits and a year in words: birthDateDigits.ts).
 */
function shortSpokenBirthDate(text: string, start: number, end: number, digits: string): PiiSpan | undefined {
  if (digits.length !== 6 || !isShortDateDigits(digits) || !followsBirthFieldCue(text, start)) return undefined;
  return { type: 'DATE_OF_BIRTH', start, end, canonical: digits };
}
