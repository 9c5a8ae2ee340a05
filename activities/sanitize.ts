/**
 * The sanitize activity: a thin adapter that resolves the profile and runs the pure sanitizer.
 * Its outcome (payload and report) goes into workflow history, encrypted by the payload codec; the report
 * holds counts and family names only.
 */
import { Context } from '@temporalio/activity';
import { z } from 'zod';
import { describeIssues } from '../config/errors';
import { fallbackProfile, resolveProfile, type ModelMatrix } from '../config/modelMatrix';
import type { PiiRules } from '../config/piiRules';
import { FailureTypes, routingFailure } from '../contracts/failures';
import type { SanitizeResult } from '../contracts/results';
import { TranscriptSchema, type Transcript } from '../contracts/transcript';
import { recordSanitization } from '../infra/metrics/routerMetrics';
import { atActivityBoundary } from './failureBoundary';
import type { SanitizerPool } from '../infra/offload/sanitizerPool';

export interface SanitizeActivityDeps {
  models: ModelMatrix;
  piiRules?: PiiRules;
  /** Key for consistent pseudonyms (`[EMAIL_1]`); without it values become `[EMAIL_REDACTED]`. */
  pseudonymKey?: Buffer;
  /** Where the CPU-heavy work runs: large transcripts off the main thread. */
  pool: SanitizerPool;
  /** How often the activity heartbeats while the pool works (default 1 s). */
  heartbeatEveryMs?: number;
}

const SanitizeInputSchema = z.object({
  transcript: TranscriptSchema,
  profile: z.string().min(1),
  /** Which of the profile's models to fit for: 0 = its model, n = its n-th fallback (after a model refusal). */
  modelIndex: z.number().int().nonnegative().default(0),
});

export function createSanitizeActivities(deps: SanitizeActivityDeps) {
  return atActivityBoundary({
    async sanitizeTranscript(input: {
      transcript: Transcript;
      profile: string;
      modelIndex?: number;
    }): Promise<SanitizeResult> {
      const parsed = SanitizeInputSchema.safeParse(input);
      if (!parsed.success) {
        throw routingFailure(FailureTypes.InvalidInput, `invalid sanitize input: ${describeIssues(parsed.error)}`);
      }
      const { transcript, profile: profileName, modelIndex } = parsed.data;
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
      const outcome = await heartbeatUntil(
        deps.pool.sanitize({ messages, profile, options }),
        deps.heartbeatEveryMs ?? 1_000,
      );
      recordSanitization(Context.current().metricMeter, profileName, outcome.report);
      const report = transcript.notes?.length ? { ...outcome.report, sourceNotes: transcript.notes } : outcome.report;
      return { ...outcome, report, attempt: Context.current().info.attempt };
    },
  });
}

/** The main thread stays free while a large transcript is sanitized elsewhere: it keeps heartbeating meanwhile. */
async function heartbeatUntil<T>(work: Promise<T>, everyMs: number): Promise<T> {
  const context = Context.current();
  const timer = setInterval(() => context.heartbeat(), everyMs);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
