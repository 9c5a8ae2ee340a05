/**
 * What state a routing is really in, as the operator should be told it: the outcome of a closed routing (a blocked
 * routing's Temporal status is COMPLETED), whether a running one can still be cancelled, and its stage while we wait.
 */
import { WorkflowFailedError } from '@temporalio/client';
import { statusQuery, type RoutingStatus } from '../contracts/routing';
import type { RoutingHandle } from './routing';

type RoutingResult = Awaited<ReturnType<RoutingHandle['result']>>;

export interface EndedRouting {
  workflowId: string;
  runId?: string;
  /** completed, blocked, review, failed or cancelled. */
  finalState: string;
  reason?: string;
  message?: string;
  /** The workflow's result when it returned one (every outcome but a thrown failure or Temporal's cancel). */
  result?: RoutingResult;
}

/** Waits for the routing's result (at once for a closed one) and reads its outcome, failures included. */
export async function outcomeOf(handle: RoutingHandle): Promise<EndedRouting> {
  try {
    const result = await handle.result();
    return {
      workflowId: result.workflowId,
      runId: result.runId,
      finalState: result.finalState,
      reason: result.reason,
      result,
    };
  } catch (err) {
    if (!(err instanceof WorkflowFailedError)) throw err;
    const cause = err.cause as { name?: string; type?: string; message?: string } | undefined;
    const base = { workflowId: handle.workflowId, message: cause?.message || undefined };
    if (cause?.name === 'CancelledFailure')
      return { ...base, finalState: 'cancelled', reason: 'cancellation requested' };
    if (cause?.name === 'TerminatedFailure') return { ...base, finalState: 'failed', reason: 'terminated' };
    if (cause?.name === 'TimeoutFailure') return { ...base, finalState: 'failed', reason: 'timed out' };
    return { ...base, finalState: 'failed', reason: cause?.type ?? cause?.name ?? 'unknown' };
  }
}

export function describeOutcome(outcome: Pick<EndedRouting, 'finalState' | 'reason'>): string {
  return outcome.reason ? `${outcome.finalState} (${outcome.reason})` : outcome.finalState;
}

/** Stages at which the answer has been dispatched: a cancellation no longer stops anything. */
const PAST_DISPATCH = new Set<string>(['syncing', 'compensating', 'auditing', 'done']);

/** Why a cancellation would change nothing for a routing in this state, or undefined when it still can. */
export function tooLateToCancel(status: RoutingStatus): string | undefined {
  if (status.finalState) return `it has already ended as ${status.finalState} (stage ${status.stage})`;
  // A replay still queued would dispatch again: cancelling stops that one.
  if (PAST_DISPATCH.has(status.stage) && status.pendingReplays === 0) {
    return `it is past dispatch (stage ${status.stage}) and will finish as it is`;
  }
  return undefined;
}

export async function queryStatus(handle: RoutingHandle): Promise<RoutingStatus | undefined> {
  // No worker polling (or a routing too old to answer) is not an error for the operator: the stage is just unknown.
  return handle.query(statusQuery).catch(() => undefined);
}

/**
 * Waits for the outcome; meanwhile, when a progress writer is given (a terminal), prints the stage each time it
 * changes, read from the workflow's status query.
 */
export async function waitForOutcome(
  handle: RoutingHandle,
  progress?: (line: string) => void,
  pollMs = 300,
): Promise<EndedRouting> {
  const outcome = outcomeOf(handle);
  if (!progress) return outcome;
  let settled = false;
  const finished = outcome.then(
    () => (settled = true),
    () => (settled = true),
  );
  let shown: string | undefined;
  while (!settled) {
    const status = await queryStatus(handle);
    if (status && !settled && status.stage !== shown) {
      shown = status.stage;
      progress(`… ${status.stage}`);
    }
    await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, pollMs))]);
  }
  return outcome;
}
