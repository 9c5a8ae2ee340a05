/**
 * Deterministic embeddings: a signed, hashed bag of words in 256 dimensions, L2-normalised. Texts sharing words
 * land close together, which is all a vector-store test needs, with no model download.
 */
import { z } from 'zod';

export const EMBEDDING_DIMENSIONS = 256;

export const EmbeddingsRequestSchema = z.object({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()).min(1).max(2048)]),
  encoding_format: z.literal('float').optional(),
});

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function embedText(text: string): number[] {
  const vector = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
  for (const word of words(text)) {
    const h = fnv1a(word);
    vector[h % EMBEDDING_DIMENSIONS] += h & 0x100 ? 1 : -1;
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

export function embeddingsResponse(model: string, input: string | string[]) {
  const texts = typeof input === 'string' ? [input] : input;
  const tokens = texts.reduce((n, t) => n + words(t).length, 0);
  return {
    object: 'list',
    data: texts.map((t, index) => ({ object: 'embedding', index, embedding: embedText(t) })),
    model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
}
