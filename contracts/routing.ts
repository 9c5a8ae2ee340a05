/**
 * The routing's public contract: workflow input, signals, query, result.
 * Dependency-free apart from zod and the workflow API's define* helpers, so the client
 * imports this module and never the workflow file. The workflow itself validates with the zod-free twins of these
 * schemas in contracts/routingValidators.ts (test/routing-validators.test.ts holds them to the same verdicts).
 */
import { z } from 'zod';

// Types only: a value from routingState would bring its schemas (and results, inference, transcript) into every
// workflow run's module graph, evaluated again per run in the SDK's reused V8 context.
export type { RoutingResult, RoutingStatus } from './routingState';

export const TASK_QUEUE = 'genesys-llm-router';
export const WORKFLOW_TYPE = 'routeInteraction';

/** Genesys ids are UUIDs, but simulators and other tenants use readable ids: accept a safe charset. */
export const InteractionIdSchema = z
  .string()
  .min(1, 'interactionId must not be empty')
  .max(128, 'interactionId must be at most 128 characters')
  .regex(/^[A-Za-z0-9._:-]+$/, 'interactionId may contain only letters, digits, ".", "_", ":" and "-"');

export const ProfileNameSchema = z
  .string()
  .min(1, 'profile must not be empty')
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'profile must be a lower-case name such as "standard"');

export const RouteInputSchema = z.object({
  interactionId: InteractionIdSchema,
  profile: ProfileNameSchema.default('standard'),
  requestedBy: z.string().max(200).optional(),
  /** Run id of the routing this one replays; a replay always makes a fresh idempotency key. */
  replayOf: z.string().max(200).optional(),
});
export type RouteInput = z.input<typeof RouteInputSchema>;
export type ValidRouteInput = z.output<typeof RouteInputSchema>;

export const workflowIdFor = (interactionId: string): string => `route-${interactionId}`;

export const CancelSignalSchema = z.object({ reason: z.string().min(1).max(500).default('cancelled by operator') });
export type CancelRequest = z.input<typeof CancelSignalSchema>;

export const ReplaySignalSchema = z.object({
  profile: ProfileNameSchema.optional(),
  requestedBy: z.string().max(200).optional(),
});
export type ReplayRequest = z.input<typeof ReplaySignalSchema>;

/** An operator's decision on a routing held for review; who decided goes into the audit record. */
export const ReviewSignalSchema = z.object({
  decision: z.enum(['release', 'reject']),
  operator: z.string().trim().min(1, 'operator must name who decided').max(200),
});
export type ReviewRequest = z.input<typeof ReviewSignalSchema>;

export type ValidReviewRequest = z.output<typeof ReviewSignalSchema>;

export { cancelSignal, replaySignal, reviewSignal, statusQuery } from './routingSignals';
