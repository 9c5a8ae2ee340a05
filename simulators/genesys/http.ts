/** HTTP plumbing shared by the simulator's routes: Genesys ErrorBody shapes, correlation ids, body reading. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody as readLimitedBody } from '../../infra/http/readBody';

export const STATUS_CODES: Record<number, string> = {
  400: 'bad.request',
  401: 'authentication.required',
  403: 'missing.any.permissions',
  404: 'not.found',
  408: 'request.timeout',
  429: 'too.many.requests.retry.after',
  500: 'internal.server.error',
  502: 'bad.gateway',
  503: 'service.unavailable',
  504: 'request.timeout',
};

export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  /** Also the ErrorBody contextId, as Genesys does. */
  correlationId: string;
}

export function sendJson(ex: Exchange, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  ex.res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'inin-correlation-id': ex.correlationId,
    ...headers,
  });
  ex.res.end(text);
}

export function errorBody(
  ex: Exchange,
  status: number,
  message: string,
  extra: { code?: string; messageParams?: Record<string, string> } = {},
) {
  return {
    message,
    code: extra.code ?? STATUS_CODES[status] ?? 'server.error',
    status,
    messageWithParams: message,
    messageParams: extra.messageParams ?? {},
    contextId: ex.correlationId,
    details: [],
    errors: [],
  };
}

export function sendError(
  ex: Exchange,
  status: number,
  message: string,
  extra: { code?: string; messageParams?: Record<string, string>; retryAfter?: number } = {},
): void {
  const headers: Record<string, string> =
    extra.retryAfter !== undefined ? { 'retry-after': String(extra.retryAfter) } : {};
  sendJson(ex, status, errorBody(ex, status, message, extra), headers);
}

/** The message each status answers with, close to the real platform's wording. */
export function defaultMessage(status: number, retryAfter?: number, permission?: string): string {
  if (status === 429) return `Rate limit exceeded the maximum. Retry the request in [${retryAfter ?? 1}] seconds`;
  if (status === 403)
    return `Unable to perform the requested action. You must have at least one of the following permissions assigned: [${permission ?? 'unknown'}]`;
  if (status === 401) return 'No authentication bearer token specified in authorization header.';
  if (status === 404) return 'The requested resource was not found.';
  if (status >= 500) return 'The service is currently unavailable.';
  return 'The request could not be understood by the server due to malformed syntax.';
}

const MAX_BODY_BYTES = 1_000_000;

export async function readBody(req: IncomingMessage): Promise<string> {
  return (await readLimitedBody(req, MAX_BODY_BYTES)).toString('utf8');
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
