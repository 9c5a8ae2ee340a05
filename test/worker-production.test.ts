/**
 * The production entry for real: `npm run build`, then `node dist/workers/main.js` (prebuilt workflow bundle, no
 * TypeScript loader) against a dev server and the simulators. It routes a sample, serves the router's metrics on
 * the SDK's Prometheus endpoint and its probes, and on SIGTERM lets an in-flight dispatch finish and exits 0.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadEnv } from '../config/env';
import { statusQuery } from '../contracts/routing';
import { startRouting } from '../client/routing';
import { createDataConverter, loadKeyring } from '../infra/codec';
import { SAMPLE_IDS } from '../simulators/genesys/samples';
import { startSimulatorsForUnsetServices, type SimulatedServices } from '../simulators/stack';
import { addSampleCopy } from './helpers/samples';
import { startTemporalServer } from './helpers/temporalServer';
import { ROOT, freePort, serviceVariables, spawnWorker, type WorkerProcess } from './helpers/workerProcess';

const KEY = Buffer.alloc(32, 9).toString('base64');
let testEnv: TestWorkflowEnvironment;
let services: SimulatedServices;
let worker: WorkerProcess;
let client: Client;
let dir: string;
let metricsUrl: string;
let healthUrl: string;
let workerEnv: Record<string, string | undefined>;
const taskQueue = `compiled-${process.pid}`;

beforeAll(async () => {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'pipe' });
  expect(existsSync(path.join(ROOT, 'dist', 'workflow-bundle.js'))).toBe(true);
  testEnv = await startTemporalServer();
  services = await startSimulatorsForUnsetServices(loadEnv({}));
  dir = mkdtempSync(path.join(tmpdir(), 'compiled-worker-'));
  const metricsPort = await freePort();
  workerEnv = {
    TEMPORAL_ADDRESS: testEnv.address,
    TEMPORAL_TASK_QUEUE: taskQueue,
    ...serviceVariables(services.env),
    PAYLOAD_ENCRYPTION_KEY: KEY,
    AUDIT_LOG_PATH: path.join(dir, 'audit.jsonl'),
    VECTOR_STORE_DIR: path.join(dir, 'vectors'),
    PROMETHEUS_BIND_ADDRESS: `127.0.0.1:${metricsPort}`,
    HEALTH_BIND_ADDRESS: '127.0.0.1:0',
    WORKER_SHUTDOWN_GRACE_SECONDS: '30',
    LOG_LEVEL: 'info',
  };
  worker = spawnWorker([path.join(ROOT, 'dist', 'workers', 'main.js')], workerEnv);
  const listening = JSON.parse(await worker.waitForLog(/health endpoints listening/)) as { health: string };
  healthUrl = `http://${listening.health}`;
  metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
  await worker.waitForLog(/worker polling/);
  const dataConverter = createDataConverter(loadKeyring(loadEnv({ PAYLOAD_ENCRYPTION_KEY: KEY })));
  client = new Client({ connection: testEnv.connection, dataConverter });
}, 240_000);

afterAll(async () => {
  await worker?.stop();
  await services?.stop();
  await testEnv?.teardown();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const cloneSample = (sampleId: string) => addSampleCopy(services.genesys!, sampleId);

/** `name{labels} value` lines of one metric family; labels as written by the exporter. */
function series(text: string, name: string): Array<{ labels: string; value: number }> {
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))
    .map((l) => ({ labels: l.slice(name.length, l.lastIndexOf(' ')), value: Number(l.slice(l.lastIndexOf(' ') + 1)) }));
}

it('routes a sample, reports ready, and exports the router metrics with real values', async () => {
  expect(worker.lines.join('\n')).toMatch(/"version":"unversioned"/);
  const { handle } = await startRouting(
    client,
    { interactionId: cloneSample(SAMPLE_IDS.piiVoiceCall), profile: 'standard' },
    taskQueue,
  );
  const result = await handle.result();
  expect(result.finalState).toBe('completed');

  expect((await fetch(`${healthUrl}/healthz`)).status).toBe(200);
  const ready = await fetch(`${healthUrl}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ ready: true, checks: { temporal: true, polling: true, stores: true } });

  const text = await (await fetch(metricsUrl)).text();
  const find = (name: string, label: string) => series(text, name).find((s) => s.labels.includes(label));
  expect(find('router_routings', 'final_state="completed"')).toMatchObject({ value: 1 });
  expect(find('router_routings', 'profile="standard"')).toBeDefined();
  expect(find('router_dispatch_latency_ms_count', '')?.value).toBe(1);
  expect(find('router_dispatch_latency_ms_sum', '')?.value).toBeGreaterThan(0);
  expect(find('router_dispatch_first_token_ms_count', '')?.value).toBe(1);
  const usage = result.dispatches[0]!.metrics!.usage;
  const report = result.sanitization!.report;
  expect(find('router_tokens_in', 'model=')?.value).toBe(usage.prompt_tokens);
  expect(find('router_tokens_out', 'model=')?.value).toBe(usage.completion_tokens);
  const cost = result.dispatches[0]!.metrics!.cost!;
  expect(find('router_dispatch_cost_micro_usd', 'cost_source="price-table"')?.value).toBe(
    Math.round(cost.usd * 1_000_000),
  );
  const pii = series(text, 'router_pii_redactions');
  expect(report.piiTotal).toBeGreaterThan(0);
  expect(pii.reduce((sum, s) => sum + s.value, 0)).toBe(report.piiTotal);
  expect(pii.every((s) => /pii_type="\w+"/.test(s.labels))).toBe(true);
  expect(find('router_screening_verdicts', `verdict="${report.injection.verdict}"`)).toMatchObject({ value: 1 });
  // The SDK's own metrics share the endpoint.
  expect(text).toMatch(/temporal_activity_execution_latency/);
  // Labels carry no interaction id.
  expect(text).not.toContain(result.interactionId);
}, 120_000);

it('drains an in-flight dispatch on SIGTERM and exits 0', async () => {
  services.gateway!.setChunkDelay(150); // a stream of a few seconds, still running when SIGTERM arrives
  const { handle } = await startRouting(
    client,
    { interactionId: cloneSample(SAMPLE_IDS.webMessaging), profile: 'standard' },
    taskQueue,
  );
  while ((await handle.query(statusQuery)).stage !== 'dispatching') await new Promise((r) => setTimeout(r, 100));
  worker.child.kill('SIGTERM');
  expect(await worker.exited).toBe(0);
  expect(worker.lines.join('\n')).toMatch(/worker stopped/);

  const { events } = await handle.fetchHistory();
  const scheduled = events!.find(
    (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'dispatchToGateway',
  );
  const completed = events!.find(
    (e) => e.activityTaskCompletedEventAttributes?.scheduledEventId?.toString() === scheduled!.eventId!.toString(),
  );
  expect(completed).toBeDefined(); // finished within the grace time, not cancelled by the shutdown
}, 120_000);

it('`npm run worker` hands SIGTERM to the worker and exits when it has stopped', async () => {
  const npm = spawn('npm', ['run', '-s', 'worker'], {
    cwd: ROOT,
    env: {
      ...workerEnv,
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PROMETHEUS_BIND_ADDRESS: undefined,
      TEMPORAL_TASK_QUEUE: `${taskQueue}-npm`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  npm.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  npm.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  while (!output.includes('worker polling')) {
    if (npm.exitCode !== null) throw new Error(`npm run worker exited early: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  npm.kill('SIGTERM');
  expect(await exited).toBe(0);
  // npm waited for the worker's own orderly stop: no orphan keeps polling.
  expect(output).toMatch(/worker stopped/);
}, 180_000);
