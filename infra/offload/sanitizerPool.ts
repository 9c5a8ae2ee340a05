/**
 * Sanitizing is the one CPU-heavy step, and the worker's main thread also carries every stream and heartbeat. Large
 * transcripts go to a worker thread (piscina) so no input stalls them; small ones run inline, where a thread hop
 * would cost more than the work. The thread pool starts on first use, so a worker that sees only small transcripts
 * never pays its memory.
 */
import path from 'node:path';
import { Piscina } from 'piscina';
import { routingFailure } from '../../contracts/failures';
import type { SanitizeOutcome } from '../../contracts/results';
import runSanitizeTask, { type SanitizeTask, type SanitizeTaskResult } from './sanitizeTask';

export interface SanitizerPoolOptions {
  /** Transcripts at least this many characters are sanitized off the main thread (default 32k). */
  offloadFromChars?: number;
  maxThreads?: number;
}

export interface SanitizerPool {
  sanitize(task: SanitizeTask): Promise<SanitizeOutcome>;
  close(): Promise<void>;
}

export function createSanitizerPool(options: SanitizerPoolOptions = {}): SanitizerPool {
  const offloadFromChars = options.offloadFromChars ?? 32_768;
  let pool: Piscina | undefined;
  const threads = () =>
    (pool ??= new Piscina({
      ...threadEntry(),
      maxThreads: options.maxThreads ?? 1,
      minThreads: 0,
      idleTimeout: 60_000,
    }));
  return {
    async sanitize(task) {
      const chars = task.messages.reduce((sum, m) => sum + m.content.length, 0);
      const result: SanitizeTaskResult = chars < offloadFromChars ? runSanitizeTask(task) : await threads().run(task);
      if ('failure' in result) throw routingFailure(result.failure.type, result.failure.message);
      return result.outcome;
    },
    async close() {
      await pool?.destroy();
    },
  };
}

/** The compiled task when running compiled JavaScript; from the TypeScript sources, the thread loads them through tsx. */
function threadEntry(): { filename: string; execArgv?: string[] } {
  const extension = path.extname(__filename);
  const filename = path.join(__dirname, `sanitizeTask${extension}`);
  return extension === '.ts' ? { filename, execArgv: ['--require', require.resolve('tsx/cjs')] } : { filename };
}
