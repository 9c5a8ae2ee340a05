/**
 * A worker PROCESS is SIGKILLed mid-stream; a second worker process finishes the routing with the same
 * idempotency key, and the gateway executed (and billed) the inference exactly once.
 *
 * What "once" means here (simulators/gateway/idempotency.ts): the gateway does not stop an execution when its client
 * disappears; it finishes generating and stores the response under the key. The second worker's attempt therefore
 * gets 409 (GatewayConflict, retried after the gateway's Retry-After) while the first execution is still running,
 * and the stored response as a replay once it has completed. Either way executions(key) stays 1.
 */
import { randomUUID } from 'node:crypto';
import type { RoutingResult } from '../contracts/routingState';
import { startRouting } from '../client/routing';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { startCrashBed, stopWorkerProcess, type CrashBed } from './helpers/crashBed';

const STALL_SECONDS = 2;

let bed: CrashBed;

beforeAll(async () => {
  bed = await startCrashBed({ name: 'gateway-crash', gateway: { chunkDelayMs: 400 } }); // slow enough to be killed mid-stream
}, 180_000);

afterAll(() => bed?.stop());

const startWorker = (taskQueue: string) =>
  bed.startWorker(taskQueue, { LLM_STREAM_STALL_SECONDS: String(STALL_SECONDS) });
const stopWorker = stopWorkerProcess;

it('a worker killed mid-stream is replaced by another that finishes with the same key; the gateway executed once', async () => {
  const { client, gateway, genesys } = bed;
  const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === SAMPLE_IDS.webMessaging)!;
  const interactionId = randomUUID();
  genesys.addConversation({ ...sample, id: interactionId });
  const taskQueue = `gateway-crash-${process.pid}`;

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
