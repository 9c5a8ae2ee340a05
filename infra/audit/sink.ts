import type { AuditEntry } from '../../contracts/routingState';
import type { SealedAuditRecord } from '../../domain/audit';

export interface AppendResult {
  sequence: number;
  hash: string;
  /** True when this run already had its record: nothing was written. */
  duplicate: boolean;
}

/**
 * Where sealed audit records go. One record per routing run (workflowId + runId), written exactly once even when the
 * audit activity retries, hash-chained in write order.
 */
export interface AuditSink {
  readonly kind: 'jsonl' | 'postgres';
  /** `at` is the record's timestamp (default: now). */
  append(entry: AuditEntry, at?: Date): Promise<AppendResult>;
  /**
   * Records as stored, oldest first. Not validated: after tampering an element may not match the type (a damaged
   * JSONL line comes back as its raw string), which is why `verifyChain` takes unknown[] and checks each one.
   */
  readAll(): Promise<SealedAuditRecord[]>;
  close(): Promise<void>;
}
