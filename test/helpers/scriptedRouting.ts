/**
 * Scripted activity doubles for workflow tests: the workflow runs for real on a dev server, each activity is a
 * script (each real activity has its own tests against real adapters). Tests replace a script where they need to.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { createActivities } from '../../activities';
import { createFetchAndSanitizeActivities } from '../../activities/fetchAndSanitize';
import { atActivityBoundary } from '../../activities/failureBoundary';
import { routingFailure, FailureTypes } from '../../contracts/failures';
import type { SanitizeOutcome } from '../../contracts/results';
import type { AuditEntry } from '../../contracts/routingState';
import { createRouterWorkerPair } from '../../workers/routerWorkers';
import { routerWorkflowBundle } from './temporalServer';

export type Activities = ReturnType<typeof createActivities>;

export const profile = {
  modelId: 'gpt-4o-mini',
  temperature: 0.2,
  maxContextWindow: 8192,
  maxTokens: 512,
  systemPrompt: 's',
  injectionPolicy: 'block' as const,
};
export const report: SanitizeOutcome['report'] = {
  pii: {},
  piiTotal: 0,
  injection: { verdict: 'clean', score: 0, families: [], policy: 'block' },
  tokens: { before: 10, after: 10, budget: 7000, tokenizer: 'o200k_base' },
  turnsDropped: 0,
  truncatedTurns: 0,
};

/** A clean sanitize outcome whose payload carries `messages` as they are. */
export function cleanSanitizeResult(messages: { role: 'user' | 'assistant'; content: string }[]) {
  return {
    status: 'clean' as const,
    profile,
    report,
    payload: { model: profile.modelId, temperature: 0.2, max_tokens: 512, stream: true as const, messages },
    attempt: 1,
  };
}

/** Scripted activities; `hooks` lets a test hold a step until it has acted on the workflow. */
export function scriptedActivities(hooks: {
  beforeAudit?: (entry: AuditEntry) => Promise<void>;
  removeFails?: boolean;
  beforeSecondDispatchEnds?: () => Promise<void>;
}) {
  const audits: AuditEntry[] = [];
  const dispatchKeys: string[] = [];
  // Through the same failure boundary as the real activities, so a RoutingError leaves typed.
  const activities: Activities = atActivityBoundary({
    fetchTranscript: async ({ interactionId }) => ({
      transcript: { interactionId, mediaType: 'message', messages: [{ role: 'user', content: 'hello' }] },
      attempt: 1,
    }),
    sanitizeTranscript: async () => cleanSanitizeResult([{ role: 'user', content: 'hello' }]),
    dispatchToGateway: async ({ idempotencyKey }) => {
      dispatchKeys.push(idempotencyKey);
      if (dispatchKeys.length === 2) await hooks.beforeSecondDispatchEnds?.();
      return {
        answer: 'ok',
        idempotencyKey,
        model: profile.modelId,
        metrics: {
          timeToFirstTokenMs: 1,
          latencyMs: 2,
          chunks: 1,
          bytes: 10,
          completionChars: 2,
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, source: 'tokenizer' },
          finishReason: 'stop',
        },
        attempt: 1,
      };
    },
    syncToVectorStore: async ({ interactionId }) => ({
      status: 'synced',
      entryId: interactionId,
      store: 'scripted',
      attempt: 1,
    }),
    removeFromVectorStore: async () => {
      if (hooks.removeFails) throw routingFailure(FailureTypes.VectorStoreRejected, 'vector store answered 403');
      return { removed: true, attempt: 1 };
    },
    writeAuditRecord: async (entry) => {
      await hooks.beforeAudit?.(entry);
      audits.push(entry);
      return { sequence: audits.length, hash: 'h', duplicate: false, attempt: 1 };
    },
    // The real composition over the scripted halves (read at call time: a test may replace either).
    ...createFetchAndSanitizeActivities({
      fetchTranscript: (input) => activities.fetchTranscript(input),
      sanitizeTranscript: (input) => activities.sanitizeTranscript(input),
    }),
  });
  return { activities, audits, dispatchKeys };
}

/**
 * Runs `body` with the router's worker pair (workflows and steps; dispatch on its own queue) on a task queue of its
 * own, serving these activities.
 */
export async function withWorker<T>(
  testEnv: TestWorkflowEnvironment,
  activities: Activities,
  body: (client: Client, taskQueue: string) => Promise<T>,
  slots: { maxConcurrentActivityTaskExecutions?: number; maxConcurrentDispatches?: number } = {},
): Promise<T> {
  const taskQueue = `scripted-${randomUUID()}`;
  const workers = await createRouterWorkerPair({
    connection: testEnv.nativeConnection,
    taskQueue,
    workflowBundle: await routerWorkflowBundle(),
    activities,
    ...slots,
  });
  return workers.runUntil(body(testEnv.client, taskQueue));
}
