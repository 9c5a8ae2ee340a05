import type { Env } from '../../config/env';
import { JsonlAuditSink } from './jsonlSink';
import { PostgresAuditSink } from './postgresSink';
import type { AuditSink } from './sink';

export type { AuditSink, AppendResult } from './sink';
export { AuditSinkError, type AuditSinkProblem } from './errors';
export { JsonlAuditSink } from './jsonlSink';
export { PostgresAuditSink, type PostgresAuditSinkOptions } from './postgresSink';

/** PostgreSQL when AUDIT_DATABASE_URL is set (production, any number of workers), else the JSONL file at AUDIT_LOG_PATH. */
export function createAuditSink(env: Pick<Env, 'AUDIT_DATABASE_URL' | 'AUDIT_LOG_PATH'>): AuditSink {
  return env.AUDIT_DATABASE_URL
    ? new PostgresAuditSink({ connectionString: env.AUDIT_DATABASE_URL })
    : new JsonlAuditSink(env.AUDIT_LOG_PATH);
}
