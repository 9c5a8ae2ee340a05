/**
 * The named transitions of the routing state: pure functions (state, facts) -> new state. The workflow calls them
 * and nothing else changes its state; times are passed in (workflow time), so each one is deterministic and tested
 * on its own (test/routing-state.test.ts).
 */
import type { DispatchMetrics, SanitizeOutcome } from '../../contracts/results';
import type {
  DispatchRecord,
  EndedRoutingState,
  FinalState,
  Review,
  RoutingState,
  Stage,
  StepName,
} from '../../contracts/routingState';

const STAGE_OF: Record<StepName, Stage> = {
  fetch: 'fetching',
  sanitize: 'sanitizing',
  dispatch: 'dispatching',
  vectorSync: 'syncing',
  compensate: 'compensating',
  audit: 'auditing',
};

const iso = (ms: number) => new Date(ms).toISOString();

export function routingStarted(facts: {
  workflowId: string;
  runId: string;
  interactionId: string;
  profile: string;
  requestedBy?: string;
  replayOf?: string;
}): RoutingState {
  return { ...facts, stage: 'starting', steps: {}, dispatches: [], vectorSyncStatus: 'skipped' };
}

export function stepStarted(state: RoutingState, step: StepName, at: number): RoutingState {
  return { ...state, stage: STAGE_OF[step], steps: { ...state.steps, [step]: { startedAt: iso(at) } } };
}

/** Ends the step's timing whether it succeeded or not; `attempt` is known only from a successful result. */
export function stepEnded(state: RoutingState, step: StepName, at: number, attempt?: number): RoutingState {
  const started = state.steps[step];
  if (!started) return state;
  const startedAt = Date.parse(started.startedAt);
  const ended = {
    ...started,
    endedAt: iso(at),
    durationMs: Math.max(0, at - startedAt),
    ...(attempt ? { attempt } : {}),
  };
  return { ...state, steps: { ...state.steps, [step]: ended } };
}

/** A sanitization (first, or again for a replay with another profile) replaces the previous one. */
export function sanitized(state: RoutingState, outcome: SanitizeOutcome, profile: string): RoutingState {
  const { status, report } = outcome;
  return {
    ...state,
    profile,
    sanitization: { status, model: outcome.profile.modelId, temperature: outcome.profile.temperature, report },
  };
}

export function dispatchStarted(
  state: RoutingState,
  dispatch: Pick<DispatchRecord, 'idempotencyKey' | 'trigger' | 'model' | 'requestedBy'>,
): RoutingState {
  const { requestedBy, ...facts } = dispatch;
  const record: DispatchRecord = {
    ...facts,
    ...(requestedBy !== undefined ? { requestedBy } : {}),
    profile: state.profile,
    outcome: 'streaming',
  };
  return { ...state, dispatches: [...state.dispatches, record] };
}

export function dispatchCompleted(
  state: RoutingState,
  idempotencyKey: string,
  metrics: DispatchMetrics,
  attempt: number,
): RoutingState {
  return updateDispatch(state, idempotencyKey, { outcome: 'completed', metrics, attempt });
}

/** The gateway refused the dispatch's model for good (ModelUnavailable, ContextLengthExceeded): the next model is tried. */
export function dispatchRefused(state: RoutingState, idempotencyKey: string, failureType: string): RoutingState {
  return updateDispatch(state, idempotencyKey, { outcome: 'failed', failure: failureType });
}

/** The vector step ended: 'synced', or 'failed' (the routing goes on without the entry). */
export function vectorSynced(state: RoutingState, status: 'synced' | 'failed'): RoutingState {
  return { ...state, vectorSyncStatus: status };
}

/**
 * The saga body ended. A dispatch still streaming ended with it (cancelled, or failed with the routing's failure);
 * its key stays on record, since the gateway may have billed it.
 */
export function routingEnded(state: RoutingState, finalState: FinalState, reason?: string): EndedRoutingState {
  const interrupted = finalState === 'cancelled' ? 'cancelled' : 'failed';
  const dispatches = state.dispatches.map((d): DispatchRecord =>
    d.outcome === 'streaming'
      ? { ...d, outcome: interrupted, ...(interrupted === 'failed' && reason ? { failure: reason } : {}) }
      : d,
  );
  return { ...state, dispatches, finalState, ...(reason !== undefined ? { reason } : {}) };
}

/** A routing that did not complete undoes a vector entry that may exist (blocked ones never dispatched). */
export const needsCompensation = (state: RoutingState): boolean =>
  state.finalState !== undefined &&
  state.finalState !== 'completed' &&
  state.finalState !== 'blocked' &&
  vectorEntryMayExist(state);

export function compensated<S extends RoutingState>(state: S): S {
  return { ...state, vectorSyncStatus: 'compensated' };
}

/** Still audited: the record says the entry may remain, and why. */
export function compensationFailed<S extends RoutingState>(state: S, failureType: string): S {
  return {
    ...state,
    vectorSyncStatus: 'failed',
    reason: `${state.reason ?? 'routing ended'}; compensation failed: ${failureType}`,
  };
}

export function audited<S extends RoutingState>(state: S, receipt: { sequence: number; hash: string }): S {
  return { ...state, stage: 'done', audit: { sequence: receipt.sequence, hash: receipt.hash } };
}

// ---- Reading the state

/** Whether a vector entry may exist: an upsert was attempted (it may have landed even if it timed out). */
export const vectorEntryMayExist = (state: RoutingState): boolean => state.steps.vectorSync !== undefined;

export const lastDispatch = (state: RoutingState): DispatchRecord | undefined => state.dispatches.at(-1);

export const completedDispatches = (state: RoutingState): number =>
  state.dispatches.filter((d) => d.outcome === 'completed').length;

function updateDispatch(state: RoutingState, idempotencyKey: string, change: Partial<DispatchRecord>): RoutingState {
  return {
    ...state,
    dispatches: state.dispatches.map((d) => (d.idempotencyKey === idempotencyKey ? { ...d, ...change } : d)),
  };
}

/** Held for an operator (injection policy `review`) until `deadline`. */
export function reviewHeld(state: RoutingState, at: number, deadline: number): RoutingState {
  return { ...state, stage: 'awaiting_review', review: { heldAt: iso(at), deadline: iso(deadline) } };
}

/** The operator's decision, or `expired` when the deadline passed first (then `by` is absent). */
export function reviewDecided(
  state: RoutingState,
  decision: NonNullable<Review['decision']>,
  at: number,
  by?: string,
): RoutingState {
  if (!state.review) throw new TypeError('reviewDecided: the routing is not held for review');
  return { ...state, review: { ...state.review, decision, decidedAt: iso(at), ...(by ? { decidedBy: by } : {}) } };
}
