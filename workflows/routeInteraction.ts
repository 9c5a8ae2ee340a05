/**
 * The routing saga: fetch -> sanitize -> dispatch -> vector sync, then replays, then compensation and audit.
 * Orchestration only: no I/O, no clock but workflow time, ids from the workflow's seeded uuid4. The routing's state
 * (contracts/routingState.ts) changes only through the named transitions of domain/routing/transitions.ts.
 */
import {
  ApplicationFailure,
  CancellationScope,
  condition,
  continueAsNew,
  isCancellation,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { createActivities } from '../activities';
import { FailureTypes } from '../contracts/failures';
import { DEFAULT_REVIEW_TIMEOUT_MINUTES } from '../contracts/review';
import type { GuardReport, SanitizeResult } from '../contracts/results';
import type { ReplayRequest, ReviewRequest, RouteInput, ValidReviewRequest } from '../contracts/routing';
import {
  checkCancelSignal,
  checkReplaySignal,
  checkReviewSignal,
  checkRouteInput,
} from '../contracts/routingValidators';
import { cancelSignal, replaySignal, reviewSignal, statusQuery } from '../contracts/routingSignals';
import type {
  DispatchRecord,
  EndedRoutingState,
  RoutingResult,
  RoutingState,
  StepName,
} from '../contracts/routingState';
import { dispatchTaskQueue } from '../contracts/taskQueues';
import type { Transcript } from '../contracts/transcript';
import { auditEntryOf, currentDetailsOf, resultOf, searchAttributesOf, statusOf } from '../domain/routing/projections';
import * as to from '../domain/routing/transitions';
import { localStepOptions, stepOptions } from './activityOptions';
import { describeFailure, describeInvalidInput } from './failureReason';

type Activities = ReturnType<typeof createActivities>;

/**
 * Routings recorded before this patch fetched and sanitized in two activities (the transcript in history twice),
 * dispatched on the workflow's queue and synced vectors in an activity of its own; they still replay down that path.
 * Since: one fetch-and-sanitize activity, dispatch on its own queue, the vector sync as a local activity (two
 * workflow tasks and eleven history events fewer per routing). The audit stays a normal activity: as a local one,
 * a signal arriving while it ran discarded the closing workflow task and the audit ran again with another entry.
 */
const LEAN_ROUTING = 'lean-routing';

const { fetchAndSanitize } = proxyActivities<Activities>(stepOptions.fetch);
// An upsert by interaction id: a re-run after a lost workflow task is harmless, and a routing cancelled meanwhile
// still compensates (the step is on record before it runs).
const { syncToVectorStore: syncToVectorStoreLocally } = proxyLocalActivities<Activities>(localStepOptions.vectorSync);
const { removeFromVectorStore } = proxyActivities<Activities>(stepOptions.compensate);
const { writeAuditRecord } = proxyActivities<Activities>(stepOptions.audit);
// Before LEAN_ROUTING:
const { fetchTranscript } = proxyActivities<Activities>(stepOptions.fetch);
const { sanitizeTranscript } = proxyActivities<Activities>(stepOptions.sanitize);
const { syncToVectorStore } = proxyActivities<Activities>(stepOptions.vectorSync);

export async function routeInteraction(rawInput: RouteInput): Promise<RoutingResult> {
  const { workflowId, runId, taskQueue } = workflowInfo();
  const lean = patched(LEAN_ROUTING);
  const { dispatchToGateway } = proxyActivities<Activities>(
    lean ? { ...stepOptions.dispatch, taskQueue: dispatchTaskQueue(taskQueue) } : stepOptions.dispatch,
  );
  const parsed = checkRouteInput(rawInput);
  const input = parsed.success
    ? parsed.data
    : { interactionId: String(rawInput?.interactionId || '?').slice(0, 128), profile: '?' };

  let state: RoutingState = to.routingStarted({ workflowId, runId, ...input });
  let answer: string | undefined;
  const replays: ReplayRequest[] = [];
  let cancelReason: string | undefined;
  let reviewDecision: ValidReviewRequest | undefined;
  const saga = new CancellationScope();

  setHandler(statusQuery, () => statusOf(state, replays.length));
  setHandler(cancelSignal, (request) => {
    const cancel = checkCancelSignal(request ?? {});
    cancelReason = cancel.success ? cancel.data.reason : 'cancelled by operator';
    saga.cancel();
  });
  setHandler(replaySignal, (request) => {
    const replay = checkReplaySignal(request ?? {});
    if (replay.success) replays.push(replay.data);
    else log.warn('ignored an invalid replay signal', { issues: replay.issues.length });
  });
  setHandler(reviewSignal, (request: ReviewRequest) => {
    const decision = checkReviewSignal(request ?? {});
    // Only a routing that is waiting takes a decision; one sent early or twice is not kept for later.
    if (decision.success && state.review && !state.review.decision) reviewDecision ??= decision.data;
    else
      log.warn('ignored a review signal', {
        valid: decision.success,
        waiting: Boolean(state.review && !state.review.decision),
      });
  });
  const published = new Map<string, unknown>();
  let heldTranscript: Transcript | undefined; // only on the path before LEAN_ROUTING
  setCurrentDetails(currentDetailsOf(state)); // search attributes follow with the first step, in this same task

  // 1. The saga body: ends in a verdict, never leaves the routing without one.
  let ended: EndedRoutingState;
  let failure: { type: string; message: string } | undefined;
  let temporalCancellation: unknown;
  try {
    if (!parsed.success)
      throw ApplicationFailure.nonRetryable(describeInvalidInput(parsed.issues), FailureTypes.InvalidInput);
    ended = await saga.run(async () => {
      let sanitized = await sanitize(input.profile);
      if (sanitized.status === 'review' && !(await reviewed(sanitized)))
        return to.routingEnded(state, 'blocked', blockReason(sanitized));
      if (sanitized.payload) await dispatchAndSync(sanitized, 'first', parsed.data.requestedBy);

      // Replays signalled while the routing runs: each dispatches again with a fresh key (re-sanitized on a new profile).
      for (let replay = replays.shift(); replay; replay = replays.shift()) {
        if (replay.profile && replay.profile !== state.profile) {
          sanitized = await sanitize(replay.profile);
          if (sanitized.status === 'review' && !(await reviewed(sanitized)))
            return to.routingEnded(state, 'blocked', blockReason(sanitized));
        }
        if (sanitized.payload) await dispatchAndSync(sanitized, 'replay', replay.requestedBy);
      }
      if (sanitized.status === 'blocked') return to.routingEnded(state, 'blocked', blockReason(sanitized));
      return to.routingEnded(state, 'completed', undefined);
    });
  } catch (err) {
    if (isCancellation(err)) {
      ended = to.routingEnded(state, 'cancelled', cancelReason ?? 'cancellation requested');
      if (cancelReason === undefined) temporalCancellation = err; // Temporal's own cancel: the run ends as Cancelled
    } else {
      failure = describeFailure(err);
      ended = to.routingEnded(state, 'failed', failure.type);
    }
  }
  state = ended; // published with the next step's start, in this same workflow task
  /** The state from here on, typed as ended: compensation and audit keep its verdict. */
  const endedState = (): EndedRoutingState => ({ ...state, finalState: ended.finalState });

  // 2. Compensation and the audit record run even when the routing was cancelled.
  await CancellationScope.nonCancellable(async () => {
    if (to.needsCompensation(state)) {
      try {
        await step('compensate', () => removeFromVectorStore({ interactionId: input.interactionId }));
        state = to.compensated(state);
      } catch (err) {
        state = to.compensationFailed(state, describeFailure(err).type);
      }
    }
    const receipt = await step('audit', () => writeAuditRecord(auditEntryOf(endedState())));
    state = to.audited(state, receipt);
    publish();
  });

  // 3. A replay asked for after the routing ended is not dropped: it runs as the next run of this routing.
  const lateReplay = replays.shift();
  if (lateReplay && ended.finalState !== 'cancelled' && parsed.success) {
    await continueAsNew<typeof routeInteraction>({
      interactionId: input.interactionId,
      profile: lateReplay.profile ?? state.profile,
      requestedBy: lateReplay.requestedBy ?? parsed.data.requestedBy,
      replayOf: runId,
    });
  }
  if (failure) throw ApplicationFailure.nonRetryable(failure.message, failure.type);
  if (temporalCancellation) throw temporalCancellation;
  return resultOf(endedState(), answer);

  // ---- The steps, each a transition around one activity.

  /**
   * Fetches and sanitizes for `profile` (fitted to its `modelIndex`th model) in one activity: only the sanitized
   * outcome enters history.
   */
  /** A refit for a fallback model passes the first guard report on: the verdict the routing acted on stays. */
  async function sanitize(profile: string, modelIndex = 0, priorGuard?: GuardReport): Promise<SanitizeResult> {
    const outcome = lean
      ? await step('fetch', () =>
          fetchAndSanitize({ interactionId: input.interactionId, profile, modelIndex, priorGuard }),
        )
      : await sanitizeHeldTranscript(profile, modelIndex, priorGuard);
    state = to.sanitized(state, outcome, profile); // the verdict is published with the next step's start
    return outcome;
  }

  /** Before LEAN_ROUTING: the transcript, fetched once, was held here and sanitized again for a replay's profile. */
  async function sanitizeHeldTranscript(
    profile: string,
    modelIndex: number,
    priorGuard?: GuardReport,
  ): Promise<SanitizeResult> {
    heldTranscript ??= (await step('fetch', () => fetchTranscript({ interactionId: input.interactionId }))).transcript;
    const transcript = heldTranscript;
    return step('sanitize', () => sanitizeTranscript({ transcript, profile, modelIndex, priorGuard }));
  }

  /**
   * Holds the routing for an operator (injection policy `review`) until a release, a rejection or the profile's
   * deadline; true when released. The wait is durable: a worker restart resumes it.
   */
  async function reviewed(outcome: SanitizeResult): Promise<boolean> {
    const timeoutMs = (outcome.profile.reviewTimeoutMinutes ?? DEFAULT_REVIEW_TIMEOUT_MINUTES) * 60_000;
    reviewDecision = undefined;
    state = to.reviewHeld(state, now(), now() + timeoutMs);
    publish();
    if (!(await condition(() => reviewDecision !== undefined, timeoutMs)) || !reviewDecision) {
      state = to.reviewDecided(state, 'expired', now());
      return false;
    }
    const { decision, operator } = reviewDecision;
    state = to.reviewDecided(state, decision === 'release' ? 'released' : 'rejected', now(), operator);
    return decision === 'release';
  }

  function blockReason(outcome: SanitizeResult): string {
    const review =
      state.review?.decision && state.review.decision !== 'released' ? `; review ${state.review.decision}` : '';
    return `prompt injection: ${outcome.report.injection.families.join(', ') || 'detected'}${review}`;
  }

  async function dispatchAndSync(
    sanitized: SanitizeResult,
    trigger: DispatchRecord['trigger'],
    requestedBy?: string,
  ): Promise<void> {
    const { dispatched, payload } = await dispatchWithFallbacks(sanitized, trigger, requestedBy);
    answer = dispatched.answer;
    // The vector step is on record before it runs (the compensation's condition): a timed-out upsert may have landed.
    try {
      const context = payload.messages.filter((m) => m.role !== 'system');
      const sync = lean ? syncToVectorStoreLocally : syncToVectorStore;
      await step(
        'vectorSync',
        () => sync({ interactionId: input.interactionId, context, answer: dispatched.answer, model: dispatched.model }),
        { local: lean },
      );
      state = to.vectorSynced(state, 'synced');
    } catch (err) {
      if (isCancellation(err)) throw err;
      log.warn('vector sync failed; the routing goes on', { failure: describeFailure(err).type });
      state = to.vectorSynced(state, 'failed');
    }
  }

  /**
   * One dispatch per model of the profile, in order, until one completes: a model the gateway refuses for good (unknown,
   * context too long) is on record as failed and the next one is tried with a fresh key, the transcript re-fitted to
   * its window first. Any other failure, or a refusal of the last model, ends the routing as before.
   */
  async function dispatchWithFallbacks(
    sanitized: SanitizeResult,
    trigger: DispatchRecord['trigger'],
    requestedBy?: string,
  ) {
    let current = sanitized;
    for (let modelIndex = 0; ; modelIndex++) {
      const payload = current.payload!;
      const idempotencyKey = uuid4(); // made once per dispatch: every retry of this dispatch sends the same key
      state = to.dispatchStarted(state, {
        idempotencyKey,
        trigger: modelIndex === 0 ? trigger : 'fallback',
        model: payload.model,
        requestedBy,
      });
      try {
        const dispatched = await step('dispatch', () =>
          dispatchToGateway({ payload, idempotencyKey, interactionId: input.interactionId, profile: state.profile }),
        );
        state = to.dispatchCompleted(state, idempotencyKey, dispatched.metrics, dispatched.attempt);
        return { dispatched, payload };
      } catch (err) {
        const refusal = describeFailure(err).type;
        if (!MODEL_REFUSALS.has(refusal) || !current.profile.fallbacks?.length) throw err;
        state = to.dispatchRefused(state, idempotencyKey, refusal);
        log.warn("the gateway refused the model; trying the profile's next one", {
          model: payload.model,
          failure: refusal,
        });
        current = await sanitize(state.profile, modelIndex + 1, current.report.guard);
        if (!current.payload) throw err; // the same transcript keeps its verdict: a payload is always built again
      }
    }
  }

  /**
   * Runs one activity with its start and end on record; the attempt comes from the activity's own result. A local
   * activity runs inside the current workflow task, and the next step's upsert follows in that same task: its stage
   * goes to the current details only, which saves an upsert event.
   */
  async function step<T extends { attempt: number }>(
    name: StepName,
    call: () => Promise<T>,
    { local = false } = {},
  ): Promise<T> {
    state = to.stepStarted(state, name, now());
    publish({ searchAttributes: !local });
    try {
      const result = await call();
      state = to.stepEnded(state, name, now(), result.attempt);
      return result;
    } catch (err) {
      state = to.stepEnded(state, name, now());
      throw err;
    }
  }

  /**
   * Search attributes and the UI's current details. Called where a workflow task ends (a step starts, the routing is
   * audited) and upserting only the changed values, so a routing costs one upsert event per step.
   */
  function publish({ searchAttributes = true } = {}): void {
    const changed = searchAttributes
      ? searchAttributesOf(state).filter(({ key, value }) => published.get(key.name) !== value)
      : [];
    if (changed.length) {
      upsertSearchAttributes(changed);
      for (const { key, value } of changed) published.set(key.name, value);
    }
    setCurrentDetails(currentDetailsOf(state));
  }
}

/** Refusals another model can cure (contracts/failures.ts): the dispatch moves on to the profile's next model. */
const MODEL_REFUSALS = new Set<string>([FailureTypes.ModelUnavailable, FailureTypes.ContextLengthExceeded]);

/** Workflow time: deterministic, recorded with each workflow task. */
const now = (): number => Date.now();
