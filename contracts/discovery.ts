/**
 * The discovery workflow's public contract (input, progress query, result), shared by the workflow, the
 * schedule/route-batch CLI and tests. Dependency-free apart from zod and the workflow API's defineQuery.
 */
import { defineQuery } from '@temporalio/workflow';
import { z } from 'zod';
import { DISCOVERY_MEDIA_TYPES } from '../domain/transcript/discoveryQuery';
import { ProfileNameSchema } from './routing';

export const DISCOVERY_WORKFLOW_TYPE = 'discoverConversations';
export const DISCOVERY_SCHEDULE_ID = 'discover-ended-conversations';

const isoInstant = z.iso.datetime({ offset: true });

export const DiscoveryTotalsSchema = z.object({
  found: z.number().int().nonnegative(),
  started: z.number().int().nonnegative(),
  attached: z.number().int().nonnegative(),
  alreadyRouted: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  windows: z.number().int().nonnegative(),
});
export type DiscoveryTotals = z.infer<typeof DiscoveryTotalsSchema>;
export const NO_TOTALS: DiscoveryTotals = {
  found: 0,
  started: 0,
  attached: 0,
  alreadyRouted: 0,
  failed: 0,
  windows: 0,
};

export const DiscoveryInputSchema = z
  .object({
    profile: ProfileNameSchema.default('standard'),
    mediaTypes: z
      .array(z.enum(DISCOVERY_MEDIA_TYPES))
      .min(1, `name at least one of ${DISCOVERY_MEDIA_TYPES.join(', ')}`)
      .default(['voice', 'message']),
    /** Where discovery starts when no earlier run of the schedule left a watermark. */
    since: isoInstant.optional(),
    /** A one-off backfill ends here; a scheduled run goes up to now minus settleSeconds. */
    until: isoInstant.optional(),
    /** Ended conversations are looked for in windows of this length; the watermark moves one window at a time. */
    windowMinutes: z.number().int().min(1).max(1440).default(60),
    /** Analytics lists a conversation by its start: look this far before a window for ones that ended inside it. */
    lookbackHours: z
      .number()
      .int()
      .min(1)
      .max(31 * 24)
      .default(24),
    /** Analytics rows appear shortly after a conversation ends: a scheduled run stops this far short of now. */
    settleSeconds: z.number().int().min(0).max(3600).default(120),
    /** Carried through continue-as-new: the watermark reached so far and the totals of earlier runs. */
    watermark: isoInstant.optional(),
    carried: DiscoveryTotalsSchema.optional(),
  })
  .refine((v) => !v.since || !v.until || Date.parse(v.since) < Date.parse(v.until), {
    message: 'since must be before until',
    path: ['until'],
  });
export type DiscoveryInput = z.input<typeof DiscoveryInputSchema>;
export type ValidDiscoveryInput = z.output<typeof DiscoveryInputSchema>;

export const START_OUTCOMES = ['started', 'attached', 'already-routed', 'invalid'] as const;
export type DiscoveryStartOutcome = (typeof START_OUTCOMES)[number];

export interface DiscoveredRouting {
  /** 1-based position over the whole discovery (continues across continue-as-new), for progress output. */
  seq: number;
  interactionId: string;
  workflowId: string;
  outcome: DiscoveryStartOutcome;
}

export interface DiscoveryResult extends DiscoveryTotals {
  /** Every conversation that ended before this instant has a routing. The next scheduled run starts here. */
  watermark: string;
}

export interface DiscoveryProgress extends DiscoveryResult {
  /** End of the window being worked on, when one is. */
  windowEnd?: string;
  until?: string;
  done: boolean;
  /** The latest starts (bounded), for the CLI's per-routing lines. */
  recent: DiscoveredRouting[];
}

export const DiscoveryResultSchema = DiscoveryTotalsSchema.extend({ watermark: isoInstant });

export const discoveryProgressQuery = defineQuery<DiscoveryProgress>('progress');
