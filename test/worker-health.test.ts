/**
 * The worker's probes against a dev server that goes away and comes back on the same port and database:
 * /readyz turns unready while Temporal is unreachable and ready again when it returns, and the worker routes again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRouting } from '../client/routing';
import { startDevServer, type DevServer } from '../infra/temporal/devServer';
import { SAMPLE_IDS } from '../simulators/genesys/samples';
import { startHealthServer, type HealthServer } from '../workers/health';
import { startRouterStack, type RouterStack } from './helpers/routerStack';
import { addSampleCopy } from './helpers/samples';
import { quietSdkLogs } from './helpers/temporalServer';
import { freePort } from './helpers/workerProcess';

let dir: string;
let server: DevServer;
let serverOptions: Parameters<typeof startDevServer>[0];
let stack: RouterStack;
let health: HealthServer;
let storesOpen = true;

beforeAll(async () => {
  quietSdkLogs();
  dir = mkdtempSync(path.join(tmpdir(), 'router-health-'));
  // Free ports are found before the server binds them, and the server also binds ports of its own choosing: a port
  // taken in between by another suite's server makes it exit at start, so the first start tries three pairs.
  for (let attempt = 1; ; attempt++) {
    serverOptions = { port: await freePort(), uiPort: await freePort(), dbFile: path.join(dir, 'temporal.db') };
    try {
      server = await startDevServer(serverOptions);
      break;
    } catch (error) {
      if (attempt === 3 || !/exited with code/.test((error as Error).message)) throw error;
    }
  }
  stack = await startRouterStack(undefined, { temporal: { TEMPORAL_ADDRESS: server.address } });
  health = await startHealthServer('127.0.0.1:0', {
    connection: stack.nativeConnection,
    worker: stack.worker,
    storesOpen: () => storesOpen,
  });
}, 120_000);

afterAll(async () => {
  await health?.close();
  await stack?.stop();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const probe = async (p: string) => {
  const res = await fetch(`http://${health.address}${p}`);
  return { status: res.status, body: (await res.json()) as { ready?: boolean; checks?: Record<string, boolean> } };
};

/** Polls /readyz until it answers `status` (no fixed sleeps: the test waits for the state, however long it takes). */
async function readyzBecomes(status: number) {
  for (;;) {
    const answer = await probe('/readyz');
    if (answer.status === status) return answer;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function routeOne() {
  const id = addSampleCopy(stack.genesys, SAMPLE_IDS.webMessaging);
  const { handle } = await startRouting(stack.client, { interactionId: id, profile: 'standard' }, stack.taskQueue);
  return stack.run(() => handle.result());
}

it('is ready while connected, unready while Temporal is away, ready again when it returns', async () => {
  expect(await probe('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  expect(await readyzBecomes(200)).toEqual({
    status: 200,
    body: { ready: true, checks: { temporal: true, polling: true, stores: true } },
  });
  expect((await routeOne()).finalState).toBe('completed');

  await server.stop();
  const away = await readyzBecomes(503);
  expect(away.body.checks).toEqual({ temporal: false, polling: true, stores: true });
  expect((await probe('/healthz')).status).toBe(200); // the process is still up: a liveness probe must not restart it

  server = await startDevServer(serverOptions);
  expect((await readyzBecomes(200)).body.ready).toBe(true);
  expect((await routeOne()).finalState).toBe('completed');
}, 180_000);

it('is unready when its stores are closed', async () => {
  storesOpen = false;
  try {
    expect(await probe('/readyz')).toMatchObject({ status: 503, body: { checks: { stores: false } } });
  } finally {
    storesOpen = true;
  }
});
