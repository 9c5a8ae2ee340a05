/**
 * Discovery activities, thin adapters for the discovery workflow: find the conversations that ended in a window
 * (Genesys analytics, every page) and start-or-attach one routing for each. Both are safe to retry: a query has no
 * effect, and a start is idempotent by the routing's workflow id; a retried start batch resumes after the starts
 * its heartbeats recorded, so its counts stay true.
 */
import { Context } from '@temporalio/activity';
import { z } from 'zod';
import { describeIssues } from '../config/errors';
import { FailureTypes, routingFailure } from '../contracts/failures';
import type { DiscoveryStartOutcome } from '../contracts/discovery';
import { InteractionIdSchema, ProfileNameSchema, workflowIdFor } from '../contracts/routing';
import { DISCOVERY_MEDIA_TYPES, endedWithin, lookbackInterval } from '../domain/transcript/discoveryQuery';
import type { GenesysTranscriptSource } from '../infra/genesys';
import type { RoutingStarter } from '../client/routing';
import { atActivityBoundary } from './failureBoundary';

const isoInstant = z.iso.datetime({ offset: true });
const FindInputSchema = z.object({
  from: isoInstant,
  to: isoInstant,
  lookbackHours: z.number().int().positive(),
  mediaTypes: z.array(z.enum(DISCOVERY_MEDIA_TYPES)).min(1),
});
const StartInputSchema = z.object({ interactionIds: z.array(z.string()).max(500), profile: ProfileNameSchema });

export type FindEndedInput = z.infer<typeof FindInputSchema>;
export type StartBatchInput = z.infer<typeof StartInputSchema>;
export interface StartedInBatch {
  interactionId: string;
  workflowId: string;
  outcome: DiscoveryStartOutcome;
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw routingFailure(FailureTypes.InvalidInput, describeIssues(parsed.error));
  return parsed.data;
}

export function createDiscoveryActivities(deps: { genesys: GenesysTranscriptSource; startRouting?: RoutingStarter }) {
  return atActivityBoundary({
    async findConversationsEndedBetween(input: FindEndedInput): Promise<{ interactionIds: string[] }> {
      const { from, to, lookbackHours, mediaTypes } = parse(FindInputSchema, input);
      const context = Context.current();
      context.heartbeat();
      const interval = lookbackInterval(new Date(from), new Date(to), lookbackHours);
      const conversations = await deps.genesys.listEndedConversations({ interval, mediaTypes }, () =>
        context.heartbeat(),
      );
      return { interactionIds: endedWithin(conversations, new Date(from), new Date(to)) };
    },

    async startDiscoveredRoutings(input: StartBatchInput): Promise<{ outcomes: StartedInBatch[] }> {
      const { interactionIds, profile } = parse(StartInputSchema, input);
      const start = deps.startRouting;
      if (!start)
        throw routingFailure(
          FailureTypes.ConfigError,
          'this worker was built without a Temporal client to start routings',
        );
      const context = Context.current();
      // What an earlier attempt of this batch already started, as its last heartbeat recorded it.
      const earlier = (context.info.heartbeatDetails as { outcomes?: StartedInBatch[] } | undefined)?.outcomes ?? [];
      const outcomes: StartedInBatch[] = earlier.filter((o, i) => o.interactionId === interactionIds[i]);
      for (const interactionId of interactionIds.slice(outcomes.length)) {
        if (!InteractionIdSchema.safeParse(interactionId).success) {
          outcomes.push({ interactionId, workflowId: '', outcome: 'invalid' });
        } else {
          const { workflowId, outcome } = await start(interactionId, profile);
          outcomes.push({ interactionId, workflowId: workflowId || workflowIdFor(interactionId), outcome });
        }
        context.heartbeat({ outcomes });
      }
      return { outcomes };
    },
  });
}
