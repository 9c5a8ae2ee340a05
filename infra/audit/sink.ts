import { FailureTypes, routingFailure } from '../../contracts/failures';
import type { AuditEntry } from '../../contracts/routingState';
import { toAuditBody, type AuditBody, type ChainAnchor, type SealedAuditRecord } from '../../domain/audit';

export interface AppendResult {
  sequence: number;
  hash: string;
  /** True when this run already had its record: nothing was written. */
  duplicate: boolean;
}

/**
 * Where sealed audit records go. One record per routing run (workflowId + runId), written exactly once even when the
 * audit activity retries, hash-chained in write order, with the chain head anchored outside the log.
 */
export interface AuditSink {
  readonly kind: 'jsonl' | 'postgres';
  /** Makes the sink ready to write (tables, the JSONL writer's lock); a worker calls it at start-up to fail early. */
  open(): Promise<void>;
  /** `at` is the record's timestamp (default: now). */
  append(entry: AuditEntry, at?: Date): Promise<AppendResult>;
  /**
   * Records as stored, oldest first, one at a time (bounded memory). Not validated: after tampering an element may
   * not match the type (a damaged JSONL line comes back as its raw string), which is why ChainVerifier checks each.
   * Throws AuditSinkError when the log cannot be read at all (a missing file, an unreachable database).
   */
  records(): AsyncIterable<unknown>;
  /** The chain head anchored outside the log; null when none is recorded. Read it before the records. */
  readAnchor(): Promise<ChainAnchor | null>;
  /** Every record in memory: tests and small logs only. */
  readAll(): Promise<SealedAuditRecord[]>;
  close(): Promise<void>;
}

/** The body a sink seals; an entry that cannot make one is the caller's input error, never a retryable write failure. */
export function auditBodyFor(entry: AuditEntry, at: Date): AuditBody {
  try {
    return toAuditBody(entry, at.toISOString());
  } catch (error) {
    throw routingFailure(FailureTypes.InvalidInput, (error as Error).message);
  }
}
