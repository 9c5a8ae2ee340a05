/**
 * Worker process: `npm run worker`. Validates configuration, wires dependencies, polls the task queue
 * until SIGINT/SIGTERM, then drains and closes its stores.
 */
import { DefaultLogger, NativeConnection, Runtime, type LogLevel } from '@temporalio/worker';
import { loadEnv } from '../config/env';
import { ConfigError } from '../config/errors';
import { createDataConverter, loadKeyring } from '../infra/codec';
import { createLogger } from '../infra/logger';
import { buildDependencies } from './dependencies';
import { createRouterWorker } from './worker';

async function main(): Promise<void> {
  const env = loadEnv();
  const logger = createLogger({ level: env.LOG_LEVEL, name: 'worker' });
  Runtime.install({
    logger: new DefaultLogger(sdkLevel(env.LOG_LEVEL), (entry) => {
      const level = entry.level.toLowerCase() as 'trace' | 'debug' | 'info' | 'warn' | 'error';
      logger[level]({ ...entry.meta, sdk: true }, entry.message);
    }),
  });
  const dependencies = await buildDependencies(env, logger);
  const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  const worker = await createRouterWorker({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    dependencies,
    dataConverter: createDataConverter(loadKeyring(env)),
  });
  logger.info({ taskQueue: env.TEMPORAL_TASK_QUEUE, namespace: env.TEMPORAL_NAMESPACE }, 'worker polling');
  try {
    await worker.run(); // resolves after SIGINT/SIGTERM once in-flight tasks drained
  } finally {
    await dependencies.close();
    await connection.close();
    logger.info('worker stopped');
  }
}

function sdkLevel(level: string): LogLevel {
  const map: Record<string, LogLevel> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' };
  return map[level] ?? 'WARN';
}

main().catch((err) => {
  const message = err instanceof ConfigError ? err.message : `worker failed: ${(err as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
