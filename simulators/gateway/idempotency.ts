/**
 * Idempotency-Key handling after the IETF httpapi idempotency-key-header draft, with the billing semantics the
 * simulator promises (and tests assert):
 *
 * - Every execution started is billed; `executions(key)` counts them, whatever their outcome.
 * - A key's first COMPLETED response is stored and replayed for the same key + same body fingerprint
 *   (sha256 of the body bytes) without executing again. Same key + different body -> 422; key still in flight -> 409.
 * - A failed execution (an injected stream fault: reset, stall, error event, malformed lines, missing [DONE]) stores
 *   nothing, so a retry with the same key executes (and bills) again: the gateway itself did not deliver.
 * - A client that disconnects mid-stream (a worker killed, a request aborted) does not stop the execution: the
 *   gateway finishes generating and stores the response, so the retry gets 409 while it runs and then the replay.
 *   The inference is billed exactly once.
 * Stored responses never expire here (a real gateway keeps them for a bounded window, typically 24 h).
 */
import { createHash } from 'node:crypto';

export type ExecutionOutcome = 'running' | 'completed' | 'failed';

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

type KeyRecord =
  { fingerprint: string; state: 'in-flight' } | { fingerprint: string; state: 'completed'; response: StoredResponse };

export type Admission =
  | { decision: 'execute' }
  | { decision: 'replay'; response: StoredResponse }
  | { decision: 'conflict' }
  | { decision: 'mismatch' };

export const fingerprintOf = (body: Buffer): string => createHash('sha256').update(body).digest('hex');

export class IdempotencyStore {
  private readonly records = new Map<string, KeyRecord>();
  private readonly outcomes = new Map<string, ExecutionOutcome[]>();

  /** Decides what a request does, and claims the key when it is to execute. */
  admit(key: string, fingerprint: string): Admission {
    const record = this.records.get(key);
    if (!record) {
      this.records.set(key, { fingerprint, state: 'in-flight' });
      const list = this.outcomes.get(key) ?? [];
      list.push('running');
      this.outcomes.set(key, list);
      return { decision: 'execute' };
    }
    if (record.fingerprint !== fingerprint) return { decision: 'mismatch' };
    if (record.state === 'in-flight') return { decision: 'conflict' };
    return { decision: 'replay', response: record.response };
  }

  complete(key: string, response: StoredResponse): void {
    const record = this.records.get(key);
    if (record) this.records.set(key, { fingerprint: record.fingerprint, state: 'completed', response });
    this.settle(key, 'completed');
  }

  /** Releases the key so that a retry executes again. */
  fail(key: string): void {
    this.records.delete(key);
    this.settle(key, 'failed');
  }

  private settle(key: string, outcome: ExecutionOutcome): void {
    const list = this.outcomes.get(key);
    const running = list?.lastIndexOf('running') ?? -1;
    if (list && running >= 0) list[running] = outcome;
  }

  executions(key: string): number {
    return this.outcomes.get(key)?.length ?? 0;
  }

  outcomesOf(key: string): ExecutionOutcome[] {
    return [...(this.outcomes.get(key) ?? [])];
  }

  totalExecutions(): number {
    let total = 0;
    for (const list of this.outcomes.values()) total += list.length;
    return total;
  }
}
