/**
 * fetchAndSanitize: the routing's first step in one activity, so the raw transcript never enters Temporal history
 * (only the sanitized outcome does) and the routing makes one round trip where it made two. A retry, or a replay on
 * another profile, fetches again: Genesys keeps the transcript, and the sanitizer is deterministic.
 */
import { Context } from '@temporalio/activity';
import type { GuardReport, SanitizeResult } from '../contracts/results';
import type { createFetchTranscriptActivities } from './fetchTranscript';
import type { createSanitizeActivities } from './sanitize';

type Fetch = ReturnType<typeof createFetchTranscriptActivities>['fetchTranscript'];
type Sanitize = ReturnType<typeof createSanitizeActivities>['sanitizeTranscript'];

export function createFetchAndSanitizeActivities(steps: { fetchTranscript: Fetch; sanitizeTranscript: Sanitize }) {
  // Both halves already leave through the failure boundary and heartbeat while they work.
  return {
    /** `modelIndex` picks the profile's model (0) or one of its fallbacks, whose window the transcript is fitted to. */
    async fetchAndSanitize(input: {
      interactionId: string;
      profile: string;
      modelIndex?: number;
      /** A refit's: the first sanitization's guard report, which keeps deciding (activities/sanitize.ts). */
      priorGuard?: GuardReport;
    }): Promise<SanitizeResult> {
      const { transcript } = await steps.fetchTranscript({ interactionId: input.interactionId });
      const outcome = await steps.sanitizeTranscript({
        transcript,
        profile: input.profile,
        modelIndex: input.modelIndex,
        priorGuard: input.priorGuard,
      });
      return { ...outcome, attempt: Context.current().info.attempt };
    },
  };
}
