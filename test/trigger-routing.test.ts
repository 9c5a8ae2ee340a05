/**
 * Routings that start themselves, on a real Temporal dev server with the real worker, the simulators and the real
 * trigger service: at-least-once deliveries start one routing each; with the trigger service stopped, the discovery
 * schedule routes what ended meanwhile and nothing twice.
 */
import { randomUUID } from 'node:crypto';
import { stripVTControlCharacters } from 'node:util';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { runCli } from '../client/cli';
import { CliContext } from '../client/context';
import { DiscoveryResultSchema, type DiscoveryResult } from '../contracts/discovery';
import type { RoutingResult } from '../contracts/routingState';
import { createLogger } from '../infra/logger';
import { startTriggerFromEnv } from '../services/trigger/main';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { startRouterStack, type RouterStack } from './helpers/routerStack';
import { startTemporalServer } from './helpers/temporalServer';
import { eventBridgeEvent } from './fixtures/genesysEvents';

const TOKEN = `trigger-${randomUUID()}`;
let testEnv: TestWorkflowEnvironment;
let stack: RouterStack;
let trigger: Awaited<ReturnType<typeof startTriggerFromEnv>> | undefined;

beforeAll(async () => {
  testEnv = await startTemporalServer();
  stack = await startRouterStack(testEnv);
  trigger = await startTriggerFromEnv(
    { ...stack.env, TRIGGER_HOST: '127.0.0.1', TRIGGER_PORT: 0, TRIGGER_TOKEN: TOKEN },
    createLogger({ level: 'silent' }),
    stack.client,
  );
}, 180_000);

afterAll(async () => {
  await trigger?.close();
  await stack?.stop();
  await testEnv?.teardown();
});

function addConversation(sampleId: string, times: { startTime?: string; endTime?: string } = {}): string {
  const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === sampleId)!;
  const id = randomUUID();
  stack.genesys.addConversation({ ...sample, id, ...times });
  return id;
}

