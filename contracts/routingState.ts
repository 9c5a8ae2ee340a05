/**
 * THE routing's state: one zod schema, types inferred. The workflow changes it only through the named transitions
 * in domain/routing/transitions.ts; the status query, the workflow result and the audit entry are projections of it
 * (schemas derived here with extend/omit), so a field added to the state reaches all three or fails to compile.
 *
 * Lands in Temporal history, query answers and the audit trail: ids, names, counts and metrics only, never
 * transcript text, answers or secrets.
 */
import { z } from 'zod';
import {
  DispatchMetricsSchema,
  SanitizationReportSchema,
  SanitizeStatusSchema,
  TokenUsageSchema,
  VectorSyncStatusSchema,
} from './results';
import { ROUTING_OUTCOMES } from './searchAttributes';

export const STEP_NAMES = ['fetch', 'sanitize', 'dispatch', 'vectorSync', 'compensate', 'audit'] as const;
export const StepNameSchema = z.enum(STEP_NAMES);
export type StepName = z.infer<typeof StepNameSchema>;

export const STAGES = [
  'starting',
  'fetching',
  'sanitizing',
  'awaiting_review',
  'dispatching',
  'syncing',
  'compensating',
  'auditing',
  'done',
] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** Final states: the RoutingOutcome search attribute's values ('review' is reserved for the human-review wait). */
export const FINAL_STATES = ROUTING_OUTCOMES;
export const FinalStateSchema = z.enum(FINAL_STATES);
export type FinalState = z.infer<typeof FinalStateSchema>;

/** One step's last run: workflow-time start and end, and the attempt on which it succeeded (1 = first try). */
export const StepProgressSchema = z.object({
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime().optional(),
  durationMs: z.number().nonnegative().optional(),
  attempt: z.number().int().positive().optional(),
});
export type StepProgress = z.infer<typeof StepProgressSchema>;

export const DISPATCH_OUTCOMES = ['streaming', 'completed', 'failed', 'cancelled'] as const;
export type DispatchOutcome = (typeof DISPATCH_OUTCOMES)[number];

/** Every dispatch the routing made, billed or not: its key is what the gateway bills and deduplicates by. */
export const DispatchRecordSchema = z.object({
  idempotencyKey: z.string().min(1),
  /**
   * The routing's own first dispatch, one a `replay` signal asked for, or the next model of the profile after the
   * gateway refused the previous one for good (unknown model, context too long).
   */
  trigger: z.enum(['first', 'replay', 'fallback']),
  /** Who asked for it (the routing's requester, or the replay signal's). */
  requestedBy: z.string().optional(),
  profile: z.string(),
  model: z.string(),
  outcome: z.enum(DISPATCH_OUTCOMES),
  /** Set when the gateway answered. */
  metrics: DispatchMetricsSchema.optional(),
  attempt: z.number().int().positive().optional(),
  /** Failure type when the dispatch did not complete. */
  failure: z.string().optional(),
});
export type DispatchRecord = z.infer<typeof DispatchRecordSchema>;

/** The latest sanitization: verdict, the model settings it chose and the report (counts and family names only). */
export const SanitizationSchema = z.object({
  status: SanitizeStatusSchema,
  model: z.string(),
  temperature: z.number(),
  report: SanitizationReportSchema,
});
export type Sanitization = z.infer<typeof SanitizationSchema>;

/**
 * A routing held for an operator's decision (injection policy `review`): when, until when, and what was decided
 * by whom (`expired`: nobody decided before the deadline, and the routing ended blocked).
 */
export const REVIEW_DECISIONS = ['released', 'rejected', 'expired'] as const;
export const ReviewSchema = z.object({
  heldAt: z.iso.datetime(),
  deadline: z.iso.datetime(),
  decision: z.enum(REVIEW_DECISIONS).optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.iso.datetime().optional(),
});
export type Review = z.infer<typeof ReviewSchema>;

export const AuditReceiptSchema = z.object({ sequence: z.number().int().positive(), hash: z.string() });

export const RoutingStateSchema = z.object({
  workflowId: z.string().min(1),
  runId: z.string().min(1),
  interactionId: z.string().min(1),
  profile: z.string(),
  requestedBy: z.string().optional(),
  /** Run id of the routing this run replays (continue-as-new or a restart of a closed routing). */
  replayOf: z.string().optional(),
  stage: StageSchema,
  steps: z.partialRecord(StepNameSchema, StepProgressSchema),
  sanitization: SanitizationSchema.optional(),
  dispatches: z.array(DispatchRecordSchema),
  review: ReviewSchema.optional(),
  vectorSyncStatus: VectorSyncStatusSchema,
  finalState: FinalStateSchema.optional(),
  /** Failure type, block reason or cancellation reason; never transcript text. */
  reason: z.string().optional(),
  audit: AuditReceiptSchema.optional(),
});
export type RoutingState = z.infer<typeof RoutingStateSchema>;
export type EndedRoutingState = RoutingState & { finalState: FinalState };

// ---- Projections: each one the state plus or minus named fields.

/** The `status` query: the state as it stands, and the replays waiting their turn. */
export const RoutingStatusSchema = RoutingStateSchema.extend({ pendingReplays: z.number().int().nonnegative() });
export type RoutingStatus = z.infer<typeof RoutingStatusSchema>;

/** The workflow result: the ended state and the last answer (the only place the answer leaves the workflow). */
export const RoutingResultSchema = RoutingStateSchema.extend({
  finalState: FinalStateSchema,
  answer: z.string().optional(),
});
export type RoutingResult = z.infer<typeof RoutingResultSchema>;

/**
 * What the audit step records: the ended state without what only matters while running (stage) or cannot exist
 * yet (its own receipt), plus the tutorial's governance summary derived from it (domain/routing/projections.ts).
 * zod drops unnamed members, so nothing outside the state reaches a sink.
 */
export const AuditEntrySchema = RoutingStateSchema.omit({ stage: true, audit: true }).extend({
  finalState: FinalStateSchema,
  /** The tutorial's summary fields: the final state, and the last completed dispatch's model and figures. */
  status: FinalStateSchema,
  model: z.string().optional(),
  temperature: z.number().optional(),
  latencyMs: z.number().optional(),
  tokenUsage: TokenUsageSchema.optional(),
  piiRedacted: z.boolean(),
  injectionChecked: z.boolean(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
