/**
 * The `review` injection policy end to end on a dev server: a held routing waits durably with RoutingOutcome
 * `review`, an operator releases it (it dispatches) or rejects it (blocked), a deadline without a decision ends
 * it blocked, and the audit record says what was decided and by whom. Activities are scripted doubles.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { createActivities } from '../activities';
import { atActivityBoundary } from '../activities/failureBoundary';
import type { SanitizeOutcome } from '../contracts/results';
import { WORKFLOW_TYPE, reviewSignal, statusQuery, workflowIdFor } from '../contracts/routing';
import type { AuditEntry, RoutingResult } from '../contracts/routingState';
import { RoutingOutcomeKey, RoutingStageKey } from '../contracts/searchAttributes';
import { routerWorkflowBundle, startTemporalServer } from './helpers/temporalServer';

type Activities = ReturnType<typeof createActivities>;

let testEnv: TestWorkflowEnvironment;
beforeAll(async () => {
  testEnv = await startTemporalServer();
}, 120_000);
afterAll(() => testEnv?.teardown());

const payload = { model: 'gpt-4o-mini', temperature: 0.2, max_tokens: 512, stream: true, messages: [{ role: 'user' as const, content: 'hello' }] };

function heldActivities(reviewTimeoutMinutes?: number) {
  const audits: AuditEntry[] = [];
  const dispatches: string[] = [];
  const profile = { modelId: 'gpt-4o-mini', temperature: 0.2, maxContextWindow: 8192, maxTokens: 512, systemPrompt: 's', injectionPolicy: 'review' as const, reviewTimeoutMinutes };
  const report: SanitizeOutcome['report'] = {
    pii: {},
    piiTotal: 0,
    injection: { verdict: 'injection', score: 0.93, families: ['instruction_override'], policy: 'review' },
    tokens: { before: 10, after: 10, budget: 7000, tokenizer: 'o200k_base' },
    turnsDropped: 0,
    truncatedTurns: 0,
  };
  const activities: Activities = atActivityBoundary({
    fetchTranscript: async ({ interactionId }) => ({ transcript: { interactionId, mediaType: 'message', messages: [{ role: 'user', content: 'hello' }] }, attempt: 1 }),
    sanitizeTranscript: async () => ({ status: 'review', profile, report, payload, attempt: 1 }),
    dispatchToGateway: async ({ idempotencyKey }) => {
      dispatches.push(idempotencyKey);
      return {
        answer: 'ok',
        idempotencyKey,
        model: profile.modelId,
        metrics: { timeToFirstTokenMs: 1, latencyMs: 2, chunks: 1, bytes: 10, completionChars: 2, usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, source: 'tokenizer' }, finishReason: 'stop' },
        attempt: 1,
      };
    },
    syncToVectorStore: async ({ interactionId }) => ({ status: 'synced', entryId: interactionId, store: 'scripted', attempt: 1 }),
    removeFromVectorStore: async () => ({ removed: true, attempt: 1 }),
    writeAuditRecord: async (entry) => {
      audits.push(entry);
      return { sequence: audits.length, hash: 'h', duplicate: false, attempt: 1 };
    },
  });
  return { activities, audits, dispatches };
}

async function withWorker<T>(activities: Activities, body: (client: Client, taskQueue: string) => Promise<T>): Promise<T> {
  const taskQueue = `review-${randomUUID()}`;
  const worker = await Worker.create({ connection: testEnv.nativeConnection, taskQueue, workflowBundle: await routerWorkflowBundle(), activities });
  return worker.runUntil(body(testEnv.client, taskQueue));
}

/** Polls until `check` holds (a held routing has no event to await from outside). */
async function eventually<T>(probe: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not reached');
}

async function startHeld(client: Client, taskQueue: string) {
  const interactionId = `review-${randomUUID()}`;
  const handle = await client.workflow.start(WORKFLOW_TYPE, { taskQueue, workflowId: workflowIdFor(interactionId), args: [{ interactionId, profile: 'standard' }] });
  const status = await eventually(() => handle.query(statusQuery), (s) => s.stage === 'awaiting_review');
  return { handle, status };
}

describe('review policy', () => {
  it('holds the routing with RoutingOutcome review, then dispatches once released; the audit names the operator', async () => {
    const { activities, audits, dispatches } = heldActivities();
    await withWorker(activities, async (client, taskQueue) => {
      const { handle, status } = await startHeld(client, taskQueue);
      expect(status.review?.decision).toBeUndefined();
      expect(Date.parse(status.review!.deadline) - Date.parse(status.review!.heldAt)).toBe(24 * 60 * 60_000);
      const described = await eventually(() => handle.describe(), (d) => d.typedSearchAttributes.get(RoutingOutcomeKey) === 'review');
      expect(described.typedSearchAttributes.get(RoutingStageKey)).toBe('awaiting_review');
      expect(dispatches).toHaveLength(0);

      await handle.signal(reviewSignal, { decision: 'release', operator: 'dana' });
      const result = (await handle.result()) as RoutingResult;
      expect(result.finalState).toBe('completed');
      expect(dispatches).toHaveLength(1);
      expect(audits[0].review).toMatchObject({ decision: 'released', decidedBy: 'dana' });
      expect((await handle.describe()).typedSearchAttributes.get(RoutingOutcomeKey)).toBe('completed');
    });
  });

  it('ends blocked when rejected, without dispatching; an invalid decision is ignored', async () => {
    const { activities, audits, dispatches } = heldActivities();
    await withWorker(activities, async (client, taskQueue) => {
      const { handle } = await startHeld(client, taskQueue);
      await handle.signal(reviewSignal, { decision: 'release', operator: '  ' });
      await handle.signal(reviewSignal, { decision: 'reject', operator: 'sam' });
      const result = (await handle.result()) as RoutingResult;
      expect(result.finalState).toBe('blocked');
      expect(result.reason).toBe('prompt injection: instruction_override; review rejected');
      expect(dispatches).toHaveLength(0);
      expect(audits[0].review).toMatchObject({ decision: 'rejected', decidedBy: 'sam' });
    });
  });

  it('ends blocked when nobody decides before the profile deadline', async () => {
    const { activities, audits, dispatches } = heldActivities(0.01);
    await withWorker(activities, async (client, taskQueue) => {
      const { handle } = await startHeld(client, taskQueue);
      const result = (await handle.result()) as RoutingResult;
      expect(result.finalState).toBe('blocked');
      expect(result.reason).toMatch(/review expired$/);
      expect(dispatches).toHaveLength(0);
      expect(audits[0].review?.decision).toBe('expired');
      expect(audits[0].review?.decidedBy).toBeUndefined();
    });
  });
});
