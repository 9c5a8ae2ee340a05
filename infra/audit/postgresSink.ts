/**
 * PostgreSQL audit sink. Each append runs in a transaction holding an advisory lock for the table, so concurrent
 * workers (any number of processes) extend one chain; a unique (workflow_id, run_id) makes the record for a run
 * exactly-once. Triggers refuse UPDATE, DELETE and TRUNCATE: tampering needs an owner who disables it, and the hash chain
 * still shows what was changed.
 */
import { Pool, type PoolClient } from 'pg';
import type { AuditEntry } from '../../contracts/routingState';
import { FailureTypes, RoutingError, routingFailure } from '../../contracts/failures';
import { chainRecord, toAuditBody, type AuditBody, type SealedAuditRecord } from '../../domain/audit';
import type { AppendResult, AuditSink } from './sink';

export interface PostgresAuditSinkOptions {
  connectionString: string;
  /** `table` or `schema.table`, lower-case identifiers (default audit_records). */
  table?: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,50}(\.[a-z_][a-z0-9_]{0,50})?$/;

export class PostgresAuditSink implements AuditSink {
  readonly kind = 'postgres' as const;
  private readonly pool: Pool;
  private readonly table: string;
  private readonly lockKey: string;
  private ready?: Promise<void>;

  constructor(options: PostgresAuditSinkOptions) {
    const table = options.table ?? 'audit_records';
    if (!IDENTIFIER.test(table)) throw new TypeError('audit table must be a lower-case identifier such as audit_records or audit.records');
    this.table = table.split('.').map((part) => `"${part}"`).join('.');
    this.lockKey = `audit-chain:${table}`;
    this.pool = new Pool({ connectionString: options.connectionString, max: 4 });
    // An idle client that loses its connection must not crash the worker; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  async append(entry: AuditEntry, at: Date = new Date()): Promise<AppendResult> {
    let body;
    try {
      body = toAuditBody(entry, at.toISOString());
    } catch (error) {
      throw routingFailure(FailureTypes.InvalidInput, (error as Error).message);
    }
    return this.transaction(async (db) => {
      const existing = await db.query<{ sequence: string; hash: string }>(
        `SELECT sequence, hash FROM ${this.table} WHERE workflow_id = $1 AND run_id = $2`,
        [body.workflowId, body.runId],
      );
      const found = existing.rows[0];
      if (found) return { sequence: Number(found.sequence), hash: found.hash, duplicate: true };
      const tail = (await db.query<{ sequence: string; hash: string }>(`SELECT sequence, hash FROM ${this.table} ORDER BY sequence DESC LIMIT 1`)).rows[0];
      const record = chainRecord(tail?.hash ?? null, tail ? Number(tail.sequence) + 1 : 1, body);
      await db.query(
        `INSERT INTO ${this.table} (sequence, workflow_id, run_id, previous_hash, hash, body) VALUES ($1, $2, $3, $4, $5, $6)`,
        [record.sequence, body.workflowId, body.runId, record.previousHash, record.hash, JSON.stringify(record.body)],
      );
      return { sequence: record.sequence, hash: record.hash, duplicate: false };
    });
  }

  /** Reading never creates the table: verify-audit against an empty database reports zero records. */
  async readAll(): Promise<SealedAuditRecord[]> {
    const exists = await this.pool.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [this.table]);
    if (!exists.rows[0]?.found) return [];
    const { rows } = await this.pool.query<{ sequence: string; previous_hash: string | null; hash: string; body: unknown }>(
      `SELECT sequence, previous_hash, hash, body FROM ${this.table} ORDER BY sequence`,
    );
    return rows.map((row) => ({ sequence: Number(row.sequence), previousHash: row.previous_hash, hash: row.hash, body: row.body as AuditBody }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private ensureTable(): Promise<void> {
    this.ready ??= this.withLock(async (db) => {
      const guard = this.table.replace(/"$/, '_append_only"');
      await db.query(`CREATE TABLE IF NOT EXISTS ${this.table} (
        sequence bigint PRIMARY KEY,
        workflow_id text NOT NULL,
        run_id text NOT NULL,
        previous_hash text,
        hash text NOT NULL,
        body jsonb NOT NULL,
        written_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workflow_id, run_id))`);
      await db.query(`CREATE OR REPLACE FUNCTION ${guard}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit records are append-only'; END $$`);
      await db.query(`DROP TRIGGER IF EXISTS append_only ON ${this.table}`);
      await db.query(`CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON ${this.table} FOR EACH ROW EXECUTE FUNCTION ${guard}()`);
      await db.query(`DROP TRIGGER IF EXISTS append_only_truncate ON ${this.table}`);
      await db.query(`CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON ${this.table} FOR EACH STATEMENT EXECUTE FUNCTION ${guard}()`);
    }).catch((error: unknown) => {
      this.ready = undefined; // let the next call try again
      throw error;
    });
    return this.ready;
  }

  private async transaction<T>(work: (db: PoolClient) => Promise<T>): Promise<T> {
    await this.ensureTable();
    return this.withLock(work);
  }

  /** BEGIN, take the table's advisory lock (released at COMMIT/ROLLBACK), run, COMMIT. */
  private async withLock<T>(work: (db: PoolClient) => Promise<T>): Promise<T> {
    let db: PoolClient | undefined;
    try {
      db = await this.pool.connect();
      await db.query('BEGIN');
      await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.lockKey]);
      const result = await work(db);
      await db.query('COMMIT');
      return result;
    } catch (error) {
      await db?.query('ROLLBACK').catch(() => undefined);
      if (error instanceof RoutingError) throw error;
      // pg errors carry no connection string; the SQLSTATE code is enough to diagnose.
      const code = (error as { code?: string }).code;
      throw routingFailure(FailureTypes.AuditWriteFailed, `audit database write failed${code ? ` (${code})` : ''}`, { details: { code } });
    } finally {
      db?.release();
    }
  }
}
