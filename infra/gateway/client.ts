/**
 * The one streaming POST to the LLM gateway. It retries nothing (Temporal owns retries, with the delays our
 * classification asks for), sends the workflow's Idempotency-Key unchanged on every attempt, reads the SSE answer
 * with the accumulator, and aborts the HTTP request at once when the signal fires.
 * Logs carry ids, status and counts only: never the payload, the answer, the key or the idempotency key.
 */
import axios from 'axios';
import type { Readable } from 'node:stream';
import { FailureTypes, RoutingError, routingFailure } from '../../contracts/failures';
import type { InferencePayload, ModelPrice, TokenizerChoice } from '../../contracts/inference';
import type { DispatchResult } from '../../contracts/results';
import type { Attribution } from '../../domain/gateway/attribution';
import { resolveCost } from '../../domain/gateway/cost';
import { gatewayResponseFailure } from '../../domain/gateway/gatewayError';
import { requestIdFrom } from '../../domain/gateway/requestId';
import { headerValue, transportFailure, type HeaderBag } from '../../domain/http/httpFailure';
import { createStreamAccumulator, type StreamProgress } from '../../domain/gateway/sseAccumulator';
import { resolveUsage } from '../../domain/gateway/usage';
import type { Logger } from '../logger';

export { createEmbeddingsClient, type EmbeddingsClient } from './embeddings';

export interface GatewayClientOptions {
  baseUrl: string;
  apiKey: string;
  /** /v1/inference (the tutorial's) or /v1/chat/completions for OpenAI-compatible gateways. */
  path: string;
  /**
   * 'openai' adds stream_options.include_usage so the gateway reports usage in a final chunk, and the `user` and
   * `metadata` attribution fields; the tutorial's strict format gets neither.
   */
  format: 'tutorial' | 'openai';
  retryAfterMaxSeconds: number;
  /** No byte from the gateway for this long abandons the attempt (StreamStalled) so its connection closes. */
  stallTimeoutSeconds: number;
  logger: Logger;
}

export interface StreamInferenceRequest {
  payload: InferencePayload;
  idempotencyKey: string;
  signal?: AbortSignal;
  onProgress?: (progress: StreamProgress) => void;
  /** From the model matrix: how to count usage the gateway does not report, and what it costs. */
  tokenizer?: TokenizerChoice;
  price?: ModelPrice;
  attribution?: Attribution;
}

/** A DispatchResult without the attempt number, which only the activity knows. */
export type StreamInferenceResult = Omit<DispatchResult, 'attempt'>;

export interface GatewayClient {
  streamInference(request: StreamInferenceRequest): Promise<StreamInferenceResult>;
}

