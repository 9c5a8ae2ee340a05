/**
 * Worker process. Production runs the compiled entry, `node dist/workers/main.js` (npm run build first), so
 * SIGTERM reaches this process: the SDK stops polling, lets in-flight activities finish within
 * WORKER_SHUTDOWN_GRACE_SECONDS, and run() resolves; the stores close and the process exits 0.
 */
import { loadEnv } from '../config/env';
import { ConfigError } from '../config/errors';
import { createLogger } from '../infra/logger';
import { startHealthServer, type HealthServer } from './health';
import { createRouterWorkerFromEnv, installRuntime } from './worker';

async function main(): Promise<void> {
  const env = loadEnv();
  const logger = createLogger({ level: env.LOG_LEVEL, name: 'worker' });
  installRuntime(logger, env.LOG_LEVEL, env.PROMETHEUS_BIND_ADDRESS);
  const router = await createRouterWorkerFromEnv(env, logger);
  let health: HealthServer | undefined;
  try {
    if (env.HEALTH_BIND_ADDRESS) {
      health = await startHealthServer(env.HEALTH_BIND_ADDRESS, router);
      logger.info({ health: health.address }, 'health endpoints listening');
    }
    logger.info(
      {
        address: env.TEMPORAL_ADDRESS,
        namespace: env.TEMPORAL_NAMESPACE,
        taskQueue: env.TEMPORAL_TASK_QUEUE,
        version: router.version ?? 'unversioned',
        metrics: env.PROMETHEUS_BIND_ADDRESS ?? 'off',
      },
      'worker polling',
    );
    await router.worker.run(); // resolves after SIGINT/SIGTERM once in-flight tasks drained
  } finally {
    await health?.close();
    await router.close();
    logger.info('worker stopped');
  }
}

main().catch((err) => {
  const message = err instanceof ConfigError ? err.message : `worker failed: ${(err as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
