/**
 * What one audit record holds: the workflow's AuditEntry plus the time the activity wrote it. The schema is an
 * allow-list: zod drops any member it does not name, so a field added to an entry by mistake (a transcript, an
 * answer, a token) never reaches an audit sink.
 */
import { z } from 'zod';
import type { AuditEntry } from '../../contracts/audit';
import { FINAL_STATES } from '../../contracts/routing';
import { describeIssues } from '../../contracts/issues';

const TokenUsageSchema = z.object({
  prompt_tokens: z.number(),
  completion_tokens: z.number(),
  total_tokens: z.number(),
  source: z.enum(['gateway', 'tokenizer']),
});

const SanitizationReportSchema = z.object({
  pii: z.record(z.string(), z.number()),
  piiTotal: z.number(),
  injection: z.object({
    verdict: z.enum(['clean', 'injection']),
    score: z.number(),
    families: z.array(z.string()),
    policy: z.enum(['block', 'flag']),
  }),
  tokens: z.object({ before: z.number(), after: z.number(), budget: z.number(), tokenizer: z.string() }),
  turnsDropped: z.number(),
  truncatedTurns: z.number(),
});

const DispatchMetricsSchema = z.object({
  timeToFirstTokenMs: z.number().nullable(),
  latencyMs: z.number(),
  chunks: z.number(),
  bytes: z.number(),
  completionChars: z.number(),
  usage: TokenUsageSchema,
  attempt: z.number(),
  finishReason: z.string().nullable(),
  requestId: z.string().optional(),
});

export const AuditBodySchema = z.object({
  timestamp: z.iso.datetime(),
  workflowId: z.string().min(1),
  runId: z.string().min(1),
  interactionId: z.string().min(1),
  profile: z.string(),
  requestedBy: z.string().optional(),
  replayOf: z.string().optional(),
  model: z.string().optional(),
  temperature: z.number().optional(),
  latencyMs: z.number().optional(),
  tokenUsage: TokenUsageSchema.optional(),
  vectorSyncStatus: z.enum(['synced', 'failed', 'skipped', 'compensated']),
  piiRedacted: z.boolean(),
  injectionChecked: z.boolean(),
  status: z.enum(FINAL_STATES),
  reason: z.string().optional(),
  sanitization: SanitizationReportSchema.optional(),
  dispatch: DispatchMetricsSchema.optional(),
  idempotencyKey: z.string().optional(),
  dispatchCount: z.number().int().nonnegative(),
  attempts: z.record(z.string(), z.number()),
});
export type AuditBody = z.output<typeof AuditBodySchema>;

/** Validates the entry and keeps only the allowed fields; the error names fields, never values. */
export function toAuditBody(entry: AuditEntry, timestamp: string): AuditBody {
  const parsed = AuditBodySchema.safeParse({ ...entry, timestamp });
  if (!parsed.success) {
    throw new TypeError(`invalid audit entry: ${describeIssues(parsed.error)}`);
  }
  return parsed.data;
}
