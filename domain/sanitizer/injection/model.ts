/**
 * The shipped linear model (scripts/train-injection.ts writes model.json): a logistic regression over the
 * window features. Loaded once, in-process; scoring is a few array lookups per character.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  DENSE_SIZE,
  HASH_BITS,
  MAX_WORD_HASHES,
  SCRATCH_WORDS,
  classSetIndices,
  nearPairIndices,
  wordHashes,
  type TextFeatures,
  type TokenWindow,
  type WordFeatures,
} from './features';

export const MODEL_FILE = path.join(__dirname, 'model.json');

export const InjectionModelSchema = z.object({
  version: z.literal(1),
  hashBits: z.literal(HASH_BITS),
  denseSize: z.literal(DENSE_SIZE),
  bias: z.number(),
  /** Score at or above which a message is an injection (chosen on the training families). */
  threshold: z.number().min(0).max(1),
  /** Hashed weights as int8 (base64), times `hashedScale`. */
  hashed: z.string(),
  hashedScale: z.number().positive(),
  dense: z.array(z.number()).length(DENSE_SIZE),
  /** How the model was trained and which phrasing families it never saw (for the evaluation). */
  training: z.object({
    corpusDigest: z.string(),
    seed: z.number(),
    heldOutFamilies: z.array(z.string()),
    examples: z.number(),
  }),
});
export type InjectionModelFile = z.infer<typeof InjectionModelSchema>;

export interface LinearModel {
  bias: number;
  threshold: number;
  hashed: Float32Array;
  dense: Float32Array;
}

export function fromFile(file: InjectionModelFile): LinearModel {
  const bytes = Buffer.from(file.hashed, 'base64');
  if (bytes.length !== 1 << HASH_BITS)
    throw new Error(`injection model: hashed weights hold ${bytes.length} values, expected ${1 << HASH_BITS}`);
  const hashed = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) hashed[i] = ((bytes[i] << 24) >> 24) * file.hashedScale;
  return { bias: file.bias, threshold: file.threshold, hashed, dense: Float32Array.from(file.dense) };
}

let shipped: LinearModel | undefined;
export function shippedModel(): LinearModel {
  if (!shipped) {
    const parsed = InjectionModelSchema.safeParse(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
    if (!parsed.success)
      throw new Error(
        `injection model ${MODEL_FILE}: invalid ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}; run npm run train:injection`,
      );
    shipped = fromFile(parsed.data);
  }
  return shipped;
}

/** Per model: each class set's dense sum (each word's summed n-gram weights sit on the word's features). */
interface ModelMemo {
  classSetSums: Map<number, number>;
}
const memos = new WeakMap<LinearModel, ModelMemo>();
const CLASS_SET_MEMO_LIMIT = 4096;

function memoOf(model: LinearModel): ModelMemo {
  let memo = memos.get(model);
  if (!memo) {
    memo = { classSetSums: new Map() };
    memos.set(model, memo);
  }
  return memo;
}

/**
 * Reused by every call of hashedPrefixSums: one more typed array per reading cost more than its filling. Sized like
 * the feature arrays (SCRATCH_WORDS, see there) so a long text does not grow it mid-screen.
 */
let prefixScratch = new Float64Array(SCRATCH_WORDS + 1);

/**
 * Running sum of the hashed weights word by word: a window's n-gram sum is then two lookups, so the
 * overlapping windows of a long transcript do not add every word's weights up twice. The array is reused:
 * valid until the next call, and longer than the text's words.
 */
export function hashedPrefixSums(model: LinearModel, features: TextFeatures): Float64Array {
  if (prefixScratch.length <= features.words.length) prefixScratch = new Float64Array(2 * features.words.length + 1);
  const sums = prefixScratch;
  let sum = 0;
  for (let w = 0; w < features.words.length; w++) {
    const bigram = features.bigrams[w];
    if (bigram >= 0) sum += wordSum(model, features.perWord[w]) + model.hashed[bigram];
    sums[w + 1] = sum;
  }
  return sums;
}

const hashScratch = new Int32Array(MAX_WORD_HASHES);

/** A word's summed n-gram weights (its n-grams never change), kept on the word for the last model asked. */
function wordSum(model: LinearModel, word: WordFeatures): number {
  if (word.summedFor !== model) {
    const count = wordHashes(word, hashScratch);
    let sum = 0;
    for (let k = 0; k < count; k++) sum += model.hashed[hashScratch[k]];
    word.hashedSum = sum;
    word.summedFor = model;
  }
  return word.hashedSum;
}

/** Sum of the dense weights a window's class set alone selects (memoized: a text has few class sets). */
function classSetSum(model: LinearModel, bits: number): number {
  const { classSetSums } = memoOf(model);
  let sum = classSetSums.get(bits);
  if (sum === undefined) {
    sum = 0;
    for (const j of classSetIndices(bits)) sum += model.dense[j];
    if (classSetSums.size >= CLASS_SET_MEMO_LIMIT) classSetSums.clear();
    classSetSums.set(bits, sum);
  }
  return sum;
}

/** Hashed values are 1/sqrt(count) each, so a window's n-gram evidence does not grow with its length. */
export function windowLogit(
  model: LinearModel,
  features: TextFeatures,
  window: TokenWindow,
  prefixSums: Float64Array,
  classes: number,
): number {
  const count = features.offsets[window.to] - features.offsets[window.from];
  const sum = prefixSums[window.to] - prefixSums[window.from];
  let logit = model.bias + (count > 0 ? sum / Math.sqrt(count) : 0) + classSetSum(model, classes);
  for (const j of nearPairIndices(features, window)) logit += model.dense[j];
  return logit;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
