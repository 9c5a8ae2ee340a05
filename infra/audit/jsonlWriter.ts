/**
 * The one writer of a JSONL audit file in this process: holds the file's lock and an open handle, keeps the chain head
 * and the recent runs in memory, and queues appends so they extend one chain. On open it reads only the file's last
 * lines, checks them against the head file and finishes or removes an append a crash cut short.
 */
import { mkdir, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chainRecord, SealedAuditRecordSchema, type AuditBody, type ChainAnchor } from '../../domain/audit';
import { AuditSinkError } from './errors';
import {
  bytesAfterLastNewline,
  openForAppend,
  parseLine,
  readHeadFile,
  readLastLines,
  writeHeadFile,
} from './jsonlFiles';
import type { AppendResult } from './sink';
import { acquireWriterLock, type WriterLock } from './writerLock';

/**
 * Runs remembered for exactly-once appends: the last records of the file on open, then every append. An audit retry
 * comes within the activity's 30-minute schedule-to-close window, far inside this many records of one process.
 */
const DEDUPE_WINDOW = 10_000;

type Sealed = { sequence: number; hash: string };
const runKey = (workflowId: string, runId: string) => `${workflowId}\u0000${runId}`;

export class JsonlWriter {
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
    let file: FileHandle | undefined;
    try {
      file = await openForAppend(path);
      const writer = new JsonlWriter(path, file, lock);
      await writer.load();
      return writer;
    } catch (error) {
      await file?.close().catch(() => undefined);
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
    let size = (await this.file.stat()).size;
    const lines = await readLastLines(this.file, size, DEDUPE_WINDOW);
    const torn = await this.tornTail(size, lines.at(-1));
    if (torn.unreadable) lines.pop();
    for (const [i, line] of lines.entries()) {
      const record = SealedAuditRecordSchema.safeParse(parseLine(line));
      if (!record.success) {
        const fromEnd = lines.length - i;
        throw new AuditSinkError(
          'damaged',
          `audit file ${this.path}: line ${fromEnd} from the end is malformed; run verify-audit before appending`,
        );
      }
      this.remember(record.data.body.workflowId, record.data.body.runId, record.data);
    }
    await this.reconcileHead(await readHeadFile(this.path));
    if (torn.unreadable) {
      // An append cut short (power loss): never acknowledged, since appends resolve after fsync, so it goes.
      size -= torn.bytes;
      await this.file.truncate(size);
    } else if (torn.bytes > 0) {
      // A whole record without its newline: end the line, or the next record would join it.
      await this.file.write('\n');
      size += 1;
    }
    this.size = size;
  }

  /** Bytes after the file's last newline (a line whose append did not finish), and whether they hold a record. */
  private async tornTail(size: number, lastLine: string | undefined): Promise<{ bytes: number; unreadable: boolean }> {
    const bytes = await bytesAfterLastNewline(this.file, size);
    if (bytes === 0 || lastLine === undefined) return { bytes, unreadable: false };
    return { bytes, unreadable: !SealedAuditRecordSchema.safeParse(parseLine(lastLine)).success };
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
      throw new AuditSinkError(
        'damaged',
        `audit file ${this.path}: its last record is not the one its head file names; run verify-audit`,
      );
    }
    // No head file yet (a new log, or one written before anchoring), or one left behind by a crash: anchor the end.
    if (!anchor || anchor.sequence < last)
      await writeHeadFile(this.path, { sequence: last, hash: this.tail?.hash ?? null });
  }

  private remember(workflowId: string, runId: string, record: Sealed): void {
    const sealed = { sequence: record.sequence, hash: record.hash };
    this.runs.set(runKey(workflowId, runId), sealed);
    if (this.runs.size > DEDUPE_WINDOW) this.runs.delete(this.runs.keys().next().value!);
    this.tail = sealed;
  }
}
