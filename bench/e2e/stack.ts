/**
 * What the end-to-end benchmark runs against: a headless dev server (its process id, so its CPU can be read), the
 * simulators in this process, and one worker in a child process started the way an operator starts it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEnv, type Env } from '../../config/env';
import { PROJECT_ROOT } from '../../infra/temporal/cli';
import { DEV_SERVER_DYNAMIC_CONFIG, startDevServer } from '../../infra/temporal/devServer';
import { startGatewaySimulator, type GatewaySimulator } from '../../simulators/gateway/server';
import { startGenesysSimulator, type GenesysSimulator } from '../../simulators/genesys/server';
import type { SimConversation } from '../../simulators/genesys/types';
import { WORKER_NODE_FLAGS, WORKER_PROCESS_ENV } from '../../workers/processTuning';

export interface BenchStack {
  env: Env;
  address: string;
  serverPid: number;
  workerPid: number;
  /** Rejects when the worker process ends before stop(): a run racing it fails instead of waiting for routings forever. */
  workerExit: Promise<never>;
  genesys: GenesysSimulator;
  gateway: GatewaySimulator;
  stop(): Promise<void>;
}

export async function startBenchStack(options: {
  sqlite: boolean;
  eager: boolean;
  /** The server's own dynamic config instead of DEV_SERVER_DYNAMIC_CONFIG. */
  serverDefaults: boolean;
  compiled: boolean;
  conversations: SimConversation[];
}): Promise<BenchStack> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-e2e-'));
  const port = await freePort();
  // Eager activity execution: the server hands an activity scheduled on the workflow's own queue straight back in the
  // workflow task's response (the SDK asks for it by default), saving a poll round trip per activity.
  const server = await startDevServer({
    port,
    uiPort: await freePort(),
    headless: true,
    dbFile: options.sqlite ? path.join(dir, 'temporal.db') : undefined,
    dynamicConfig: {
      ...(options.serverDefaults ? {} : DEV_SERVER_DYNAMIC_CONFIG),
      ...(options.eager ? { 'system.enableActivityEagerExecution': true } : {}),
    },
  });
  if (server.pid === undefined)
    throw new Error('bench:e2e needs the temporal CLI (npm run setup installs it; or set TEMPORAL_CLI_PATH)');
  const address = server.address;

  const genesys = await startGenesysSimulator({ conversations: options.conversations });
  const gateway = await startGatewaySimulator({ chunkDelayMs: 0 });
  const env = loadEnv({
    TEMPORAL_ADDRESS: address,
    TEMPORAL_TASK_QUEUE: 'bench-e2e',
    GENESYS_CLIENT_ID: genesys.credentials.clientId,
    GENESYS_CLIENT_SECRET: genesys.credentials.clientSecret,
    GENESYS_GATEWAY_URL: genesys.url,
    LLM_GATEWAY_URL: gateway.url,
    LLM_GATEWAY_KEY: gateway.apiKey,
    PAYLOAD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    AUDIT_LOG_PATH: path.join(dir, 'audit.jsonl'),
    VECTOR_STORE_DIR: path.join(dir, 'vectors'),
    LOG_LEVEL: 'warn',
  });
  const worker = startWorkerProcess(env, options.compiled);
  let stopping = false;
  const workerExit = new Promise<never>((_, reject) =>
    worker.once('exit', (code, signal) => {
      if (!stopping)
        reject(new Error(`the worker process ended early (${signal ?? `exit code ${code}`}); its stderr is above`));
    }),
  );
  workerExit.catch(() => undefined); // a crash while nothing races it surfaces in the next race, not as unhandled
  return {
    env,
    address,
    serverPid: server.pid,
    workerPid: worker.pid!,
    workerExit,
    genesys,
    gateway,
    async stop() {
      stopping = true;
      await stopChild(worker);
      await server.stop();
      await Promise.allSettled([genesys.close(), gateway.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The settings behind a parsed env, as strings for another loadEnv. Parsed values (the guard band, the Temporal
 * profile) are left to that parse's defaults: String() would turn them into "[object Object]".
 */
export function settingsOf(env: Env): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && typeof value !== 'object') settings[key] = String(value);
  return settings;
}

/**
 * The compiled production entry (`npm run build`, started with plain `node`) when `compiled` is asked for; else the
 * TypeScript entry through tsx, as `npm run worker` runs it.
 */
function startWorkerProcess(env: Env, compiled: boolean): ChildProcess {
  const childEnv: NodeJS.ProcessEnv = { ...WORKER_PROCESS_ENV, ...process.env };
  Object.assign(childEnv, settingsOf(env));
  const compiledEntry = path.join(PROJECT_ROOT, 'dist', 'workers', 'main.js');
  if (compiled && !existsSync(compiledEntry)) throw new Error('--compiled needs `npm run build` first');
  const entry = compiled ? [compiledEntry] : ['--import', 'tsx', path.join(PROJECT_ROOT, 'workers', 'main.ts')];
  // e.g. BENCH_WORKER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the worker (not allowed in NODE_OPTIONS)
  const args = [
    ...WORKER_NODE_FLAGS,
    ...(process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    ...entry,
  ];
  return spawn(process.execPath, args, { env: childEnv, stdio: ['ignore', 'ignore', 'inherit'] });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
