/**
 * Why an audit log cannot be used at all (as opposed to one append failing, which is a retryable AuditWriteFailed).
 * Messages name the file, the database host or the lock holder: never a password or a record's content.
 */
export type AuditSinkProblem = 'missing' | 'unreachable' | 'locked' | 'damaged';

export class AuditSinkError extends Error {
  override name = 'AuditSinkError';

  constructor(
    readonly problem: AuditSinkProblem,
    message: string,
  ) {
    super(message);
  }
}

/** host:port/database of a postgres:// URL, without user or password. */
export function describeDatabase(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname || ''}`;
  } catch {
    return 'the configured database';
  }
}
