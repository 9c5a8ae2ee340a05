/**
 * Every failure type the router raises, and the one table that decides whether Temporal retries it.
 * Domain and infra code raise a plain RoutingError (no Temporal types); activities/failureBoundary.ts turns it into
 * an ApplicationFailure by this table, and the workflow passes NON_RETRYABLE_TYPES to proxyActivities, so the
 * decision cannot drift between the two sides.
 */

export const FailureTypes = {
  InvalidInput: 'InvalidInput',
  UnknownProfile: 'UnknownProfile',
  ConfigError: 'ConfigError',
  // Genesys Cloud
  GenesysAuthFailed: 'GenesysAuthFailed',
  GenesysPermissionDenied: 'GenesysPermissionDenied',
  GenesysNotFound: 'GenesysNotFound',
  GenesysBadRequest: 'GenesysBadRequest',
  TranscriptNotReady: 'TranscriptNotReady',
  TranscriptUnavailable: 'TranscriptUnavailable',
  TranscriptEmpty: 'TranscriptEmpty',
  TranscriptTooLarge: 'TranscriptTooLarge',
  InvalidGenesysPayload: 'InvalidGenesysPayload',
  // Shared transport
  RateLimited: 'RateLimited',
  UpstreamUnavailable: 'UpstreamUnavailable',
  NetworkError: 'NetworkError',
  // Sanitizer
  InvalidInferencePayload: 'InvalidInferencePayload',
  // LLM gateway
  GatewayRejected: 'GatewayRejected',
  ModelUnavailable: 'ModelUnavailable',
  ContextLengthExceeded: 'ContextLengthExceeded',
  GatewayConflict: 'GatewayConflict',
  StreamError: 'StreamError',
  StreamTruncated: 'StreamTruncated',
  StreamStalled: 'StreamStalled',
  GatewayMalformedResponse: 'GatewayMalformedResponse',
  // Vector store and audit
  VectorStoreError: 'VectorStoreError',
  VectorStoreRejected: 'VectorStoreRejected',
  AuditWriteFailed: 'AuditWriteFailed',
  // Raised by the Temporal SDK (sdk-core) when a completion exceeds the payload size limit.
  PayloadsTooLarge: 'PayloadsTooLarge',
} as const;
export type FailureType = (typeof FailureTypes)[keyof typeof FailureTypes];

const RETRYABLE: Record<FailureType, boolean> = {
  InvalidInput: false,
  UnknownProfile: false,
  ConfigError: false,
  GenesysAuthFailed: false, // a 401 after a fresh login means the credentials are wrong
  GenesysPermissionDenied: false,
  GenesysNotFound: false,
  GenesysBadRequest: false,
  TranscriptNotReady: true,
  TranscriptUnavailable: false, // still 404 after GENESYS_TRANSCRIPT_WAIT_SECONDS: STA is off or the call had no recording
  TranscriptEmpty: false,
  TranscriptTooLarge: false, // the same transcript is as large on every attempt
  InvalidGenesysPayload: false,
  RateLimited: true,
  UpstreamUnavailable: true,
  NetworkError: true,
  InvalidInferencePayload: false,
  GatewayRejected: false,
  ModelUnavailable: false, // the gateway does not know the model: the profile's next model is tried instead
  ContextLengthExceeded: false, // the next model is tried, with the transcript re-fitted to its window
  GatewayConflict: true, // 409: the same idempotency key is still in flight
  StreamError: true,
  StreamTruncated: true,
  StreamStalled: true,
  GatewayMalformedResponse: true, // unreadable SSE data or body: a fresh execution may well be readable
  VectorStoreError: true,
  VectorStoreRejected: false, // a 4xx from the vector DB (bad request, auth): retrying sends the same request
  AuditWriteFailed: true,
  // sdk-core marks it retryable (a redeploy might shrink the result), but the same input gives the same size: each
  // retry would only download the transcript again.
  PayloadsTooLarge: false,
};

export const isRetryable = (type: FailureType): boolean => RETRYABLE[type];

export const NON_RETRYABLE_TYPES: FailureType[] = (Object.keys(RETRYABLE) as FailureType[]).filter(
  (t) => !RETRYABLE[t],
);

export interface FailureOptions {
  /** Server-given wait (Retry-After); becomes a durable retry delay that holds no worker. */
  retryAfterMs?: number;
  /** Small, non-sensitive facts (status, correlation id, permission name). */
  details?: Record<string, unknown>;
  cause?: Error;
}

/**
 * A failure raised by our code: typed, with the retry decision from the table. It must leave an activity through
 * activities/failureBoundary.ts: the SDK's own conversion would type it "RoutingError" and retry it. Messages must
 * never carry tokens, keys or transcript text.
 */
export class RoutingError extends Error {
  readonly type: FailureType;
  readonly nonRetryable: boolean;
  /** Server-given wait (Retry-After) in ms, whole and non-negative. */
  readonly retryAfterMs?: number;
  readonly details?: Record<string, unknown>;

  constructor(type: FailureType, message: string, options: FailureOptions = {}) {
    super(message, options.cause ? { cause: options.cause } : undefined);
    this.name = type;
    this.type = type;
    this.nonRetryable = !RETRYABLE[type];
    if (options.retryAfterMs !== undefined) this.retryAfterMs = Math.max(0, Math.round(options.retryAfterMs));
    if (options.details) this.details = options.details;
  }
}

/** Shorthand for `new RoutingError(...)`, for `throw routingFailure(...)` call sites. */
export function routingFailure(type: FailureType, message: string, options: FailureOptions = {}): RoutingError {
  return new RoutingError(type, message, options);
}

export const isRoutingError = (err: unknown): err is RoutingError => err instanceof RoutingError;
