/**
 * DDL of the PostgreSQL audit sink: the records table, the one-row chain head that anchors its end, and triggers that
 * keep both append-only (records never change; the head only moves forward one record at a time).
 */
import type { PoolClient } from 'pg';

export interface AuditTables {
  records: string;
  head: string;
}

/** `name` quoted as given, or `schema.name`; `suffix` names a companion object beside it. */
export function quotedName(table: string, suffix = ''): string {
  return table
    .split('.')
    .map((part, i, all) => `"${part}${i === all.length - 1 ? suffix : ''}"`)
    .join('.');
}

export async function createAuditTables(db: PoolClient, table: string): Promise<void> {
  const records = quotedName(table);
  const head = quotedName(table, '_head');
  const recordsGuard = quotedName(table, '_append_only');
  const headGuard = quotedName(table, '_head_forward_only');
  await db.query(`CREATE TABLE IF NOT EXISTS ${records} (
    sequence bigint PRIMARY KEY,
    workflow_id text NOT NULL,
    run_id text NOT NULL,
    previous_hash text,
    hash text NOT NULL,
    body jsonb NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (workflow_id, run_id))`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${head} (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    sequence bigint NOT NULL,
    hash text,
    updated_at timestamptz NOT NULL DEFAULT now())`);
  // A table written before the head existed is anchored at its current last record, once.
  await db.query(`INSERT INTO ${head} (id, sequence, hash)
    SELECT true, sequence, hash FROM ${records} ORDER BY sequence DESC LIMIT 1 ON CONFLICT (id) DO NOTHING`);
  await db.query(`INSERT INTO ${head} (id, sequence, hash) VALUES (true, 0, NULL) ON CONFLICT (id) DO NOTHING`);

  await db.query(`CREATE OR REPLACE FUNCTION ${recordsGuard}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit records are append-only'; END $$`);
  await db.query(`CREATE OR REPLACE FUNCTION ${headGuard}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        IF NEW.sequence = OLD.sequence + 1 AND NEW.hash IS NOT NULL THEN RETURN NEW; END IF;
      END IF;
      RAISE EXCEPTION 'the audit chain head only moves forward one record at a time';
    END $$`);
  // Only missing triggers are created: dropping one would lock the table against appends already running elsewhere.
  for (const [target, guard] of [
    [records, recordsGuard],
    [head, headGuard],
  ] as const) {
    const existing = await db.query<{ tgname: string }>('SELECT tgname FROM pg_trigger WHERE tgrelid = $1::regclass', [
      target,
    ]);
    const has = new Set(existing.rows.map((row) => row.tgname));
    if (!has.has('append_only')) {
      await db.query(
        `CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON ${target} FOR EACH ROW EXECUTE FUNCTION ${guard}()`,
      );
    }
    if (!has.has('append_only_truncate')) {
      await db.query(
        `CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON ${target} FOR EACH STATEMENT EXECUTE FUNCTION ${guard}()`,
      );
    }
  }
}
