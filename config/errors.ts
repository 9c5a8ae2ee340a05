import type { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** "FIELD.path: message" per issue. Never includes the received value, which may be a secret. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
