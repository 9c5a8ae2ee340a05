/** Real service PROCESSES (`npx tsx <entry>`) for crash and process tests: each in its own group so a kill reaches it. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface WorkerProcess {
  child: ChildProcess;
  /** The last lines the worker wrote, to explain a failure. */
  output: string[];
}

export function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  return startServiceProcess('workers/main.ts', env);
}

export function startServiceProcess(entry: string, env: Record<string, string>): WorkerProcess {
  const output: string[] = [];
  const child = spawn('npx', ['tsx', entry], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  });
  const keep = (data: Buffer) => output.push(...String(data).split('\n').filter(Boolean).slice(-50));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output };
}

export function stopWorkerProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, signal); // the whole group we started: npx, tsx and the worker
  } catch {
    return Promise.resolve(); // already gone
  }
  return exited;
}
