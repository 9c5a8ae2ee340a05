/**
 * The same pipeline with no Temporal in between: the activities called in the saga's order in this process,
 * each inside a MockActivityEnvironment (they heartbeat). The gap to the routed figures is Temporal's cost.
 */
import { randomUUID } from 'node:crypto';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { createActivities } from '../../activities';
import type { AuditEntry } from '../../contracts/audit';

type Activities = ReturnType<typeof createActivities>;

const quiet = new DefaultLogger('ERROR');

export async function routeDirectly(activities: Activities, interactionId: string): Promise<void> {
  const run = <T>(fn: () => Promise<T>): Promise<T> => new MockActivityEnvironment(undefined, { logger: quiet }).run(fn) as Promise<T>;
  const transcript = await run(() => activities.fetchTranscript({ interactionId }));
  const sanitized = await run(() => activities.sanitizeTranscript({ transcript, profile: 'standard' }));
  if (sanitized.status === 'blocked' || !sanitized.payload) throw new Error(`bench conversation ${interactionId} was blocked`);
  const payload = sanitized.payload;
  const idempotencyKey = randomUUID();
  const dispatched = await run(() => activities.dispatchToGateway({ payload, idempotencyKey, interactionId }));
  await run(() =>
    activities.syncToVectorStore({
      interactionId,
      context: payload.messages.filter((m) => m.role !== 'system'),
      answer: dispatched.answer,
      model: dispatched.model,
    }),
  );
  const entry: AuditEntry = {
    workflowId: `direct-${interactionId}`,
    runId: randomUUID(),
    interactionId,
    profile: 'standard',
    model: sanitized.profile.modelId,
    vectorSyncStatus: 'synced',
    piiRedacted: true,
    injectionChecked: true,
    status: 'completed',
    sanitization: sanitized.report,
    dispatch: dispatched.metrics,
    idempotencyKey,
    dispatchCount: 1,
    attempts: {},
  };
  await run(() => activities.writeAuditRecord(entry));
}
