/**
 * Features of one folded text, shared by training and screening so they can never drift apart:
 * hashed character n-grams (3 to 5, within words), word unigrams and bigrams, and the intent classes of
 * each word. The text is cut into overlapping token windows; each window is scored on its own, so an
 * attack inside a long, friendly transcript is not diluted by everything around it.
 */
import { intentSignals, signalIndex, SIGNAL_SLOTS } from './families';
import {
  applyNeutralPhrasesAt,
  classBit,
  INTENT_CLASSES,
  phraseBitsAt,
  phraseOpenings,
  type PhraseOpenings,
  TURN_BREAK,
  wordBits,
} from './lexicon';
import { OWNED_DATA } from './ownedData';
import { READING_TRIGGERS, runReadings } from './readings';
import { detached } from '../detached';

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

/**
 * A copy in this module: under tsx (how the worker and the bench run) every read of an imported binding is two
 * getter calls, and the per-word loops below read it once a word (about 7% of the screen in a profile).
 */
const TURN_BREAK_WORD: string = TURN_BREAK;
/** Copies for the same reason: the feature scan calls them for most words (their getter was about 1.4% of the screen). */
const phraseBitsAtWord = phraseBitsAt;
const applyNeutralPhrasesAtWord = applyNeutralPhrasesAt;

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
  /** Per word: its cached features (n-gram hashes, classes). */
  perWord: WordFeatures[];
  /** Per word: the hash of the bigram it ends, or -1 where the word adds no n-grams (turn break, repeat). */
  bigrams: Int32Array;
  /** Intent-class bit set per word. */
  classBits: Int32Array;
  /** 1 where the word repeats one of the WINDOW_TOKENS words before it: it adds no n-grams and no near pairs. */
  repeated: Uint8Array;
  /** Hashed feature indices of word i are hashed[offsets[i]..offsets[i+1]). */
  offsets: Int32Array;
  hashed: Int32Array;
  /** The indices of the words that begin a sentence after the first (ascending): see `sentencesOf`. */
  sentenceStarts: number[];
}

export interface WordFeatures {
  word: string;
  /** Intent classes of the word alone. */
  bits: number;
  /** The lexicon's phrases that may start at this word (undefined for most words). */
  openings: PhraseOpenings | undefined;
  /** How many hashed features the word adds: its character n-grams and itself (`wordHashes` writes them). */
  hashCount: number;
  wordHash: number;
  /**
   * The summed weights of `hashes` under the model `summedFor` (set by the scorer): one field read per word,
   * where a WeakMap per model cost a hash lookup for every word of every transcript.
   */
  summedFor: object | undefined;
  hashedSum: number;
  /** The readings of customer talk that this word can set off (READING_TRIGGERS), so a text without one skips them. */
  readings: number;
}

/**
 * The hashes of the character n-grams of " word " (3, 4 and 5 long, hashed incrementally from each start position),
 * then of the word itself, written into `into` from `at`; returns the index after the last. Written on demand, not
 * kept on the word: the screen needs each word's summed weights once, and a typed array (and a closure, which tsx
 * names at every call) per new word was half of a first screen of a text of new words (10,000 phone numbers).
 */
export function wordHashes(features: WordFeatures, into: Int32Array, at = 0): number {
  const word = features.word;
  const length = word.length + 2;
  let n = at;
  for (let start = 0; start + 3 <= length; start++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < 5 && start + k < length; k++) {
      const i = start + k;
      h = Math.imul(h ^ (i === 0 || i === length - 1 ? 32 : word.charCodeAt(i - 1)), FNV_PRIME);
      if (k >= 2) into[n++] = ((h >>> 0) ^ k) & HASH_MASK;
    }
  }
  into[n++] = features.wordHash & HASH_MASK;
  return n;
}
/** The most hashes `wordHashes` writes for one word (words are at most MAX_WORD long, LONG_TOKEN shorter). */
export const MAX_WORD_HASHES = 3 * (MAX_WORD + 2) + 1;
/** How many n-grams " word " has for a word of `length` characters: 3 from each start but the last two. */
const ngramCount = (length: number): number => (length === 1 ? 1 : 3 * length - 3);

