/**
 * Append-only JSONL audit file: one sealed record per line, fsynced before the append resolves.
 *
 * Appends to one file are serialized through a queue shared by every sink in the process (keyed by absolute path),
 * so concurrent activities keep one chain. The run index and chain tail are cached and reloaded whenever the file
 * size is not the one this process last wrote. Several processes must not share one file: use PostgreSQL for that.
 */
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { AuditEntry } from '../../contracts/routingState';
import { FailureTypes, RoutingError, routingFailure } from '../../contracts/failures';
import { chainRecord, SealedAuditRecordSchema, toAuditBody, type SealedAuditRecord } from '../../domain/audit';
import type { AppendResult, AuditSink } from './sink';

interface ChainState {
  size: number;
  tail?: { sequence: number; hash: string };
  runs: Map<string, { sequence: number; hash: string }>;
}

const queues = new Map<string, Promise<unknown>>();
const runKey = (workflowId: string, runId: string) => `${workflowId}\u0000${runId}`;

export class JsonlAuditSink implements AuditSink {
  readonly kind = 'jsonl' as const;
  private readonly path: string;
  private state?: ChainState;

  constructor(path: string) {
    this.path = resolve(path);
  }

  append(entry: AuditEntry, at: Date = new Date()): Promise<AppendResult> {
    const run = (queues.get(this.path) ?? Promise.resolve()).then(() => this.appendNow(entry, at));
    queues.set(this.path, run.catch(() => undefined));
    return run;
  }

  async readAll(): Promise<SealedAuditRecord[]> {
    const text = await readFile(this.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    return splitLines(text).map((line) => {
      try {
        return JSON.parse(line) as SealedAuditRecord;
      } catch {
        return line as unknown as SealedAuditRecord; // verifyChain reports it as malformed at its position
      }
    });
  }

  async close(): Promise<void> {
    await queues.get(this.path);
  }

  private async appendNow(entry: AuditEntry, at: Date): Promise<AppendResult> {
    let body;
    try {
      body = toAuditBody(entry, at.toISOString());
    } catch (error) {
      throw routingFailure(FailureTypes.InvalidInput, (error as Error).message);
    }
    try {
      const state = await this.currentState();
      const existing = state.runs.get(runKey(body.workflowId, body.runId));
      if (existing) return { ...existing, duplicate: true };
      const record = chainRecord(state.tail?.hash ?? null, (state.tail?.sequence ?? 0) + 1, body);
      const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
      await mkdir(dirname(this.path), { recursive: true });
      const file = await open(this.path, 'a', 0o640);
      try {
        await file.write(line);
        await file.datasync(); // the record is on disk before the workflow is told it was written
      } catch (error) {
        // A half-written line (disk full) would make the file unreadable for every later append: take it back.
        await file.truncate(state.size).catch(() => undefined);
        throw error;
      } finally {
        await file.close();
      }
      const sealed = { sequence: record.sequence, hash: record.hash };
      state.size += line.length;
      state.tail = sealed;
      state.runs.set(runKey(body.workflowId, body.runId), sealed);
      return { ...sealed, duplicate: false };
    } catch (error) {
      if (error instanceof RoutingError) throw error;
      this.state = undefined;
      const code = (error as NodeJS.ErrnoException).code;
      throw routingFailure(FailureTypes.AuditWriteFailed, `audit file append failed${code ? ` (${code})` : ''}`, { details: { code } });
    }
  }

  /** The cached chain tail, reloaded when the file is not the size this process left it. */
  private async currentState(): Promise<ChainState> {
    const size = await stat(this.path).then((s) => s.size, () => 0);
    if (this.state && this.state.size === size) return this.state;
    const state: ChainState = { size, runs: new Map() };
    for (const [index, raw] of (await this.readAll()).entries()) {
      const record = SealedAuditRecordSchema.safeParse(raw);
      if (!record.success) {
        throw routingFailure(FailureTypes.AuditWriteFailed, `audit file line ${index + 1} is malformed; run verify-audit before appending`);
      }
      const sealed = { sequence: record.data.sequence, hash: record.data.hash };
      state.runs.set(runKey(record.data.body.workflowId, record.data.body.runId), sealed);
      state.tail = sealed;
    }
    this.state = state;
    return state;
  }
}

function splitLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}
