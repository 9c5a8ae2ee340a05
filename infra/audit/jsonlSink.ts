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
import { mkdir, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import type { AuditEntry } from '../../contracts/audit';
import { FailureTypes, routingFailure } from '../../contracts/failures';
import { chainRecord, SealedAuditRecordSchema, toAuditBody, type AuditBody, type ChainAnchor, type SealedAuditRecord } from '../../domain/audit';
import { AuditSinkError } from './errors';
import { openForAppend, parseLine, readHeadFile, readLastLines, streamRecords, writeHeadFile } from './jsonlFiles';
import type { AppendResult, AuditSink } from './sink';
import { acquireWriterLock, type WriterLock } from './writerLock';

/**
 * Runs remembered for exactly-once appends: the last records of the file on open, then every append. An audit retry
 * comes within the activity's 30-minute schedule-to-close window, far inside this many records of one process.
 */
const DEDUPE_WINDOW = 10_000;

type Sealed = { sequence: number; hash: string };
const runKey = (workflowId: string, runId: string) => `${workflowId}\u0000${runId}`;

class JsonlWriter {
  users = 0;
  private size = 0;
  private tail?: Sealed;
  private readonly runs = new Map<string, Sealed>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private readonly file: FileHandle,
    private readonly lock: WriterLock,
  ) {}

  static async open(path: string): Promise<JsonlWriter> {
    await mkdir(dirname(path), { recursive: true });
    const lock = await acquireWriterLock(path);
    try {
      const writer = new JsonlWriter(path, await openForAppend(path), lock);
      await writer.load();
      return writer;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  append(body: AuditBody): Promise<AppendResult> {
    const run = this.queue.then(() => this.appendNow(body));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.file.close().catch(() => undefined);
    await this.lock.release();
  }

  private async appendNow(body: AuditBody): Promise<AppendResult> {
    // Under the lock nobody else writes the file; if its size moved anyway (a hand edit), re-read the end first.
    if ((await this.file.stat()).size !== this.size) await this.load();
    const existing = this.runs.get(runKey(body.workflowId, body.runId));
    if (existing) return { ...existing, duplicate: true };
    const record = chainRecord(this.tail?.hash ?? null, (this.tail?.sequence ?? 0) + 1, body);
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    try {
      await this.file.write(line);
      await this.file.datasync(); // the record is on disk before the workflow is told it was written
    } catch (error) {
      // A half-written line (disk full) would make the file unreadable for every later append: take it back.
      await this.file.truncate(this.size).catch(() => undefined);
      throw error;
    }
    this.size += line.length;
    this.remember(body.workflowId, body.runId, record);
    // After the record: a crash in between leaves the anchor one record behind, which verify-audit accepts.
    await writeHeadFile(this.path, this.tail!);
    return { sequence: record.sequence, hash: record.hash, duplicate: false };
  }

  /** Reads the last records (never the whole file) and reconciles them with the head file. */
  private async load(): Promise<void> {
    this.size = -1; // until the end is known good, every append re-reads it (and refuses again)
    this.tail = undefined;
    this.runs.clear();
    const size = (await this.file.stat()).size;
    const lines = await readLastLines(this.file, size, DEDUPE_WINDOW);
    for (const [i, line] of lines.entries()) {
      const record = SealedAuditRecordSchema.safeParse(parseLine(line));
      if (!record.success) {
        const fromEnd = lines.length - i;
        throw new AuditSinkError('damaged', `audit file ${this.path}: line ${fromEnd} from the end is malformed; run verify-audit before appending`);
      }
      this.remember(record.data.body.workflowId, record.data.body.runId, record.data);
    }
    await this.reconcileHead(await readHeadFile(this.path));
    this.size = size;
  }

  private async reconcileHead(anchor: ChainAnchor | null): Promise<void> {
    const last = this.tail?.sequence ?? 0;
    if (anchor && anchor.sequence > last) {
      throw new AuditSinkError(
        'damaged',
        `audit file ${this.path} ends at record ${last} but its head file names record ${anchor.sequence}: records were cut from the end; run verify-audit`,
      );
    }
    if (anchor && anchor.sequence === last && anchor.hash !== (this.tail?.hash ?? null)) {
      throw new AuditSinkError('damaged', `audit file ${this.path}: its last record is not the one its head file names; run verify-audit`);
    }
    // No head file yet (a new log, or one written before anchoring), or one left behind by a crash: anchor the end.
    if (!anchor || anchor.sequence < last) await writeHeadFile(this.path, { sequence: last, hash: this.tail?.hash ?? null });
  }

  private remember(workflowId: string, runId: string, record: Sealed): void {
    const sealed = { sequence: record.sequence, hash: record.hash };
    this.runs.set(runKey(workflowId, runId), sealed);
    if (this.runs.size > DEDUPE_WINDOW) this.runs.delete(this.runs.keys().next().value!);
    this.tail = sealed;
  }
}

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
    let body;
    try {
      body = toAuditBody(entry, at.toISOString());
    } catch (error) {
      throw routingFailure(FailureTypes.InvalidInput, (error as Error).message);
    }
    try {
      await this.open();
      return await (await this.writer!).append(body);
    } catch (error) {
      if (error instanceof ApplicationFailure) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      const message = error instanceof AuditSinkError ? error.message : `audit file append failed${code ? ` (${code})` : ''}`;
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
