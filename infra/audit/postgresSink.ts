/**
 * PostgreSQL audit sink, for any number of worker processes. Each append is one transaction that locks the one-row
 * chain head (SELECT ... FOR UPDATE), so appends are serialised by the database and each costs the same few indexed
 * statements however long the log is. The head row anchors the chain's end outside the records, so a cut at the end
 * shows; a unique (workflow_id, run_id) makes the record for a run exactly-once. Triggers refuse UPDATE, DELETE and
 * TRUNCATE of records and any head move other than one step forward.
 */
import { Pool, type PoolClient } from 'pg';
import type { AuditEntry } from '../../contracts/routingState';
import { FailureTypes, RoutingError, routingFailure } from '../../contracts/failures';
import { chainRecord, type ChainAnchor, type SealedAuditRecord } from '../../domain/audit';
import { AuditSinkError, describeDatabase } from './errors';
import { createAuditTables, quotedName } from './postgresSchema';
import { auditBodyFor, type AppendResult, type AuditSink } from './sink';

export interface PostgresAuditSinkOptions {
  connectionString: string;
  /** `table` or `schema.table`, lower-case identifiers (default audit_records; unqualified follows search_path). */
  table?: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,40}(\.[a-z_][a-z0-9_]{0,40})?$/;
/** Rows per page when streaming the log (keyset pagination on sequence: constant memory, no long transaction). */
const PAGE_SIZE = 2_000;
/** SQLSTATE classes and network codes that mean "this database cannot be used", not "this statement failed". */
const UNREACHABLE = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ECONNRESET|08\w{3}|28\w{3}|3D000)$/;

export class PostgresAuditSink implements AuditSink {
  readonly kind = 'postgres' as const;
  private readonly pool: Pool;
  private readonly tableName: string;
  private readonly table: string;
  private readonly head: string;
  private readonly where: string;
  private ready?: Promise<void>;

