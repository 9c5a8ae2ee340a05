/**
 * A Genesys SDK or HTTP error as a routing failure: status and Retry-After by domain/http/httpFailure.ts (the one
 * classifier), refined by what only this call knows (a login, a pre-signed download, a transcript still being made).
 * Messages and details carry operation, status, Genesys code, correlation id and permission name: never a token, a
 * secret, request headers or response text that could hold customer data.
 */
import { FailureTypes, RoutingError, routingFailure, type FailureType } from '../../contracts/failures';
import { failureTypeForStatus, headerValue, retryAfterFor } from '../../domain/http/httpFailure';
import { ErrorBodySchema, type ErrorBody } from '../../domain/transcript/genesysSchemas';

export interface ErrorFacts {
  status?: number;
  headers: Record<string, unknown>;
  body?: ErrorBody;
  /** OAuth-style `error` of the login host (invalid_client, ...). */
  oauthError?: string;
  /** Node/axios network error code (ECONNREFUSED, ECONNABORTED, ...). */
  networkCode?: string;
}

/** Facts from any rejection the SDK or axios produces: extended response, axios error, plain ErrorBody. */
export function errorFacts(error: unknown): ErrorFacts {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = e.response as Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
  const status =
    typeof e.status === 'number' ? e.status : typeof response?.status === 'number' ? response.status : undefined;
  const headers = (e.headers ?? response?.headers ?? {}) as Record<string, unknown>;
  const rawBody = 'body' in e ? e.body : response ? response.data : 'code' in e && 'status' in e ? e : undefined;
  const parsed = ErrorBodySchema.safeParse(rawBody);
  const oauthError = typeof rawBody?.error === 'string' ? rawBody.error : undefined;
  const networkCode = status === undefined && typeof e.code === 'string' ? e.code : undefined;
  return { status, headers, body: parsed.success ? parsed.data : undefined, oauthError, networkCode };
}

export function correlationIdOf(facts: ErrorFacts): string | undefined {
  return headerValue(facts.headers, 'inin-correlation-id') ?? facts.body?.contextId;
}

/** The Retry-After header (either form); else the "[42] seconds" a Genesys 429 body names. */
export function retryAfterMsOf(type: FailureType, facts: ErrorFacts, nowMs: number = Date.now()): number | undefined {
  const header = retryAfterFor(type, facts.headers, { now: nowMs });
  if (header !== undefined) return header;
  const fromBody = /\[(\d+)\]\s*seconds/i.exec(facts.body?.message ?? '');
  return fromBody ? Number(fromBody[1]) * 1000 : undefined;
}

/** The permission a 403 names: messageParams first, else the bracketed list in the message. */
export function missingPermissionOf(body: ErrorBody | undefined): string | undefined {
  const params = Object.values(body?.messageParams ?? {}).filter(
    (v): v is string => typeof v === 'string' && v.includes(':'),
  );
  if (params.length) return params.join(', ');
  return /\[([^\]]+)\]/.exec(body?.message ?? '')?.[1];
}

export interface ClassifyContext {
  /** What we were doing, e.g. "get transcript URLs"; goes into the message. */
  operation: string;
  /** Set for transcript look-ups: a 404 means "not ready yet" until the wait has passed. */
  transcriptWait?: { firstAttemptAt: number; waitSeconds: number; now: number };
  /** The pre-signed S3 download: a 403 there is an expired URL, cured by a fresh one on the next attempt. */
  presignedDownload?: boolean;
  /** The OAuth login itself. */
  login?: boolean;
}

export function classifyGenesysError(error: unknown, ctx: ClassifyContext): RoutingError {
  const facts = errorFacts(error);
  const correlationId = correlationIdOf(facts);
  const details = {
    operation: ctx.operation,
    status: facts.status,
    code: facts.body?.code ?? facts.oauthError,
    correlationId,
  };
  const where = [
    facts.status && `status ${facts.status}`,
    details.code,
    correlationId && `correlation id ${correlationId}`,
  ]
    .filter(Boolean)
    .join(', ');
  const fail = (type: FailureType, what: string, retryAfterMs?: number) =>
    routingFailure(type, `Genesys ${ctx.operation}: ${what}${where ? ` (${where})` : ''}`, { details, retryAfterMs });
  const status = facts.status;

  if (status === undefined) {
    if (facts.networkCode) return fail(FailureTypes.NetworkError, `network error ${facts.networkCode}`);
    if (typeof error === 'string')
      return fail(FailureTypes.GenesysBadRequest, 'the SDK rejected the request before sending it');
    return fail(FailureTypes.NetworkError, 'no response received');
  }
  // What only this call knows refines the status first.
  if (ctx.login && (status === 400 || status === 401 || status === 403)) {
    return fail(FailureTypes.GenesysAuthFailed, 'login with the client credentials was refused');
  }
  if (status === 403 && ctx.presignedDownload) {
    return fail(
      FailureTypes.UpstreamUnavailable,
      'the pre-signed transcript URL expired before the download; a fresh URL is requested on retry',
    );
  }
  if (status === 404 && ctx.transcriptWait) return transcriptMissing(ctx.transcriptWait, ctx.operation, details, where);

  const type = failureTypeForStatus('genesys', status);
  return fail(type, describeStatus(type, facts.body), retryAfterMsOf(type, facts));
}

function describeStatus(type: FailureType, body: ErrorBody | undefined): string {
  switch (type) {
    case FailureTypes.GenesysAuthFailed:
      return 'the access token was refused even after a fresh login';
    case FailureTypes.GenesysPermissionDenied: {
      const permission = missingPermissionOf(body);
      return `the OAuth client's role lacks ${permission ? `permission ${permission}` : 'a required permission'}`;
    }
    case FailureTypes.GenesysNotFound:
      return 'not found';
    case FailureTypes.RateLimited:
      return 'rate limited';
    case FailureTypes.UpstreamUnavailable:
      return 'service unavailable';
    default:
      return 'request rejected';
  }
}

/**
 * A transcript that does not exist yet: retryable TranscriptNotReady while the configured wait lasts
 * (STA publishes transcripts minutes after the call), then non-retryable TranscriptUnavailable.
 */
export function transcriptMissing(
  wait: NonNullable<ClassifyContext['transcriptWait']>,
  operation: string,
  details: Record<string, unknown> = {},
  where = '',
): RoutingError {
  const waitedSeconds = Math.max(0, Math.floor((wait.now - wait.firstAttemptAt) / 1000));
  const suffix = where ? ` (${where})` : '';
  if (waitedSeconds < wait.waitSeconds) {
    return routingFailure(
      FailureTypes.TranscriptNotReady,
      `Genesys ${operation}: transcript not available yet, waited ${waitedSeconds}s of ${wait.waitSeconds}s${suffix}`,
      { details: { ...details, waitedSeconds } },
    );
  }
  return routingFailure(
    FailureTypes.TranscriptUnavailable,
    `Genesys ${operation}: no transcript after ${wait.waitSeconds}s (GENESYS_TRANSCRIPT_WAIT_SECONDS); check that Speech and Text Analytics transcription is enabled for this queue${suffix}`,
    { details: { ...details, waitedSeconds } },
  );
}
