/**
 * The single-writer lock of a JSONL audit file: a lock file beside it, created exclusively, naming its holder (pid,
 * host, start time). A second process refuses to write and names the holder. A lock left by a process that died on
 * this host is taken over; one on another host is never guessed at (its pid means nothing here), the message says
 * how to clear it.
 */
import { hostname } from 'node:os';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { AuditSinkError } from './errors';

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

/** A lock file younger than this whose content cannot be read is being written by its creator right now. */
const UNREADABLE_GRACE_MS = 10_000;
const ATTEMPTS = 20;

export interface WriterLock {
  release(): Promise<void>;
}

export async function acquireWriterLock(filePath: string): Promise<WriterLock> {
  const lockPath = `${filePath}.lock`;
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (await createExclusive(lockPath, JSON.stringify(me))) {
      return { release: () => unlink(lockPath).catch(() => undefined) };
    }
    const seen = await readHolder(lockPath);
    if (seen === 'gone') continue;
    if (!(await isStale(lockPath, seen))) throw lockedBy(filePath, lockPath, seen);
    await clearStale(lockPath, seen);
  }
  throw new AuditSinkError(
    'locked',
    `audit file ${filePath}: could not take its lock ${lockPath} (it keeps changing hands)`,
  );
}

async function createExclusive(path: string, content: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx', 0o640);
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The holder, 'unreadable' while its creator is still writing it (or after a crash mid-write), 'gone' if released. */
async function readHolder(lockPath: string): Promise<LockHolder | 'unreadable' | 'gone'> {
  let text: string;
  try {
    text = await readFile(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) && typeof holder.host === 'string' ? holder : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

async function isStale(lockPath: string, holder: LockHolder | 'unreadable'): Promise<boolean> {
  if (holder === 'unreadable') {
    const age = await stat(lockPath).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    return age > UNREADABLE_GRACE_MS;
  }
  if (holder.host !== hostname()) return false;
  // This process shares one writer per file, so a lock naming our own pid is an earlier process that had it (a
  // restarted container runs as the same pid).
  return holder.pid === process.pid || !isAlive(holder.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: existence check only
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/**
 * Only one process may clear a stale lock: the one that creates the takeover file. It removes the lock only if it is
 * still the stale one it saw, so a live lock another process took meanwhile is never deleted.
 */
async function clearStale(lockPath: string, seen: LockHolder | 'unreadable'): Promise<void> {
  const takeoverPath = `${lockPath}.takeover`;
  if (!(await createExclusive(takeoverPath, String(process.pid)))) {
    const age = await stat(takeoverPath).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > UNREADABLE_GRACE_MS) await unlink(takeoverPath).catch(() => undefined); // its taker died mid-takeover
    await new Promise((resolve) => setTimeout(resolve, 25));
    return;
  }
  try {
    const now = await readHolder(lockPath);
    if (JSON.stringify(now) === JSON.stringify(seen)) await unlink(lockPath).catch(() => undefined);
  } finally {
    await unlink(takeoverPath).catch(() => undefined);
  }
}

function lockedBy(filePath: string, lockPath: string, holder: LockHolder | 'unreadable'): AuditSinkError {
  const who =
    holder === 'unreadable'
      ? 'another process (starting up)'
      : `process ${holder.pid} on host ${holder.host} (since ${holder.since})`;
  return new AuditSinkError(
    'locked',
    `audit file ${filePath} is already written by ${who}; a JSONL audit file takes one writing process. ` +
      `Stop that worker, or point every worker at PostgreSQL (AUDIT_DATABASE_URL). If that process is gone, delete ${lockPath}.`,
  );
}
