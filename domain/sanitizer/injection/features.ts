/**
 * Features of one folded text, shared by training and screening so they can never drift apart:
 * hashed character n-grams (3 to 5, within words), word unigrams and bigrams, and the intent classes of
 * each word. The text is cut into overlapping token windows; each window is scored on its own, so an
 * attack inside a long, friendly transcript is not diluted by everything around it.
 */
import { intentSignals, signalIndex, SIGNAL_SLOTS } from './families';
import { classesAt, INTENT_CLASSES } from './lexicon';

export const HASH_BITS = 17;
const HASH_MASK = (1 << HASH_BITS) - 1;
const CLASS_COUNT = INTENT_CLASSES.length;
/**
 * Dense part: one slot per class and per unordered pair of classes seen in the same window, then one per
 * ordered pair of classes within NEAR words ("ignore ... instructions", "you ... now").
 */
export const DENSE_SIZE = 2 * CLASS_COUNT * CLASS_COUNT + SIGNAL_SLOTS;
const NEAR = 3;
export const WINDOW_TOKENS = 48;
const WINDOW_STRIDE = 24;
/** Longer "words" are blobs (keys, encodings, a 200 KB run): one shared token, so their noise is not learned. */
const MAX_WORD = 24;
const LONG_TOKEN = 'zzlongtoken';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x9e3779b1;
const BIGRAM_SEED = 0x85ebca6b;

function hashString(word: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

export interface TextFeatures {
  words: string[];
  /** Intent-class bit set per word. */
  classBits: Int32Array;
  /** Hashed feature indices of word i are hashed[offsets[i]..offsets[i+1]). */
  offsets: Int32Array;
  hashed: Int32Array;
}

const WORD = /[a-z0-9]+/g;

export function textFeatures(folded: string): TextFeatures {
  const words = folded.match(WORD)?.map((w) => (w.length > MAX_WORD ? LONG_TOKEN : w)) ?? [];
  const classBits = new Int32Array(words.length);
  const offsets = new Int32Array(words.length + 1);
  let size = 0;
  for (const w of words) size += 3 * (w.length + 2) + 2;
  const hashed = new Int32Array(size);
  let n = 0;
  let previous = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    classBits[i] = classesAt(words, i);
    offsets[i] = n;
    // Character n-grams of " word " (3, 4 and 5 long), hashed incrementally from each start position.
    const padded = ` ${word} `;
    for (let start = 0; start + 3 <= padded.length; start++) {
      let h = FNV_OFFSET;
      for (let k = 0; k < 5 && start + k < padded.length; k++) {
        h = Math.imul(h ^ padded.charCodeAt(start + k), FNV_PRIME);
        if (k >= 2) hashed[n++] = ((h >>> 0) ^ k) & HASH_MASK;
      }
    }
    const wordHash = hashString(word, WORD_SEED);
    hashed[n++] = wordHash & HASH_MASK;
    hashed[n++] = (Math.imul(previous ^ BIGRAM_SEED, FNV_PRIME) ^ wordHash) & HASH_MASK;
    previous = wordHash;
  }
  offsets[words.length] = n;
  return { words, classBits, offsets, hashed: hashed.subarray(0, n) };
}

export interface TokenWindow {
  from: number;
  to: number;
}

/** Overlapping windows covering every word; a short text is one window. */
export function tokenWindows(wordCount: number): TokenWindow[] {
  if (wordCount <= WINDOW_TOKENS) return [{ from: 0, to: wordCount }];
  const windows: TokenWindow[] = [];
  for (let from = 0; ; from += WINDOW_STRIDE) {
    const to = Math.min(from + WINDOW_TOKENS, wordCount);
    windows.push({ from, to });
    if (to === wordCount) return windows;
  }
}

/** The classes present in a window, as a bit set. */
export function windowClasses(features: TextFeatures, window: TokenWindow): number {
  let bits = 0;
  for (let i = window.from; i < window.to; i++) bits |= features.classBits[i];
  return bits;
}

const classList = (bits: number): number[] => {
  const present: number[] = [];
  for (let c = 0; c < CLASS_COUNT; c++) if (bits & (1 << c)) present.push(c);
  return present;
};

/**
 * Dense indices of a window, each once: class c alone at c*C+c, the pair (a<b) at a*C+b, and the ordered
 * near pair (a then b) at C*C + a*C+b.
 */
export function denseIndices(features: TextFeatures, window: TokenWindow): number[] {
  const present = classList(windowClasses(features, window));
  const out = new Set<number>();
  for (let a = 0; a < present.length; a++) {
    for (let b = a; b < present.length; b++) out.add(present[a] * CLASS_COUNT + present[b]);
  }
  const bits = features.classBits;
  for (let i = window.from; i < window.to; i++) {
    if (bits[i] === 0) continue;
    for (let j = i + 1; j < Math.min(i + 1 + NEAR, window.to); j++) {
      if (bits[j] === 0) continue;
      for (const a of classList(bits[i])) for (const b of classList(bits[j])) out.add(CLASS_COUNT * CLASS_COUNT + a * CLASS_COUNT + b);
    }
  }
  // The named intent signals, and how many fire together, as features of their own.
  const signals = intentSignals(windowClasses(features, window));
  const base = 2 * CLASS_COUNT * CLASS_COUNT;
  for (const s of signals) out.add(base + signalIndex(s));
  out.add(base + SIGNAL_SLOTS - 3 + Math.min(signals.length, 2));
  return [...out];
}
