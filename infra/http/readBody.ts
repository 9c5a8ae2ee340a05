import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/**
 * Reads a request body up to maxBytes. A larger body is still drained (so the server can answer 413 on a
 * healthy connection) and then rejected.
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req) {
    size += (part as Buffer).length;
    if (size <= maxBytes) parts.push(part as Buffer);
  }
  if (size > maxBytes) throw new BodyTooLargeError(`request body exceeds ${maxBytes} bytes`);
  return Buffer.concat(parts);
}
