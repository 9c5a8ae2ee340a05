/**
 * A worker as its own process: the compiled entry (`node dist/workers/main.js`) or the source entry, with only the
 * given variables. Its JSON log lines are kept; the health endpoint's bound address is read from them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { Env } from '../../config/env';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface WorkerProcess {
  child: ChildProcess;
  lines: string[];
  stderr(): string;
  /** Resolves with the first log line matching, rejects when the process exits first. */
  waitForLog(pattern: RegExp): Promise<string>;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

export function spawnWorker(entry: string[], env: Record<string, string | undefined>): WorkerProcess {
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let err = '';
  let partial = '';
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.pattern.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    stderr: () => err,
    exited,
    waitForLog(pattern) {
      const seen = lines.find((l) => pattern.test(l));
      if (seen) return Promise.resolve(seen);
      return Promise.race([
        new Promise<string>((resolve) => waiters.push({ pattern, resolve })),
        exited.then((code) => {
          throw new Error(`worker exited (${code}) before logging ${pattern}: ${err.slice(-2000)}`);
        }),
      ]);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** A free loopback port, for servers that cannot report the port they bound (the SDK's Prometheus exporter). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The outside-service variables of a (simulated) environment, for a worker process started with its own env. */
export function serviceVariables(env: Env): Record<string, string | undefined> {
  return {
    GENESYS_CLIENT_ID: env.GENESYS_CLIENT_ID,
    GENESYS_CLIENT_SECRET: env.GENESYS_CLIENT_SECRET,
    GENESYS_GATEWAY_URL: env.GENESYS_GATEWAY_URL,
    LLM_GATEWAY_URL: env.LLM_GATEWAY_URL,
    LLM_GATEWAY_KEY: env.LLM_GATEWAY_KEY,
  };
}