/** `wordHash`: hashString(word, WORD_SEED), already computed by the scan that found the word. */
function wordFeatures(word: string, wordHash: number): WordFeatures {
  return {
    word,
    bits: wordBits(word),
    openings: phraseOpenings(word),
    hashCount: ngramCount(word.length) + 1,
    wordHash,
    summedFor: undefined,
    hashedSum: 0,
    readings: READING_TRIGGERS.get(word) ?? 0,
  };
}

/**
 * Transcripts repeat their words: each distinct word is hashed once, in a table keyed by the word's own hash
 * (bounded, so no input grows it forever). The screen finds a word there straight from the characters of
 * the text, with no substring cut and no string hashed again for a Map.
 */
const WORD_CACHE_LIMIT = 50_000;
const TABLE_BITS = 17; // more than twice WORD_CACHE_LIMIT slots, so probes stay short
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Filled by push: `new Array(n)` this large would be a dictionary, not an array, to V8. */
const emptyTable = (): (WordFeatures | undefined)[] => {
  const slots: (WordFeatures | undefined)[] = [];
  for (let i = 0; i <= TABLE_MASK; i++) slots.push(undefined);
  return slots;
};
let table = emptyTable();
let cached = 0;

const sameWord = (entry: WordFeatures, text: string, start: number, end: number): boolean => {
  const word = entry.word;
  return word.length === end - start && text.startsWith(word, start);
};

/** The features of text[start..end), whose hashString(.., WORD_SEED) is `hash`, from the table or made. */
function wordAt(text: string, start: number, end: number, hash: number): WordFeatures {
  let slot = hash & TABLE_MASK;
  for (let entry = table[slot]; entry; entry = table[slot]) {
    if (entry.wordHash === hash && sameWord(entry, text, start, end)) return entry;
    slot = (slot + 1) & TABLE_MASK;
  }
  if (cached >= WORD_CACHE_LIMIT) {
    table = emptyTable();
    cached = 0;
    slot = hash & TABLE_MASK;
  }
  // Detached: the table outlives the transcript, and a slice of it would keep the whole text alive.
  const features = wordFeatures(detached(text.slice(start, end)), hash);
  table[slot] = features;
  cached++;
  return features;
}

/** ".", "!" and "?": the marks that end a sentence when a space follows. */
const SENTENCE_END = new Uint8Array(128);
for (const mark of '.!?') SENTENCE_END[mark.charCodeAt(0)] = 1;
/** ASCII letters and digits: the characters of a word (`/[a-z0-9]+/` on folded text). */
const WORD_CHAR = new Uint8Array(128);
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = 1;
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = 1;
const WORD_HASH_START = (FNV_OFFSET ^ WORD_SEED) >>> 0;

/**
 * The words of folded text (what `match(/[a-z0-9]+/g)` gives, a blob longer than MAX_WORD as LONG_TOKEN),
 * each with its features: one scan that hashes each word as it reads it.
 */
