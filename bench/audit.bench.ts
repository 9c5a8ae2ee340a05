/**
 * Audit figures for `npm run bench`:
 * 1. appends per second on a log that already holds 10k and 100k records, for the JSONL file and PostgreSQL: an append
 *    must cost the same however long the log is (each is fsynced / committed, so the disk sets the absolute figure);
 * 2. verify-audit's streaming verifier: records per second and how far the heap grows while it reads the log.
 *    `npm run bench -- audit --verify-records=1000000` verifies a log of that size (about 1.1 GB on disk).
 * The existing records are real chained records, generated here; PostgreSQL gets a fresh schema, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { chainRecord, ChainVerifier, toAuditBody, type SealedAuditRecord } from '../domain/audit';
import { JsonlAuditSink, PostgresAuditSink, type AuditSink } from '../infra/audit';
import { auditEntry } from '../test/auditFixtures';

const EXISTING = [10_000, 100_000];
const APPENDS = 100;
const ROUNDS = 3;
const DATABASE_URL = process.env.AUDIT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const T0 = Date.parse('2026-01-05T10:00:00Z');

function* chain(count: number): Generator<SealedAuditRecord> {
  let previous: SealedAuditRecord | undefined;
  for (let i = 1; i <= count; i += 1) {
    const body = toAuditBody(
      auditEntry({ workflowId: `route-bench-${i}`, runId: `run-${i}`, latencyMs: 700 + (i % 300) }),
      new Date(T0 + i).toISOString(),
    );
    previous = chainRecord(previous?.hash ?? null, i, body);
    yield previous;
  }
}

async function writeJsonlLog(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  let last: SealedAuditRecord | undefined;
  for (const record of chain(count)) {
    last = record;
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  await writeFile(`${file}.head`, `${JSON.stringify({ sequence: last?.sequence ?? 0, hash: last?.hash ?? null })}\n`);
}

async function loadPostgres(admin: Client, schema: string, count: number): Promise<void> {
  let batch: SealedAuditRecord[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await admin.query(
      `INSERT INTO ${schema}.audit_records (sequence, workflow_id, run_id, previous_hash, hash, body)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[])`,
      [
        batch.map((r) => r.sequence),
        batch.map((r) => r.body.workflowId),
        batch.map((r) => r.body.runId),
        batch.map((r) => r.previousHash),
        batch.map((r) => r.hash),
        batch.map((r) => JSON.stringify(r.body)),
      ],
    );
    batch = [];
  };
  let last: SealedAuditRecord | undefined;
  for (const record of chain(count)) {
    batch.push(record);
    last = record;
    if (batch.length === 2_000) await flush();
  }
  await flush();
  // The head only moves one step at a time under its trigger: a bulk load sets it with the trigger off.
  await admin.query(`ALTER TABLE ${schema}.audit_records_head DISABLE TRIGGER USER`);
  await admin.query(`UPDATE ${schema}.audit_records_head SET sequence = $1, hash = $2`, [last!.sequence, last!.hash]);
  await admin.query(`ALTER TABLE ${schema}.audit_records_head ENABLE TRIGGER USER`);
}

/** Best of ROUNDS rounds of APPENDS appends (the round least disturbed by the shared machine). */
async function appendsPerSecond(sink: AuditSink, existing: number): Promise<number> {
  await sink.open();
  let best = 0;
  let next = existing + 1;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    for (let i = 0; i < APPENDS; i += 1, next += 1) {
      const written = await sink.append(auditEntry({ workflowId: `route-new-${next}`, runId: `run-new-${next}` }));
      if (written.sequence !== next) throw new Error(`append landed at ${written.sequence}, expected ${next}`);
    }
    best = Math.max(best, APPENDS / ((performance.now() - started) / 1000));
  }
  return best;
}

async function benchJsonl(dir: string): Promise<void> {
  for (const existing of EXISTING) {
    const file = path.join(dir, `appends-${existing}.jsonl`);
    await writeJsonlLog(file, existing);
    const sink = new JsonlAuditSink(file);
    const rate = await appendsPerSecond(sink, existing);
    await sink.close();
    console.log(
      `  jsonl      ${String(existing).padStart(7)} existing records: ${rate.toFixed(0).padStart(6)} appends/s (best of ${ROUNDS} x ${APPENDS}, each fsynced)`,
    );
  }
}

async function benchPostgres(): Promise<void> {
  const admin = new Client({ connectionString: DATABASE_URL });
  await admin.connect();
  try {
    for (const existing of EXISTING) {
      const schema = `audit_bench_${randomBytes(4).toString('hex')}`;
      await admin.query(`CREATE SCHEMA ${schema}`);
      const url = `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const sink = new PostgresAuditSink({ connectionString: url });
      try {
        await sink.open();
        await loadPostgres(admin, schema, existing);
        const rate = await appendsPerSecond(sink, existing);
        console.log(
          `  postgres   ${String(existing).padStart(7)} existing records: ${rate.toFixed(0).padStart(6)} appends/s (best of ${ROUNDS} x ${APPENDS}, each committed)`,
        );
      } finally {
        await sink.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      }
    }
  } finally {
    await admin.end();
  }
}

async function benchVerify(dir: string, count: number): Promise<void> {
  const file = path.join(dir, `verify-${count}.jsonl`);
  await writeJsonlLog(file, count);
  const sink = new JsonlAuditSink(file);
  global.gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const started = performance.now();
  const verifier = new ChainVerifier(await sink.readAnchor());
  for await (const record of sink.records()) {
    verifier.push(record);
    if (verifier.count % 5_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const verdict = verifier.finish();
  const seconds = (performance.now() - started) / 1000;
  if (!verdict.ok) throw new Error(`bench log failed verification: ${verdict.detail}`);
  console.log(
    `  verify     ${String(count).padStart(7)} records: ${(count / seconds).toFixed(0)} records/s, heap grew at most ${((peak - baseline) / 1e6).toFixed(1)} MB while streaming`,
  );
  await rm(file);
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'audit-bench-'));
  const requested = process.argv.find((a) => a.startsWith('--verify-records='));
  try {
    console.log('audit appends (machine shared: compare the rows with each other, not with another machine)');
    await benchJsonl(dir);
    await benchPostgres();
    console.log('verify-audit (streaming)');
    await benchVerify(dir, requested ? Number(requested.split('=')[1]) : 100_000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
