import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { AuditEntry } from '../contracts/routingState';
import { ChainVerifier, verifyChain } from '../domain/audit';
import { createAuditSink, JsonlAuditSink, PostgresAuditSink, type AuditSink } from '../infra/audit';
import { auditEntry, runs } from './auditFixtures';

const DATABASE_URL = process.env.AUDIT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const appendAll = async (sink: AuditSink, entries: AuditEntry[]) => {
  for (const entry of entries) await sink.append(entry);
};

/** Each sink kind behind the same contract, plus a way to tamper with what it stored. */
interface Harness {
  sink: AuditSink;
  newSink(): AuditSink;
  edit(sequence: number): Promise<void>;
  remove(sequence: number): Promise<void>;
  swap(a: number, b: number): Promise<void>;
  /** A file's lines can move; a table's rows are ordered by sequence, so there a swap rewrites what each hash covered. */
  swapShowsAs: 'reordered' | 'edited';
  rawText(): Promise<string>;
  cleanup(): Promise<void>;
}

async function jsonlHarness(): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'audit-'));
  const path = join(dir, 'audit.jsonl');
  const lines = async () => (await readFile(path, 'utf8')).trimEnd().split('\n');
  const save = (l: string[]) => writeFile(path, `${l.join('\n')}\n`);
  const sinks: AuditSink[] = [];
  const newSink = () => {
    const sink = new JsonlAuditSink(path);
    sinks.push(sink);
    return sink;
  };
  return {
    sink: newSink(),
    newSink,
    async edit(sequence) {
      const l = await lines();
      l[sequence - 1] = l[sequence - 1]!.replace('"status":"completed"', '"status":"failed"');
      await save(l);
    },
    async remove(sequence) {
      await save((await lines()).filter((_, i) => i !== sequence - 1));
    },
    async swap(a, b) {
      const l = await lines();
      [l[a - 1], l[b - 1]] = [l[b - 1]!, l[a - 1]!];
      await save(l);
    },
    swapShowsAs: 'reordered',
    rawText: () => readFile(path, 'utf8'),
    async cleanup() {
      await Promise.all(sinks.map((s) => s.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function postgresHarness(): Promise<Harness> {
  const table = `audit_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: DATABASE_URL });
  await admin.connect();
  const sinks: AuditSink[] = [];
  const newSink = () => {
    const sink = new PostgresAuditSink({ connectionString: DATABASE_URL, table });
    sinks.push(sink);
    return sink;
  };
  // Tampering as a table owner would: switch the append-only triggers off first.
  const tamper = async (params: unknown[], ...statements: string[]) => {
    await admin.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    for (const sql of statements) await admin.query(sql, params);
    await admin.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  };
  return {
    sink: newSink(),
    newSink,
    edit: (sequence) =>
      tamper([sequence], `UPDATE ${table} SET body = jsonb_set(body, '{status}', '"failed"') WHERE sequence = $1`),
    remove: (sequence) => tamper([sequence], `DELETE FROM ${table} WHERE sequence = $1`),
    // Through negative numbers: the primary key is checked row by row.
    swap: (a, b) =>
      tamper(
        [a, b],
        `UPDATE ${table} SET sequence = -sequence WHERE sequence IN ($1::bigint, $2::bigint)`,
        `UPDATE ${table} SET sequence = CASE sequence WHEN -($1::bigint) THEN $2::bigint ELSE $1::bigint END WHERE sequence IN (-($1::bigint), -($2::bigint))`,
      ),
    swapShowsAs: 'edited',
    rawText: async () => JSON.stringify((await admin.query(`SELECT * FROM ${table}`)).rows),
    async cleanup() {
      await Promise.all(sinks.map((s) => s.close()));
      await admin.query(`DROP TABLE IF EXISTS ${table}, ${table}_head`);
      await admin.query(`DROP FUNCTION IF EXISTS ${table}_append_only(), ${table}_head_forward_only()`);
      await admin.end();
    },
  };
}

describe.each([
  ['JSONL file', jsonlHarness],
  ['PostgreSQL', postgresHarness],
])('%s audit sink', (_name, makeHarness) => {
  let h: Harness;
  beforeEach(async () => {
    h = await makeHarness();
  });
  afterEach(() => h.cleanup());

  it('chains records in write order and verifies a clean log', async () => {
    const results = [];
    for (const entry of runs(3)) results.push(await h.sink.append(entry, new Date('2026-01-05T10:00:00Z')));
    expect(results.map((r) => [r.sequence, r.duplicate])).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    const records = (await h.sink.readAll()) as { sequence: number; hash: string; body: { timestamp: string } }[];
    expect(records.map((r) => r.hash)).toEqual(results.map((r) => r.hash));
    expect(records[0]!.body.timestamp).toBe('2026-01-05T10:00:00.000Z');
    expect(verifyChain(records)).toEqual({ ok: true, count: 3 });
  });

  it('writes a run exactly once, even when appends for it race (activity retries)', async () => {
    const first = await h.sink.append(auditEntry());
    const again = await h.sink.append(auditEntry({ reason: 'a retried append' }));
    expect(again).toEqual({ ...first, duplicate: true });
    const racing = await Promise.all([
      h.sink.append(auditEntry({ runId: 'r2' })),
      h.newSink().append(auditEntry({ runId: 'r2' })),
    ]);
    expect(racing.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(racing[0]!.hash).toBe(racing[1]!.hash);
    expect(await h.sink.readAll()).toHaveLength(2);
  });

  it('keeps one valid chain under concurrent appends from several sinks', async () => {
    const other = h.newSink();
    const entries = runs(16);
    const results = await Promise.all(entries.map((entry, i) => (i % 2 ? other : h.sink).append(entry)));
    expect(new Set(results.map((r) => r.sequence)).size).toBe(16);
    expect(verifyChain(await h.sink.readAll())).toEqual({ ok: true, count: 16 });
  });

  it('detects an edited record and names it', async () => {
    await appendAll(h.sink, runs(4));
    await h.edit(2);
    expect(verifyChain(await h.sink.readAll())).toMatchObject({ ok: false, sequence: 2, problem: 'edited' });
  });

  it('detects a removed record and names it', async () => {
    await appendAll(h.sink, runs(4));
    await h.remove(3);
    expect(verifyChain(await h.sink.readAll())).toMatchObject({ ok: false, sequence: 3, problem: 'removed' });
  });

  it('names records cut from the end by comparing with the head anchor', async () => {
    await appendAll(h.sink, runs(4));
    await h.remove(4);
    const verifier = new ChainVerifier(await h.sink.readAnchor());
    for await (const record of h.sink.records()) verifier.push(record);
    expect(verifier.finish()).toMatchObject({ ok: false, sequence: 4, problem: 'truncated' });
  });

  it('detects reordered records', async () => {
    await appendAll(h.sink, runs(4));
    await h.swap(2, 3);
    expect(verifyChain(await h.sink.readAll())).toMatchObject({ ok: false, sequence: 2, problem: h.swapShowsAs });
  });

  it('stores only the allow-listed audit fields, never stray PII or secrets', async () => {
    const leaky = {
      ...auditEntry(),
      transcript: 'call me at +1 415 555 0100',
      apiKey: 'sk-live-abc',
    } as unknown as AuditEntry;
    await h.sink.append(leaky);
    const raw = await h.rawText();
    expect(raw).toContain('conv-1');
    expect(raw).not.toContain('555 0100');
    expect(raw).not.toContain('sk-live-abc');
  });

  it('refuses an invalid entry as a non-retryable failure naming the field', async () => {
    const error = await h.sink
      .append({ ...auditEntry(), dispatches: [{ ...auditEntry().dispatches[0]!, attempt: -1 }] })
      .catch((e: Error & { type?: string; nonRetryable?: boolean }) => e);
    expect(error).toMatchObject({ type: 'InvalidInput', nonRetryable: true });
    expect((error as Error).message).toMatch(/dispatches\[0\]\.attempt/);
  });
});

describe('PostgreSQL append-only guard', () => {
  it('refuses UPDATE and DELETE while its triggers are on', async () => {
    const h = await postgresHarness();
    try {
      await h.sink.append(auditEntry());
      const admin = new Client({ connectionString: DATABASE_URL });
      await admin.connect();
      const table = (h.sink as unknown as { table: string }).table.replace(/"/g, '');
      await expect(admin.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
      await expect(admin.query(`UPDATE ${table} SET hash = 'x'`)).rejects.toThrow(/append-only/);
      // The head anchor cannot be moved back to hide a cut, nor removed.
      await expect(admin.query(`UPDATE ${table}_head SET sequence = sequence - 1`)).rejects.toThrow(
        /only moves forward/,
      );
      await expect(admin.query(`DELETE FROM ${table}_head`)).rejects.toThrow(/only moves forward/);
      await admin.end();
      expect(verifyChain(await h.sink.readAll())).toEqual({ ok: true, count: 1 });
    } finally {
      await h.cleanup();
    }
  });
});

describe('JSONL audit sink on a damaged file', () => {
  it('reports a malformed line and refuses to extend the chain past it (retryable)', async () => {
    const h = await jsonlHarness();
    try {
      await appendAll(h.sink, runs(2));
      const path = (h.sink as unknown as { path: string }).path;
      await writeFile(path, `${await readFile(path, 'utf8')}{"torn":\n`);
      expect(verifyChain(await h.sink.readAll())).toMatchObject({ ok: false, index: 2, problem: 'malformed' });
      await expect(h.sink.append(auditEntry({ runId: 'later' }))).rejects.toMatchObject({
        type: 'AuditWriteFailed',
        nonRetryable: false,
      });
    } finally {
      await h.cleanup();
    }
  });
});

describe('createAuditSink', () => {
  it('picks PostgreSQL when AUDIT_DATABASE_URL is set, else the JSONL file', async () => {
    const file = createAuditSink({
      AUDIT_DATABASE_URL: undefined,
      AUDIT_LOG_PATH: join(tmpdir(), 'never-written.jsonl'),
    });
    const db = createAuditSink({ AUDIT_DATABASE_URL: DATABASE_URL, AUDIT_LOG_PATH: 'unused' });
    expect([file.kind, db.kind]).toEqual(['jsonl', 'postgres']);
    await Promise.all([file.close(), db.close()]);
  });
});

describe('PostgreSQL audit sink before its first record', () => {
  it('reads an empty chain without creating the table', async () => {
    const table = `audit_test_${randomBytes(6).toString('hex')}`;
    const sink = new PostgresAuditSink({ connectionString: DATABASE_URL, table });
    const admin = new Client({ connectionString: DATABASE_URL });
    await admin.connect();
    try {
      expect(await sink.readAll()).toEqual([]);
      expect((await admin.query('SELECT to_regclass($1) AS found', [table])).rows[0].found).toBeNull();
    } finally {
      await sink.close();
      await admin.end();
    }
  });
});
