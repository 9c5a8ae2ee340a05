/**
 * THE HTTP failure classifier for every service we call (Genesys Cloud, the LLM gateway, the vector store): status to
 * failure type, Retry-After to a durable wait, transport errors to NetworkError. Whether a type is retried is decided
 * by contracts/failures.ts; the adapters only add a message in their own words.
 */
import { FailureTypes, RoutingError, isRetryable, type FailureType } from '../../contracts/failures';
import { parseRetryAfter } from './retryAfter';

export type HttpService = 'genesys' | 'gateway' | 'vectorStore';
export type HeaderBag = Record<string, unknown>;

/** What a 4xx means per service: the statuses with a meaning of their own, and the type of every other refusal. */
const SERVICE_STATUSES: Record<HttpService, { byStatus: Partial<Record<number, FailureType>>; rejected: FailureType }> =
  {
    genesys: {
      byStatus: {
        401: FailureTypes.GenesysAuthFailed,
        403: FailureTypes.GenesysPermissionDenied,
        404: FailureTypes.GenesysNotFound,
      },
      rejected: FailureTypes.GenesysBadRequest,
    },
    // 409: the same idempotency key is still generating.
    gateway: { byStatus: { 409: FailureTypes.GatewayConflict }, rejected: FailureTypes.GatewayRejected },
    vectorStore: { byStatus: {}, rejected: FailureTypes.VectorStoreRejected },
  };

/** The failure type of a non-2xx answer. Every unlisted status (other 4xx, unexpected 1xx/3xx) would fail again. */
export function failureTypeForStatus(service: HttpService, status: number): FailureType {
  const rules = SERVICE_STATUSES[service];
  const specific = rules.byStatus[status];
  if (specific) return specific;
  if (status === 429) return FailureTypes.RateLimited;
  if (status === 408 || status >= 500) return FailureTypes.UpstreamUnavailable;
  return rules.rejected;
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

/**
 * The Retry-After wait of a retryable answer, capped by `maxMs`; undefined for a final one (a refusal is not retried,
 * whatever the server suggests) or when the header is absent or unreadable.
 */
export function retryAfterFor(
  type: FailureType,
  headers: HeaderBag,
  options: { now?: number; maxMs?: number } = {},
): number | undefined {
  if (!isRetryable(type)) return undefined;
  const wait = parseRetryAfter(headerValue(headers, 'retry-after'), options.now ?? Date.now());
  return wait === undefined || options.maxMs === undefined ? wait : Math.min(wait, options.maxMs);
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
 * A transport error (connection refused or reset, socket closed mid-stream) as a retryable NetworkError naming the
 * peer ("the gateway"). Failures we raised ourselves pass through unchanged, so this never demotes a final one.
 */
export function transportFailure(err: unknown, peer: string): RoutingError {
  if (err instanceof RoutingError) return err;
  const code = transportErrorCode(err);
  const known = code !== undefined && TRANSIENT_CODES.has(code);
  const label = code ?? (err instanceof Error ? err.name : typeof err);
  const message = known
    ? `network error talking to ${peer}: ${label}`
    : `unexpected transport error talking to ${peer}: ${label}`;
  return new RoutingError(FailureTypes.NetworkError, message, { details: { code: label } });
}

/** Node puts the code on the error or on its cause; Node's "aborted" response error has no code of its own. */
export function transportErrorCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && code !== 'ERR_BAD_RESPONSE') return code;
    if (message === 'aborted' || message === 'socket hang up') return 'ECONNRESET';
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
