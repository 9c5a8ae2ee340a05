/**
 * The worker's probes on HEALTH_BIND_ADDRESS: /healthz says the process is up; /readyz says it can do work now —
 * Temporal answers on its connection, the worker is polling, and its stores are open. Each /readyz asks Temporal
 * afresh (a short GetSystemInfo), so it turns unready while Temporal is away and ready again when it returns.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NativeConnection, Worker } from '@temporalio/worker';

export interface ReadinessSources {
  connection: NativeConnection;
  worker: Pick<Worker, 'getState'>;
  storesOpen(): boolean;
}

export interface Readiness {
  ready: boolean;
  checks: { temporal: boolean; polling: boolean; stores: boolean };
}

const TEMPORAL_PROBE_MS = 2000;

export async function checkReadiness(sources: ReadinessSources): Promise<Readiness> {
  const temporal = await sources.connection
    .withDeadline(Date.now() + TEMPORAL_PROBE_MS, () => sources.connection.workflowService.getSystemInfo({}))
    .then(
      () => true,
      () => false,
    );
  const checks = { temporal, polling: sources.worker.getState() === 'RUNNING', stores: sources.storesOpen() };
  return { ready: checks.temporal && checks.polling && checks.stores, checks };
}

export function parseBindAddress(bind: string): { host: string; port: number } {
  const at = bind.lastIndexOf(':');
  return { host: bind.slice(0, at).replace(/^\[(.*)\]$/, '$1'), port: Number(bind.slice(at + 1)) };
}

export interface HealthServer {
  /** host:port actually bound (port 0 picks a free one). */
  address: string;
  close(): Promise<void>;
}

export async function startHealthServer(bind: string, sources: ReadinessSources): Promise<HealthServer> {
  const server = http.createServer((req, res) => {
    const reply = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return reply(405, { error: 'GET only' });
    if (req.url === '/healthz') return reply(200, { status: 'ok' });
    if (req.url === '/readyz') {
      checkReadiness(sources).then(
        (readiness) => reply(readiness.ready ? 200 : 503, readiness),
        () => reply(503, { ready: false }),
      );
      return;
    }
    reply(404, { error: 'try /healthz or /readyz' });
  });
  const { host, port } = parseBindAddress(bind);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const bound = server.address() as AddressInfo;
  return {
    address: `${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${bound.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
