/**
 * Append-only JSONL audit file for ONE writing process: one sealed record per line, fsynced before the append
 * resolves, and the chain head anchored in a sidecar head file (`<file>.head`).
 *
 * The process takes an exclusive lock file (`<file>.lock`) when it opens the sink, so a second worker pointed at the
 * same file refuses to start and names the holder instead of forking the chain (use PostgreSQL for several workers).
 * Sinks for one path in one process share a writer: one queue, one file handle, one chain head kept in memory. The
 * head is read from the file's last line on open and checked against the head file, so an append never re-reads
 * the log: its cost does not grow with the file.
 */
import { resolve } from 'node:path';
import type { AuditEntry } from '../../contracts/routingState';
import { FailureTypes, RoutingError, routingFailure } from '../../contracts/failures';
import type { ChainAnchor, SealedAuditRecord } from '../../domain/audit';
import { AuditSinkError } from './errors';
import { readHeadFile, streamRecords } from './jsonlFiles';
import { JsonlWriter } from './jsonlWriter';
import { auditBodyFor, type AppendResult, type AuditSink } from './sink';

/** One writer per file per process, shared by every sink for that path. */
const writers = new Map<string, Promise<JsonlWriter>>();

export class JsonlAuditSink implements AuditSink {
  readonly kind = 'jsonl' as const;
  private readonly path: string;
  private writer?: Promise<JsonlWriter>;

  constructor(path: string) {
    this.path = resolve(path);
  }

  /** Takes the file's writer lock (or joins this process's writer); refuses with the holder named. */
  async open(): Promise<void> {
    if (this.writer) return void (await this.writer);
    let shared = writers.get(this.path);
    if (!shared) {
      shared = JsonlWriter.open(this.path);
      writers.set(this.path, shared);
      shared.catch(() => writers.delete(this.path));
    }
    this.writer = shared;
    try {
      (await shared).users += 1;
    } catch (error) {
      this.writer = undefined;
      throw error;
    }
  }

  async append(entry: AuditEntry, at: Date = new Date()): Promise<AppendResult> {
    const body = auditBodyFor(entry, at);
    try {
      await this.open();
      return await (await this.writer!).append(body);
    } catch (error) {
      if (error instanceof RoutingError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      const message =
        error instanceof AuditSinkError ? error.message : `audit file append failed${code ? ` (${code})` : ''}`;
      throw routingFailure(FailureTypes.AuditWriteFailed, message, { details: { code } });
    }
  }

  records(): AsyncIterable<unknown> {
    return streamRecords(this.path);
  }

  readAnchor(): Promise<ChainAnchor | null> {
    return readHeadFile(this.path);
  }

  async readAll(): Promise<SealedAuditRecord[]> {
    const all: SealedAuditRecord[] = [];
    try {
      for await (const record of this.records()) all.push(record as SealedAuditRecord);
    } catch (error) {
      if (!(error instanceof AuditSinkError && error.problem === 'missing')) throw error;
    }
    return all;
  }

  async close(): Promise<void> {
    const writer = this.writer && (await this.writer.catch(() => undefined));
    this.writer = undefined;
    if (!writer) return;
    writer.users -= 1;
    if (writer.users > 0) return;
    writers.delete(this.path);
    await writer.close();
  }
}
