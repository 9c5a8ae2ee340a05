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
  /** `gateway:<model>` (with `@<dimensions>` when asked for): the vector space the store records and checks. */
  readonly name: string;
  embed(texts: string[]): Promise<number[][]>;
}

const EMBEDDINGS_TIMEOUT_MS = 30_000;

export interface EmbeddingsClientOptions {
  baseUrl: string;
  apiKey: string;
  logger: Logger;
  retryAfterMaxSeconds?: number;
  /** LLM_EMBEDDINGS_MODEL (default text-embedding-3-small). */
  model?: string;
  /** LLM_EMBEDDINGS_DIMENSIONS: asked for, and every answer checked against it. */
  dimensions?: number;
}

export const gatewayEmbedderName = (model: string, dimensions?: number): string =>
  `gateway:${model}${dimensions ? `@${dimensions}` : ''}`;

export function createEmbeddingsClient(options: EmbeddingsClientOptions): EmbeddingsClient {
  const model = options.model ?? DEFAULT_EMBEDDING_MODEL;
  // A hung embeddings call must not hold the vector step (and the compensations queued behind it) forever.
  const http = axios.create({
    baseURL: options.baseUrl,
    maxRedirects: 0,
    validateStatus: () => true,
    responseType: 'text',
    timeout: EMBEDDINGS_TIMEOUT_MS,
  });
  const classifyOptions = { retryAfterMaxMs: (options.retryAfterMaxSeconds ?? 300) * 1000, secrets: [options.apiKey] };
  const log = options.logger.child({ component: 'embeddings-client' });

  async function embed(texts: string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    let response;
    try {
      const body = { model, input: texts, ...(options.dimensions ? { dimensions: options.dimensions } : {}) };
      response = await http.post<string>('/v1/embeddings', body, {
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.apiKey}` },
      });
    } catch (err) {
      throw transportFailure(err, 'the gateway');
    }
    if (response.status < 200 || response.status >= 300) {
      throw gatewayResponseFailure(
        response.status,
        response.headers as HeaderBag,
        String(response.data),
        classifyOptions,
      );
    }
    let parsed: z.infer<typeof EmbeddingsResponseSchema> | undefined;
    try {
      parsed = EmbeddingsResponseSchema.parse(JSON.parse(String(response.data)));
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.data.length !== texts.length) {
      throw routingFailure(
        FailureTypes.GatewayMalformedResponse,
        `embeddings response is not { data: [{ index, embedding }] } for ${texts.length} inputs`,
      );
    }
    const sizes = new Set(parsed.data.map((d) => d.embedding.length));
    const [size] = sizes;
    if (sizes.size > 1 || (options.dimensions && size !== options.dimensions)) {
      throw routingFailure(
        FailureTypes.ConfigError,
        `embeddings model ${model} answered ${[...sizes].join('/')}-dimension vectors, not the ${options.dimensions ?? 'uniform'} LLM_EMBEDDINGS_DIMENSIONS asks for`,
      );
    }
    log.debug({ inputs: texts.length, dimensions: size }, 'embedded');
    return [...parsed.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
  }

  return { name: gatewayEmbedderName(model, options.dimensions), embed };
}
