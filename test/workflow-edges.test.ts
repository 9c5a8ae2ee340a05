/**
 * Orchestration edge cases that real services cannot be timed into: the workflow runs for real on a dev
 * server, its activities are scripted test doubles (each activity has its own tests against real adapters).
 */
import { randomUUID } from 'node:crypto';
import { Client, WorkflowFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { createActivities } from '../activities';
import type { AuditEntry } from '../contracts/routingState';
import { routingFailure, FailureTypes } from '../contracts/failures';
import type { DispatchResult, SanitizeOutcome } from '../contracts/results';
import { WORKFLOW_TYPE, cancelSignal, replaySignal, workflowIdFor } from '../contracts/routing';
import { routerWorkflowBundle, startTemporalServer } from './helpers/temporalServer';

type Activities = ReturnType<typeof createActivities>;

let testEnv: TestWorkflowEnvironment;
beforeAll(async () => {
  testEnv = await startTemporalServer();
}, 120_000);
afterAll(() => testEnv?.teardown());

const profile = { modelId: 'gpt-4o-mini', temperature: 0.2, maxContextWindow: 8192, maxTokens: 512, systemPrompt: 's', injectionPolicy: 'block' as const };
const report: SanitizeOutcome['report'] = {
  pii: {},
  piiTotal: 0,
  injection: { verdict: 'clean', score: 0, families: [], policy: 'block' },
  tokens: { before: 10, after: 10, budget: 7000, tokenizer: 'o200k_base' },
  turnsDropped: 0,
  truncatedTurns: 0,
};

/** Scripted activities; `hooks` lets a test hold a step until it has acted on the workflow. */
function scriptedActivities(hooks: { beforeAudit?: (entry: AuditEntry) => Promise<void>; removeFails?: boolean; beforeSecondDispatchEnds?: () => Promise<void> }) {
  const audits: AuditEntry[] = [];
  const dispatchKeys: string[] = [];
  const activities: Activities = {
    routingSettings: async () => ({ transcriptWaitSeconds: 30, streamStallSeconds: 5 }),
    fetchTranscript: async ({ interactionId }) => ({ interactionId, mediaType: 'message', messages: [{ role: 'user', content: 'hello' }], attempt: 1 }),
    sanitizeTranscript: async () => ({
      status: 'clean',
      profile,
      report,
      payload: { model: profile.modelId, temperature: 0.2, max_tokens: 512, stream: true, messages: [{ role: 'user', content: 'hello' }] },
      attempt: 1,
    }),
    dispatchToGateway: async ({ idempotencyKey }) => {
      dispatchKeys.push(idempotencyKey);
      if (dispatchKeys.length === 2) await hooks.beforeSecondDispatchEnds?.();
      const result: DispatchResult = {
        answer: 'ok',
        idempotencyKey,
        model: profile.modelId,
        metrics: { timeToFirstTokenMs: 1, latencyMs: 2, chunks: 1, bytes: 10, completionChars: 2, usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, source: 'tokenizer' }, attempt: 1, finishReason: 'stop' },
      };
      return { ...result, attempt: 1 };
    },
    syncToVectorStore: async ({ interactionId }) => ({ status: 'synced', entryId: interactionId, store: 'scripted', attempt: 1 }),
    removeFromVectorStore: async () => {
      if (hooks.removeFails) throw routingFailure(FailureTypes.VectorStoreRejected, 'vector store answered 403');
      return { removed: true, attempt: 1 };
    },
    writeAuditRecord: async (entry) => {
      await hooks.beforeAudit?.(entry);
      audits.push(entry);
      return { sequence: audits.length, hash: 'h', duplicate: false, attempt: 1 };
    },
  };
  return { activities, audits, dispatchKeys };
}

async function withWorker<T>(activities: Activities, body: (client: Client, taskQueue: string) => Promise<T>): Promise<T> {
  const taskQueue = `edges-${randomUUID()}`;
  const worker = await Worker.create({ connection: testEnv.nativeConnection, taskQueue, workflowBundle: await routerWorkflowBundle(), activities });
  return worker.runUntil(body(testEnv.client, taskQueue));
}

it('a replay signalled while the audit is being written runs as the next run, with a fresh key', async () => {
  const interactionId = randomUUID();
  let signalled = false;
  const script = scriptedActivities({
    beforeAudit: async () => {
      if (signalled) return;
      signalled = true;
      await testEnv.client.workflow.getHandle(workflowIdFor(interactionId)).signal(replaySignal, { profile: 'complex' });
    },
  });
  const result = await withWorker(script.activities, async (client, taskQueue) => {
    const handle = await client.workflow.start(WORKFLOW_TYPE, { workflowId: workflowIdFor(interactionId), taskQueue, args: [{ interactionId, profile: 'standard' }] });
    return handle.result();
  });
  expect(script.audits).toHaveLength(2);
  expect(script.audits[1]).toMatchObject({ profile: 'complex', replayOf: script.audits[0]!.runId, status: 'completed' });
  expect(script.dispatchKeys).toHaveLength(2);
  expect(script.dispatchKeys[1]).not.toBe(script.dispatchKeys[0]);
  expect(result).toMatchObject({ finalState: 'completed', profile: 'complex' });
});

it('a failed compensation is still audited, saying the entry may remain', async () => {
  const interactionId = randomUUID();
  const script = scriptedActivities({
    removeFails: true,
    beforeSecondDispatchEnds: () => testEnv.client.workflow.getHandle(workflowIdFor(interactionId)).signal(cancelSignal, { reason: 'operator stop' }),
  });
  const result = await withWorker(script.activities, async (client, taskQueue) => {
    const handle = await client.workflow.start(WORKFLOW_TYPE, { workflowId: workflowIdFor(interactionId), taskQueue, args: [{ interactionId, profile: 'standard' }] });
    await handle.signal(replaySignal, {});
    return handle.result();
  });
  expect(result).toMatchObject({ finalState: 'cancelled', vectorSyncStatus: 'failed' });
  expect(script.audits).toHaveLength(1);
  expect(script.audits[0]).toMatchObject({ status: 'cancelled', vectorSyncStatus: 'failed', reason: 'operator stop; compensation failed: VectorStoreRejected' });
});

it('an empty interaction id is rejected and still audited', async () => {
  const script = scriptedActivities({});
  const err = await withWorker(script.activities, async (client, taskQueue) => {
    const handle = await client.workflow.start(WORKFLOW_TYPE, { workflowId: `route-empty-${randomUUID()}`, taskQueue, args: [{ interactionId: '', profile: 'standard' }] });
    return handle.result().catch((e: unknown) => e);
  });
  expect(err).toBeInstanceOf(WorkflowFailedError);
  expect(script.audits).toHaveLength(1);
  expect(script.audits[0]).toMatchObject({ interactionId: '?', status: 'failed', reason: 'InvalidInput' });
});
