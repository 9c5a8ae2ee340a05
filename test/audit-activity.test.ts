import type { AuditWritten } from '../contracts/results';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createAuditActivities } from '../activities/audit';
import { runVerifyAudit } from '../client/commands/verifyAudit';
import { JsonlAuditSink } from '../infra/audit';
import { auditEntry, runs } from './auditFixtures';

describe('writeAuditRecord activity and verify-audit', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'audit-act-'));
    path = join(dir, 'audit.jsonl');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes one record per run even when the activity is retried', async () => {
    const sink = new JsonlAuditSink(path);
    const { writeAuditRecord } = createAuditActivities(sink);
    const first: AuditWritten = await new MockActivityEnvironment({ attempt: 1 }).run(writeAuditRecord, auditEntry());
    const retried = await new MockActivityEnvironment({ attempt: 2 }).run(writeAuditRecord, auditEntry());
    expect(first).toMatchObject({ sequence: 1, duplicate: false });
    expect(retried).toEqual({ ...first, duplicate: true, attempt: 2 });
    expect((await readFile(path, 'utf8')).trim().split('\n')).toHaveLength(1);
    await sink.close();
  });

  it('verify-audit passes on a clean log and fails on a tampered one, naming the record', async () => {
    const sink = new JsonlAuditSink(path);
    const { writeAuditRecord } = createAuditActivities(sink);
    for (const entry of runs(3)) await new MockActivityEnvironment().run(writeAuditRecord, entry);

    const clean: string[] = [];
    expect(await runVerifyAudit(sink, (line) => clean.push(line))).toBe(true);
    expect(clean[0]).toBe('audit jsonl: OK, 3 record(s) verified');
    expect(clean[1]).toMatch(/^head: record 3 hash [0-9a-f]{64} \(matches the head anchor\)$/);

    await writeFile(path, (await readFile(path, 'utf8')).replace('"reason":"run 2"', '"reason":"run 5"'));
    const tampered: string[] = [];
    expect(await runVerifyAudit(sink, (line) => tampered.push(line))).toBe(false);
    expect(tampered).toEqual([
      'audit jsonl: FAILED at record 2 (edited): record 2 does not match its hash: its content was changed',
    ]);
    await sink.close();
  });
});
