/**
 * The routing saga on a real Temporal dev server, with the real worker, our real adapters and the simulators.
 */
import { randomUUID } from 'node:crypto';
import { stripVTControlCharacters } from 'node:util';
import { WorkflowFailedError, WorkflowNotFoundError } from '@temporalio/client';
import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { RoutingResult } from '../contracts/routingState';
import { WORKFLOW_TYPE, cancelSignal, replaySignal, statusQuery } from '../contracts/routing';
import { runCli } from '../client/cli';
import { CliContext } from '../client/context';
import { startRouting } from '../client/routing';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { NON_RETRYABLE_TYPES } from '../contracts/failures';
import { DEFAULT_TRANSCRIPT_MAX_BYTES } from '../contracts/transcript';
import { generateLongDialogue } from '../simulators/genesys/longDialogue';
import { transcriptDocuments } from '../simulators/genesys/payloads';
import { startRouterStack, type RouterStack } from './helpers/routerStack';
import { startTemporalServer } from './helpers/temporalServer';

let testEnv: TestWorkflowEnvironment;
let stack: RouterStack;

beforeAll(async () => {
  testEnv = await startTemporalServer();
  stack = await startRouterStack(testEnv);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await testEnv?.teardown();
});

afterEach(() => {
  stack.gateway.setChunkDelay(0);
  stack.gateway.faults.clear();
  stack.genesys.faults.clear();
});

/** The operator's CLI pointed at this stack. */
function cliContext(lines: string[]): CliContext {
  const env = {
    TEMPORAL_ADDRESS: testEnv.address,
    TEMPORAL_TASK_QUEUE: stack.taskQueue,
    GENESYS_CLIENT_ID: stack.env.GENESYS_CLIENT_ID,
    GENESYS_CLIENT_SECRET: stack.env.GENESYS_CLIENT_SECRET,
    GENESYS_GATEWAY_URL: stack.env.GENESYS_GATEWAY_URL,
  };
  // Colours are on wherever CI is set (picocolors); the assertions read plain text.
  const plain = (l: string) => lines.push(stripVTControlCharacters(l));
  return new CliContext(env, plain, plain);
}

/** A fresh interaction with the content of a sample: each test routes its own. */
function cloneSample(sampleId: string): string {
  const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === sampleId)!;
  const id = randomUUID();
  stack.genesys.addConversation({ ...sample, id });
  return id;
}

const start = (interactionId: string, profile = 'standard') =>
  startRouting(stack.client, { interactionId, profile, requestedBy: 'jest' }, stack.taskQueue);

async function auditRecordOf(runId: string) {
  const records = await stack.dependencies.auditSink.readAll();
  const matching = records.filter((r) => r.body.runId === runId);
  expect(matching).toHaveLength(1);
  return matching[0]!.body;
}

async function failureOf(promise: Promise<unknown>): Promise<WorkflowFailedError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkflowFailedError);
  return err as WorkflowFailedError;
}

