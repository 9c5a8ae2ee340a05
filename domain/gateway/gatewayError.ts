/**
 * A gateway answer as a routing failure, and reading the gateway's own error text, safely. Gateways answer errors as `{ "error": { message, type, code } }`
 * (OpenAI style), `{ "error": "text" }`, or plain text; whichever arrives, we keep a short single line and scrub
 * anything shaped like a credential, because some gateways echo (part of) the key they were given.
 */
import { z } from 'zod';
import { FailureTypes, RoutingError, type FailureType } from '../../contracts/failures';
import { failureTypeForStatus, retryAfterFor, type HeaderBag } from '../http/httpFailure';
import { requestIdFrom } from './requestId';

export interface GatewayFailureOptions {
  /** Ceiling on an honoured Retry-After (LLM_RETRY_AFTER_MAX_SECONDS * 1000). */
  retryAfterMaxMs: number;
  /** Values that must never appear in a message (the API key); credential shapes are scrubbed regardless. */
  secrets?: readonly string[];
  now?: number;
}

const REJECTED = new Set([400, 401, 403, 404, 413, 422]);

/**
 * A non-2xx gateway response as a routing failure: the type and Retry-After from domain/http/httpFailure.ts, a
 * message naming the status and the gateway's error text (never the key, never the prompt).
 */
export function gatewayResponseFailure(
  status: number,
  headers: HeaderBag,
  bodyText: string,
  options: GatewayFailureOptions,
): RoutingError {
  const gatewayError = readGatewayError(bodyText, options.secrets);
  const statusType = failureTypeForStatus('gateway', status);
  const type = (statusType === FailureTypes.GatewayRejected && modelRefusal(gatewayError)) || statusType;
  const requestId = requestIdFrom(headers);
  // Retry-After is honoured on every retryable status that sends it (429, 503, and a 409 with a hint).
  const retryAfterMs = retryAfterFor(type, headers, { now: options.now, maxMs: options.retryAfterMaxMs });
  const what =
    type === FailureTypes.GatewayRejected && !REJECTED.has(status)
      ? 'gateway answered with an unexpected status'
      : describe(type);
  const code = gatewayError.code ?? gatewayError.type;
  const text = gatewayError.message ? `: ${gatewayError.message}` : '';
  return new RoutingError(type, `${what}: HTTP ${status}${code ? ` (${code})` : ''}${text}`, {
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
    case FailureTypes.ModelUnavailable:
      return 'gateway does not serve this model';
    case FailureTypes.ContextLengthExceeded:
      return "the prompt exceeds the model's context window";
    default:
      return 'gateway rejected the request';
  }
}

const CONTEXT_LENGTH =
  /context_length_exceeded|ContextWindowExceeded|maximum context length|context window|prompt is too long|too many tokens/i;
const UNKNOWN_MODEL = /model_not_found|invalid model name|model .{0,80}does not exist|unknown model|no such model/i;

/**
 * Refusals that no retry of the same request can cure but another model can: the one classifier for them, used
 * for error bodies and for mid-stream error events alike. OpenAI sends codes; LiteLLM wraps them in messages
 * ("Invalid model name passed in model=...", "ContextWindowExceededError").
 */
export function modelRefusal(error: { message?: string; code?: string; type?: string }): FailureType | undefined {
  const text = `${error.code ?? ''} ${error.type ?? ''} ${error.message ?? ''}`;
  if (CONTEXT_LENGTH.test(text)) return FailureTypes.ContextLengthExceeded;
  if (UNKNOWN_MODEL.test(text)) return FailureTypes.ModelUnavailable;
  return undefined;
}

export const GatewayErrorObjectSchema = z
  .object({
    message: z.string().optional(),
    type: z.string().nullish(),
    code: z.union([z.string(), z.number()]).nullish(),
  })
  .loose();

export const GatewayErrorBodySchema = z.object({ error: z.union([z.string(), GatewayErrorObjectSchema]) }).loose();

export interface GatewayErrorText {
  message: string;
  type?: string;
  code?: string;
}

const MAX_TEXT = 300;
// Bearer tokens, and key-shaped words (sk-..., gw_..., key-...), including masked echoes like "sk-gw-ab****wxyz".
const CREDENTIAL_SHAPES = [/bearer\s+\S+/gi, /\b(?:sk|gw|key|api[-_]?key)[-_][A-Za-z0-9_*.-]{4,}/gi];

/** Removes the given secrets and anything credential-shaped from text that may reach logs or history. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  for (const shape of CREDENTIAL_SHAPES) out = out.replace(shape, '[redacted]');
  return out;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT)}…` : flat;
}

/** The gateway's error text from a body of any shape; empty message when the body says nothing. */
export function readGatewayError(bodyText: string, secrets: readonly string[] = []): GatewayErrorText {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    return { message: oneLine(redactSecrets(bodyText, secrets)) };
  }
  return fromJson(parsed, secrets) ?? { message: oneLine(redactSecrets(bodyText, secrets)) };
}

/** The error carried by an already-parsed JSON value (a body or an SSE data payload), if it carries one. */
export function fromJson(value: unknown, secrets: readonly string[] = []): GatewayErrorText | undefined {
  const body = GatewayErrorBodySchema.safeParse(value);
  if (!body.success) return undefined;
  const error = body.data.error;
  if (typeof error === 'string') return { message: oneLine(redactSecrets(error, secrets)) };
  const clean = (text: string | null | undefined) =>
    text === null || text === undefined ? undefined : oneLine(redactSecrets(text, secrets));
  return {
    message: clean(error.message) ?? '',
    type: clean(error.type),
    code: clean(error.code === null || error.code === undefined ? undefined : String(error.code)),
  };
}
