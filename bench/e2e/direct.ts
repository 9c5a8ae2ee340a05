/**
 * The same pipeline with no Temporal in between: the activities called in the saga's order in this process,
 * each inside a MockActivityEnvironment (they heartbeat), with the same state transitions and audit projection as
 * the workflow. The gap to the routed figures is Temporal's cost.
 */
import { randomUUID } from 'node:crypto';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { createActivities } from '../../activities';
import { auditEntryOf } from '../../domain/routing/projections';
import * as to from '../../domain/routing/transitions';

type Activities = ReturnType<typeof createActivities>;

const quiet = new DefaultLogger('ERROR');

export async function routeDirectly(activities: Activities, interactionId: string): Promise<void> {
  const run = <T>(fn: () => Promise<T>): Promise<T> =>
    new MockActivityEnvironment(undefined, { logger: quiet }).run(fn) as Promise<T>;
  let state = to.routingStarted({
    workflowId: `direct-${interactionId}`,
    runId: randomUUID(),
    interactionId,
    profile: 'standard',
  });
  const sanitized = await run(() => activities.fetchAndSanitize({ interactionId, profile: 'standard' }));
  state = to.sanitized(state, sanitized, 'standard');
  if (!sanitized.payload) throw new Error(`bench conversation ${interactionId} was blocked`);
  const payload = sanitized.payload;
  const idempotencyKey = randomUUID();
  state = to.dispatchStarted(state, { idempotencyKey, trigger: 'first', model: payload.model });
  const dispatched = await run(() => activities.dispatchToGateway({ payload, idempotencyKey, interactionId }));
  state = to.dispatchCompleted(state, idempotencyKey, dispatched.metrics, dispatched.attempt);
  const context = payload.messages.filter((m) => m.role !== 'system');
  await run(() =>
    activities.syncToVectorStore({ interactionId, context, answer: dispatched.answer, model: dispatched.model }),
  );
  state = to.vectorSynced(state, 'synced');
  await run(() => activities.writeAuditRecord(auditEntryOf(to.routingEnded(state, 'completed'))));
}
