import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { DataConverter } from '@temporalio/common';
import {
  DefaultLogger,
  Runtime,
  type LogLevel,
  type NativeConnection,
  type WorkflowBundleOption,
} from '@temporalio/worker';
import { createWorkerActivities, type ActivityDependencies } from '../activities';
import { routingStarter } from '../client/routing';
import type { Env } from '../config/env';
import { ConfigError } from '../config/errors';
import { createDataConverter, loadKeyring } from '../infra/codec';
import type { Logger } from '../infra/logger';
import { ROUTER_HISTOGRAM_BUCKETS } from '../infra/metrics/routerMetrics';
import { connectClient, connectConnection } from '../infra/temporal/connection';
import { describeMissingSearchAttributes, missingSearchAttributes } from '../infra/temporal/searchAttributes';
import { connectNative } from '../infra/temporal/workerConnection';
import { buildDependencies } from './dependencies';
import { deploymentOptions, tuningOptions, workerVersion, type WorkerTuning, type WorkerVersion } from './options';
import { createRouterWorkerPair, type RouterWorkers } from './routerWorkers';
import { bundleWorkflowsInChildProcess } from './workflowBundle';

export interface RouterWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dependencies: ActivityDependencies;
  dataConverter?: DataConverter;
  /** A bundle built once (tests share one; the compiled entry ships one; from source it is built in a child process). */
  workflowBundle?: WorkflowBundleOption;
  tuning?: Partial<WorkerTuning>;
  /** Worker Deployment Versioning; unset = an unversioned worker. */
  version?: WorkerVersion;
  /** Slots of the dispatch worker (WORKER_MAX_CONCURRENT_DISPATCHES). */
  maxConcurrentDispatches?: number;
}

/** The workflow worker and the dispatch worker (workers/routerWorkers.ts), sharing connection and options. */
export function createRouterWorker(options: RouterWorkerOptions): Promise<RouterWorkers> {
  const tuning: Partial<WorkerTuning> = options.tuning ?? {};
  return createRouterWorkerPair({
    maxConcurrentDispatches: options.maxConcurrentDispatches,
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: require.resolve('../workflows') }),
    activities: createWorkerActivities(options.dependencies),
    dataConverter: options.dataConverter,
    // Gives in-flight dispatches time to finish (then to notice cancellation and abort their request) on shutdown.
    shutdownGraceTime: '30 seconds',
    ...tuning,
    ...(options.version ? { workerDeploymentOptions: deploymentOptions(options.version) } : {}),
    // Cancellation reaches an activity only in a heartbeat response; the default throttle (80% of the heartbeat
    // timeout) would hold a cancelled stream open for most of a minute.
    maxHeartbeatThrottleInterval: '1 second',
    defaultHeartbeatThrottleInterval: '1 second',
  });
}

/**
 * The SDK runtime, once per process, before connecting: its logs go through our logger, and with a bind address
 * its Prometheus exporter serves /metrics (the SDK's metrics and the router's, recorded through its meter).
 */
export function installRuntime(logger: Logger, level: string, prometheusBindAddress?: string): void {
  const sdkLevels: Record<string, LogLevel> = {
    trace: 'TRACE',
    debug: 'DEBUG',
    info: 'INFO',
    warn: 'WARN',
    error: 'ERROR',
  };
  Runtime.install({
    logger: new DefaultLogger(sdkLevels[level] ?? 'WARN', (entry) => {
      const method = entry.level.toLowerCase() as 'trace' | 'debug' | 'info' | 'warn' | 'error';
      logger[method]({ ...entry.meta, sdk: true }, entry.message);
    }),
    ...(prometheusBindAddress
      ? {
          telemetryOptions: {
            metrics: {
              prometheus: { bindAddress: prometheusBindAddress, histogramBucketOverrides: ROUTER_HISTOGRAM_BUCKETS },
            },
          },
        }
      : {}),
  });
}

/** The compiled entry ships a bundle built ahead of time (npm run build); from source it is built in a child process. */
export function prebuiltWorkflowBundle(): WorkflowBundleOption | undefined {
  const codePath = path.join(__dirname, '..', 'workflow-bundle.js');
  return existsSync(codePath) ? { codePath } : undefined;
}

/** A worker for validated configuration: dependencies wired, connection opened, the shared data converter set. */
export async function createRouterWorkerFromEnv(
  env: Env,
  logger: Logger,
  options: Pick<RouterWorkerOptions, 'workflowBundle'> = {},
) {
  const keyring = loadKeyring(env);
  if (!keyring) {
    // History holds the sanitized transcript and the answer (and, for routings started before the lean-routing
    // patch, the raw transcript): a worker never writes them in clear text.
    throw new ConfigError(
      'PAYLOAD_ENCRYPTION_KEY or PAYLOAD_ENCRYPTION_KEY_FILE is required: without a key Temporal history would keep transcripts in clear text',
    );
  }
  const dataConverter = createDataConverter(keyring);
  const dependencies = await buildDependencies(env, logger);
  let connection: NativeConnection;
  try {
    await requireSearchAttributes(env);
    connection = await connectNative(env);
  } catch (err) {
    await dependencies.close();
    throw err;
  }
  const version = workerVersion(env);
  const prebuilt = options.workflowBundle ?? prebuiltWorkflowBundle();
  const childBundle = prebuilt ? undefined : bundleWorkflowsInChildProcess();
  // The discovery workflow's activities start routings as a client would, with the same payload codec.
  const client = await connectClient(env, dataConverter);
  const worker = await createRouterWorker({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    dependencies: { ...dependencies, startRouting: routingStarter(client, env.TEMPORAL_TASK_QUEUE, 'discovery') },
    dataConverter,
    tuning: tuningOptions(env),
    version,
    maxConcurrentDispatches: env.WORKER_MAX_CONCURRENT_DISPATCHES,
    workflowBundle: prebuilt ?? childBundle,
  });
  if (childBundle) rmSync(path.dirname(childBundle.codePath), { recursive: true, force: true }); // read by Worker.create
  let storesOpen = true;
  return {
    worker,
    connection,
    dataConverter,
    version,
    storesOpen: () => storesOpen,
    async close() {
      storesOpen = false;
      await dependencies.close();
      await client.connection.close();
      await connection.close();
    },
  };
}

/** Fails the worker's start, naming the fix, on a namespace where routings could not upsert their search attributes. */
async function requireSearchAttributes(env: Env): Promise<void> {
  const connection = await connectConnection(env);
  try {
    const missing = await missingSearchAttributes(connection, env.TEMPORAL_NAMESPACE);
    if (missing.length) throw new ConfigError(describeMissingSearchAttributes(missing, env.TEMPORAL_NAMESPACE));
  } finally {
    await connection.close();
  }
}
