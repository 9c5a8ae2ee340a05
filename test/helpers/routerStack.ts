/**
 * Everything a routing needs, for real, on loopback: both simulators, temp audit file and vector store,
 * our dependencies wired by the worker's own wiring code, and a worker on its own task queue.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { NativeConnection } from '@temporalio/worker';
import { routingStarter, startRouting } from '../../client/routing';
import { loadEnv, type Env } from '../../config/env';
import type { AuditBody, SealedAuditRecord } from '../../domain/audit';
import { createLogger } from '../../infra/logger';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../../simulators/genesys/samples';
import { startSimulatorsForUnsetServices } from '../../simulators/stack';
import type { GatewaySimulator } from '../../simulators/gateway/server';
import type { GenesysSimulator } from '../../simulators/genesys/server';
import { buildDependencies } from '../../workers/dependencies';
import { connectClient } from '../../infra/temporal/connection';
import { connectNative } from '../../infra/temporal/workerConnection';
import type { WorkerVersion } from '../../workers/options';
import type { RouterWorkers } from '../../workers/routerWorkers';
import { createRouterWorker } from '../../workers/worker';
import { routerWorkflowBundle } from './temporalServer';

export interface RouterStack {
  env: Env;
  genesys: GenesysSimulator;
  gateway: GatewaySimulator;
  dependencies: Awaited<ReturnType<typeof buildDependencies>>;
  worker: RouterWorkers;
  /** The worker's connection (testEnv's, or its own when `temporal` was given). */
  nativeConnection: NativeConnection;
  client: Client;
  taskQueue: string;
  /** Every line the router logged, to check that nothing sensitive was written. */
  logLines: string[];
  /** Runs a test body against the worker, failing fast if the worker itself stops. */
  run<T>(body: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

let counter = 0;

export async function startRouterStack(
  testEnv: TestWorkflowEnvironment | undefined,
  /** `temporal`: TEMPORAL_* variables to connect worker and client through (TLS, profiles) instead of testEnv's. */
  options: {
    env?: Record<string, string>;
    dataConverter?: DataConverter;
    temporal?: Record<string, string>;
    version?: WorkerVersion;
  } = {},
): Promise<RouterStack> {
  const dir = mkdtempSync(path.join(tmpdir(), 'router-'));
  const taskQueue = `router-test-${process.pid}-${++counter}`;
  const baseEnv = loadEnv({
    AUDIT_LOG_PATH: path.join(dir, 'audit.jsonl'),
    VECTOR_STORE_DIR: path.join(dir, 'vectors'),
    GENESYS_TRANSCRIPT_WAIT_SECONDS: '60',
    LLM_STREAM_STALL_SECONDS: '3',
    TEMPORAL_TASK_QUEUE: taskQueue,
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const services = await startSimulatorsForUnsetServices(baseEnv);
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  const dependencies = await buildDependencies(services.env, logger);
  const ownConnections = options.temporal
    ? { env: loadEnv(options.temporal), native: await connectNative(loadEnv(options.temporal)) }
    : undefined;
  const client = ownConnections
    ? await connectClient(ownConnections.env, options.dataConverter)
    : new Client({
        connection: testEnv!.connection,
        namespace: testEnv!.namespace ?? 'default',
        dataConverter: options.dataConverter,
      });
  const worker = await createRouterWorker({
    connection: ownConnections?.native ?? testEnv!.nativeConnection,
    namespace: ownConnections?.env.TEMPORAL_NAMESPACE ?? testEnv!.namespace ?? 'default',
    taskQueue,
    dependencies: { ...dependencies, startRouting: routingStarter(client, taskQueue, 'discovery') },
    dataConverter: options.dataConverter,
    workflowBundle: await routerWorkflowBundle(),
    version: options.version,
    maxConcurrentDispatches: services.env.WORKER_MAX_CONCURRENT_DISPATCHES,
  });
  // A worker runs once: it polls for the whole stack's life and shuts down in stop().
  const running = worker.run();
  const workerStopped = running.then(() => {
    throw new Error('the worker stopped while a test was running');
  });
  workerStopped.catch(() => undefined);
  return {
    env: services.env,
    genesys: services.genesys!,
    gateway: services.gateway!,
    dependencies,
    worker,
    nativeConnection: ownConnections?.native ?? testEnv!.nativeConnection,
    client,
    taskQueue,
    logLines,
    run: (body) => Promise.race([body(), workerStopped]),
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await dependencies.close();
      if (ownConnections) await Promise.allSettled([client.connection.close(), ownConnections.native.close()]);
      await services.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh interaction with the content of a sample, on the stack's Genesys simulator: each test routes its own. */
export function cloneSample(stack: Pick<RouterStack, 'genesys'>, sampleId: string = SAMPLE_IDS.webMessaging): string {
  const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === sampleId)!;
  const id = randomUUID();
  stack.genesys.addConversation({ ...sample, id });
  return id;
}

/** The audit record the stack's JSONL sink wrote for a routing (the last one, if it ran more than once). */
export function auditRecordOf(stack: Pick<RouterStack, 'env'>, workflowId: string): AuditBody | undefined {
  const lines = readFileSync(stack.env.AUDIT_LOG_PATH, 'utf8').trim().split('\n');
  return lines
    .map((line) => (JSON.parse(line) as SealedAuditRecord).body)
    .filter((body) => body.workflowId === workflowId)
    .at(-1);
}

/** Starts a routing of a fresh copy of a sample with the given profile, as the operator's CLI would. */
export async function startSampleRouting(stack: RouterStack, profile: string, sampleId?: string) {
  const interactionId = cloneSample(stack, sampleId);
  const started = await startRouting(stack.client, { interactionId, profile, requestedBy: 'jest' }, stack.taskQueue);
  return { interactionId, started };
}
