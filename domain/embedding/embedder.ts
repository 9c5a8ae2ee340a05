/**
 * Turns texts into vectors for the vector store. The local feature-hashing embedder and the gateway's
 * /v1/embeddings client (infra/gateway/embeddings.ts) both fit this shape.
 */
export interface Embedder {
  /** Names the vector space, so vectors from different embedders are never mixed in one table. */
  readonly name?: string;
  embed(texts: string[]): Promise<number[][]>;
}