function wordsOf(folded: string): { words: string[]; perWord: WordFeatures[]; sentenceStarts: number[] } {
  const words: string[] = [];
  const perWord: WordFeatures[] = [];
  const sentenceStarts: number[] = [];
  const length = folded.length;
  let ended = false;
  for (let i = 0; i < length;) {
    let code = folded.charCodeAt(i);
    if (code >= 128 || WORD_CHAR[code] === 0) {
      // a full stop, "!" or "?" before a space ends a sentence ("sarah.k", "3.5" and "...," do not)
      if (code < 128 && SENTENCE_END[code] === 1 && (i + 1 >= length || folded.charCodeAt(i + 1) === 32)) ended = true;
      i++;
      continue;
    }
    if (ended && words.length > 0) sentenceStarts.push(words.length);
    ended = false;
    const start = i;
    let h = WORD_HASH_START;
    do {
      h = Math.imul(h ^ code, FNV_PRIME);
      code = ++i < length ? folded.charCodeAt(i) : 0;
    } while (code < 128 && WORD_CHAR[code] === 1);
    // A blob takes no path of its own (its features are a constant): code never run before in the optimized scan
    // (a call, a property read) would throw the scan away the first time a 200 KB word arrives, and the next long
    // text would be read unoptimized.
    const features = i - start > MAX_WORD ? longTokenFeatures : wordAt(folded, start, i, h >>> 0);
    words.push(features.word);
    perWord.push(features);
  }
  return { words, perWord, sentenceStarts };
}

/**
 * Where each word (by hash) was last seen, offset by a per-call base so the array is never cleared. A word
 * repeated within a window adds no n-gram features again: repetition ("ignore the previous" ten thousand
 * times, "ok ok ok") must not multiply the evidence of a few words.
 */
const lastSeen = new Float64Array(1 << HASH_BITS);
let seenBase = 1;

/** `withHashed` false leaves `hashed` empty (offsets still count the features): the screen sums by word. */
export function textFeatures(folded: string, withHashed = true): TextFeatures {
  const { words, perWord, sentenceStarts } = wordsOf(folded);
  return featuresInto(words, perWord, withHashed, perWordArrays(words.length), sentenceStarts);
}

type PerWordArrays = Pick<TextFeatures, 'classBits' | 'repeated' | 'bigrams' | 'offsets'> & {
  /** Per word: the readings it can set off (`WordFeatures.readings`), read by the readings in place of a word lookup. */
  triggers: Int32Array;
};
const perWordArrays = (size: number): PerWordArrays => ({
  classBits: new Int32Array(size),
  triggers: new Int32Array(size),
  repeated: new Uint8Array(size),
  bigrams: new Int32Array(size),
  offsets: new Int32Array(size + 1),
});

const NO_HASHED = new Int32Array(0);

/**
 * Words the screen's reused arrays hold from the start: a 200 KB turn has at most 100,000. Grown in the middle of the
 * first long text, they threw the optimized feature scan away (a first 200 KB screen read its 30,000 words unoptimized
 * and then compiled the scan again: 50 to 70 ms of CPU, against 15 warm). The pages of an array not yet written are
 * not resident (the process's RSS does not grow; V8 counts about 2.6 MB of array buffers, with the model's sums).
 */
export const SCRATCH_WORDS = 1 << 17;

/** The screen's per-word arrays, grown when a text has more words and reused by every call of `screenFeatures`. */
let scratch = perWordArrays(SCRATCH_WORDS);

/**
 * `textFeatures(folded, false)` in arrays reused from call to call (valid until the next call; they may be
 * longer than the text's words): allocating four typed arrays for every reading of every transcript cost
 * more than filling them.
 */
export function screenFeatures(folded: string): TextFeatures {
  const { words, perWord, sentenceStarts } = wordsOf(folded);
  if (scratch.offsets.length <= words.length) scratch = perWordArrays(2 * words.length);
  scratch.classBits.fill(0, 0, words.length);
  scratch.repeated.fill(0, 0, words.length);
  return featuresInto(words, perWord, false, scratch, sentenceStarts);
}

