/** Small node:http helpers shared by the simulator's handlers. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readBody as readLimitedBody } from '../../infra/http/readBody';

export const MAX_BODY_BYTES = 1024 * 1024;

/** The gateway's error body: `{ "error": { "message", "type", "code" } }`. */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  extraHeaders: Record<string, string> = {},
): void {
  const type = status >= 500 ? 'server_error' : status === 429 ? 'rate_limit_error' : 'invalid_request_error';
  const body = JSON.stringify({ error: { message, type, code } });
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    ...extraHeaders,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** The request body, or 'too-large' once it passes the limit (the rest is drained, not buffered). */
export async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  try {
    return await readLimitedBody(req, MAX_BODY_BYTES);
  } catch (err) {
    if (err instanceof BodyTooLargeError) return 'too-large';
    throw err;
  }
}

/** "sk-gw-ab****wxyz": what OpenAI-style gateways echo about a wrong key. */
export function maskKey(key: string): string {
  return key.length <= 8 ? '****' : `${key.slice(0, 8)}${'*'.repeat(Math.max(4, key.length - 12))}${key.slice(-4)}`;
}

export const headerString = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;
