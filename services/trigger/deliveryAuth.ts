/**
 * How a delivery proves it comes from us: a bearer token (what EventBridge API destinations and Genesys data actions
 * can send), or an HMAC-SHA256 signature over the timestamp and the raw body (for a relay of your own, e.g. a Lambda
 * between EventBridge and the service, where the secret never travels). The timestamp bounds the replay of a captured
 * delivery; the body is signed as bytes, so no JSON re-serialisation changes what was signed.
 */
import { createHmac } from 'node:crypto';
import { secretMatches } from '../../infra/http/credentials';

export const SIGNATURE_HEADER = 'x-router-signature';
export const TIMESTAMP_HEADER = 'x-router-timestamp';
/** How far a signed delivery's timestamp may be from our clock, either way. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;
const SCHEME = 'v1=';

export type SignatureVerdict = 'valid' | 'absent' | 'stale' | 'mismatch';

/** The `X-Router-Signature` value a sender puts on this body at this time (seconds since the epoch). */
export function signDelivery(secret: string, timestampSeconds: number, body: Buffer | string): string {
  return `${SCHEME}${createHmac('sha256', secret).update(`${timestampSeconds}.`).update(body).digest('hex')}`;
}

export function verifySignature(
  secret: string,
  headers: { signature?: string; timestamp?: string },
  body: Buffer,
  nowSeconds: number,
): SignatureVerdict {
  if (!headers.signature || !headers.timestamp) return 'absent';
  if (!/^\d{1,12}$/.test(headers.timestamp)) return 'stale';
  const timestamp = Number(headers.timestamp);
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return 'stale';
  // Several signatures may be listed while a secret rotates; one valid one is enough.
  const expected = signDelivery(secret, timestamp, body);
  const presented = headers.signature.split(/[\s,]+/).filter((s) => s.startsWith(SCHEME));
  return presented.some((s) => secretMatches(s, expected)) ? 'valid' : 'mismatch';
}