function featuresInto(
  words: string[],
  perWord: WordFeatures[],
  withHashed: boolean,
  { classBits, repeated, bigrams, offsets, triggers }: PerWordArrays,
  sentenceStarts: number[],
): TextFeatures {
  bigrams.fill(-1, 0, words.length);
  let size = 0;
  if (withHashed) for (const w of perWord) size += w.hashCount + 1;
  const hashed = withHashed ? new Int32Array(size) : NO_HASHED;
  let n = 0;
  let previous = 0;
  const base = seenBase + WINDOW_TOKENS;
  seenBase = base + words.length;
  for (let i = 0; i < words.length; i++) {
    offsets[i] = n;
    if (words[i] === TURN_BREAK_WORD) {
      previous = 0;
      continue;
    }
    const { bits, hashCount, wordHash } = perWord[i];
    const openings = perWord[i].openings;
    classBits[i] = openings ? bits | phraseBitsAtWord(words, i, openings) : bits;
    const slot = wordHash & HASH_MASK;
    repeated[i] = lastSeen[slot] > base + i - WINDOW_TOKENS ? 1 : 0;
    lastSeen[slot] = base + i;
    if (!repeated[i]) {
      bigrams[i] = (Math.imul(previous ^ BIGRAM_SEED, FNV_PRIME) ^ wordHash) & HASH_MASK;
      if (withHashed) {
        n = wordHashes(perWord[i], hashed, n);
        hashed[n++] = bigrams[i];
      } else n += hashCount + 1;
    }
    previous = wordHash;
  }
  offsets[words.length] = n;
  let union = 0;
  let readings = 0;
  let sentence = 0;
  for (let i = 0; i < words.length; i++) {
    while (sentence < sentenceStarts.length && sentenceStarts[sentence] <= i) sentence++;
    const openings = perWord[i].openings;
    if (openings?.neutral)
      applyNeutralPhrasesAtWord(words, classBits, i, openings, sentenceStarts[sentence] ?? words.length);
    union |= classBits[i];
    triggers[i] = perWord[i].readings;
    readings |= triggers[i];
  }
  // The readings of customer talk, each run only when a class or a word it reads is in the text at all
  runReadings(words, classBits, union, readings, triggers, sentenceStarts);
  return { words, perWord, bigrams, classBits, repeated, offsets, hashed, sentenceStarts };
}

/** The features every blob shares (made here, after `ngramCount`, which `wordFeatures` reads). */
const longTokenFeatures = wordFeatures(LONG_TOKEN, hashString(LONG_TOKEN, WORD_SEED));

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

/** Windows of each turn (the stretches between turn breaks), so every turn is scored as if alone. */
function segmentWindows(features: TextFeatures): TokenWindow[] {
  const windows: TokenWindow[] = [];
  let start = 0;
  for (let i = 0; i <= features.words.length; i++) {
    if (i < features.words.length && features.words[i] !== TURN_BREAK_WORD) continue;
    if (i > start || windows.length === 0)
      for (const w of tokenWindows(i - start)) windows.push({ from: w.from + start, to: w.to + start });
    start = i + 1;
  }
  return windows;
}

/**
 * The windows worth scoring: a window whose every word repeats the words just before it adds no n-gram
 * and only repeats what an earlier window already scored, so it is skipped (one window always stays).
 */
export function scoredWindows(features: TextFeatures): TokenWindow[] {
  const windows = segmentWindows(features);
  const fresh = windows.filter((w) => features.offsets[w.to] > features.offsets[w.from]);
  return fresh.length > 0 ? fresh : windows.slice(0, 1);
}

/** The classes present in a window, as a bit set. */
export function windowClasses(features: TextFeatures, window: TokenWindow): number {
  let bits = 0;
  for (let i = window.from; i < window.to; i++) bits |= features.classBits[i];
  return bits;
}

/** A sentence this short ("Ignore. The. Rules.") is read with the next one: a full stop does not split a request. */
const SHORT_SENTENCE = 6;

/**
 * The classes of each sentence of a window, as bit sets, a sentence shorter than SHORT_SENTENCE words read with the
 * next (the last with the one before). A long message carries a request in one sentence: "I know you can see the
 * account tools" and, three sentences later, "someone who can explain" ask nothing together.
 */
