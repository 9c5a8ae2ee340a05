/** Real service PROCESSES (`npx tsx <entry>`) for crash and process tests: each in its own group so a kill reaches it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createDataConverter, createKeyring } from '../../infra/codec';
import {
  startGatewaySimulator,
  type GatewaySimulator,
  type GatewaySimulatorOptions,
} from '../../simulators/gateway/server';
import { startGenesysSimulator, type GenesysSimulator } from '../../simulators/genesys/server';
import { startTemporalServer } from './temporalServer';

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

export async function stopWorkerProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.pid === undefined) return;
  const leaderExited =
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, signal); // the whole group we started: npx, tsx and the worker
  } catch {
    return; // already gone
  }
  await leaderExited;
  // npx exits before the node processes under it: a worker still alive would, for example, still hold the audit
  // file's writer lock when the next worker starts. Wait until the whole group is gone (bounded).
  for (let waited = 0; waited < 15_000 && groupAlive(child.pid); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Rejects, with what the worker said, if a worker process exits while `work` is still pending. */
export function unlessWorkerExits<T>(worker: WorkerProcess, work: Promise<T>): Promise<T> {
  const exited = new Promise<never>((_, reject) =>
    worker.child.once('exit', (code, signal) =>
      reject(new Error(`the worker exited (${signal ?? code}) first; it said:\n${worker.output.join('\n')}`)),
    ),
  );
  return Promise.race([work, exited]);
}

/**
 * A Temporal dev server, both simulators, a data directory and one payload key shared by every worker process and
 * the test's client, as a deployment shares one; worker processes started here are killed on stop().
 */
export interface CrashBed {
  testEnv: TestWorkflowEnvironment;
  genesys: GenesysSimulator;
  gateway: GatewaySimulator;
  client: Client;
  startWorker(taskQueue: string, env?: Record<string, string>): WorkerProcess;
  stop(): Promise<void>;
}

export async function startCrashBed(options: { name: string; gateway?: GatewaySimulatorOptions }): Promise<CrashBed> {
  const payloadKey = randomBytes(32).toString('base64');
  const testEnv = await startTemporalServer();
  const genesys = await startGenesysSimulator();
  const gateway = await startGatewaySimulator(options.gateway);
  const dataDir = mkdtempSync(path.join(tmpdir(), `${options.name}-`));
  const dataConverter = createDataConverter(createKeyring('default', { default: Buffer.from(payloadKey, 'base64') }));
  const client = new Client({
    connection: testEnv.connection,
    namespace: testEnv.namespace ?? 'default',
    dataConverter,
  });
  const workers: ChildProcess[] = [];
  return {
    testEnv,
    genesys,
    gateway,
    client,
    startWorker(taskQueue, env = {}) {
      const worker = startWorkerProcess({
        TEMPORAL_ADDRESS: testEnv.address,
        TEMPORAL_NAMESPACE: testEnv.namespace ?? 'default',
        TEMPORAL_TASK_QUEUE: taskQueue,
        GENESYS_CLIENT_ID: genesys.credentials.clientId,
        GENESYS_CLIENT_SECRET: genesys.credentials.clientSecret,
        GENESYS_GATEWAY_URL: genesys.url,
        LLM_GATEWAY_URL: gateway.url,
        LLM_GATEWAY_KEY: gateway.apiKey,
        PAYLOAD_ENCRYPTION_KEY: payloadKey,
        AUDIT_LOG_PATH: path.join(dataDir, 'audit.jsonl'),
        VECTOR_STORE_DIR: path.join(dataDir, 'vectors'),
        ...env,
      });
      workers.push(worker.child);
      return worker;
    },
    async stop() {
      await Promise.all(workers.map((w) => stopWorkerProcess(w, 'SIGKILL')));
      await gateway.close();
      await genesys.close();
      await testEnv.teardown();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
