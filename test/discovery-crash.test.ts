/**
 * A worker PROCESS is SIGKILLed in the middle of a discovery run (a backfill over six one-hour windows); a second
 * worker process finishes it. Every conversation that ended in the interval gets exactly one routing: the watermark
 * had passed only fully started windows, and the redone window's starts are idempotent.
 */
import { randomUUID } from 'node:crypto';
import { DISCOVERY_WORKFLOW_TYPE, discoveryProgressQuery, type DiscoveryResult } from '../contracts/discovery';
import type { RoutingResult } from '../contracts/routingState';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { startCrashBed, stopWorkerProcess, unlessWorkerExits, type CrashBed } from './helpers/crashBed';

const DAY = '2030-05-05';
const WINDOWS = 6;

let bed: CrashBed;

beforeAll(async () => {
  bed = await startCrashBed({ name: 'discovery-crash' });
}, 180_000);

afterAll(() => bed?.stop());

it('a worker killed during a discovery run loses no conversation and routes none twice', async () => {
  const { client, genesys } = bed;
  const template = SAMPLE_CONVERSATIONS.find((c) => c.id === SAMPLE_IDS.webMessaging)!;
  // Two conversations end in each hour of the interval.
  const ids = Array.from({ length: WINDOWS * 2 }, (_, i) => {
    const id = randomUUID();
    const end = Date.parse(`${DAY}T00:00:00.000Z`) + i * 30 * 60_000 + 10 * 60_000;
    genesys.addConversation({
      ...template,
      id,
      startTime: new Date(end - 5 * 60_000).toISOString(),
      endTime: new Date(end).toISOString(),
    });
    return id;
  });
  // Each analytics query takes a while, so the kill lands mid-run.
  genesys.faults.add({ route: 'analyticsQuery', delayMs: 1_500, times: Infinity });

  const taskQueue = `discovery-crash-${process.pid}`;
  const first = bed.startWorker(taskQueue);
  const handle = await client.workflow.start(DISCOVERY_WORKFLOW_TYPE, {
    workflowId: `route-batch-${randomUUID()}`,
    taskQueue,
    args: [
      { since: `${DAY}T00:00:00.000Z`, until: `${DAY}T06:00:00.000Z`, mediaTypes: ['message'], profile: 'standard' },
    ],
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

  const second = bed.startWorker(taskQueue);
  const result = (await unlessWorkerExits(second, handle.result()).catch((err: Error) => {
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
