/**
 * Orchestration edge cases that real services cannot be timed into: the workflow runs for real on a dev
 * server, its activities are scripted test doubles (each activity has its own tests against real adapters).
 */
import { randomUUID } from 'node:crypto';
import { Client, WorkflowFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { atActivityBoundary } from '../activities/failureBoundary';
import { FailureTypes, routingFailure } from '../contracts/failures';
import type { RoutingResult } from '../contracts/routingState';
import { WORKFLOW_TYPE, cancelSignal, replaySignal, workflowIdFor } from '../contracts/routing';
import {
  InjectionVerdictKey,
  RoutingOutcomeKey,
  RoutingProfileKey,
  RoutingStageKey,
} from '../contracts/searchAttributes';
import { describeMissingSearchAttributes, missingSearchAttributes } from '../infra/temporal/searchAttributes';
import {
  cleanSanitizeResult,
  profile,
  report,
  scriptedActivities,
  withWorker as withScriptedWorker,
  type Activities,
} from './helpers/scriptedRouting';
import { startTemporalServer } from './helpers/temporalServer';

let testEnv: TestWorkflowEnvironment;
beforeAll(async () => {
  testEnv = await startTemporalServer();
}, 120_000);
afterAll(() => testEnv?.teardown());

const withWorker = <T>(
  activities: Activities,
  body: (client: Client, taskQueue: string) => Promise<T>,
  slots: { maxConcurrentActivityTaskExecutions?: number; maxConcurrentDispatches?: number } = {},
): Promise<T> => withScriptedWorker(testEnv, activities, body, slots);

/** Starts a routing of `interactionId` on the `standard` profile (the workflow id follows it unless given). */
const startStandardRouting = (
  client: Client,
  taskQueue: string,
  interactionId: string,
  workflowId = workflowIdFor(interactionId),
) => client.workflow.start(WORKFLOW_TYPE, { workflowId, taskQueue, args: [{ interactionId, profile: 'standard' }] });

it('a replay signalled while the audit is being written runs as the next run, with a fresh key', async () => {
  const interactionId = randomUUID();
  let signalled = false;
  const script = scriptedActivities({
    beforeAudit: async () => {
      if (signalled) return;
      signalled = true;
      await testEnv.client.workflow
        .getHandle(workflowIdFor(interactionId))
        .signal(replaySignal, { profile: 'complex' });
    },
  });
  const result = await withWorker(script.activities, async (client, taskQueue) => {
    const handle = await startStandardRouting(client, taskQueue, interactionId);
    return handle.result();
  });
  expect(script.audits).toHaveLength(2);
  expect(script.audits[1]).toMatchObject({
    profile: 'complex',
    replayOf: script.audits[0]!.runId,
    finalState: 'completed',
  });
  expect(script.dispatchKeys).toHaveLength(2);
  expect(script.dispatchKeys[1]).not.toBe(script.dispatchKeys[0]);
  expect(result).toMatchObject({ finalState: 'completed', profile: 'complex' });
});

it('a failed compensation is still audited, saying the entry may remain', async () => {
  const interactionId = randomUUID();
  const script = scriptedActivities({
    removeFails: true,
    beforeSecondDispatchEnds: () =>
      testEnv.client.workflow.getHandle(workflowIdFor(interactionId)).signal(cancelSignal, { reason: 'operator stop' }),
  });
  const result = await withWorker(script.activities, async (client, taskQueue) => {
    const handle = await startStandardRouting(client, taskQueue, interactionId);
    await handle.signal(replaySignal, {});
    return handle.result();
  });
  expect(result).toMatchObject({ finalState: 'cancelled', vectorSyncStatus: 'failed' });
  expect(script.audits).toHaveLength(1);
  expect(script.audits[0]).toMatchObject({
    finalState: 'cancelled',
    vectorSyncStatus: 'failed',
    reason: 'operator stop; compensation failed: VectorStoreRejected',
  });
});

it('an empty interaction id is rejected and still audited', async () => {
  const script = scriptedActivities({});
  const err = await withWorker(script.activities, async (client, taskQueue) => {
    const handle = await startStandardRouting(client, taskQueue, '', `route-empty-${randomUUID()}`);
    return handle.result().catch((e: unknown) => e);
  });
  expect(err).toBeInstanceOf(WorkflowFailedError);
  expect(script.audits).toHaveLength(1);
  expect(script.audits[0]).toMatchObject({ interactionId: '?', finalState: 'failed', reason: 'InvalidInput' });
});

it("a replay signalled during the first dispatch runs in the same run, and the audit record holds both dispatches' keys", async () => {
  const interactionId = randomUUID();
  const script = scriptedActivities({});
  let signalled: Promise<void> | undefined;
  const firstDispatch = script.activities.dispatchToGateway;
  script.activities.dispatchToGateway = async (input) => {
    // The replay arrives while the first dispatch is still streaming.
    if (script.dispatchKeys.length === 0)
      signalled = testEnv.client.workflow
        .getHandle(workflowIdFor(interactionId))
        .signal(replaySignal, { requestedBy: 'lead' });
    await signalled;
    return firstDispatch(input);
  };
  const result = await withWorker(script.activities, async (client, taskQueue) => {
    const handle = await startStandardRouting(client, taskQueue, interactionId);
    return handle.result();
  });
  expect(script.dispatchKeys).toHaveLength(2);
  expect(script.audits).toHaveLength(1);
  expect(script.audits[0]!.dispatches.map((d) => d.idempotencyKey)).toEqual(script.dispatchKeys);
  expect(script.audits[0]!.dispatches.map((d) => [d.trigger, d.outcome, d.requestedBy])).toEqual([
    ['first', 'completed', undefined],
    ['replay', 'completed', 'lead'],
  ]);
  expect(result.dispatches).toEqual(script.audits[0]!.dispatches);
});

it("a refit for a fallback model carries the first sanitization's guard report: the verdict acted on stays", async () => {
  const interactionId = randomUUID();
  const script = scriptedActivities({});
  const guard = { model: 'guard-model', verdict: 'clean' as const, latencyMs: 12, decided: true };
  const withFallback = { ...profile, fallbacks: [{ modelId: 'gpt-4.1-mini' }] };
  const sanitizeInputs: Parameters<Activities['sanitizeTranscript']>[0][] = [];
  script.activities.sanitizeTranscript = async (input) => {
    sanitizeInputs.push(input);
    const outcome = cleanSanitizeResult([{ role: 'user', content: 'hello' }]);
    return { ...outcome, profile: withFallback, report: { ...outcome.report, guard } };
  };
  const served = script.activities.dispatchToGateway;
  let dispatches = 0;
  // Through the failure boundary, as the real activity leaves: a refusal is not retried.
  script.activities.dispatchToGateway = atActivityBoundary({
    dispatchToGateway: async (input: Parameters<typeof served>[0]) => {
      if (++dispatches === 1) throw routingFailure(FailureTypes.ModelUnavailable, 'the gateway does not serve it');
      return served(input);
    },
  }).dispatchToGateway;
  const result = await withWorker(script.activities, async (client, taskQueue) => {
    const handle = await startStandardRouting(client, taskQueue, interactionId);
    return handle.result();
  });
  expect(result.finalState).toBe('completed');
  expect(sanitizeInputs.map((i) => [i.modelIndex, i.priorGuard])).toEqual([
    [0, undefined],
    [1, guard],
  ]);
  expect((result as RoutingResult).dispatches.map((d) => [d.trigger, d.outcome])).toEqual([
    ['first', 'failed'],
    ['fallback', 'completed'],
  ]);
});

it('search attributes follow the routing: a blocked routing is listed by RoutingOutcome="blocked"', async () => {
  const interactionId = randomUUID();
  const script = scriptedActivities({});
  script.activities.sanitizeTranscript = async () => ({
    status: 'blocked',
    profile,
    report: { ...report, injection: { verdict: 'injection', score: 0.9, families: ['override'], policy: 'block' } },
    attempt: 1,
  });
  const workflowId = workflowIdFor(interactionId);
  const result = await withWorker(script.activities, async (client, taskQueue) => {
    const handle = await startStandardRouting(client, taskQueue, interactionId, workflowId);
    return handle.result();
  });
  expect(result).toMatchObject({ finalState: 'blocked', dispatches: [] });
  const attributes = (await testEnv.client.workflow.getHandle(workflowId).describe()).typedSearchAttributes;
  expect(attributes.get(RoutingOutcomeKey)).toBe('blocked');
  expect(attributes.get(InjectionVerdictKey)).toBe('blocked');
  expect(attributes.get(RoutingStageKey)).toBe('done');
  expect(attributes.get(RoutingProfileKey)).toBe('standard');
  // Visibility is eventually consistent: wait for the list to show it, then check it is exactly this routing.
  const query = `RoutingOutcome="blocked" AND WorkflowId="${workflowId}"`;
  for (const deadline = Date.now() + 20_000; ;) {
    const listed: string[] = [];
    for await (const w of testEnv.client.workflow.list({ query })) listed.push(w.workflowId);
    if (listed.length > 0) {
      expect(listed).toEqual([workflowId]);
      break;
    }
    if (Date.now() > deadline) throw new Error(`no routing listed for ${query}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  let completedListed = 0;
  for await (const _ of testEnv.client.workflow.list({
    query: `RoutingOutcome="completed" AND WorkflowId="${workflowId}"`,
  }))
    completedListed += 1;
  expect(completedListed).toBe(0);
});

it("the test server registers the router's search attributes, and a missing one is named with its fix", async () => {
  expect(await missingSearchAttributes(testEnv.connection, testEnv.namespace ?? 'default')).toEqual([]);
  expect(describeMissingSearchAttributes(['RoutingOutcome'], 'prod')).toContain(
    'temporal operator search-attribute create --namespace prod --name RoutingOutcome --type Keyword',
  );
});

it("an activity result over Temporal's payload limit (the SDK's PayloadsTooLarge) fails the routing at once, audited", async () => {
  const interactionId = randomUUID();
  const script = scriptedActivities({});
  let fetches = 0;
  // A source without the transcript byte limit: the SDK itself refuses to complete the activity with this result.
  script.activities.fetchTranscript = async () => {
    fetches += 1;
    return {
      transcript: { interactionId, mediaType: 'message', messages: [{ role: 'user', content: 'x'.repeat(2_500_000) }] },
      attempt: 1,
    };
  };
  // The sanitized text is about as large as the transcript: the one result that enters history is over the limit.
  script.activities.sanitizeTranscript = async ({ transcript }) =>
    cleanSanitizeResult(transcript.messages.map(({ role, content }) => ({ role, content })));
  const failure = await withWorker(script.activities, async (client, taskQueue) => {
    const handle = await startStandardRouting(client, taskQueue, interactionId);
    return handle.result().then(
      () => undefined,
      (e: unknown) => e,
    );
  });
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  expect((failure as WorkflowFailedError).cause).toMatchObject({ type: 'PayloadsTooLarge' });
  expect(fetches).toBe(1);
  expect(script.audits.at(-1)).toMatchObject({ status: 'failed', reason: 'PayloadsTooLarge' });
}, 60_000);

it('streams hold only the dispatch slots: another routing fetches and sanitizes while every dispatch slot streams', async () => {
  const script = scriptedActivities({});
  let release!: () => void;
  const streaming = new Promise<void>((resolve) => (release = resolve));
  const { dispatchToGateway, fetchAndSanitize } = script.activities;
  const sanitizedFor: string[] = [];
  script.activities.fetchAndSanitize = async (input) => {
    sanitizedFor.push(input.interactionId);
    return fetchAndSanitize(input);
  };
  let streams = 0;
  script.activities.dispatchToGateway = async (input) => {
    streams += 1;
    await streaming;
    return dispatchToGateway(input);
  };
  const [first, second] = [randomUUID(), randomUUID()];
  const results = await withWorker(
    script.activities,
    async (client, taskQueue) => {
      const start = (interactionId: string) => startStandardRouting(client, taskQueue, interactionId);
      const a = await start(first);
      while (streams === 0) await new Promise((r) => setTimeout(r, 50)); // the first routing's stream holds the slot
      const b = await start(second);
      // One slot for all other steps, one for streams: with both on one queue, the held stream would starve this fetch.
      for (const deadline = Date.now() + 20_000; !sanitizedFor.includes(second);) {
        if (Date.now() > deadline) throw new Error('the second routing never fetched while the first streamed');
        await new Promise((r) => setTimeout(r, 50));
      }
      release();
      return Promise.all([a.result(), b.result()]);
    },
    { maxConcurrentActivityTaskExecutions: 1, maxConcurrentDispatches: 1 },
  );
  expect(results.map((r) => r.finalState)).toEqual(['completed', 'completed']);
});
