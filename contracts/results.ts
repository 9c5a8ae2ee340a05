/**
 * What activities hand back to the workflow. Everything here lands in Temporal history
 * (encrypted by the payload codec), so none of it carries a redacted value or a secret.
 */
import type { InferencePayload, ModelProfile } from './inference';
import type { FinalState } from './routing';

export interface PiiCounts {
  [piiType: string]: number;
}

export interface SanitizationReport {
  pii: PiiCounts;
  piiTotal: number;
  injection: {
    verdict: 'clean' | 'injection';
    score: number;
    /** Family names only; matched text never leaves the sanitizer. */
    families: string[];
    policy: 'block' | 'flag';
  };
  tokens: { before: number; after: number; budget: number; tokenizer: string };
  turnsDropped: number;
  truncatedTurns: number;
}

export interface SanitizeOutcome {
  status: 'clean' | 'flagged' | 'blocked';
  /** Absent when blocked. */
  payload?: InferencePayload;
  profile: ModelProfile;
  report: SanitizationReport;
}

export interface TokenUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  /** Where the numbers came from: the gateway's usage chunk, or our tokenizer. */
  source: 'gateway' | 'tokenizer';
}

export interface DispatchMetrics {
  timeToFirstTokenMs: number | null;
  latencyMs: number;
  chunks: number;
  bytes: number;
  completionChars: number;
  usage: TokenUsage;
  attempt: number;
  finishReason: string | null;
  requestId?: string;
}

export interface DispatchResult {
  answer: string;
  idempotencyKey: string;
  model: string;
  metrics: DispatchMetrics;
}

export type VectorSyncStatus = 'synced' | 'failed' | 'skipped' | 'compensated';

export interface VectorSyncResult {
  status: 'synced';
  entryId: string;
  store: string;
}

export interface RoutingResult {
  workflowId: string;
  runId: string;
  interactionId: string;
  profile: string;
  finalState: FinalState;
  reason?: string;
  answer?: string;
  report?: SanitizationReport;
  dispatch?: DispatchResult['metrics'] & { idempotencyKey: string; model: string };
  dispatchCount: number;
  vectorSyncStatus: VectorSyncStatus;
  audit?: { sequence: number; hash: string };
}
