/** Shared-secret checks for our HTTP services (codec server, trigger service): one constant-time comparison. */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares digests so neither the length nor a prefix of the secret leaks through timing. */
export function secretMatches(presented: string, secret: string): boolean {
  return timingSafeEqual(digest(presented), digest(secret)) && presented.length > 0;
}

/** True when an `Authorization: Bearer <token>` header carries exactly `token`. */
export function bearerMatches(authorization: string | undefined, token: string | undefined): boolean {
  if (!token) return false;
  return secretMatches(/^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '', token);
}
