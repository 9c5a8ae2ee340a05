/** A realistic audit entry for a completed routing (ids, counts and metrics only), shared by the audit tests. */
import type { AuditEntry } from '../contracts/routingState';
import { auditEntryOf } from '../domain/routing/projections';

export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  const usage = { prompt_tokens: 120, completion_tokens: 40, total_tokens: 160, source: 'gateway' as const };
  const entry = auditEntryOf({
    stage: 'auditing',
    workflowId: 'route-conv-1',
    runId: 'run-1',
    interactionId: 'conv-1',
    profile: 'standard',
    steps: {
      fetch: {
        startedAt: '2026-01-05T10:00:00.000Z',
        endedAt: '2026-01-05T10:00:00.400Z',
        durationMs: 400,
        attempt: 1,
      },
      dispatch: {
        startedAt: '2026-01-05T10:00:00.500Z',
        endedAt: '2026-01-05T10:00:01.312Z',
        durationMs: 812,
        attempt: 1,
      },
    },
    sanitization: {
      status: 'clean',
      model: 'gpt-4o-mini',
      temperature: 0.7,
      report: {
        pii: { EMAIL: 1, PHONE: 2 },
        piiTotal: 3,
        injection: { verdict: 'clean', score: 0.02, families: [], policy: 'block' },
        tokens: { before: 150, after: 120, budget: 7680, tokenizer: 'o200k_base' },
        turnsDropped: 0,
        truncatedTurns: 0,
      },
    },
    dispatches: [
      {
        idempotencyKey: '6f1c2a4e-1b7d-4c8e-9a55-3d2f0e1b9c77',
        trigger: 'first',
        profile: 'standard',
        model: 'gpt-4o-mini',
        outcome: 'completed',
        attempt: 1,
        metrics: {
          timeToFirstTokenMs: 95,
          latencyMs: 812,
          chunks: 12,
          bytes: 2048,
          completionChars: 180,
          usage,
          finishReason: 'stop',
        },
      },
    ],
    vectorSyncStatus: 'synced',
    finalState: 'completed',
  });
  return { ...entry, ...overrides };
}

/** Entries for `count` distinct runs of the same interaction. */
export const runs = (count: number): AuditEntry[] =>
  Array.from({ length: count }, (_, i) => auditEntry({ runId: `run-${i + 1}`, reason: `run ${i + 1}` }));
