/**
 * Replacement tokens. By default `[EMAIL_REDACTED]`; with a key, consistent pseudonyms `[EMAIL_1]`: the
 * value's keyed HMAC identifies it, so one value maps to one token across a transcript while the map
 * never holds the value itself, and without the key the token cannot be linked back by guessing.
 */
import { createHmac } from 'node:crypto';
import type { PiiSpan, PiiType } from './types';

export interface Replacer {
  (span: PiiSpan): string;
}

export const placeholderFor = (type: PiiType): string => `[${type}_REDACTED]`;

export function createReplacer(pseudonymKey?: Buffer | string): Replacer {
  if (pseudonymKey === undefined || pseudonymKey.length === 0) return (span) => placeholderFor(span.type);
  const tokens = new Map<string, string>();
  const nextNumber: Partial<Record<PiiType, number>> = {};
  return (span) => {
    const id = createHmac('sha256', pseudonymKey).update(`${span.type}\u0000${span.canonical}`).digest('base64');
    let token = tokens.get(id);
    if (!token) {
      const n = (nextNumber[span.type] ?? 0) + 1;
      nextNumber[span.type] = n;
      token = `[${span.type}_${n}]`;
      tokens.set(id, token);
    }
    return token;
  };
}