const post = (body: unknown, token = TOKEN) =>
  fetch(`${trigger!.url}/v1/events/genesys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

/** Executions of a workflow id, every run counted (the dev server's visibility is read until it has caught up). */
async function executionsOf(workflowId: string, atLeast = 1): Promise<number> {
  for (let i = 0; ; i++) {
    let n = 0;
    for await (const _ of stack.client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) n += 1;
    if (n >= atLeast || i >= 50) return n;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const routed = (id: string) =>
  stack.run(() => stack.client.workflow.getHandle(`route-${id}`).result()) as Promise<RoutingResult>;

function cli(lines: string[]): CliContext {
  const env = { TEMPORAL_ADDRESS: testEnv.address, TEMPORAL_TASK_QUEUE: stack.taskQueue };
  const keep = (l: string) => lines.push(stripVTControlCharacters(l));
  return new CliContext(env, keep, keep);
}

it('the same EventBridge event twice and a Process Automation body once start exactly two routings', async () => {
  const voice = addConversation(SAMPLE_IDS.piiVoiceCall);
  const messaging = addConversation(SAMPLE_IDS.webMessaging);

  const first = await post(eventBridgeEvent(voice));
  const again = await post(eventBridgeEvent(voice));
  const dataAction = await post({ conversationId: messaging, profile: 'standard' });
  expect([first.status, again.status, dataAction.status]).toEqual([202, 202, 202]);
  const [a, b, c] = (await Promise.all([first.json(), again.json(), dataAction.json()])) as {
    workflowId: string;
    outcome: string;
  }[];
  expect(a).toEqual({ workflowId: `route-${voice}`, outcome: 'started' });
  expect(b.workflowId).toBe(`route-${voice}`);
  expect(['attached', 'already-routed']).toContain(b.outcome);
  expect(c).toEqual({ workflowId: `route-${messaging}`, outcome: 'started' });

  expect((await routed(voice)).finalState).toBe('completed');
  expect((await routed(messaging)).finalState).toBe('completed');
  // A third delivery after the routing finished starts nothing either.
  expect(await (await post(eventBridgeEvent(voice, 'acw'))).json()).toMatchObject({ outcome: 'already-routed' });
  expect(await executionsOf(`route-${voice}`)).toBe(1);
  expect(await executionsOf(`route-${messaging}`)).toBe(1);
}, 120_000);

it('refuses a bad token with 401 and a malformed body with 400 naming the field, starting nothing', async () => {
  const id = addConversation(SAMPLE_IDS.webMessaging);
  expect((await post({ conversationId: id }, 'wrong-token')).status).toBe(401);
  const bad = await post({ ...eventBridgeEvent(id), detail: { eventBody: { conversationId: 42 } } });
  expect(bad.status).toBe(400);
  expect(await bad.json()).toMatchObject({ field: 'detail.eventBody.conversationId' });
  expect(await executionsOf(`route-${id}`, 0)).toBe(0);
});

it('with the trigger service stopped, the schedule routes the conversations that ended meanwhile, none twice', async () => {
  const scheduleId = `discovery-${randomUUID()}`;
  const since = new Date(Date.now() - 10 * 60_000).toISOString();
  const recently = () => ({
    startTime: new Date(Date.now() - 5 * 60_000).toISOString(),
    endTime: new Date(Date.now() - 1_000).toISOString(),
  });

  const viaEvent = addConversation(SAMPLE_IDS.webMessaging, recently());
  expect((await post(eventBridgeEvent(viaEvent, 'customer.end', 'MESSAGE'))).status).toBe(202);
  expect((await routed(viaEvent)).finalState).toBe('completed');
  await trigger!.close();
  trigger = undefined;
  const missed = [
    addConversation(SAMPLE_IDS.webMessaging, recently()),
    addConversation(SAMPLE_IDS.piiVoiceCall, recently()),
  ];

  const lines: string[] = [];
  const schedule = (...args: string[]) =>
    stack.run(() => runCli(['schedule', '--id', scheduleId, ...args], cli(lines)));
  expect(await schedule('create', '--every', '1h', '--since', since, '--settle-seconds', '0')).toBe(0);
  try {
    const firstRun = await triggeredRun(scheduleId, schedule);
    expect(firstRun).toMatchObject({ found: 3, started: 2, attached: 0, alreadyRouted: 1, failed: 0 });
    for (const id of missed) expect((await routed(id)).finalState).toBe('completed');

    // The next run starts at the watermark the first one reached: nothing is found twice, nothing routed twice.
    const secondRun = await triggeredRun(scheduleId, schedule);
    expect(secondRun.started).toBe(0);
    expect(Date.parse(secondRun.watermark)).toBeGreaterThanOrEqual(Date.parse(firstRun.watermark));
    for (const id of [viaEvent, ...missed]) expect(await executionsOf(`route-${id}`)).toBe(1);

    lines.length = 0;
    expect(await schedule('describe')).toBe(0);
    expect(lines.join('\n')).toMatch(/overlap SKIP/);
    expect(lines.join('\n')).toContain(`watermark  ${secondRun.watermark}`);
  } finally {
    await stack.client.schedule.getHandle(scheduleId).delete();
  }
}, 180_000);

/** Triggers the schedule through the CLI and returns the result of the run it started. */
async function triggeredRun(
  scheduleId: string,
  schedule: (...args: string[]) => Promise<number>,
): Promise<DiscoveryResult> {
  const handle = stack.client.schedule.getHandle(scheduleId);
  const before = (await handle.describe()).info.numActionsTaken;
  expect(await schedule('trigger')).toBe(0);
  for (;;) {
    const d = await handle.describe();
    const action = d.info.numActionsTaken > before ? d.info.recentActions.at(-1) : undefined;
    if (action) {
      const result = await stack.run(() => stack.client.workflow.getHandle(action.action.workflow.workflowId).result());
      return DiscoveryResultSchema.parse(result);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
