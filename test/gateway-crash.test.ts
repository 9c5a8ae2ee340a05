/**
 * A worker PROCESS is SIGKILLed mid-stream; a second worker process finishes the routing with the same
 * idempotency key, and the gateway executed (and billed) the inference exactly once.
 *
 * What "once" means here (simulators/gateway/idempotency.ts): the gateway does not stop an execution when its client
 * disappears; it finishes generating and stores the response under the key. The second worker's attempt therefore
 * gets 409 (GatewayConflict, retried after the gateway's Retry-After) while the first execution is still running,
 * and the stored response as a replay once it has completed. Either way executions(key) stays 1.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startRouting } from '../client/routing';
import { createDataConverter, createKeyring } from '../infra/codec';
import type { RoutingResult } from '../contracts/routingState';
import { startGatewaySimulator, type GatewaySimulator } from '../simulators/gateway/server';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { startGenesysSimulator, type GenesysSimulator } from '../simulators/genesys/server';
import { startTemporalServer } from './helpers/temporalServer';
import { startWorkerProcess, stopWorkerProcess, type WorkerProcess } from './helpers/crashBed';

const STALL_SECONDS = 2;
/** Both worker processes and this test's client share one payload key, as a deployment does. */
const PAYLOAD_KEY = randomBytes(32).toString('base64');

let testEnv: TestWorkflowEnvironment;
let genesys: GenesysSimulator;
let gateway: GatewaySimulator;
let dataDir: string;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  testEnv = await startTemporalServer();
  genesys = await startGenesysSimulator();
  gateway = await startGatewaySimulator({ chunkDelayMs: 400 }); // slow enough to be killed mid-stream
  dataDir = mkdtempSync(path.join(tmpdir(), 'gateway-crash-'));
}, 180_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => stopWorker(w, 'SIGKILL')));
  await gateway?.close();
  await genesys?.close();
  await testEnv?.teardown();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function startWorker(taskQueue: string): WorkerProcess {
  const worker = startWorkerProcess({
    TEMPORAL_ADDRESS: testEnv.address,
    TEMPORAL_NAMESPACE: testEnv.namespace ?? 'default',
    TEMPORAL_TASK_QUEUE: taskQueue,
    GENESYS_CLIENT_ID: genesys.credentials.clientId,
    GENESYS_CLIENT_SECRET: genesys.credentials.clientSecret,
    GENESYS_GATEWAY_URL: genesys.url,
    LLM_GATEWAY_URL: gateway.url,
    LLM_GATEWAY_KEY: gateway.apiKey,
    LLM_STREAM_STALL_SECONDS: String(STALL_SECONDS),
    PAYLOAD_ENCRYPTION_KEY: PAYLOAD_KEY,
    AUDIT_LOG_PATH: path.join(dataDir, 'audit.jsonl'),
    VECTOR_STORE_DIR: path.join(dataDir, 'vectors'),
  });
  workers.push(worker.child);
  return worker;
}

const stopWorker = stopWorkerProcess;

it('a worker killed mid-stream is replaced by another that finishes with the same key; the gateway executed once', async () => {
  const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === SAMPLE_IDS.webMessaging)!;
  const interactionId = randomUUID();
  genesys.addConversation({ ...sample, id: interactionId });
  const taskQueue = `gateway-crash-${process.pid}`;
  const dataConverter = createDataConverter(createKeyring('default', { default: Buffer.from(PAYLOAD_KEY, 'base64') }));
  const client = new Client({ connection: testEnv.connection, namespace: testEnv.namespace ?? 'default', dataConverter });

  const first = startWorker(taskQueue);
  const { handle } = await startRouting(client, { interactionId, profile: 'standard', requestedBy: 'jest' }, taskQueue);

  // The first worker is streaming: the gateway has sent a few chunks for the key. A routing that ends before
  // that (a broken step upstream of dispatch) fails the test at once, with what the worker said.
  const endedEarly = handle.result().then(
    (r: RoutingResult) => `routing ended before streaming: ${r.finalState} ${r.reason ?? ''}`,
    (err: Error) => `routing failed before streaming: ${err.message}`,
  );
  const chunk = await Promise.race([
    gateway.waitFor<{ key: string; sent: number }>('chunk', (c) => c.sent >= 3, 150_000),
    endedEarly.then((why) => Promise.reject(new Error(why))),
  ]).catch((err: Error) => {
    throw new Error(`${err.message}; first worker said:\n${first.output.join('\n')}`);
  });
  const key = chunk.key;
  await stopWorker(first.child, 'SIGKILL');
  expect(first.child.signalCode).toBe('SIGKILL');
  expect(gateway.executions(key)).toBe(1);

  const second = startWorker(taskQueue);
  const result = (await handle.result().catch((err: Error) => {
    throw new Error(`${err.message}; second worker said:\n${second.output.join('\n')}`);
  })) as RoutingResult;

  expect(result.finalState).toBe('completed');
  expect(result.answer).toMatch(/^Intent: \w+\. Route to: /);
  expect(result.dispatches.at(-1)?.idempotencyKey).toBe(key);
  expect(result.dispatches.at(-1)?.attempt).toBeGreaterThanOrEqual(2);
  expect(gateway.executions(key)).toBe(1);
  expect(gateway.outcomes(key)).toEqual(['completed']);

  const forKey = gateway.requests.filter((r) => r.idempotencyKey === key);
  expect(forKey[0]).toMatchObject({ outcome: 'executed', clientDisconnected: true });
  const later = forKey.slice(1).map((r) => r.outcome);
  expect(later.length).toBeGreaterThanOrEqual(1);
  expect(later.every((o) => o === 'conflict' || o === 'replayed')).toBe(true);
  expect(later.at(-1)).toBe('replayed');

  await stopWorker(second.child, 'SIGTERM');
}, 300_000);
