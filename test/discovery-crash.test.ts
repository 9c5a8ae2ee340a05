/**
 * A worker PROCESS is SIGKILLed in the middle of a discovery run (a backfill over six one-hour windows); a second
 * worker process finishes it. Every conversation that ended in the interval gets exactly one routing: the watermark
 * had passed only fully started windows, and the redone window's starts are idempotent.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DISCOVERY_WORKFLOW_TYPE, discoveryProgressQuery, type DiscoveryResult } from '../contracts/discovery';
import type { RoutingResult } from '../contracts/routingState';
import { createDataConverter, createKeyring } from '../infra/codec';
import { startGatewaySimulator, type GatewaySimulator } from '../simulators/gateway/server';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { startGenesysSimulator, type GenesysSimulator } from '../simulators/genesys/server';
import { startTemporalServer } from './helpers/temporalServer';
import { startWorkerProcess, stopWorkerProcess } from './helpers/crashBed';

const PAYLOAD_KEY = randomBytes(32).toString('base64');
const DAY = '2030-05-05';
const WINDOWS = 6;

let testEnv: TestWorkflowEnvironment;
let genesys: GenesysSimulator;
let gateway: GatewaySimulator;
let dataDir: string;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  testEnv = await startTemporalServer();
  genesys = await startGenesysSimulator();
  gateway = await startGatewaySimulator();
  dataDir = mkdtempSync(path.join(tmpdir(), 'discovery-crash-'));
}, 180_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => stopWorkerProcess(w, 'SIGKILL')));
  await gateway?.close();
  await genesys?.close();
  await testEnv?.teardown();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function startWorker(taskQueue: string) {
  const worker = startWorkerProcess({
    TEMPORAL_ADDRESS: testEnv.address,
    TEMPORAL_NAMESPACE: testEnv.namespace ?? 'default',
    TEMPORAL_TASK_QUEUE: taskQueue,
    GENESYS_CLIENT_ID: genesys.credentials.clientId,
    GENESYS_CLIENT_SECRET: genesys.credentials.clientSecret,
    GENESYS_GATEWAY_URL: genesys.url,
    LLM_GATEWAY_URL: gateway.url,
    LLM_GATEWAY_KEY: gateway.apiKey,
    PAYLOAD_ENCRYPTION_KEY: PAYLOAD_KEY,
    AUDIT_LOG_PATH: path.join(dataDir, 'audit.jsonl'),
    VECTOR_STORE_DIR: path.join(dataDir, 'vectors'),
  });
  workers.push(worker.child);
  return worker;
}

it('a worker killed during a discovery run loses no conversation and routes none twice', async () => {
  const template = SAMPLE_CONVERSATIONS.find((c) => c.id === SAMPLE_IDS.webMessaging)!;
  // Two conversations end in each hour of the interval.
  const ids = Array.from({ length: WINDOWS * 2 }, (_, i) => {
    const id = randomUUID();
    const end = Date.parse(`${DAY}T00:00:00.000Z`) + i * 30 * 60_000 + 10 * 60_000;
    genesys.addConversation({ ...template, id, startTime: new Date(end - 5 * 60_000).toISOString(), endTime: new Date(end).toISOString() });
    return id;
  });
  // Each analytics query takes a while, so the kill lands mid-run.
  genesys.faults.add({ route: 'analyticsQuery', delayMs: 1_500, times: Infinity });

  const taskQueue = `discovery-crash-${process.pid}`;
  const dataConverter = createDataConverter(createKeyring('default', { default: Buffer.from(PAYLOAD_KEY, 'base64') }));
  const client = new Client({ connection: testEnv.connection, namespace: testEnv.namespace ?? 'default', dataConverter });
  const first = startWorker(taskQueue);
  const handle = await client.workflow.start(DISCOVERY_WORKFLOW_TYPE, {
    workflowId: `route-batch-${randomUUID()}`,
    taskQueue,
    args: [{ since: `${DAY}T00:00:00.000Z`, until: `${DAY}T06:00:00.000Z`, mediaTypes: ['message'], profile: 'standard' }],
  });

  // Kill once two windows are fully started and the run is still going.
  for (let polls = 0; ; polls++) {
    const progress = await handle.query(discoveryProgressQuery).catch(() => undefined);
    if (progress && progress.windows >= 2) {
      expect(progress.windows).toBeLessThan(WINDOWS);
      break;
    }
    if (polls > 600) throw new Error(`discovery never got going; worker said:\n${first.output.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stopWorkerProcess(first.child, 'SIGKILL');
  expect(first.child.signalCode).toBe('SIGKILL');

  const second = startWorker(taskQueue);
  const result = (await handle.result().catch((err: Error) => {
    throw new Error(`${err.message}; second worker said:\n${second.output.join('\n')}`);
  })) as DiscoveryResult;
  expect(result.found).toBe(ids.length);
  expect(result.windows).toBe(WINDOWS);
  expect(result.failed).toBe(0);
  expect(result.started + result.attached + result.alreadyRouted).toBe(ids.length);
  expect(result.watermark).toBe(`${DAY}T06:00:00.000Z`);

  for (const id of ids) {
    const routing = (await client.workflow.getHandle(`route-${id}`).result()) as RoutingResult;
    expect(routing.finalState).toBe('completed');
    let executions = 0;
    for await (const _ of client.workflow.list({ query: `WorkflowId = 'route-${id}'` })) executions += 1;
    expect(executions).toBe(1);
  }
  await stopWorkerProcess(second.child, 'SIGTERM');
}, 300_000);
