/**
 * OpenAI-compatible embeddings over the gateway's POST /v1/embeddings. No retries here either (the caller is an
 * activity); failures are classified like every other gateway answer.
 */
import axios from 'axios';
import { z } from 'zod';
import { FailureTypes, routingFailure } from '../../contracts/failures';
import { gatewayResponseFailure } from '../../domain/gateway/gatewayError';
import { transportFailure, type HeaderBag } from '../../domain/http/httpFailure';
import type { Logger } from '../logger';

export const DEFAULT_EMBEDDING_MODEL = 'text-embedding-3-small';

const EmbeddingsResponseSchema = z.object({
  data: z.array(z.object({ index: z.number().int().nonnegative(), embedding: z.array(z.number()).min(1) })),
});

export interface EmbeddingsClient {
  embed(texts: string[], model?: string): Promise<number[][]>;
}

const EMBEDDINGS_TIMEOUT_MS = 30_000;

export function createEmbeddingsClient(options: { baseUrl: string; apiKey: string; logger: Logger; retryAfterMaxSeconds?: number }): EmbeddingsClient {
  // A hung embeddings call must not hold the vector step (and the compensations queued behind it) forever.
  const http = axios.create({ baseURL: options.baseUrl, maxRedirects: 0, validateStatus: () => true, responseType: 'text', timeout: EMBEDDINGS_TIMEOUT_MS });
  const classifyOptions = { retryAfterMaxMs: (options.retryAfterMaxSeconds ?? 300) * 1000, secrets: [options.apiKey] };
  const log = options.logger.child({ component: 'embeddings-client' });

  async function embed(texts: string[], model = DEFAULT_EMBEDDING_MODEL): Promise<number[][]> {
    if (texts.length === 0) return [];
    let response;
    try {
      response = await http.post<string>('/v1/embeddings', { model, input: texts }, {
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.apiKey}` },
      });
    } catch (err) {
      throw transportFailure(err, 'the gateway');
    }
    if (response.status < 200 || response.status >= 300) {
      throw gatewayResponseFailure(response.status, response.headers as HeaderBag, String(response.data), classifyOptions);
    }
    let parsed: z.infer<typeof EmbeddingsResponseSchema> | undefined;
    try {
      parsed = EmbeddingsResponseSchema.parse(JSON.parse(String(response.data)));
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.data.length !== texts.length) {
      throw routingFailure(FailureTypes.GatewayMalformedResponse, `embeddings response is not { data: [{ index, embedding }] } for ${texts.length} inputs`);
    }
    log.debug({ inputs: texts.length, dimensions: parsed.data[0].embedding.length }, 'embedded');
    return [...parsed.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
  }

  return { embed };
}
