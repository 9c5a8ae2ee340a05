/**
 * The tutorial's production path (VECTOR_DB_URL): POST `{ interactionId, embeddingContext, model, timestamp }` to the
 * URL, keyed by interactionId on the server's side, and DELETE `${url}/{interactionId}` to compensate. GET of the same
 * path reads an entry back (404 = none). No retries here: Temporal retries the activity, by the failure type.
 */
import axios, { type AxiosResponse } from 'axios';
import { z } from 'zod';
import { FailureTypes, routingFailure } from '../../contracts/failures';
import { failureTypeForStatus, retryAfterFor, transportFailure, type HeaderBag } from '../../domain/http/httpFailure';
import type { RequestOptions, StoredVectorEntry, VectorStore, VectorUpsert } from './store';

export interface HttpVectorStoreOptions {
  url: string;
  timeoutMs?: number;
}

const StoredEntrySchema = z.object({
  interactionId: z.string(),
  embeddingContext: z.string(),
  model: z.string(),
  timestamp: z.string(),
  metadata: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
const UpsertAnswerSchema = z.object({ id: z.string().min(1) }).loose();

export class HttpVectorStore implements VectorStore {
  readonly kind = 'http' as const;
  private readonly http;
  private readonly url: string;

  constructor(options: HttpVectorStoreOptions) {
    this.url = options.url.replace(/\/+$/, '');
    this.http = axios.create({ timeout: options.timeoutMs ?? 10_000, maxRedirects: 0, validateStatus: () => true });
  }

  async upsert(entry: VectorUpsert, options: RequestOptions = {}): Promise<{ entryId: string }> {
    const body = {
      interactionId: entry.interactionId,
      embeddingContext: entry.text,
      model: entry.model,
      timestamp: new Date().toISOString(),
    };
    const response = await this.send(
      'upsert',
      () => this.http.post(this.url, body, { signal: options.signal }),
      options.signal,
    );
    if (response.status < 200 || response.status >= 300) throw classifyStatus('upsert', response);
    const answer = UpsertAnswerSchema.safeParse(response.data);
    return { entryId: answer.success ? answer.data.id : entry.interactionId };
  }

  async remove(interactionId: string, options: RequestOptions = {}): Promise<boolean> {
    const response = await this.send(
      'remove',
      () => this.http.delete(this.entryUrl(interactionId), { signal: options.signal }),
      options.signal,
    );
    if (response.status === 404) return false;
    if (response.status < 200 || response.status >= 300) throw classifyStatus('remove', response);
    return true;
  }

  async get(interactionId: string, options: RequestOptions = {}): Promise<StoredVectorEntry | undefined> {
    const response = await this.send(
      'get',
      () => this.http.get(this.entryUrl(interactionId), { signal: options.signal }),
      options.signal,
    );
    if (response.status === 404) return undefined;
    if (response.status < 200 || response.status >= 300) throw classifyStatus('get', response);
    const parsed = StoredEntrySchema.safeParse(response.data);
    if (!parsed.success)
      throw routingFailure(FailureTypes.VectorStoreError, 'vector DB answered get with an unexpected body');
    const { embeddingContext, timestamp, metadata, ...rest } = parsed.data;
    return { ...rest, text: embeddingContext, updatedAt: timestamp, metadata: metadata ?? {} };
  }

  async close(): Promise<void> {}

  private entryUrl(interactionId: string): string {
    return `${this.url}/${encodeURIComponent(interactionId)}`;
  }

  /** Transport errors become NetworkError; an abort (activity cancelled) passes through untouched. */
  private async send(
    operation: string,
    request: () => Promise<AxiosResponse>,
    signal?: AbortSignal,
  ): Promise<AxiosResponse> {
    try {
      return await request();
    } catch (error) {
      if (signal?.aborted) throw error;
      throw transportFailure(error, `the vector DB (${operation})`);
    }
  }
}

/** 429 and 5xx are retried (after Retry-After when sent), any other answer is refused for good. Bodies are not echoed. */
function classifyStatus(operation: string, response: AxiosResponse) {
  const status = response.status;
  const type = failureTypeForStatus('vectorStore', status);
  const retryAfterMs = retryAfterFor(type, response.headers as HeaderBag);
  const message =
    type === FailureTypes.RateLimited
      ? `vector DB ${operation} rate limited (${status})`
      : type === FailureTypes.UpstreamUnavailable
        ? `vector DB ${operation} failed (${status})`
        : `vector DB refused ${operation} (${status})`;
  return routingFailure(type, message, { retryAfterMs, details: { status } });
}
