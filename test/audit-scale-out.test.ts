/**
 * Many workers, one audit trail: 4 worker processes route 200 interactions against one PostgreSQL audit sink (a fresh
 * schema per run), and `verify-audit --database` passes with exactly 200 records, one unbroken chain. Two worker
 * processes pointed at one JSONL file: the second refuses to start.
 * AUDIT_SCALE_ROUTINGS lowers the count for a quick local run; CI keeps the issue's 200.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client as PgClient } from 'pg';
import { runCli } from '../client/cli';
import { CliContext } from '../client/context';
import { ExitCode } from '../client/output';
import { startRouting } from '../client/routing';
import { loadEnv } from '../config/env';
import type { RoutingResult } from '../contracts/routing';
import { createDataConverter, loadKeyring } from '../infra/codec';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { startSimulatorsForUnsetServices, type SimulatedServices } from '../simulators/stack';
import { routerWorkflowBundle, startTemporalServer } from './helpers/temporalServer';

const DATABASE_URL = process.env.AUDIT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROUTINGS = Number(process.env.AUDIT_SCALE_ROUTINGS ?? 200);
const WORKERS = 4;

let testEnv: TestWorkflowEnvironment;
let services: SimulatedServices;
let admin: PgClient;
let dir: string;
const schema = `audit_scale_${randomBytes(5).toString('hex')}`;
const auditUrl = `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'scale-out-'));
  admin = new PgClient({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  [testEnv, services] = await Promise.all([startTemporalServer(), startSimulatorsForUnsetServices(loadEnv({}))]);
}, 180_000);

afterAll(async () => {
  for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
  await services?.stop();
  await testEnv?.teardown();
  await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin?.end();
  rmSync(dir, { recursive: true, force: true });
});

/** A worker process; resolves with its first line: `polling`, or `failed: <why>` as it exits. */
function startWorker(
  index: number,
  env: NodeJS.ProcessEnv,
  bundlePath: string,
): { child: ChildProcess; firstLine: Promise<string> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'helpers', 'routerWorkerProcess.ts'), bundlePath],
    {
      cwd: path.join(__dirname, '..'),
      env: { ...env, VECTOR_STORE_DIR: path.join(dir, `vectors-${index}`) },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  workers.push(child);
  const firstLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`worker ${index} exited with ${code} before saying anything`)));
  });
  return { child, firstLine };
}

async function startPollingWorker(index: number, env: NodeJS.ProcessEnv, bundlePath: string): Promise<ChildProcess> {
  const { child, firstLine } = startWorker(index, env, bundlePath);
  const line = await firstLine;
  if (line !== 'polling') throw new Error(`worker ${index}: ${line}`);
  return child;
}

/** The workflow bundle, built once and written where worker processes can load it. */
async function bundleFile(): Promise<string> {
  const bundlePath = path.join(dir, 'workflow-bundle.js');
  writeFileSync(bundlePath, (await routerWorkflowBundle()).code);
  return bundlePath;
}

/** What a worker process needs to reach this test's Temporal server and simulators. */
function workerEnv(taskQueue: string, key: string, audit: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    TEMPORAL_ADDRESS: testEnv.address,
    TEMPORAL_TASK_QUEUE: taskQueue,
    GENESYS_CLIENT_ID: services.env.GENESYS_CLIENT_ID,
    GENESYS_CLIENT_SECRET: services.env.GENESYS_CLIENT_SECRET,
    GENESYS_GATEWAY_URL: services.env.GENESYS_GATEWAY_URL,
    LLM_GATEWAY_URL: services.env.LLM_GATEWAY_URL,
    LLM_GATEWAY_KEY: services.env.LLM_GATEWAY_KEY,
    PAYLOAD_ENCRYPTION_KEY: key,
    LOG_LEVEL: 'error',
    ...audit,
  };
}

it(`${WORKERS} worker processes keep one verifiable PostgreSQL audit chain over ${ROUTINGS} routings`, async () => {
  const taskQueue = `scale-out-${randomUUID()}`;
  const key = randomBytes(32).toString('base64');
  const bundlePath = await bundleFile();
  const env = workerEnv(taskQueue, key, { AUDIT_DATABASE_URL: auditUrl });
  await Promise.all(Array.from({ length: WORKERS }, (_, i) => startPollingWorker(i, env, bundlePath)));

  const dataConverter = createDataConverter(loadKeyring(loadEnv({ PAYLOAD_ENCRYPTION_KEY: key })));
  const client = new Client({
    connection: testEnv.connection,
    namespace: testEnv.namespace ?? 'default',
    dataConverter,
  });
  const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === SAMPLE_IDS.webMessaging)!;
  const ids = Array.from({ length: ROUTINGS }, () => {
    const id = randomUUID();
    services.genesys!.addConversation({ ...sample, id });
    return id;
  });
  const started = await Promise.all(
    ids.map((interactionId) => startRouting(client, { interactionId, profile: 'standard' }, taskQueue)),
  );
  const results = (await Promise.all(started.map((s) => s.handle.result()))) as RoutingResult[];

  expect(results.every((r) => r.finalState === 'completed')).toBe(true);
  const sequences = results.map((r) => r.audit?.sequence).sort((a, b) => a! - b!);
  expect(sequences).toEqual(Array.from({ length: ROUTINGS }, (_, i) => i + 1));

  // The audit records were written by more than one process (an activity's worker identity is pid@host).
  const auditWriters = new Set<string>();
  for (const s of started) {
    const events = (await client.workflow.getHandle(s.workflowId).fetchHistory()).events ?? [];
    const auditScheduled = new Set(
      events
        .filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'writeAuditRecord')
        .map((e) => String(e.eventId)),
    );
    for (const event of events) {
      const started = event.activityTaskStartedEventAttributes;
      if (started?.identity && auditScheduled.has(String(started.scheduledEventId))) auditWriters.add(started.identity);
    }
  }
  expect(auditWriters.size).toBeGreaterThanOrEqual(2);

  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    ['verify-audit', '--database', auditUrl],
    new CliContext(
      {},
      (l) => out.push(l),
      (l) => err.push(l),
    ),
  );
  expect({ code, out: out[0], err }).toEqual({
    code: ExitCode.ok,
    out: `audit postgres: OK, ${ROUTINGS} record(s) verified`,
    err: [],
  });
  expect(out[1]).toMatch(new RegExp(`^head: record ${ROUTINGS} hash [0-9a-f]{64} \\(matches the head anchor\\)$`));
}, 600_000);

it('a second worker pointed at the same JSONL audit file refuses to start, naming the first', async () => {
  const env = workerEnv(`jsonl-${randomUUID()}`, randomBytes(32).toString('base64'), {
    AUDIT_LOG_PATH: path.join(dir, 'shared-audit.jsonl'),
  });
  const bundlePath = await bundleFile();
  const first = await startPollingWorker(10, env, bundlePath);
  const second = startWorker(11, env, bundlePath);
  expect(await second.firstLine).toMatch(
    new RegExp(
      `^failed: audit file .*shared-audit\\.jsonl is already written by process ${first.pid} on host ${hostname()} .*one writing process`,
    ),
  );
  await new Promise((resolve) =>
    second.child.exitCode !== null ? resolve(undefined) : second.child.once('exit', resolve),
  );
  expect(second.child.exitCode).toBe(1);
  expect(first.exitCode).toBeNull(); // the first worker goes on polling
}, 120_000);
