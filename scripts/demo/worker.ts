import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@temporalio/client';
import type { Env } from '../../config/env';
import { createLogger } from '../../infra/logger';
import { createRouterWorkerFromEnv, installRuntime } from '../../workers/worker';

/** The demo's worker and client, in this process, logging to a file so the console shows only outcomes. */
export async function startInProcessWorker(env: Env, logFile: string) {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const logger = createLogger({
    level: env.LOG_LEVEL,
    name: 'router',
    destination: createWriteStream(logFile, { flags: 'a' }),
  });
  installRuntime(logger, 'warn', env.PROMETHEUS_BIND_ADDRESS);
  const router = await createRouterWorkerFromEnv(env, logger);
  const running = router.worker.run();
  const client = new Client({
    connection: router.connection,
    namespace: env.TEMPORAL_NAMESPACE,
    dataConverter: router.dataConverter,
  });
  return {
    client,
    logFile,
    async stop() {
      router.worker.shutdown();
      await running.catch(() => undefined);
      await router.close();
    },
  };
}
