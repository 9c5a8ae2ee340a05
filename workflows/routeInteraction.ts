/**
 * The routing saga: fetch -> sanitize -> dispatch -> vector sync -> audit.
 * Orchestration only: no I/O, no clock but workflow time, ids from the workflow's seeded uuid4.
 */
import {
  ApplicationFailure,
  CancellationScope,
  continueAsNew,
  isCancellation,
  log,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { createActivities } from '../activities';
import type { AuditEntry } from '../contracts/audit';
import { FailureTypes } from '../contracts/failures';
import type { DispatchResult, RoutingResult, SanitizeOutcome, VectorSyncStatus } from '../contracts/results';
import {
  CancelSignalSchema,
  ReplaySignalSchema,
  RouteInputSchema,
  cancelSignal,
  replaySignal,
  statusQuery,
  type FinalState,
  type ReplayRequest,
  type RouteInput,
  type RoutingStatus,
} from '../contracts/routing';
import { fixedStepOptions, settingsStepOptions } from './activityOptions';
import { describeFailure, describeInvalidInput } from './failureReason';
import { StepTracker } from './stepTracker';

type Activities = ReturnType<typeof createActivities>;

const { routingSettings } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds' });
const { sanitizeTranscript } = proxyActivities<Activities>(fixedStepOptions.sanitize);
const { syncToVectorStore } = proxyActivities<Activities>(fixedStepOptions.vectorSync);
const { removeFromVectorStore } = proxyActivities<Activities>(fixedStepOptions.compensate);
const { writeAuditRecord } = proxyActivities<Activities>(fixedStepOptions.audit);

export async function routeInteraction(rawInput: RouteInput): Promise<RoutingResult> {
  const { workflowId, runId } = workflowInfo();
  const parsed = RouteInputSchema.safeParse(rawInput);
  const input = parsed.success ? parsed.data : { interactionId: String(rawInput?.interactionId || '?').slice(0, 128), profile: '?' };

  const status: RoutingStatus = {
    interactionId: input.interactionId,
    profile: input.profile,
    stage: 'starting',
    attempts: {},
    timings: {},
    dispatchCount: 0,
    pendingReplays: 0,
  };
  const pendingReplays: ReplayRequest[] = [];
  let cancelReason: string | undefined;
  const saga = new CancellationScope();

  setHandler(statusQuery, () => ({ ...status, pendingReplays: pendingReplays.length }));
  setHandler(cancelSignal, (request) => {
    cancelReason = CancelSignalSchema.safeParse(request ?? {}).data?.reason ?? 'cancelled by operator';
    saga.cancel();
  });
  setHandler(replaySignal, (request) => {
    const replay = ReplaySignalSchema.safeParse(request ?? {});
    if (replay.success) pendingReplays.push(replay.data);
    else log.warn('ignored an invalid replay signal', { issues: replay.error.issues.length });
  });

  const steps = new StepTracker(status);

  let finalState: FinalState = 'completed';
  let reason: string | undefined;
  let failure: { type: string; message: string } | undefined;
  let thrownCancellation: unknown;
  let sanitized: SanitizeOutcome | undefined;
  let dispatched: DispatchResult | undefined;
  let vectorSyncStatus: VectorSyncStatus = 'skipped';
  let vectorEntryMayExist = false;

  try {
    if (!parsed.success) {
      throw ApplicationFailure.nonRetryable(describeInvalidInput(parsed.error), FailureTypes.InvalidInput);
    }
    await saga.run(async () => {
      const options = settingsStepOptions(await routingSettings());
      const { fetchTranscript } = proxyActivities<Activities>(options.fetch);
      const { dispatchToGateway } = proxyActivities<Activities>(options.dispatch);
      const transcript = await steps.run('fetch', 'fetching', () => fetchTranscript({ interactionId: input.interactionId }));
      let profile = input.profile;
      sanitized = await steps.run('sanitize', 'sanitizing', () => sanitizeTranscript({ transcript, profile }));
      for (;;) {
        if (sanitized.status !== 'blocked' && sanitized.payload) {
          const payload = sanitized.payload;
          const idempotencyKey = uuid4(); // made once per dispatch: every retry of this attempt sends the same key
          status.idempotencyKey = idempotencyKey;
          dispatched = await steps.run('dispatch', 'dispatching', () =>
            dispatchToGateway({ payload, idempotencyKey, interactionId: input.interactionId }),
          );
          status.dispatchCount += 1;
          vectorEntryMayExist = true; // compensation registered before the step runs: a timed-out upsert may have landed
          vectorSyncStatus = await syncVector(input.interactionId, payload.messages, dispatched);
        }
        const replay = pendingReplays.shift();
        if (!replay) break;
        if (replay.profile && replay.profile !== profile) {
          profile = replay.profile;
          status.profile = profile;
          sanitized = await steps.run('sanitize', 'sanitizing', () => sanitizeTranscript({ transcript, profile }));
        }
      }
      if (sanitized.status === 'blocked') {
        finalState = 'blocked';
        reason = `prompt injection: ${sanitized.report.injection.families.join(', ') || 'detected'}`;
      }
    });
  } catch (err) {
    if (isCancellation(err)) {
      finalState = 'cancelled';
      reason = cancelReason ?? 'cancellation requested';
      if (cancelReason === undefined) thrownCancellation = err; // Temporal's own cancel: end the run as Cancelled
    } else {
      finalState = 'failed';
      failure = describeFailure(err);
      reason = failure.type;
    }
  }

  // Compensation and the audit record run even when the routing was cancelled.
  const audit = await CancellationScope.nonCancellable(async () => {
    if (finalState !== 'completed' && finalState !== 'blocked' && vectorEntryMayExist) {
      try {
        await steps.run('compensate', 'compensating', () => removeFromVectorStore({ interactionId: input.interactionId }));
        vectorSyncStatus = 'compensated';
      } catch (err) {
        // Still audited: the record says the entry may remain, and why.
        vectorSyncStatus = 'failed';
        reason = `${reason}; compensation failed: ${describeFailure(err).type}`;
      }
    }
    status.finalState = finalState;
    status.reason = reason;
    const entry = auditEntry();
    const written = await steps.run('audit', 'auditing', () => writeAuditRecord(entry));
    status.stage = 'done';
    return { sequence: written.sequence, hash: written.hash };
  });

  // A replay asked for after the dispatch loop ended is not dropped: it runs as the next run of this routing.
  const lateReplay = pendingReplays.shift();
  if (lateReplay && finalState !== 'cancelled' && parsed.success) {
    await continueAsNew<typeof routeInteraction>({
      interactionId: input.interactionId,
      profile: lateReplay.profile ?? status.profile,
      requestedBy: lateReplay.requestedBy ?? parsed.data.requestedBy,
      replayOf: runId,
    });
  }
  if (failure) throw ApplicationFailure.nonRetryable(failure.message, failure.type);
  if (thrownCancellation) throw thrownCancellation;
  return {
    workflowId,
    runId,
    interactionId: input.interactionId,
    profile: status.profile,
    finalState,
    reason,
    answer: dispatched?.answer,
    report: sanitized?.report,
    dispatch: dispatched && { ...dispatched.metrics, idempotencyKey: dispatched.idempotencyKey, model: dispatched.model },
    dispatchCount: status.dispatchCount,
    vectorSyncStatus,
    audit,
  };

  async function syncVector(interactionId: string, context: { role: string; content: string }[], result: DispatchResult) {
    try {
      await steps.run('vectorSync', 'syncing', () =>
        syncToVectorStore({
          interactionId,
          context: context.filter((m) => m.role !== 'system'),
          answer: result.answer,
          model: result.model,
        }),
      );
      return 'synced' as const;
    } catch (err) {
      if (isCancellation(err)) throw err;
      log.warn('vector sync failed; the routing goes on', { failure: describeFailure(err).type });
      return 'failed' as const;
    }
  }

  function auditEntry(): AuditEntry {
    return {
      workflowId,
      runId,
      interactionId: input.interactionId,
      profile: status.profile,
      requestedBy: parsed.success ? parsed.data.requestedBy : undefined,
      replayOf: parsed.success ? parsed.data.replayOf : undefined,
      model: sanitized?.profile.modelId,
      temperature: sanitized?.profile.temperature,
      latencyMs: dispatched?.metrics.latencyMs,
      tokenUsage: dispatched?.metrics.usage,
      vectorSyncStatus,
      piiRedacted: sanitized !== undefined,
      injectionChecked: sanitized !== undefined,
      status: finalState,
      reason,
      sanitization: sanitized?.report,
      dispatch: dispatched?.metrics,
      idempotencyKey: status.idempotencyKey,
      dispatchCount: status.dispatchCount,
      attempts: { ...status.attempts },
    };
  }
}
