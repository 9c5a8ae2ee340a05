import type { Env } from '../../config/env';
import { ConfigError } from '../../config/errors';
import { FailureTypes, RoutingError } from '../../contracts/failures';
import type { Embedder } from '../../domain/embedding';
import { HttpVectorStore } from './httpStore';
import { LanceVectorStore } from './lanceStore';
import type { VectorStore } from './store';

export type { VectorStore, VectorUpsert, StoredVectorEntry, VectorMetadata, RequestOptions } from './store';
export { LanceVectorStore, type LanceVectorStoreOptions } from './lanceStore';
export { HttpVectorStore, type HttpVectorStoreOptions } from './httpStore';

/**
 * The HTTP vector DB when VECTOR_DB_URL is set (it embeds on its side), else the embedded LanceDB store in
 * VECTOR_STORE_DIR using `embedder`.
 */
export async function createVectorStore(
  env: Pick<Env, 'VECTOR_DB_URL' | 'VECTOR_STORE_DIR'>,
  embedder: Embedder,
): Promise<VectorStore> {
  if (env.VECTOR_DB_URL) return new HttpVectorStore({ url: env.VECTOR_DB_URL });
  const store = new LanceVectorStore({ directory: env.VECTOR_STORE_DIR, embedder });
  try {
    await store.open();
  } catch (err) {
    // At start-up a refused embedder is a configuration error for the operator, not a routing failure.
    if (err instanceof RoutingError && err.type === FailureTypes.ConfigError)
      throw new ConfigError(`${err.message} (VECTOR_STORE_DIR ${env.VECTOR_STORE_DIR})`);
    throw err;
  }
  return store;
}
