/**
 * The sanitize activity: a thin adapter that resolves the profile and runs the pure sanitizer.
 * Its outcome (payload and report) goes into workflow history, encrypted by the payload codec; the report
 * holds counts and family names only.
 * With the injection guard on (INJECTION_GUARD_MODEL), a transcript whose local score falls in the uncertain band is
 * also shown, redacted and fitted, to the guard model; its answer, or the local verdict when it gives none in time,
 * decides under the profile's policy (domain/guard/injectionGuard.ts).
 */
import { createHash } from 'node:crypto';
import { Context } from '@temporalio/activity';
import { z } from 'zod';
import { describeIssues } from '../config/errors';
import { fallbackProfile, resolveProfile, type ModelMatrix } from '../config/modelMatrix';
import type { PiiRules } from '../config/piiRules';
import { FailureTypes, routingFailure } from '../contracts/failures';
import { GuardReportSchema, type GuardReport, type SanitizeOutcome, type SanitizeResult } from '../contracts/results';
import { TranscriptSchema, type Transcript } from '../contracts/transcript';
import { buildAttribution } from '../domain/gateway/attribution';
import { decideGuardedOutcome, inBand } from '../domain/guard/injectionGuard';
import type { InjectionGuard } from '../infra/gateway/guard';
import { recordSanitization } from '../infra/metrics/routerMetrics';
import { atActivityBoundary } from './failureBoundary';
import { heartbeatClock } from './heartbeatClock';
import type { SanitizerPool } from '../infra/offload/sanitizerPool';
import type { SanitizeTask } from '../infra/offload/sanitizeTask';

export interface SanitizeActivityDeps {
  models: ModelMatrix;
  piiRules?: PiiRules;
  /** Key for consistent pseudonyms (`[EMAIL_1]`); without it values become `[EMAIL_REDACTED]`. */
  pseudonymKey?: Buffer;
  /** Where the CPU-heavy work runs: large transcripts off the main thread. */
  pool: SanitizerPool;
  /** How often the activity heartbeats while the pool works (default 1 s). */
  heartbeatEveryMs?: number;
  /** The second opinion on uncertain scores; absent = the local verdict alone (the default). */
  guard?: InjectionGuard;
  /** LLM_ATTRIBUTION_TAGS, for the guard's request (OpenAI format), as the dispatch sends them. */
  attributionTags?: Readonly<Record<string, string>>;
}

const SanitizeInputSchema = z.object({
  transcript: TranscriptSchema,
  profile: z.string().min(1),
  /** Which of the profile's models to fit for: 0 = its model, n = its n-th fallback (after a model refusal). */
  modelIndex: z.number().int().nonnegative().default(0),
  /**
   * The guard's report from the routing's first sanitization, given when it refits for a fallback model: the local
   * screen reads every turn before the fit, so only the guard could answer differently, and the routing keeps the
   * verdict it already acted on instead of asking again.
   */
  priorGuard: GuardReportSchema.optional(),
});