  constructor(options: PostgresAuditSinkOptions) {
    const table = options.table ?? 'audit_records';
    if (!IDENTIFIER.test(table))
      throw new TypeError('audit table must be a lower-case identifier such as audit_records or audit.records');
    this.tableName = table;
    this.table = quotedName(table);
    this.head = quotedName(table, '_head');
    this.where = describeDatabase(options.connectionString);
    this.pool = new Pool({ connectionString: options.connectionString, max: 4, connectionTimeoutMillis: 5_000 });
    // An idle client that loses its connection must not crash the worker; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  /** Creates the tables once per process (idempotent, under an advisory lock so racing workers do not collide). */
  open(): Promise<void> {
    this.ready ??= this.transaction(async (db) => {
      await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`audit-chain:${this.tableName}`]);
      await createAuditTables(db, this.tableName);
    }).catch((error: unknown) => {
      this.ready = undefined; // let the next call try again
      throw error;
    });
    return this.ready;
  }

  async append(entry: AuditEntry, at: Date = new Date()): Promise<AppendResult> {
    const body = auditBodyFor(entry, at);
    await this.open();
    return this.transaction(async (db) => {
      // The lock on the head row is what serialises appenders; whatever was committed before it is visible after it.
      const head = (
        await db.query<{ sequence: string; hash: string | null }>(
          `SELECT sequence, hash FROM ${this.head} WHERE id FOR UPDATE`,
        )
      ).rows[0];
      if (!head) throw new AuditSinkError('damaged', `the audit chain head row of ${this.tableName} is missing`);
      const existing = (
        await db.query<{ sequence: string; hash: string }>(
          `SELECT sequence, hash FROM ${this.table} WHERE workflow_id = $1 AND run_id = $2`,
          [body.workflowId, body.runId],
        )
      ).rows[0];
      if (existing) return { sequence: Number(existing.sequence), hash: existing.hash, duplicate: true };
      const record = chainRecord(head.hash, Number(head.sequence) + 1, body);
      await db.query(
        `WITH added AS (
           INSERT INTO ${this.table} (sequence, workflow_id, run_id, previous_hash, hash, body) VALUES ($1, $2, $3, $4, $5, $6)
           RETURNING sequence, hash)
         UPDATE ${this.head} SET sequence = added.sequence, hash = added.hash, updated_at = now() FROM added WHERE id`,
        [record.sequence, body.workflowId, body.runId, record.previousHash, record.hash, JSON.stringify(record.body)],
      );
      return { sequence: record.sequence, hash: record.hash, duplicate: false };
    });
  }

  /** Reading never creates the tables: a database with no audit table reads as an empty, unanchored log. */
  async readAnchor(): Promise<ChainAnchor | null> {
    const rows = await this.read(async () => {
      if (!(await this.exists(this.head))) return [];
      return (
        await this.pool.query<{ sequence: string; hash: string | null }>(
          `SELECT sequence, hash FROM ${this.head} WHERE id`,
        )
      ).rows;
    });
    return rows[0] ? { sequence: Number(rows[0].sequence), hash: rows[0].hash } : null;
  }

  async *records(): AsyncIterable<unknown> {
    if (!(await this.read(() => this.exists(this.table)))) return;
    let after = Number.MIN_SAFE_INTEGER; // a tampered table may hold sequences below 1
    for (;;) {
      const { rows } = await this.read(() =>
        this.pool.query<{ sequence: string; previous_hash: string | null; hash: string; body: unknown }>(
          `SELECT sequence, previous_hash, hash, body FROM ${this.table} WHERE sequence > $1 ORDER BY sequence LIMIT ${PAGE_SIZE}`,
          [after],
        ),
      );
      for (const row of rows)
        yield { sequence: Number(row.sequence), previousHash: row.previous_hash, hash: row.hash, body: row.body };
      if (rows.length < PAGE_SIZE) return;
      after = Number(rows[rows.length - 1]!.sequence);
    }
  }

  async readAll(): Promise<SealedAuditRecord[]> {
    const all: SealedAuditRecord[] = [];
    for await (const record of this.records()) all.push(record as SealedAuditRecord);
    return all;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async exists(quoted: string): Promise<boolean> {
    const found = await this.pool.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [quoted]);
    return Boolean(found.rows[0]?.found);
  }

  /** Reads fail with the database named when it cannot be reached (verify-audit reports that, not a query error). */
  private async read<T>(query: () => Promise<T>): Promise<T> {
    try {
      return await query();
    } catch (error) {
      throw this.unreachable(error) ?? error;
    }
  }

  /** The database itself unusable (down, unknown, login refused), named without credentials; undefined otherwise. */
  private unreachable(error: unknown): AuditSinkError | undefined {
    const code = (error as { code?: string }).code ?? '';
    if (!UNREACHABLE.test(code) && !/timeout/i.test((error as Error).message)) return undefined;
    const why = code.startsWith('28') ? 'refused the login' : code === '3D000' ? 'does not exist' : 'cannot be reached';
    return new AuditSinkError('unreachable', `the audit database at ${this.where} ${why}${code ? ` (${code})` : ''}`);
  }

  /** BEGIN, run, COMMIT; any failure rolls back and becomes a retryable AuditWriteFailed. */
  private async transaction<T>(work: (db: PoolClient) => Promise<T>): Promise<T> {
    let db: PoolClient | undefined;
    try {
      db = await this.pool.connect();
      await db.query('BEGIN');
      const result = await work(db);
      await db.query('COMMIT');
      return result;
    } catch (error) {
      await db?.query('ROLLBACK').catch(() => undefined);
      if (error instanceof RoutingError) throw error;
      // pg errors carry no connection string; the SQLSTATE code and the host are enough to diagnose.
      const code = (error as { code?: string }).code;
      const known = error instanceof AuditSinkError ? error : this.unreachable(error);
      const message = known ? known.message : `audit database write failed at ${this.where}${code ? ` (${code})` : ''}`;
      throw routingFailure(FailureTypes.AuditWriteFailed, message, { details: { code } });
    } finally {
      db?.release();
    }
  }
}
