/**
 * The routing's public contract: workflow input, signals, query, result.
 * Dependency-free apart from zod and the workflow API's define* helpers, so the client
 * imports this module and never the workflow file.
 */
import { z } from 'zod';
import { defineQuery, defineSignal } from '@temporalio/workflow';

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

export const STAGES = ['starting', 'fetching', 'sanitizing', 'dispatching', 'syncing', 'compensating', 'auditing', 'done'] as const;
export type Stage = (typeof STAGES)[number];

export const FINAL_STATES = ['completed', 'blocked', 'failed', 'cancelled'] as const;
export type FinalState = (typeof FINAL_STATES)[number];

export interface StepTiming {
  startedAt: string;
  endedAt?: string;
  durationMs?: number;
}

export interface RoutingStatus {
  interactionId: string;
  profile: string;
  stage: Stage;
  finalState?: FinalState;
  /** Failure type or cancellation reason; never carries transcript text. */
  reason?: string;
  /** Attempt on which each step last succeeded (1 = first try). */
  attempts: Partial<Record<StepName, number>>;
  timings: Partial<Record<StepName, StepTiming>>;
  idempotencyKey?: string;
  dispatchCount: number;
  pendingReplays: number;
}

export type StepName = 'fetch' | 'sanitize' | 'dispatch' | 'vectorSync' | 'compensate' | 'audit';

export const CancelSignalSchema = z.object({ reason: z.string().min(1).max(500).default('cancelled by operator') });
export type CancelRequest = z.input<typeof CancelSignalSchema>;

export const ReplaySignalSchema = z.object({ profile: ProfileNameSchema.optional(), requestedBy: z.string().max(200).optional() });
export type ReplayRequest = z.input<typeof ReplaySignalSchema>;

export const cancelSignal = defineSignal<[CancelRequest]>('cancel');
export const replaySignal = defineSignal<[ReplayRequest]>('replay');
export const statusQuery = defineQuery<RoutingStatus>('status');
