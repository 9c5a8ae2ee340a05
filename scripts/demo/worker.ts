import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import type { Env } from '../../config/env';
import { createDataConverter, loadKeyring } from '../../infra/codec';
import { createLogger } from '../../infra/logger';
import { buildDependencies } from '../../workers/dependencies';
import { createRouterWorker } from '../../workers/worker';

/** The demo's worker and client, in this process, logging to a file so the console shows only outcomes. */
export async function startInProcessWorker(env: Env, logFile: string) {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const logger = createLogger({ level: env.LOG_LEVEL, name: 'router', destination: createWriteStream(logFile, { flags: 'a' }) });
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry) => logger.warn({ ...entry.meta, sdk: true }, entry.message)),
  });
  const dataConverter = createDataConverter(loadKeyring(env));
  const dependencies = await buildDependencies(env, logger);
  const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  const worker = await createRouterWorker({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    dependencies,
    dataConverter,
  });
  const running = worker.run();
  const client = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE, dataConverter });
  return {
    client,
    logFile,
    async stop() {
      worker.shutdown();
      await running.catch(() => undefined);
      await dependencies.close();
      await connection.close();
    },
  };
}