const MAX_ERROR_BODY_BYTES = 64 * 1024;

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const http = axios.create({ baseURL: options.baseUrl, maxRedirects: 0, validateStatus: () => true });
  const classifyOptions = { retryAfterMaxMs: options.retryAfterMaxSeconds * 1000, secrets: [options.apiKey] };
  const log = options.logger.child({ component: 'gateway-client' });

  async function streamInference(request: StreamInferenceRequest): Promise<StreamInferenceResult> {
    const { payload, idempotencyKey, signal, onProgress } = request;
    const started = Date.now();
    const body: InferencePayload = { ...payload, stream: true };
    if (options.format === 'openai') {
      body.stream_options = { include_usage: true };
      if (request.attribution) Object.assign(body, request.attribution);
    }
    signal?.throwIfAborted();

    let stream: Readable | undefined;
    const abortNow = () => stream?.destroy(abortReason(signal));
    signal?.addEventListener('abort', abortNow, { once: true });
    // A stalled stream is given up here rather than only by the heartbeat timeout: closing the request frees the
    // gateway's in-flight lock on the idempotency key, so the retry is not answered 409 while the stall lasts.
    const stall = stallWatch(options.stallTimeoutSeconds, (failure) => stream?.destroy(failure));
    try {
      const response = await http.post<Readable>(options.path, body, {
        responseType: 'stream',
        signal: signal ? AbortSignal.any([signal, stall.signal]) : stall.signal,
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${options.apiKey}`,
          'Idempotency-Key': idempotencyKey,
          'X-Request-Format': 'strict',
          Accept: 'text/event-stream',
        },
      });
      stream = response.data;
      const headers = response.headers as HeaderBag;
      let requestId = requestIdFrom(headers);
      if (response.status < 200 || response.status >= 300) {
        throw gatewayResponseFailure(
          response.status,
          headers,
          await readText(stream, MAX_ERROR_BODY_BYTES),
          classifyOptions,
        );
      }
      const contentType = headerValue(headers, 'content-type') ?? '';
      if (!contentType.includes('text/event-stream')) {
        throw routingFailure(
          FailureTypes.GatewayMalformedResponse,
          `gateway answered HTTP ${response.status} with ${contentType || 'no content type'}, not an event stream`,
          {
            details: { status: response.status, requestId },
          },
        );
      }

      const accumulator = createStreamAccumulator({ secrets: [options.apiKey] });
      stall.rearm();
      for await (const chunk of stream) {
        stall.rearm();
        accumulator.feed(chunk as Buffer);
        onProgress?.(accumulator.progress());
      }
      const out = accumulator.finish();
      requestId ??= requestIdFrom({}, out.responseId);
      const usage = resolveUsage(out.usage, payload.model, payload.messages, out.answer, request.tokenizer);
      const metrics: StreamInferenceResult['metrics'] = {
        timeToFirstTokenMs: out.firstContentAt === undefined ? null : out.firstContentAt - started,
        latencyMs: Date.now() - started,
        chunks: out.chunks,
        bytes: out.bytes,
        completionChars: out.chars,
        usage,
        finishReason: out.finishReason,
        requestId,
        cost: resolveCost({ usageCost: out.usage?.cost, headers, usage, price: request.price }),
      };
      log.debug(
        {
          requestId,
          chunks: out.chunks,
          bytes: out.bytes,
          latencyMs: metrics.latencyMs,
          usageSource: usage.source,
          costSource: metrics.cost?.source,
        },
        'gateway stream complete',
      );
      return { answer: out.answer, idempotencyKey, model: out.model ?? payload.model, metrics };
    } catch (err) {
      if (signal?.aborted) throw abortReason(signal);
      const failure = stall.failure ?? transportFailure(err, 'the gateway');
      log.warn({ failureType: failure.type, latencyMs: Date.now() - started }, 'gateway dispatch failed');
      throw failure;
    } finally {
      stall.stop();
      signal?.removeEventListener('abort', abortNow);
      stream?.destroy();
    }
  }

  return { streamInference };
}

/** Fires once when nothing arrived for `seconds`: aborts the request (or destroys the open stream) with StreamStalled. */
function stallWatch(seconds: number, destroyStream: (failure: Error) => void) {
  const controller = new AbortController();
  let failure: RoutingError | undefined;
  let timer: NodeJS.Timeout | undefined;
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      failure = routingFailure(
        FailureTypes.StreamStalled,
        `the gateway sent nothing for ${seconds} s; the attempt was abandoned and is retried with the same idempotency key`,
      );
      controller.abort(failure);
      destroyStream(failure);
    }, seconds * 1000);
  };
  rearm();
  return {
    signal: controller.signal,
    rearm,
    stop: () => clearTimeout(timer),
    get failure() {
      return failure;
    },
  };
}

/** What the caller aborted with (Temporal's CancelledFailure for an activity), else a plain AbortError. */
function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error) return reason;
  return Object.assign(new Error('gateway request aborted'), { name: 'AbortError' });
}

async function readText(stream: Readable, limit: number): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of stream) {
    const buf = part as Buffer;
    if (size < limit) parts.push(buf.subarray(0, limit - size));
    size += buf.length;
    if (size >= limit) break;
  }
  return Buffer.concat(parts).toString('utf8');
}
