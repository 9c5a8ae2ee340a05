/** Metadata kept beside a vector entry: ids, counts and names only, never transcript text. */
export type VectorMetadata = Record<string, string | number | boolean>;

export interface VectorUpsert {
  interactionId: string;
  /** The sanitized context and the answer, already free of raw PII. */
  text: string;
  model: string;
  metadata?: VectorMetadata;
}

export interface StoredVectorEntry {
  interactionId: string;
  text: string;
  model: string;
  metadata: VectorMetadata;
  updatedAt: string;
}

export interface RequestOptions {
  /** Aborts the request when the activity is cancelled. */
  signal?: AbortSignal;
}

/**
 * Where routed interactions are indexed. Keyed by interaction: an upsert replaces the entry for its interaction, so
 * activity retries and workflow replays never add a second one.
 */
export interface VectorStore {
  readonly kind: 'lancedb' | 'http';
  upsert(entry: VectorUpsert, options?: RequestOptions): Promise<{ entryId: string }>;
  /** True when an entry existed and was removed (the saga's compensation). */
  remove(interactionId: string, options?: RequestOptions): Promise<boolean>;
  get(interactionId: string, options?: RequestOptions): Promise<StoredVectorEntry | undefined>;
  close(): Promise<void>;
}
