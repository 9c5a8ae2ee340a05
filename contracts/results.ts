/**
 * What activities hand back to the workflow, as zod schemas (types inferred). Everything here lands in Temporal
 * history (encrypted by the payload codec), so none of it carries a redacted value or a secret. Each result says on
 * which attempt it succeeded (`attempt`): the activity is the only side that knows it.
 */
import { z } from 'zod';
import { INJECTION_POLICIES, InferencePayloadSchema, ModelProfileSchema } from './inference';
import { TranscriptSchema } from './transcript';

const attempt = z.number().int().positive();

/**
 * The guard model's second opinion (INJECTION_GUARD_MODEL), present when it was asked: `injection` and `clean` are
 * its answers, which decide the outcome (`decided`); `timeout`, `unparseable` (an answer other than the one JSON
 * object asked for) and `error` (the gateway refused or failed) leave the local verdict in force. Never any text.
 */
export const GUARD_VERDICTS = ['injection', 'clean', 'timeout', 'unparseable', 'error'] as const;
export const GuardReportSchema = z.object({
  model: z.string().min(1),
  verdict: z.enum(GUARD_VERDICTS),
  latencyMs: z.number().int().nonnegative(),
  decided: z.boolean(),
});
export type GuardReport = z.infer<typeof GuardReportSchema>;
export type GuardVerdict = GuardReport['verdict'];

export const SanitizationReportSchema = z.object({
  pii: z.record(z.string(), z.number()),
  piiTotal: z.number(),
  injection: z.object({
    verdict: z.enum(['clean', 'injection']),
    score: z.number(),
    /** Family names only; matched text never leaves the sanitizer. */
    families: z.array(z.string()),
    policy: z.enum(INJECTION_POLICIES),
  }),
  tokens: z.object({ before: z.number(), after: z.number(), budget: z.number(), tokenizer: z.string() }),
  turnsDropped: z.number(),
  truncatedTurns: z.number(),
  /** What the transcript source left out (a conferenced party skipped after its wait); never transcript text. */
  sourceNotes: z.array(z.string()).optional(),
  /** Absent unless the guard model was consulted (its score fell in INJECTION_GUARD_BAND). */
  guard: GuardReportSchema.optional(),
});
export type SanitizationReport = z.infer<typeof SanitizationReportSchema>;
export type PiiCounts = SanitizationReport['pii'];

/** `review`: an injection under the review policy; the payload is kept for an operator's release. */
export const SanitizeStatusSchema = z.enum(['clean', 'flagged', 'review', 'blocked']);
export type SanitizeStatus = z.infer<typeof SanitizeStatusSchema>;

export const SanitizeOutcomeSchema = z.object({
  status: SanitizeStatusSchema,
  /** Absent when blocked. */
  payload: InferencePayloadSchema.optional(),
  profile: ModelProfileSchema,
  report: SanitizationReportSchema,
});
export type SanitizeOutcome = z.infer<typeof SanitizeOutcomeSchema>;
export const SanitizeResultSchema = SanitizeOutcomeSchema.extend({ attempt });
export type SanitizeResult = z.infer<typeof SanitizeResultSchema>;

export const FetchResultSchema = z.object({ transcript: TranscriptSchema, attempt });
export type FetchResult = z.infer<typeof FetchResultSchema>;

export const TokenUsageSchema = z.object({
  prompt_tokens: z.number(),
  completion_tokens: z.number(),
  total_tokens: z.number(),
  /** Where the numbers came from: the gateway's usage chunk, or our tokenizer. */
  source: z.enum(['gateway', 'tokenizer']),
});
export type TokenUsage = z.infer<typeof TokenUsageSchema>;

/** USD; `gateway` when the gateway reported it, `price-table` when computed from the model matrix's prices. */
export const DispatchCostSchema = z.object({
  usd: z.number().nonnegative(),
  source: z.enum(['gateway', 'price-table']),
});
export type DispatchCost = z.infer<typeof DispatchCostSchema>;

export const DispatchMetricsSchema = z.object({
  timeToFirstTokenMs: z.number().nullable(),
  latencyMs: z.number(),
  chunks: z.number(),
  bytes: z.number(),
  completionChars: z.number(),
  usage: TokenUsageSchema,
  finishReason: z.string().nullable(),
  /** The gateway's id for this request (its headers, else the stream's chunk id): the link to the gateway's logs. */
  requestId: z.string().optional(),
  cost: DispatchCostSchema.optional(),
});
export type DispatchMetrics = z.infer<typeof DispatchMetricsSchema>;

export const DispatchResultSchema = z.object({
  answer: z.string(),
  idempotencyKey: z.string(),
  model: z.string(),
  metrics: DispatchMetricsSchema,
  attempt,
});
export type DispatchResult = z.infer<typeof DispatchResultSchema>;

export const VectorSyncStatusSchema = z.enum(['synced', 'failed', 'skipped', 'compensated']);
export type VectorSyncStatus = z.infer<typeof VectorSyncStatusSchema>;

export const VectorSyncResultSchema = z.object({
  status: z.literal('synced'),
  entryId: z.string(),
  store: z.string(),
  attempt,
});
export type VectorSyncResult = z.infer<typeof VectorSyncResultSchema>;

export const VectorRemoveResultSchema = z.object({ removed: z.boolean(), attempt });
export type VectorRemoveResult = z.infer<typeof VectorRemoveResultSchema>;

export const AuditWrittenSchema = z.object({
  sequence: z.number().int().positive(),
  hash: z.string(),
  duplicate: z.boolean(),
  attempt,
});
export type AuditWritten = z.infer<typeof AuditWrittenSchema>;
