/**
 * fetchTranscript: a thin Temporal adapter over the Genesys transcript source. It hands the source the
 * activity's cancellation signal and first scheduling time (the transcript wait counts from there, across
 * retries) and what an earlier attempt kept, and turns an empty transcript into a non-retryable TranscriptEmpty.
 */
import { Context } from '@temporalio/activity';
import { z } from 'zod';
import { describeIssues } from '../config/errors';
import { FailureTypes, routingFailure } from '../contracts/failures';
import { InteractionIdSchema } from '../contracts/routing';
import type { FetchResult } from '../contracts/results';
import type { GenesysTranscriptSource, VoiceCheckpoint } from '../infra/genesys';
import { atActivityBoundary } from './failureBoundary';
import { heartbeatClock } from './heartbeatClock';

export const FetchTranscriptInputSchema = z.object({ interactionId: InteractionIdSchema });
export type FetchTranscriptInput = z.infer<typeof FetchTranscriptInputSchema>;

/**
 * Heartbeats let a cancellation reach the activity while a long transcript downloads: every 5 s, the first after a
 * second (activities/heartbeatClock.ts: a fetch that ends sooner sends none), and a checkpoint at once.
 */
const HEARTBEAT_EVERY_MS = 5_000;

export function createFetchTranscriptActivities(
  source: GenesysTranscriptSource,
  options: { heartbeatEveryMs?: number; firstHeartbeatAfterMs?: number } = {},
) {
  return atActivityBoundary({
    async fetchTranscript(input: FetchTranscriptInput): Promise<FetchResult> {
      const parsed = FetchTranscriptInputSchema.safeParse(input);
      if (!parsed.success) {
        throw routingFailure(FailureTypes.InvalidInput, describeIssues(parsed.error));
      }
      const { interactionId } = parsed.data;
      const context = Context.current();
      // Every heartbeat carries the checkpoint (a heartbeat replaces the details), so a retry that only waits for a
      // conferenced party resumes with the customer's turns instead of downloading them again. Encrypted by the codec.
      // An earlier attempt's checkpoint needs no heartbeat to survive: the server keeps the last details recorded
      // until a heartbeat replaces them, and every heartbeat of this attempt carries it on.
      const checkpoint = context.info.heartbeatDetails as VoiceCheckpoint | undefined;
      const heartbeats = heartbeatClock(context, {
        everyMs: options.heartbeatEveryMs ?? HEARTBEAT_EVERY_MS,
        firstAfterMs: options.firstHeartbeatAfterMs,
        details: checkpoint,
      });
      try {
        const transcript = await source.fetchTranscript(interactionId, {
          signal: context.cancellationSignal,
          firstAttemptAt: context.info.scheduledTimestampMs,
          resumeFrom: checkpoint,
          checkpoint: (state) => heartbeats.now(state),
        });
        if (transcript.messages.length === 0) {
          throw routingFailure(
            FailureTypes.TranscriptEmpty,
            `interaction ${interactionId} has a ${transcript.mediaType} transcript with no messages`,
          );
        }
        return { transcript, attempt: context.info.attempt };
      } finally {
        heartbeats.stop();
      }
    },
  });
}