export function createSanitizeActivities(deps: SanitizeActivityDeps) {
  const heartbeatEveryMs = deps.heartbeatEveryMs ?? 1_000;
  return atActivityBoundary({
    async sanitizeTranscript(input: {
      transcript: Transcript;
      profile: string;
      modelIndex?: number;
      priorGuard?: GuardReport;
    }): Promise<SanitizeResult> {
      const parsed = SanitizeInputSchema.safeParse(input);
      if (!parsed.success) {
        throw routingFailure(FailureTypes.InvalidInput, `invalid sanitize input: ${describeIssues(parsed.error)}`);
      }
      const { transcript, profile: profileName, modelIndex, priorGuard } = parsed.data;
      const configured = resolveProfile(deps.models, profileName);
      if (!configured) {
        const known = Object.keys(deps.models).join(', ');
        throw routingFailure(FailureTypes.UnknownProfile, `unknown profile "${profileName}"; known: ${known}`);
      }
      const profile = fallbackProfile(configured, modelIndex);
      if (!profile) {
        throw routingFailure(
          FailureTypes.InvalidInput,
          `profile "${profileName}" has no model number ${modelIndex + 1} (it lists ${(configured.fallbacks?.length ?? 0) + 1})`,
        );
      }
      const messages = transcript.messages.map(({ role, content }) => ({ role, content }));
      const options = {
        pseudonymKey: deps.pseudonymKey?.toString('base64'),
        participants: transcript.participants,
        accountNumbers: deps.piiRules?.accountNumbers,
      };
      const task = { messages, profile, options };
      const outcome = priorGuard
        ? await underPriorGuard(task, priorGuard)
        : deps.guard
          ? await guardedSanitize(task, deps.guard, transcript.interactionId, profileName)
          : await heartbeatUntil(deps.pool.sanitize(task), heartbeatEveryMs);
      recordSanitization(Context.current().metricMeter, profileName, outcome.report);
      const report = transcript.notes?.length ? { ...outcome.report, sourceNotes: transcript.notes } : outcome.report;
      return { ...outcome, report, attempt: Context.current().info.attempt };
    },
  });

  /** Sanitizes as the guard would have been shown it; the earlier consultation decides, as it did the first time. */
  async function underPriorGuard(task: SanitizeTask, priorGuard: GuardReport): Promise<SanitizeOutcome> {
    return decideGuardedOutcome(await keepingPayload(task), task.profile, priorGuard);
  }

  /** The `flag` policy keeps the payload whatever the verdict: the final policy is applied to it afterwards. */
  function keepingPayload(task: SanitizeTask): Promise<SanitizeOutcome> {
    return heartbeatUntil(
      deps.pool.sanitize({ ...task, profile: { ...task.profile, injectionPolicy: 'flag' } }),
      heartbeatEveryMs,
    );
  }

  /**
   * Sanitizes under the `flag` policy, which keeps the payload whatever the verdict, so the guard can be shown the
   * redacted, fitted turns (never the raw ones); then the profile's own policy decides on the final verdict.
   */
  async function guardedSanitize(
    task: SanitizeTask,
    guard: InjectionGuard,
    interactionId: string,
    profileName: string,
  ): Promise<SanitizeOutcome> {
    const screened = await keepingPayload(task);
    const { score } = screened.report.injection;
    if (!screened.payload || !inBand(score, guard.settings.band)) return decideGuardedOutcome(screened, task.profile);
    const ctx = Context.current();
    const { report, failureType } = await heartbeatUntil(
      guard.ask(screened.payload.messages, {
        idempotencyKey: guardKey(ctx.info),
        signal: ctx.cancellationSignal,
        // The same ids as the dispatch's: the gateway tells the guard's spend apart by its model.
        attribution: buildAttribution({
          interactionId,
          profile: profileName,
          workflowId: ctx.info.workflowExecution?.workflowId,
          tags: deps.attributionTags,
        }),
      }),
      heartbeatEveryMs,
    );
    // No answer (timeout, unparseable, error) is a warning: the guard is configured and was not heard.
    ctx.log[report.decided ? 'info' : 'warn']('injection guard consulted', {
      interactionId,
      model: report.model,
      score,
      localVerdict: screened.report.injection.verdict,
      guardVerdict: report.verdict,
      decided: report.decided,
      latencyMs: report.latencyMs,
      failureType,
    });
    return decideGuardedOutcome(screened, task.profile, report);
  }
}

/**
 * The guard request's own idempotency key, one per activity attempt: a retry asks again (a fresh key), and it can
 * never collide with the routing's dispatch key (a UUID). Hashed so a long workflow id keeps it within 255 characters.
 */
function guardKey(info: Context['info']): string {
  const { workflowExecution, activityId, attempt } = info;
  const id = [workflowExecution?.workflowId, workflowExecution?.runId, activityId, attempt].join('\n');
  return `guard-${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}

/** The main thread stays free while a large transcript is sanitized elsewhere: it keeps heartbeating meanwhile. */
async function heartbeatUntil<T>(work: Promise<T>, everyMs: number): Promise<T> {
  const heartbeats = heartbeatClock(Context.current(), { everyMs, firstAfterMs: everyMs });
  try {
    return await work;
  } finally {
    heartbeats.stop();
  }
}
