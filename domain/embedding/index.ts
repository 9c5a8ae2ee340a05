export type { Embedder } from './embedder';
export {
  createLocalEmbedder,
  featureHashEmbedding,
  cosineSimilarity,
  words,
  LOCAL_EMBEDDING_DIMENSIONS,
} from './featureHashing';
export { buildEmbeddingContext, type ContextTurn } from './embeddingContext';
