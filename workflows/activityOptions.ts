/**
 * One named option set per step: explicit timeouts and retry policies, and the failure table from
 * contracts/failures.ts as the non-retryable list, so activities and workflow agree on what is final.
 * Timeouts are fixed backstops: the activities enforce the configured waits themselves (the transcript wait, the
 * stream stall), so the workflow needs no worker settings.
 */
import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';
import { ActivityCancellationType } from '@temporalio/workflow';
import { NON_RETRYABLE_TYPES } from '../contracts/failures';
import { publicText } from '../contracts/publicText';

const nonRetryableErrorTypes = [...NON_RETRYABLE_TYPES];

export const stepOptions = {
  fetch: {
    // Since the lean-routing patch the same options serve fetchAndSanitize: what retries and waits is the fetch.
    summary: publicText('fetch the transcript from Genesys Cloud and sanitize it'),
    startToCloseTimeout: '2 minutes',
    heartbeatTimeout: '30 seconds', // the activity heartbeats while waiting on Genesys, so cancellation reaches it
    // The activity turns "not ready" 404s into a final TranscriptUnavailable once GENESYS_TRANSCRIPT_WAIT_SECONDS
    // (counted from the first attempt) has passed; this backstop only bounds a misconfigured wait. Keep it above
    // the largest wait anyone configures.
    scheduleToCloseTimeout: '2 hours',
    retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', nonRetryableErrorTypes },
  },
  sanitize: {
    summary: publicText('redact PII, screen for injection, fit the context window'),
    startToCloseTimeout: '1 minute',
    retry: { initialInterval: '1 second', maximumAttempts: 3, nonRetryableErrorTypes },
  },
  dispatch: {
    summary: publicText('stream the inference from the LLM gateway'),
    startToCloseTimeout: '10 minutes',
    // The client abandons a stalled stream after LLM_STREAM_STALL_SECONDS itself, and the activity heartbeats on a
    // timer while it streams; this timeout only catches a worker that died mid-stream, after which another worker
    // retries with the same idempotency key.
    heartbeatTimeout: '30 seconds',
    // Bounded by time rather than attempts: 409s (the same key still generating) arrive quickly and would
    // otherwise use up an attempt budget while the answer is nearly ready to replay.
    scheduleToCloseTimeout: '30 minutes',
    // Wait for the activity to acknowledge cancellation so the HTTP request is known to be aborted before compensation.
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '30 seconds',
      nonRetryableErrorTypes,
    },
  },
  vectorSync: {
    summary: publicText('upsert the sanitized context and answer into the vector store'),
    startToCloseTimeout: '30 seconds',
    // A failed sync does not fail the routing, so it is retried for a bounded time only.
    scheduleToCloseTimeout: '2 minutes',
    // A cancelled routing waits for an upsert in flight to finish, so the compensation that follows removes it.
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 5, nonRetryableErrorTypes },
  },
  compensate: {
    summary: publicText('remove the vector entry (compensation)'),
    startToCloseTimeout: '30 seconds',
    scheduleToCloseTimeout: '5 minutes',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, nonRetryableErrorTypes },
  },
  audit: {
    summary: publicText('write the governance audit record'),
    startToCloseTimeout: '30 seconds',
    scheduleToCloseTimeout: '30 minutes',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', nonRetryableErrorTypes },
  },
} satisfies Record<string, ActivityOptions>;

/**
 * Steps run as local activities, inside the workflow task that schedules them: no task of their own, one marker
 * event. Only for short, idempotent steps (a re-run after a lost workflow task must be harmless).
 */
export const localStepOptions = {
  vectorSync: {
    summary: stepOptions.vectorSync.summary,
    startToCloseTimeout: stepOptions.vectorSync.startToCloseTimeout,
    scheduleToCloseTimeout: stepOptions.vectorSync.scheduleToCloseTimeout,
    cancellationType: stepOptions.vectorSync.cancellationType,
    // Retries past this wait on a durable timer rather than inside one long workflow task.
    localRetryThreshold: '10 seconds',
    retry: stepOptions.vectorSync.retry,
  },
} satisfies Record<string, LocalActivityOptions>;
