/**
 * Synonym swaps from the screen's own lexicon: a training line is also seen with some of its intent words
 * replaced by other words of exactly the same classes ("ignore your rules" -> "disregard your guidelines"),
 * so the n-gram weights spread over a class's vocabulary instead of the few words the templates happen to
 * use. A phrasing with a synonym no template uses then still meets n-gram evidence.
 */
import { wordBits, wordsWithBits } from '../../domain/sanitizer/injection/lexicon';
import type { Rng } from './types';

/** Share of the intent words swapped in each copy (cross-validated over the training families: 0.3 > 0.6). */
const SWAP_SHARE = 0.3;

const sameClasses = new Map<number, string[]>();

export function withSynonyms(text: string, r: Rng, share = SWAP_SHARE): string {
  return text.replace(/[A-Za-z]+/g, (word) => {
    const bits = wordBits(word.toLowerCase());
    if (bits === 0 || r() >= share) return word;
    let choices = sameClasses.get(bits);
    if (!choices) {
      choices = wordsWithBits(bits);
      sameClasses.set(bits, choices);
    }
    return choices.length > 1 ? choices[Math.floor(r() * choices.length)] : word;
  });
}
