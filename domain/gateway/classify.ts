/**
 * The one place that turns a gateway answer or a transport error into a routing failure. Whether a failure is
 * retried is decided by contracts/failures.ts; this file only picks the type, the durable Retry-After delay and a
 * message that names the status and the gateway's error text (never the key, never the prompt).
 */
import type { ApplicationFailure } from '@temporalio/common';
import { FailureTypes, routingFailure, type FailureType } from '../../contracts/failures';
import { readGatewayError } from './gatewayError';
import { parseRetryAfter } from './retryAfter';

export type HeaderBag = Record<string, unknown>;

export interface ClassifyOptions {
  /** Ceiling on an honoured Retry-After (LLM_RETRY_AFTER_MAX_SECONDS * 1000). */
  retryAfterMaxMs: number;
  /** Values that must never appear in a message (the API key); credential shapes are scrubbed regardless. */
  secrets?: readonly string[];
  now?: number;
}

/** Case-insensitive single header value (node lowercases, other sources may not). */
export function headerValue(headers: HeaderBag, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined || value === null) continue;
    return Array.isArray(value) ? String(value[0]) : String(value);
  }
  return undefined;
}

const REJECTED = new Set([400, 401, 403, 404, 413, 422]);

function typeForStatus(status: number): FailureType {
  if (status === 429) return FailureTypes.RateLimited;
  if (status === 409) return FailureTypes.GatewayConflict;
  if (status === 408 || status >= 500) return FailureTypes.UpstreamUnavailable;
  // Every other status (the listed rejections, other 4xx, unexpected 1xx/3xx) would fail the same way again.
  return FailureTypes.GatewayRejected;
}

/** A non-2xx gateway response as a routing failure. */
export function classifyGatewayResponse(
  status: number,
  headers: HeaderBag,
  bodyText: string,
  options: ClassifyOptions,
): ApplicationFailure {
  const type = typeForStatus(status);
  const gatewayError = readGatewayError(bodyText, options.secrets);
  const requestId = headerValue(headers, 'x-request-id');
  // Retry-After is honoured on every retryable status that sends it (429, 503, and a 409 with a hint).
  const retryAfter = parseRetryAfter(headerValue(headers, 'retry-after'), options.now ?? Date.now());
  const retryAfterMs =
    type !== FailureTypes.GatewayRejected && retryAfter !== undefined ? Math.min(retryAfter, options.retryAfterMaxMs) : undefined;

  const what =
    type === FailureTypes.GatewayRejected && !REJECTED.has(status) ? 'gateway answered with an unexpected status' : describe(type);
  const code = gatewayError.code ?? gatewayError.type;
  const text = gatewayError.message ? `: ${gatewayError.message}` : '';
  const message = `${what}: HTTP ${status}${code ? ` (${code})` : ''}${text}`;
  return routingFailure(type, message, {
    retryAfterMs,
    details: { status, requestId, gatewayCode: code, retryAfterMs },
  });
}

function describe(type: FailureType): string {
  switch (type) {
    case FailureTypes.RateLimited:
      return 'gateway rate limited the request';
    case FailureTypes.GatewayConflict:
      return 'gateway is still executing this idempotency key';
    case FailureTypes.UpstreamUnavailable:
      return 'gateway unavailable';
    default:
      return 'gateway rejected the request';
  }
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/**
 * A transport error (connection refused or reset, socket closed mid-stream) as a retryable NetworkError.
 * Failures we raised ourselves pass through unchanged, so classification never demotes a non-retryable one.
 */
export function classifyTransportError(err: unknown): ApplicationFailure {
  if (isApplicationFailure(err)) return err;
  const code = errorCode(err);
  const known = code !== undefined && TRANSIENT_CODES.has(code);
  const label = code ?? (err instanceof Error ? err.name : typeof err);
  const message = known ? `network error talking to the gateway: ${label}` : `unexpected transport error talking to the gateway: ${label}`;
  return routingFailure(FailureTypes.NetworkError, message, { details: { code: label } });
}

function isApplicationFailure(err: unknown): err is ApplicationFailure {
  return err instanceof Error && err.name === 'ApplicationFailure' && 'nonRetryable' in err;
}

/** Node puts the code on the error or on its cause; Node's "aborted" response error has no code of its own. */
function errorCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && code !== 'ERR_BAD_RESPONSE') return code;
    if (message === 'aborted' || message === 'socket hang up') return 'ECONNRESET';
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
