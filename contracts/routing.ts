/**
 * The routing's public contract: workflow input, signals, query, result.
 * Dependency-free apart from zod and the workflow API's define* helpers, so the client
 * imports this module and never the workflow file. The workflow itself validates with the zod-free twins of these
 * checks in contracts/routingValidators.ts; both are built from the rules in contracts/routingRules.ts.
 */
import { z } from 'zod';
import {
  CANCEL_REASON,
  DEFAULT_CANCEL_REASON,
  DEFAULT_PROFILE,
  INTERACTION_ID,
  OPERATOR,
  PROFILE_NAME,
  REQUESTED_BY,
  OPERATOR_DECISIONS,
  type StringRule,
} from './routingRules';

// Types only: a value from routingState would bring its schemas (and results, inference, transcript) into every
// workflow run's module graph, evaluated again per run in the SDK's reused V8 context.
export type { RoutingResult, RoutingStatus } from './routingState';

export const TASK_QUEUE = 'genesys-llm-router';
export const WORKFLOW_TYPE = 'routeInteraction';

/** A string schema from its rule: the same bounds and messages the workflow's own checks apply. */
function stringOf(rule: StringRule) {
  let schema = z.string();
  if (rule.trim) schema = schema.trim();
  if (rule.min) schema = schema.min(rule.min[0], rule.min[1]);
  if (rule.max) schema = schema.max(rule.max[0], rule.max[1]);
  if (rule.pattern) schema = schema.regex(rule.pattern[0], rule.pattern[1]);
  return schema;
}

export const InteractionIdSchema = stringOf(INTERACTION_ID);
export const ProfileNameSchema = stringOf(PROFILE_NAME);

export const RouteInputSchema = z.object({
  interactionId: InteractionIdSchema,
  profile: ProfileNameSchema.default(DEFAULT_PROFILE),
  requestedBy: stringOf(REQUESTED_BY).optional(),
  /** Run id of the routing this one replays; a replay always makes a fresh idempotency key. */
  replayOf: stringOf(REQUESTED_BY).optional(),
});
export type RouteInput = z.input<typeof RouteInputSchema>;
export type ValidRouteInput = z.output<typeof RouteInputSchema>;

export const workflowIdFor = (interactionId: string): string => `route-${interactionId}`;

export const CancelSignalSchema = z.object({ reason: stringOf(CANCEL_REASON).default(DEFAULT_CANCEL_REASON) });
export type CancelRequest = z.input<typeof CancelSignalSchema>;

export const ReplaySignalSchema = z.object({
  profile: ProfileNameSchema.optional(),
  requestedBy: stringOf(REQUESTED_BY).optional(),
});
export type ReplayRequest = z.input<typeof ReplaySignalSchema>;

/** An operator's decision on a routing held for review; who decided goes into the audit record. */
export const ReviewSignalSchema = z.object({
  decision: z.enum(OPERATOR_DECISIONS),
  operator: stringOf(OPERATOR),
});
export type ReviewRequest = z.input<typeof ReviewSignalSchema>;

export type ValidReviewRequest = z.output<typeof ReviewSignalSchema>;

export { cancelSignal, replaySignal, reviewSignal, statusQuery } from './routingSignals';
