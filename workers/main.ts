/**
 * Worker process: `npm run worker`. Validates configuration, wires dependencies, polls the task queue
 * until SIGINT/SIGTERM, then drains and closes its stores.
 */
import { loadEnv } from '../config/env';
import { ConfigError } from '../config/errors';
import { createLogger } from '../infra/logger';
import { createRouterWorkerFromEnv, routeSdkLogsTo } from './worker';

async function main(): Promise<void> {
  const env = loadEnv();
  const logger = createLogger({ level: env.LOG_LEVEL, name: 'worker' });
  routeSdkLogsTo(logger, env.LOG_LEVEL);
  const router = await createRouterWorkerFromEnv(env, logger);
  logger.info({ taskQueue: env.TEMPORAL_TASK_QUEUE, namespace: env.TEMPORAL_NAMESPACE }, 'worker polling');
  try {
    await router.worker.run(); // resolves after SIGINT/SIGTERM once in-flight tasks drained
  } finally {
    await router.close();
    logger.info('worker stopped');
  }
}

main().catch((err) => {
  const message = err instanceof ConfigError ? err.message : `worker failed: ${(err as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
