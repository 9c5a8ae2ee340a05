import { DefaultLogger, NativeConnection, Runtime, Worker, type LogLevel, type WorkflowBundleOption } from '@temporalio/worker';
import type { DataConverter } from '@temporalio/common';
import { createActivities, type ActivityDependencies } from '../activities';
import type { Env } from '../config/env';
import { ConfigError } from '../config/errors';
import { createDataConverter, loadKeyring } from '../infra/codec';
import { describeMissingSearchAttributes, missingSearchAttributes } from '../infra/temporal/searchAttributes';
import { Connection } from '@temporalio/client';
import type { Logger } from '../infra/logger';
import { buildDependencies } from './dependencies';

export interface RouterWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dependencies: ActivityDependencies;
  dataConverter?: DataConverter;
  /** Tests bundle once and share; the process entry point lets the worker bundle workflowsPath. */
  workflowBundle?: WorkflowBundleOption;
}

export function createRouterWorker(options: RouterWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: require.resolve('../workflows') }),
    activities: createActivities(options.dependencies),
    dataConverter: options.dataConverter,
    // Gives in-flight dispatches time to notice cancellation and abort their HTTP request on shutdown.
    shutdownGraceTime: '10 seconds',
    // Cancellation reaches an activity only in a heartbeat response; the default throttle (80% of the heartbeat
    // timeout) would hold a cancelled stream open for most of a minute.
    maxHeartbeatThrottleInterval: '1 second',
    defaultHeartbeatThrottleInterval: '1 second',
  });
}

/** The SDK's own logs (worker state, workflow and activity failures) go through our logger. Call before connecting. */
export function routeSdkLogsTo(logger: Logger, level: string): void {
  const sdkLevels: Record<string, LogLevel> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' };
  Runtime.install({
    logger: new DefaultLogger(sdkLevels[level] ?? 'WARN', (entry) => {
      const method = entry.level.toLowerCase() as 'trace' | 'debug' | 'info' | 'warn' | 'error';
      logger[method]({ ...entry.meta, sdk: true }, entry.message);
    }),
  });
}

/** A worker for validated configuration: dependencies wired, connection opened, the shared data converter set. */
export async function createRouterWorkerFromEnv(env: Env, logger: Logger, options: Pick<RouterWorkerOptions, 'workflowBundle'> = {}) {
  const keyring = loadKeyring(env);
  if (!keyring) {
    // History holds the raw transcript the fetch step returns: a worker never writes it in clear text.
    throw new ConfigError('PAYLOAD_ENCRYPTION_KEY or PAYLOAD_ENCRYPTION_KEY_FILE is required: without a key Temporal history would keep transcripts in clear text');
  }
  const dataConverter = createDataConverter(keyring);
  const dependencies = await buildDependencies(env, logger);
  await requireSearchAttributes(env).catch(async (error: unknown) => {
    await dependencies.close();
    throw error;
  });
  const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  const worker = await createRouterWorker({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    dependencies,
    dataConverter,
    workflowBundle: options.workflowBundle,
  });
  return {
    worker,
    connection,
    dataConverter,
    async close() {
      await dependencies.close();
      await connection.close();
    },
  };
}

/** Fails the worker's start, naming the fix, on a namespace where routings could not upsert their search attributes. */
async function requireSearchAttributes(env: Env): Promise<void> {
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
  try {
    const missing = await missingSearchAttributes(connection, env.TEMPORAL_NAMESPACE);
    if (missing.length) throw new ConfigError(describeMissingSearchAttributes(missing, env.TEMPORAL_NAMESPACE));
  } finally {
    await connection.close();
  }
}
