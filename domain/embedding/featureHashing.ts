/**
 * Local embedding that needs no model download: signed feature hashing ("the hashing trick", Weinberger et al. 2009)
 * of word unigrams and bigrams.
 *
 * 1. NFKC-normalise and lower-case the text; words are runs of Unicode letters or digits.
 * 2. Features are every word ("u:word") and every adjacent pair ("b:word next"); bigrams keep a little word order.
 * 3. Each feature is hashed with 32-bit FNV-1a over its UTF-8 bytes: the low bits pick one of `dimensions` buckets,
 *    the top bit picks the sign (+1/-1), so colliding features tend to cancel instead of piling up.
 * 4. The vector is L2-normalised, so cosine similarity is a dot product and text length does not dominate.
 *
 * Deterministic across runs and machines. It captures shared vocabulary, not meaning: good enough to find
 * interactions about the same topic, and the gateway's embeddings can replace it (LLM_EMBEDDINGS=gateway).
 */
import type { Embedder } from './embedder';

export const LOCAL_EMBEDDING_DIMENSIONS = 256;
const encoder = new TextEncoder();

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function featureHashEmbedding(text: string, dimensions = LOCAL_EMBEDDING_DIMENSIONS): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const tokens = words(text);
  const features = [...tokens.map((w) => `u:${w}`), ...tokens.slice(1).map((w, i) => `b:${tokens[i]} ${w}`)];
  for (const feature of features) {
    const hash = fnv1a(feature);
    vector[hash % dimensions]! += hash & 0x80000000 ? -1 : 1;
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export function createLocalEmbedder(dimensions = LOCAL_EMBEDDING_DIMENSIONS): Embedder {
  return {
    name: `local-hash-${dimensions}`,
    embed: async (texts) => texts.map((text) => featureHashEmbedding(text, dimensions)),
  };
}
