/**
 * Structured logs. Callers log ids, counts, stages and failure types, never transcript text,
 * tokens or keys; the redact list is a second line of defence for fields that must never print.
 */
import pino, { type Logger } from 'pino';

export const REDACTED_LOG_PATHS = [
  '*.content',
  '*.messages',
  '*.transcript',
  '*.answer',
  '*.authorization',
  '*.Authorization',
  '*.accessToken',
  '*.access_token',
  '*.clientSecret',
  '*.apiKey',
  '*.key',
  'headers.authorization',
];

export function createLogger(
  options: { level?: string; name?: string; destination?: pino.DestinationStream } = {},
): Logger {
  return pino(
    {
      name: options.name ?? 'router',
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
      base: undefined,
    },
    options.destination,
  );
}

export type { Logger };
