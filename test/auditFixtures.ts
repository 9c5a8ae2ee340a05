/** A realistic audit entry for a completed routing (ids, counts and metrics only), shared by the audit tests. */
import type { AuditEntry } from '../contracts/routingState';

export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  const usage = { prompt_tokens: 120, completion_tokens: 40, total_tokens: 160, source: 'gateway' as const };
  return {
    workflowId: 'route-conv-1',
    runId: 'run-1',
    interactionId: 'conv-1',
    profile: 'standard',
    model: 'gpt-4o-mini',
    temperature: 0.7,
    latencyMs: 812,
    tokenUsage: usage,
    vectorSyncStatus: 'synced',
    piiRedacted: true,
    injectionChecked: true,
    status: 'completed',
    sanitization: {
      pii: { EMAIL: 1, PHONE: 2 },
      piiTotal: 3,
      injection: { verdict: 'clean', score: 0.02, families: [], policy: 'block' },
      tokens: { before: 150, after: 120, budget: 7680, tokenizer: 'o200k_base' },
      turnsDropped: 0,
      truncatedTurns: 0,
    },
    dispatch: {
      timeToFirstTokenMs: 95,
      latencyMs: 812,
      chunks: 12,
      bytes: 2048,
      completionChars: 180,
      usage,
      attempt: 1,
      finishReason: 'stop',
    },
    idempotencyKey: '6f1c2a4e-1b7d-4c8e-9a55-3d2f0e1b9c77',
    dispatchCount: 1,
    attempts: { fetch: 1, sanitize: 1, dispatch: 1, vectorSync: 1 },
    ...overrides,
  };
}

/** Entries for `count` distinct runs of the same interaction. */
export const runs = (count: number): AuditEntry[] =>
  Array.from({ length: count }, (_, i) => auditEntry({ runId: `run-${i + 1}`, latencyMs: 800 + i }));