it('completes a voice routing: PII redacted, answer streamed, vector entry synced, audit written', async () => {
  const id = cloneSample(SAMPLE_IDS.piiVoiceCall);
  const { handle, runId } = await start(id);
  const result: RoutingResult = await stack.run(() => handle.result());

  expect(result.finalState).toBe('completed');
  expect(result.answer?.length).toBeGreaterThan(0);
  expect(result.sanitization?.report.pii).toMatchObject({ EMAIL: 1, CREDIT_CARD: 1, SSN: 1 });
  expect(result.sanitization?.report.pii.PHONE).toBeGreaterThanOrEqual(1);
  expect(result.dispatches).toHaveLength(1);
  expect(result.dispatches[0]).toMatchObject({
    trigger: 'first',
    outcome: 'completed',
    attempt: 1,
    model: 'gpt-4o-mini',
  });
  expect(result.dispatches[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  expect(result.vectorSyncStatus).toBe('synced');
  expect(await stack.dependencies.vectorStore.get(id)).toBeDefined();

  const audit = await auditRecordOf(runId);
  expect(audit).toMatchObject({
    finalState: 'completed',
    interactionId: id,
    sanitization: { model: 'gpt-4o-mini', status: 'clean' },
    vectorSyncStatus: 'synced',
  });
  expect(audit.dispatches).toEqual(result.dispatches);

  const status = await handle.query(statusQuery);
  expect(status).toMatchObject({ stage: 'done', finalState: 'completed', audit: result.audit });
  const attempts = Object.fromEntries(
    Object.entries(status.steps).map(([step, progress]) => [step, progress?.attempt]),
  );
  // One activity fetches and sanitizes (the 'fetch' step); the vector sync runs as a local activity.
  expect(attempts).toEqual({ fetch: 1, dispatch: 1, vectorSync: 1, audit: 1 });
  expect(status.steps.dispatch?.durationMs).toBeGreaterThanOrEqual(0);

  // The raw transcript never enters history: every payload decoded, the redacted text is there, the e-mail is not.
  const history = await handle.fetchHistory();
  const payloads = [...historyToJSON(history).matchAll(/"data":\s*"([A-Za-z0-9+/=]+)"/g)].map((m) =>
    Buffer.from(m[1]!, 'base64').toString('utf8'),
  );
  const recorded = payloads.join('\n');
  expect(recorded).toContain('[EMAIL');
  expect(recorded).not.toContain('jordan.miller@example.com');
  // What a routing costs in history (issue 14's budget): at most 30 events in at most 5 workflow tasks.
  const { EventType } = temporal.api.enums.v1;
  expect(history.events!.length).toBeLessThanOrEqual(30);
  expect(
    history.events!.filter((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED).length,
  ).toBeLessThanOrEqual(5);
  const activities = history.events!.flatMap((e) =>
    e.activityTaskScheduledEventAttributes ? [e.activityTaskScheduledEventAttributes] : [],
  );
  expect(activities.map((a) => [a.activityType?.name, a.taskQueue?.name])).toEqual([
    ['fetchAndSanitize', stack.taskQueue],
    ['dispatchToGateway', `${stack.taskQueue}-dispatch`],
    ['writeAuditRecord', stack.taskQueue],
  ]);
});

it('blocks a prompt-injection attempt without calling the gateway, and audits it', async () => {
  const id = cloneSample(SAMPLE_IDS.promptInjection);
  const executionsBefore = stack.gateway.totalExecutions();
  const { handle, runId } = await start(id);
  const result = await stack.run(() => handle.result());

  expect(result.finalState).toBe('blocked');
  expect(result.reason).toMatch(/prompt injection/);
  expect(result.answer).toBeUndefined();
  expect(stack.gateway.totalExecutions()).toBe(executionsBefore);
  expect(await auditRecordOf(runId)).toMatchObject({
    finalState: 'blocked',
    vectorSyncStatus: 'skipped',
    sanitization: { status: 'blocked' },
    dispatches: [],
  });
});

it('attaches a second start for the same interaction to the running routing', async () => {
  const id = cloneSample(SAMPLE_IDS.webMessaging);
  stack.gateway.setChunkDelay(40);
  const first = await start(id);
  const second = await start(id);
  expect(second.attached).toBe(true);
  expect(second.runId).toBe(first.runId);
  const result = await stack.run(() => second.handle.result());
  expect(result.finalState).toBe('completed');
  expect(stack.gateway.executions(result.dispatches[0]!.idempotencyKey)).toBe(1);
});

it('retries a dispatch after a gateway fault with the same idempotency key', async () => {
  const id = cloneSample(SAMPLE_IDS.webMessaging);
  stack.gateway.faults.enqueue({ kind: '500' });
  const { handle, runId } = await start(id);
  const result = await stack.run(() => handle.result());

  expect(result.finalState).toBe('completed');
  expect(result.dispatches[0]?.attempt).toBe(2);
  const key = result.dispatches[0]!.idempotencyKey;
  const attempts = stack.gateway.requests.filter((r) => r.idempotencyKey === key);
  expect(attempts.map((r) => r.status)).toEqual([500, 200]);
  expect(stack.gateway.executions(key)).toBe(1);
  expect((await auditRecordOf(runId)).dispatches[0]?.attempt).toBe(2);
});

it('cancel signal mid-stream: the request is aborted, the vector entry compensated, the reason audited', async () => {
  const id = cloneSample(SAMPLE_IDS.webMessaging);
  stack.gateway.setChunkDelay(40); // slow enough that the replay signal arrives while the first dispatch streams
  const { handle, runId } = await start(id);
  const result = await stack.run(async () => {
    // First dispatch completes and syncs; a replay then streams slowly and is cancelled mid-stream.
    const first = await stack.gateway.waitFor<{ key: string }>('execution-start', undefined, 30_000);
    await handle.signal(replaySignal, {});
    await stack.gateway.waitFor<{ key: string }>('execution-end', (e) => e.key === first.key, 30_000);
    stack.gateway.setChunkDelay(250);
    await stack.gateway.waitFor<{ key: string }>('chunk', (e) => e.key !== first.key, 30_000);
    await handle.signal(cancelSignal, { reason: 'customer called back' });
    return handle.result();
  });

  expect(result).toMatchObject({
    finalState: 'cancelled',
    reason: 'customer called back',
    vectorSyncStatus: 'compensated',
  });
  expect(result.dispatches.map((d) => [d.trigger, d.outcome])).toEqual([
    ['first', 'completed'],
    ['replay', 'cancelled'],
  ]);
  expect(await stack.dependencies.vectorStore.get(id)).toBeUndefined();
  const replayRequest = stack.gateway.requests.find(
    (r) =>
      r.idempotencyKey &&
      r.idempotencyKey === result.dispatches[1]?.idempotencyKey &&
      r.headers['x-request-format'] &&
      r.path === '/v1/inference' &&
      r.clientDisconnected,
  );
  expect(replayRequest).toBeDefined();
  const audit = await auditRecordOf(runId);
  expect(audit).toMatchObject({
    finalState: 'cancelled',
    reason: 'customer called back',
    vectorSyncStatus: 'compensated',
  });
  // Both keys are on the audit trail: the cancelled replay's request reached the gateway and may be billed.
  expect(audit.dispatches.map((d) => d.idempotencyKey)).toEqual(result.dispatches.map((d) => d.idempotencyKey));
});

it("Temporal's cancel request ends the run as Cancelled, and the audit record is still written", async () => {
  const id = cloneSample(SAMPLE_IDS.webMessaging);
  stack.gateway.setChunkDelay(250);
  const { handle, runId } = await start(id);
  const err = await stack.run(async () => {
    await stack.gateway.waitFor('chunk', undefined, 30_000);
    await handle.cancel();
    return failureOf(handle.result());
  });
  expect(err.cause).toBeInstanceOf(CancelledFailure);
  expect(await auditRecordOf(runId)).toMatchObject({ finalState: 'cancelled', reason: 'cancellation requested' });
});

it('fails at once, with the permission named, when Genesys answers 403', async () => {
  const id = cloneSample(SAMPLE_IDS.webMessaging);
  stack.genesys.faults.add({ route: 'messageConversation', status: 403, times: 10 });
  const before = stack.genesys.requests('messageConversation');
  const { handle, runId } = await start(id);
  const err = await stack.run(() => failureOf(handle.result()));

  expect(err.cause).toBeInstanceOf(ApplicationFailure);
  expect((err.cause as ApplicationFailure).type).toBe('GenesysPermissionDenied');
  expect(err.cause?.message).toMatch(/conversation:message:view|conversation:webmessaging:view/);
  expect(stack.genesys.requests('messageConversation') - before).toBe(1);
  expect(await auditRecordOf(runId)).toMatchObject({ finalState: 'failed', reason: 'GenesysPermissionDenied' });
});

it('rejects invalid input naming the field, and records the failed routing', async () => {
  const handle = await stack.client.workflow.start(WORKFLOW_TYPE, {
    workflowId: `route-invalid-${randomUUID()}`,
    taskQueue: stack.taskQueue,
    args: [{ interactionId: 'not a valid id!', profile: 'standard' }],
  });
  const err = await stack.run(() => failureOf(handle.result()));
  expect((err.cause as ApplicationFailure).type).toBe('InvalidInput');
  expect(err.cause?.message).toMatch(/interactionId/);
  expect(await auditRecordOf(handle.firstExecutionRunId)).toMatchObject({
    finalState: 'failed',
    reason: 'InvalidInput',
  });
});

it('fails a routing for an unknown profile with the known profiles listed', async () => {
  const id = cloneSample(SAMPLE_IDS.webMessaging);
  const { handle } = await start(id, 'premium');
  const err = await stack.run(() => failureOf(handle.result()));
  expect((err.cause as ApplicationFailure).type).toBe('UnknownProfile');
  expect(err.cause?.message).toMatch(/standard/);
});

it('route-batch starts exactly one routing per ended conversation, and a second run finds them already routed', async () => {
  // A day of its own, so conversations other tests added do not count.
  const day = '2031-01-01';
  const template = SAMPLE_CONVERSATIONS.find((c) => c.id === SAMPLE_IDS.webMessaging)!;
  const ended = [randomUUID(), randomUUID()];
  const active = randomUUID();
  for (const id of ended)
    stack.genesys.addConversation({
      ...template,
      id,
      startTime: `${day}T10:00:00.000Z`,
      endTime: `${day}T10:05:00.000Z`,
    });
  stack.genesys.addConversation({ ...template, id: active, startTime: `${day}T11:00:00.000Z`, endTime: undefined });

  const lines: string[] = [];
  const batch = () =>
    runCli(
      ['route-batch', '--interval', `${day}T00:00:00.000Z/${day}T23:59:59.000Z`, '--media', 'message'],
      cliContext(lines),
    );

  expect(await stack.run(batch)).toBe(0);
  expect(lines).toContain('route-batch: 2 started, 0 attached, 0 already routed, 0 failed of 2');
  for (const id of ended) {
    const result = await stack.run(() => stack.client.workflow.getHandle(`route-${id}`).result());
    expect(result.finalState).toBe('completed');
  }
  await expect(stack.client.workflow.getHandle(`route-${active}`).describe()).rejects.toBeInstanceOf(
    WorkflowNotFoundError,
  );

  lines.length = 0;
  expect(await stack.run(batch)).toBe(0);
  expect(lines).toContain('route-batch: 0 started, 0 attached, 2 already routed, 0 failed of 2');
});

it('the CLI routes and waits, exiting with the code of the final state, and status shows the stages', async () => {
  const blocked = cloneSample(SAMPLE_IDS.promptInjection);
  const lines: string[] = [];
  expect(await stack.run(() => runCli(['route', blocked, '--wait'], cliContext(lines)))).toBe(3);
  expect(lines.join('\n')).toMatch(/state\s+blocked \(prompt injection/);
  expect(process.exitCode).toBeUndefined();

  const completed = cloneSample(SAMPLE_IDS.webMessaging);
  lines.length = 0;
  expect(await stack.run(() => runCli(['route', completed, '--wait', '--json'], cliContext(lines)))).toBe(0);
  expect(JSON.parse(lines.at(-1)!)).toMatchObject({ finalState: 'completed', interactionId: completed });

  lines.length = 0;
  expect(await stack.run(() => runCli(['status', completed], cliContext(lines)))).toBe(0);
  expect(lines.join('\n')).toMatch(/dispatch\s+\d+ ms, attempt 1/);

  lines.length = 0;
  expect(await stack.run(() => runCli(['route', completed], cliContext(lines)))).toBe(2);
  expect(lines.join('\n')).toMatch(/already routed .* use `replay/);
});

it('a stalled stream is abandoned by the client and retried once with the same key, without 409s', async () => {
  const id = cloneSample(SAMPLE_IDS.webMessaging);
  stack.gateway.faults.enqueue({ kind: 'stall', afterChunks: 2 });
  const { handle } = await start(id);
  const result = await stack.run(() => handle.result());
  expect(result.finalState).toBe('completed');
  expect(result.dispatches[0]?.attempt).toBe(2);
  const key = result.dispatches[0]!.idempotencyKey;
  const outcomes = stack.gateway.requests.filter((r) => r.idempotencyKey === key).map((r) => r.outcome);
  expect(outcomes).toEqual(['executed', 'executed']); // the stalled request was closed before the retry came
  expect(stack.gateway.outcomes(key)).toEqual(['failed', 'completed']);
}, 60_000);

it("honours a Genesys 429's Retry-After as a durable retry delay, then routes", async () => {
  const id = cloneSample(SAMPLE_IDS.webMessaging);
  stack.genesys.faults.add({ route: 'messageConversation', status: 429, retryAfter: 2 });
  const { handle } = await start(id);
  const result = await stack.run(() => handle.result());
  expect(result.finalState).toBe('completed');
  const status = await handle.query(statusQuery);
  expect(status.steps.fetch?.attempt).toBe(2);
  expect(status.steps.fetch?.durationMs).toBeGreaterThanOrEqual(2000);
});

it('routes a voice call whose transcript becomes ready after a few 404s', async () => {
  const id = cloneSample(SAMPLE_IDS.piiVoiceCall);
  stack.genesys.setTranscriptReady(id, false);
  const { handle } = await start(id);
  const result = await stack.run(async () => {
    // Let the fetch see "not ready" twice before the transcript appears.
    const notReadyAnswers = () =>
      stack.genesys.log.filter((r) => r.route === 'transcripturl' && r.status === 404 && r.path.includes(id)).length;
    for (const deadline = Date.now() + 30_000; notReadyAnswers() < 2;) {
      if (Date.now() > deadline) throw new Error('the fetch never asked for the transcript twice');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    stack.genesys.setTranscriptReady(id, true);
    return handle.result();
  });
  expect(result.finalState).toBe('completed');
  expect((await handle.query(statusQuery)).steps.fetch?.attempt).toBeGreaterThanOrEqual(3);
}, 60_000);

// Before the byte limit, the fetch returned such a transcript whole, the SDK refused the completion as PayloadsTooLarge
// and Temporal retried the download for the whole transcript wait.
it('fails a 3 MB transcript as TranscriptTooLarge after one download, and audits it', async () => {
  expect(NON_RETRYABLE_TYPES).toEqual(expect.arrayContaining(['PayloadsTooLarge', 'TranscriptTooLarge']));
  const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === SAMPLE_IDS.piiVoiceCall)!;
  const conversation = { ...sample, id: randomUUID(), recordings: 1, turns: generateLongDialogue(4_200) };
  const documentBytes = Buffer.byteLength(JSON.stringify(transcriptDocuments(conversation)[0]!.document));
  expect(documentBytes).toBeGreaterThan(3_000_000);
  stack.genesys.addConversation(conversation);
  const before = stack.genesys.requests('transcriptDocument');

  const { handle, runId } = await start(conversation.id);
  const err = await stack.run(() => failureOf(handle.result()));

  expect(err.cause).toBeInstanceOf(ApplicationFailure);
  expect((err.cause as ApplicationFailure).type).toBe('TranscriptTooLarge');
  expect(err.cause?.message).toContain(
    `${documentBytes} bytes, over the limit of ${DEFAULT_TRANSCRIPT_MAX_BYTES} bytes`,
  );
  expect(err.cause?.message).not.toContain(conversation.turns[5]!.text.slice(0, 30));
  expect(stack.genesys.requests('transcriptDocument') - before).toBe(1);
  expect(await auditRecordOf(runId)).toMatchObject({
    status: 'failed',
    reason: 'TranscriptTooLarge',
    interactionId: conversation.id,
  });
}, 60_000);
