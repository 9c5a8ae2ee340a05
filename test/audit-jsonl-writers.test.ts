/**
 * One JSONL audit file, several writers: a second process refuses (naming the holder) instead of forking the chain;
 * a lock left by a dead process is taken over; a log cut behind the sink's back is refused on open.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { verifyChain } from '../domain/audit';
import { AuditSinkError, JsonlAuditSink } from '../infra/audit';
import { auditEntry, runs } from './auditFixtures';

const WRITER = join(__dirname, 'helpers', 'jsonlWriterProcess.ts');

let dir: string;
let path: string;
const children: ChildProcessWithoutNullStreams[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-writers-'));
  path = join(dir, 'audit.jsonl');
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/** Starts a writer process and waits for its first report. */
async function startWriter(runId: string): Promise<{
  child: ChildProcessWithoutNullStreams;
  report: { ok: boolean; pid: number; sequence?: number; message?: string };
}> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path, runId], {
    stdio: 'pipe',
    cwd: join(__dirname, '..'),
  });
  children.push(child);
  return { child, report: await firstLine(child) };
}

function firstLine(
  child: ChildProcessWithoutNullStreams,
): Promise<{ ok: boolean; pid: number; sequence?: number; message?: string }> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`writer exited with ${code} before reporting`)));
  });
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));

it('a second process refuses to write the file, naming the holder; after the holder dies its lock is taken over', async () => {
  const first = await startWriter('run-a');
  expect(first.report).toMatchObject({ ok: true, sequence: 1 });

  const second = new JsonlAuditSink(path);
  const refused = await second.open().catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(AuditSinkError);
  expect((refused as AuditSinkError).problem).toBe('locked');
  expect((refused as Error).message).toContain(
    `is already written by process ${first.report.pid} on host ${hostname()}`,
  );
  expect((refused as Error).message).toMatch(/one writing process.*AUDIT_DATABASE_URL/);
  // An append through a sink that never opened fails retryably and writes nothing.
  await expect(second.append(auditEntry({ runId: 'run-b' }))).rejects.toMatchObject({
    type: 'AuditWriteFailed',
    nonRetryable: false,
  });
  expect((await readFile(path, 'utf8')).trim().split('\n')).toHaveLength(1);

  first.child.kill('SIGKILL'); // no clean release: the lock file stays, naming a dead pid
  await exited(first.child);
  await second.open();
  expect(await second.append(auditEntry({ runId: 'run-b' }))).toMatchObject({ sequence: 2, duplicate: false });
  const third = await startWriter('run-c');
  expect(third.report.ok).toBe(false);
  expect(third.report.message).toContain(`process ${process.pid}`);
  await second.close();

  expect(verifyChain(await second.readAll())).toEqual({ ok: true, count: 2 });
}, 60_000);

it('sinks in one process share the writer and keep one chain', async () => {
  const [a, b] = [new JsonlAuditSink(path), new JsonlAuditSink(path)];
  const results = await Promise.all(runs(10).map((entry, i) => (i % 2 ? a : b).append(entry)));
  expect(new Set(results.map((r) => r.sequence)).size).toBe(10);
  await Promise.all([a.close(), b.close()]);
  expect(verifyChain(await a.readAll())).toEqual({ ok: true, count: 10 });
  expect(JSON.parse(await readFile(`${path}.head`, 'utf8'))).toMatchObject({ sequence: 10 });
});

it('refuses to open a log whose end was cut behind its back, and picks up a head file left behind by a crash', async () => {
  const sink = new JsonlAuditSink(path);
  for (const entry of runs(3)) await sink.append(entry);
  await sink.close();
  const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');

  await writeFile(`${path}.head`, `${JSON.stringify({ sequence: 2, hash: JSON.parse(lines[1]!).hash })}\n`);
  const reopened = new JsonlAuditSink(path);
  expect(await reopened.append(auditEntry({ runId: 'after-crash' }))).toMatchObject({ sequence: 4 });
  await reopened.close();

  await writeFile(path, `${lines.slice(0, 2).join('\n')}\n`);
  const cut = new JsonlAuditSink(path);
  await expect(cut.open()).rejects.toThrow(
    /ends at record 2 but its head file names record 4: records were cut from the end/,
  );
});

it('takes over a lock file that names a process no longer running', async () => {
  await writeFile(
    `${path}.lock`,
    JSON.stringify({ pid: 2 ** 22 + 12_345, host: hostname(), since: '2026-01-01T00:00:00Z' }),
  );
  const sink = new JsonlAuditSink(path);
  expect(await sink.append(auditEntry())).toMatchObject({ sequence: 1 });
  expect(JSON.parse(await readFile(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
  await sink.close();
});

it('takes over a lock naming its own pid (an earlier life of a restarted container), never one of a live process', async () => {
  await writeFile(
    `${path}.lock`,
    JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00Z' }),
  );
  const sink = new JsonlAuditSink(path);
  await sink.open();
  await sink.close();
  await writeFile(
    `${path}.lock`,
    JSON.stringify({ pid: process.ppid, host: hostname(), since: '2026-01-01T00:00:00Z' }),
  );
  await expect(new JsonlAuditSink(path).open()).rejects.toThrow(
    `is already written by process ${process.ppid} on host ${hostname()}`,
  );
});

it('on open, removes an append a crash cut short and ends a whole last record that lost its newline', async () => {
  const sink = new JsonlAuditSink(path);
  for (const entry of runs(2)) await sink.append(entry);
  await sink.close();
  const whole = await readFile(path, 'utf8');

  await writeFile(path, `${whole}{"sequence":3,"previousHash":"ab`); // power lost mid-append (never acknowledged)
  const afterTear = new JsonlAuditSink(path);
  expect(await afterTear.append(auditEntry({ runId: 'after-tear' }))).toMatchObject({ sequence: 3, duplicate: false });
  await afterTear.close();
  expect(verifyChain(await afterTear.readAll())).toEqual({ ok: true, count: 3 });

  await writeFile(path, (await readFile(path, 'utf8')).trimEnd()); // the last record complete, its newline lost
  const afterNewline = new JsonlAuditSink(path);
  expect(await afterNewline.append(auditEntry({ runId: 'after-newline' }))).toMatchObject({
    sequence: 4,
    duplicate: false,
  });
  await afterNewline.close();
  expect(verifyChain(await afterNewline.readAll())).toEqual({ ok: true, count: 4 });
});
