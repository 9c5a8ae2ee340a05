/**
 * Runs the real Temporal dev server (`temporal server start-dev`: frontend, Web UI, SQLite persistence)
 * from the CLI findTemporalCli() locates, or, without one, the SDK's downloaded dev server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { ROUTER_SEARCH_ATTRIBUTES } from '../../contracts/searchAttributes';
import { findTemporalCli } from './cli';

/** `--search-attribute Name=Keyword` per router search attribute: the dev server registers them at start. */
export function searchAttributeFlags(): string[] {
  return Object.entries(ROUTER_SEARCH_ATTRIBUTES).flatMap(([name, type]) => ['--search-attribute', `${name}=${type}`]);
}

/**
 * Dynamic config every dev server we start runs with. The history service hands a workflow or activity task to
 * matching (every hand-over an eager activity does not cover) after reading it from its transfer queue, and by default
 * reads that queue at most 20 times a second per shard; the dev server has one shard, so each hand-over waited 25 to
 * 40 ms for the next read: 150 ms of a lone routing's 250 ms Temporal overhead (`npm run bench:e2e -- --timeline`).
 * A self-hosted cluster sets the same key in its dynamic config; Temporal Cloud tunes its own.
 */
export type DynamicConfig = Readonly<Record<string, string | number | boolean>>;

export const DEV_SERVER_DYNAMIC_CONFIG: DynamicConfig = {
  'history.transferProcessorMaxPollRPS': 1000,
};

/** `--dynamic-config-value key=value` for each entry (JSON values, as the CLI reads them). */
function dynamicConfigFlags(config: DynamicConfig): string[] {
  return Object.entries(config).flatMap(([key, value]) => [
    '--dynamic-config-value',
    `${key}=${JSON.stringify(value)}`,
  ]);
}

/** The flags every dev server we start gets, however it is started: our search attributes and dynamic config. */
export function devServerFlags(config: DynamicConfig = DEV_SERVER_DYNAMIC_CONFIG): string[] {
  return [...searchAttributeFlags(), ...dynamicConfigFlags(config)];
}

export interface DevServer {
  address: string;
  uiUrl: string;
  /** Where the server binary came from, for the operator. */
  origin: string;
  /** The server process, where we started one (not for the SDK's download), e.g. to read its CPU time. */
  pid?: number;
  stop(): Promise<void>;
}

export interface DevServerOptions {
  port?: number;
  uiPort?: number;
  dbFile?: string;
  codecEndpoint?: string;
  /** No Web UI (benchmarks). */
  headless?: boolean;
  /** Dynamic config (default DEV_SERVER_DYNAMIC_CONFIG; `{}` for the server's own defaults). */
  dynamicConfig?: DynamicConfig;
  env?: NodeJS.ProcessEnv;
}

export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const port = options.port ?? 7233;
  const uiPort = options.uiPort ?? 8233;
  const address = `127.0.0.1:${port}`;
  const uiUrl = `http://127.0.0.1:${uiPort}`;
  const cli = findTemporalCli(options.env);
  const flags = devServerFlags(options.dynamicConfig);
  if (!cli) return startDownloadedServer(port, uiPort, flags);

  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--ui-port',
    String(uiPort),
    '--log-level',
    'error',
    ...flags,
  ];
  if (options.dbFile) {
    mkdirSync(path.dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile);
  }
  if (options.codecEndpoint) args.push('--ui-codec-endpoint', options.codecEndpoint);
  if (options.headless) args.push('--headless');
  // Both streams are kept (their last 2,000 characters): the CLI prints some start-up failures on stdout.
  const child = spawn(cli.path, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-2000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitUntilServing(address, child, () => output);
  return {
    address,
    uiUrl,
    origin: `${cli.path} (${cli.source})`,
    pid: child.pid,
    stop: () => stopChild(child),
  };
}

async function startDownloadedServer(port: number, uiPort: number, flags: string[]): Promise<DevServer> {
  // Only reached when no CLI is installed: @temporalio/testing downloads the same dev server.
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      ip: '127.0.0.1',
      port,
      ui: true,
      uiPort,
      extraArgs: flags,
    },
  });
  return {
    address: `127.0.0.1:${port}`,
    uiUrl: `http://127.0.0.1:${uiPort}`,
    origin: 'SDK download',
    stop: () => env.teardown(),
  };
}

async function waitUntilServing(address: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`temporal server exited with code ${exited}: ${output().trim()}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.workflowService.describeNamespace({ namespace: 'default' });
      await connection.close();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`temporal server did not answer on ${address} within 60 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
