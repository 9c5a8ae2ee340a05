/**
 * File-level pieces of the JSONL audit sink: reading the last lines of the log without reading the rest, streaming
 * every line, and the sidecar head file that anchors the chain's end.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { ChainAnchor } from '../../domain/audit';
import { AuditSinkError } from './errors';

const CHUNK = 64 * 1024;

/** Up to `max` last lines (a final line without newline included, as a torn append leaves it), in file order. */
export async function readLastLines(file: FileHandle, size: number, max: number): Promise<string[]> {
  const lines: Buffer[] = [];
  let carry = Buffer.alloc(0);
  let position = size;
  while (position > 0 && lines.length < max) {
    const length = Math.min(CHUNK, position);
    position -= length;
    const chunk = Buffer.alloc(length);
    await file.read(chunk, 0, length, position);
    let buffer = Buffer.concat([chunk, carry]);
    for (let end = buffer.lastIndexOf(0x0a); end !== -1 && lines.length < max; end = buffer.lastIndexOf(0x0a)) {
      const line = buffer.subarray(end + 1);
      if (line.length > 0) lines.unshift(line);
      buffer = buffer.subarray(0, end);
    }
    carry = buffer;
  }
  if (position === 0 && carry.length > 0 && lines.length < max) lines.unshift(carry);
  return lines.map((line) => line.toString('utf8')).filter((line) => line.trim() !== '');
}

/** Bytes after the file's last newline: the part of a line whose append did not finish (0 when the file ends whole). */
export async function bytesAfterLastNewline(file: FileHandle, size: number): Promise<number> {
  let position = size;
  while (position > 0) {
    const length = Math.min(CHUNK, position);
    position -= length;
    const chunk = Buffer.alloc(length);
    await file.read(chunk, 0, length, position);
    const newline = chunk.lastIndexOf(0x0a);
    if (newline !== -1) return size - (position + newline + 1);
  }
  return size;
}

/** Each non-empty line parsed (or the raw line when it is not JSON, for the verifier to report), in bounded memory. */
export async function* streamRecords(path: string): AsyncIterable<unknown> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new AuditSinkError('missing', `audit file ${path} does not exist`);
    throw error;
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (line.trim() === '') continue;
      yield parseLine(line);
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

export function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return line;
  }
}

export const headPathOf = (path: string) => `${path}.head`;

export async function readHeadFile(path: string): Promise<ChainAnchor | null> {
  let text: string;
  try {
    text = await readFile(headPathOf(path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const head = parseLine(text) as Partial<ChainAnchor> | string;
  if (
    typeof head !== 'object' ||
    head === null ||
    !Number.isInteger(head.sequence) ||
    !(head.hash === null || typeof head.hash === 'string')
  ) {
    throw new AuditSinkError('damaged', `audit head file ${headPathOf(path)} is unreadable`);
  }
  return { sequence: head.sequence!, hash: head.hash };
}

/** Write-then-rename: a reader sees the old head or the new one, never half of one. */
export async function writeHeadFile(path: string, head: ChainAnchor): Promise<void> {
  const temporary = `${headPathOf(path)}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ sequence: head.sequence, hash: head.hash })}\n`, { mode: 0o640 });
  await rename(temporary, headPathOf(path));
}

export async function openForAppend(path: string): Promise<FileHandle> {
  return open(path, 'a+', 0o640); // a+: appends, and the last lines can be read back on open
}
