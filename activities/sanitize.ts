/**
 * The sanitize activity: a thin adapter that resolves the profile and runs the pure sanitizer.
 * Its outcome (payload and report) goes into workflow history, encrypted by the payload codec; the report
 * holds counts and family names only.
 */
import { Context } from '@temporalio/activity';
import { z } from 'zod';
import { describeIssues } from '../config/errors';
import { resolveProfile, type ModelMatrix } from '../config/modelMatrix';
import type { PiiRules } from '../config/piiRules';
import { FailureTypes, routingFailure } from '../contracts/failures';
import type { SanitizeResult } from '../contracts/results';
import { TranscriptSchema, type Transcript } from '../contracts/transcript';
import { sanitizeTranscript } from '../domain/sanitizer';
import { recordSanitization } from '../infra/metrics/routerMetrics';
import { atActivityBoundary } from './failureBoundary';

export interface SanitizeActivityDeps {
  models: ModelMatrix;
  piiRules?: PiiRules;
  /** Key for consistent pseudonyms (`[EMAIL_1]`); without it values become `[EMAIL_REDACTED]`. */
  pseudonymKey?: Buffer;
}

const SanitizeInputSchema = z.object({ transcript: TranscriptSchema, profile: z.string().min(1) });

export function createSanitizeActivities(deps: SanitizeActivityDeps) {
  return atActivityBoundary({
    async sanitizeTranscript(input: { transcript: Transcript; profile: string }): Promise<SanitizeResult> {
      const parsed = SanitizeInputSchema.safeParse(input);
      if (!parsed.success) {
        throw routingFailure(FailureTypes.InvalidInput, `invalid sanitize input: ${describeIssues(parsed.error)}`);
      }
      const { transcript, profile: profileName } = parsed.data;
      const profile = resolveProfile(deps.models, profileName);
      if (!profile) {
        const known = Object.keys(deps.models).join(', ');
        throw routingFailure(FailureTypes.UnknownProfile, `unknown profile "${profileName}"; known: ${known}`);
      }
      const messages = transcript.messages.map(({ role, content }) => ({ role, content }));
      const outcome = sanitizeTranscript(messages, profile, {
        pseudonymKey: deps.pseudonymKey,
        participants: transcript.participants,
        accountNumbers: deps.piiRules?.accountNumbers,
      });
      recordSanitization(Context.current().metricMeter, profileName, outcome.report);
      const report = transcript.notes?.length ? { ...outcome.report, sourceNotes: transcript.notes } : outcome.report;
      return { ...outcome, report, attempt: Context.current().info.attempt };
    },
  });
}