export function sentenceClasses(features: TextFeatures, window: TokenWindow): number[] {
  const out: number[] = [];
  let bits = 0;
  let words = 0;
  let next = 0;
  const starts = features.sentenceStarts;
  // the first start after the window's first word, by binary search: a 200 KB flood has thousands of sentences
  let high = starts.length;
  while (next < high) {
    const middle = (next + high) >>> 1;
    if (starts[middle] <= window.from) next = middle + 1;
    else high = middle;
  }
  for (let i = window.from; i < window.to; i++) {
    if (next < starts.length && starts[next] === i) {
      next++;
      if (words >= SHORT_SENTENCE) {
        out.push(bits);
        bits = 0;
        words = 0;
      }
    }
    bits |= features.classBits[i];
    words++;
  }
  if (words >= SHORT_SENTENCE || out.length === 0) out.push(bits);
  else out[out.length - 1] |= bits;
  return out;
}

const DATA_BIT = classBit('data');
const classLists = new Map<number, number[]>();
const CLASS_LIST_LIMIT = 4096;
/** The classes in a bit set, as indices (memoized: a text has few distinct sets). */
const classList = (bits: number): number[] => {
  let present = classLists.get(bits);
  if (!present) {
    present = [];
    // The caller's own data is data to the model (only the signals tell it apart).
    const read = bits & OWNED_DATA ? (bits & ~OWNED_DATA) | DATA_BIT : bits;
    for (let c = 0; c < CLASS_COUNT; c++) if (read & (1 << c)) present.push(c);
    if (classLists.size >= CLASS_LIST_LIMIT) classLists.clear();
    classLists.set(bits, present);
  }
  return present;
};

// Dedupes indices without a Set: a slot is taken when it holds the current call's stamp.
const stamps = new Int32Array(DENSE_SIZE);
let stamp = 0;

/**
 * Dense indices of a window, each once: class c alone at c*C+c, the pair (a<b) at a*C+b, the ordered
 * near pair (a then b) at C*C + a*C+b, then the named intent signals.
 */
export function denseIndices(features: TextFeatures, window: TokenWindow): number[] {
  return [...classSetIndices(windowClasses(features, window)), ...nearPairIndices(features, window)];
}

/**
 * The dense indices that depend on the window's class set alone: each class and unordered pair of classes,
 * the named signals and how many fire (all below C*C or from 2*C*C on, so never a near pair's index).
 */
export function classSetIndices(windowBits: number): number[] {
  const out: number[] = [];
  const present = classList(windowBits);
  for (let a = 0; a < present.length; a++) {
    for (let b = a; b < present.length; b++) out.push(present[a] * CLASS_COUNT + present[b]);
  }
  // The named intent signals, and how many fire together, as features of their own.
  const signals = intentSignals(windowBits);
  const base = 2 * CLASS_COUNT * CLASS_COUNT;
  for (const s of signals) out.push(base + signalIndex(s));
  out.push(base + SIGNAL_SLOTS - 3 + Math.min(signals.length, 2));
  return out;
}

/** Ordered pairs of classes (a then b within NEAR words) in a window, each once, between fresh words. */
export function nearPairIndices(features: TextFeatures, window: TokenWindow): number[] {
  stamp = stamp === 0x7fffffff ? 1 : stamp + 1;
  if (stamp === 1) stamps.fill(0);
  const out: number[] = [];
  const bits = features.classBits;
  for (let i = window.from; i < window.to; i++) {
    if (bits[i] === 0 || features.repeated[i]) continue;
    for (let j = i + 1; j < Math.min(i + 1 + NEAR, window.to); j++) {
      if (bits[j] === 0 || features.repeated[j]) continue;
      for (const a of classList(bits[i]))
        for (const b of classList(bits[j])) {
          const index = CLASS_COUNT * CLASS_COUNT + a * CLASS_COUNT + b;
          if (stamps[index] === stamp) continue;
          stamps[index] = stamp;
          out.push(index);
        }
    }
  }
  return out;
}
