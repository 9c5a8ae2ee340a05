/**
 * One named option set per step: explicit timeouts and retry policies, and the failure table from
 * contracts/failures.ts as the non-retryable list, so activities and workflow agree on what is final.
 */
import type { ActivityOptions } from '@temporalio/workflow';
import { ActivityCancellationType } from '@temporalio/workflow';
import { NON_RETRYABLE_TYPES } from '../contracts/failures';
import type { RoutingSettings } from '../contracts/settings';

const nonRetryableErrorTypes = [...NON_RETRYABLE_TYPES];

/** Steps whose options do not depend on worker settings: usable even before the settings are known. */
export const fixedStepOptions = {
  sanitize: {
    summary: 'Redact PII, screen for injection, fit the context window',
    startToCloseTimeout: '1 minute',
    retry: { initialInterval: '1 second', maximumAttempts: 3, nonRetryableErrorTypes },
  },
  vectorSync: {
    summary: 'Upsert the sanitized context and answer into the vector store',
    startToCloseTimeout: '30 seconds',
    // A failed sync does not fail the routing, so it is retried for a bounded time only.
    scheduleToCloseTimeout: '2 minutes',
    // A cancelled routing waits for an upsert in flight to finish, so the compensation that follows removes it.
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 5, nonRetryableErrorTypes },
  },
  compensate: {
    summary: 'Remove the vector entry (compensation)',
    startToCloseTimeout: '30 seconds',
    scheduleToCloseTimeout: '5 minutes',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, nonRetryableErrorTypes },
  },
  audit: {
    summary: 'Write the governance audit record',
    startToCloseTimeout: '30 seconds',
    scheduleToCloseTimeout: '30 minutes',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', nonRetryableErrorTypes },
  },
} satisfies Record<string, ActivityOptions>;

export function settingsStepOptions(settings: RoutingSettings) {
  const fetch: ActivityOptions = {
    summary: 'Fetch the transcript from Genesys Cloud',
    startToCloseTimeout: '2 minutes',
    heartbeatTimeout: '30 seconds', // the activity heartbeats while waiting on Genesys, so cancellation reaches it
    // A transcript appears minutes after the call ends: 404s are retried for the configured wait, no longer.
    scheduleToCloseTimeout: `${settings.transcriptWaitSeconds + 120} seconds`,
    retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', nonRetryableErrorTypes },
  };
  const dispatch: ActivityOptions = {
    summary: 'Stream the inference from the LLM gateway',
    startToCloseTimeout: '10 minutes',
    // The client abandons a stalled stream after streamStallSeconds itself; the heartbeat timeout is the backstop for
    // a worker that died mid-stream, after which another worker retries with the same idempotency key.
    heartbeatTimeout: `${settings.streamStallSeconds * 2} seconds`,
    // Bounded by time rather than attempts: 409s (the same key still generating) arrive quickly and would
    // otherwise use up an attempt budget while the answer is nearly ready to replay.
    scheduleToCloseTimeout: '30 minutes',
    // Wait for the activity to acknowledge cancellation so the HTTP request is known to be aborted before compensation.
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', nonRetryableErrorTypes },
  };
  return { fetch, dispatch };
}
