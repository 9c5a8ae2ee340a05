/** `verify-audit` through the CLI: the right cause and exit code for a missing file, a bad database and a cut log. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runCli } from '../client/cli';
import { CliContext } from '../client/context';
import { ExitCode } from '../client/output';
import { runVerifyAudit, terminalProgress } from '../client/commands/verifyAudit';
import { JsonlAuditSink, PostgresAuditSink } from '../infra/audit';
import { runs } from './auditFixtures';

const DATABASE_URL = process.env.AUDIT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function cli() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    ctx: new CliContext(
      {},
      (l) => out.push(l),
      (l) => err.push(l),
    ),
    out,
    err,
  };
}

/** A JSONL log of `count` records, written and closed; the sink can still read it. */
async function writeJsonlLog(path: string, count: number): Promise<JsonlAuditSink> {
  const sink = new JsonlAuditSink(path);
  for (const entry of runs(count)) await sink.append(entry);
  await sink.close();
  return sink;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verify-audit-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('verify-audit --file', () => {
  it('fails on a file that does not exist, naming it (it used to print OK)', async () => {
    const { ctx, out, err } = cli();
    const path = join(dir, 'nonexistent.jsonl');
    expect(await runCli(['verify-audit', '--file', path], ctx)).toBe(ExitCode.usage);
    expect(err.join('\n')).toBe(`error: audit file ${path} does not exist`);
    expect(out).toEqual([]);
  });

  it('passes a clean log and names the truncation when the last record is deleted', async () => {
    const path = join(dir, 'audit.jsonl');
    await writeJsonlLog(path, 3);

    const clean = cli();
    expect(await runCli(['verify-audit', '--file', path], clean.ctx)).toBe(ExitCode.ok);
    expect(clean.out[0]).toBe('audit jsonl: OK, 3 record(s) verified');
    expect(clean.out[1]).toMatch(/^head: record 3 hash [0-9a-f]{64} \(matches the head anchor\)$/);

    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    await writeFile(path, `${lines.slice(0, 2).join('\n')}\n`);
    const cut = cli();
    expect(await runCli(['verify-audit', '--file', path], cut.ctx)).toBe(ExitCode.failed);
    expect(cut.out).toEqual([
      'audit jsonl: FAILED at record 3 (truncated): 1 record(s) cut from the end: the head anchor names record 3, the log ends at record 2',
    ]);
  });

  it('fails a log whose head file was removed with it', async () => {
    const path = join(dir, 'audit.jsonl');
    await writeJsonlLog(path, 1);
    await rm(`${path}.head`);
    const { ctx, out } = cli();
    expect(await runCli(['verify-audit', '--file', path], ctx)).toBe(ExitCode.failed);
    expect(out[0]).toMatch(/\(unanchored\): the chain head anchor is missing/);
  });
});

describe('verify-audit --database', () => {
  it('blames the database, not Temporal, when it cannot be reached', async () => {
    const { ctx, err } = cli();
    expect(await runCli(['verify-audit', '--database', 'postgres://auditor:s3cret@127.0.0.1:1/audit'], ctx)).toBe(
      ExitCode.error,
    );
    expect(err.join('\n')).toBe('error: the audit database at 127.0.0.1:1/audit cannot be reached (ECONNREFUSED)');
    expect(err.join('\n')).not.toMatch(/Temporal|s3cret/);
  });

  it('names a database that does not exist', async () => {
    const { ctx, err } = cli();
    const url = DATABASE_URL.replace(/\/[^/]*$/, '/no_such_database_i13');
    expect(await runCli(['verify-audit', '--database', url], ctx)).toBe(ExitCode.error);
    expect(err.join('\n')).toMatch(/the audit database at .*\/no_such_database_i13 does not exist \(3D000\)/);
  });

  it('names the truncation when the last record is deleted', async () => {
    const schema = `audit_cli_${randomBytes(5).toString('hex')}`;
    const admin = new Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    try {
      const sink = new PostgresAuditSink({ connectionString: url });
      for (const entry of runs(4)) await sink.append(entry);
      await sink.close();
      const clean = cli();
      expect(await runCli(['verify-audit', '--database', url], clean.ctx)).toBe(ExitCode.ok);
      expect(clean.out[0]).toBe('audit postgres: OK, 4 record(s) verified');

      await admin.query(`ALTER TABLE ${schema}.audit_records DISABLE TRIGGER USER`);
      await admin.query(`DELETE FROM ${schema}.audit_records WHERE sequence = 4`);
      const cut = cli();
      expect(await runCli(['verify-audit', '--database', url], cut.ctx)).toBe(ExitCode.failed);
      expect(cut.out).toEqual([
        'audit postgres: FAILED at record 4 (truncated): 1 record(s) cut from the end: the head anchor names record 4, the log ends at record 3',
      ]);
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });
});

describe('verify-audit progress', () => {
  it('rewrites one line on a terminal while it streams, clears it at the end, and stays quiet when piped', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = await writeJsonlLog(path, 4);

    const written: string[] = [];
    const terminal = { isTTY: true, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const out: string[] = [];
    expect(await runVerifyAudit(sink, (l) => out.push(l), terminalProgress(terminal), 2)).toBe(true);
    expect(written).toEqual([
      '\r\u001b[2Kverifying audit jsonl: 2 record(s)...',
      '\r\u001b[2Kverifying audit jsonl: 4 record(s)...',
      '\r\u001b[2K',
    ]);
    expect(out[0]).toBe('audit jsonl: OK, 4 record(s) verified');
    expect(terminalProgress({ isTTY: false } as NodeJS.WriteStream)).toBeUndefined();
  });
});

describe('verify-audit --json', () => {
  it('prints one JSON document: the verdict, or the error with its kind and exit code', async () => {
    const path = join(dir, 'audit.jsonl');
    await writeJsonlLog(path, 2);

    const clean = cli();
    expect(await runCli(['verify-audit', '--file', path, '--json'], clean.ctx)).toBe(ExitCode.ok);
    expect(clean.out).toHaveLength(1);
    expect(JSON.parse(clean.out[0]!)).toMatchObject({
      sink: 'jsonl',
      ok: true,
      records: 2,
      head: { sequence: 2 },
      anchor: { sequence: 2 },
    });

    const missing = cli();
    expect(await runCli(['verify-audit', '--file', join(dir, 'gone.jsonl'), '--json'], missing.ctx)).toBe(
      ExitCode.usage,
    );
    expect(JSON.parse(missing.out[0]!)).toEqual({
      error: {
        kind: 'audit_missing',
        exitCode: ExitCode.usage,
        message: `audit file ${join(dir, 'gone.jsonl')} does not exist`,
      },
    });
  });
});
