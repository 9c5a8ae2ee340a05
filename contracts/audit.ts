import type { DispatchMetrics, SanitizationReport, TokenUsage, VectorSyncStatus } from './results';
import type { FinalState } from './routing';

/**
 * What the workflow asks the audit step to record: one per routing run.
 * The sink adds timestamp, sequence and the hash chain.
 */
export interface AuditEntry {
  workflowId: string;
  runId: string;
  interactionId: string;
  profile: string;
  requestedBy?: string;
  replayOf?: string;
  model?: string;
  temperature?: number;
  latencyMs?: number;
  tokenUsage?: TokenUsage;
  vectorSyncStatus: VectorSyncStatus;
  piiRedacted: boolean;
  injectionChecked: boolean;
  status: FinalState;
  /** Failure type or cancellation reason. */
  reason?: string;
  sanitization?: SanitizationReport;
  dispatch?: DispatchMetrics;
  idempotencyKey?: string;
  dispatchCount: number;
  attempts: Record<string, number>;
}
