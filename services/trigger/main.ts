/**
 * `npm run trigger`: the trigger service process. Validates configuration, connects a Temporal client (the same
 * payload codec as the worker, so routing inputs are encrypted in history), listens on TRIGGER_HOST:TRIGGER_PORT.
 */
import { Client, Connection } from '@temporalio/client';
import { loadEnv, type Env } from '../../config/env';
import { ConfigError } from '../../config/errors';
import { loadModelMatrix, resolveProfile } from '../../config/modelMatrix';
import { routingStarter } from '../../client/routing';
import { createDataConverter, loadKeyring } from '../../infra/codec';
import { createLogger, type Logger } from '../../infra/logger';
import { connectionOptions } from '../../infra/temporal/connection';
import { startTriggerServer, type TriggerServer } from './server';

/** How long one start may wait on Temporal before the sender is told 503 and to come back. */
const START_DEADLINE_MS = 10_000;

export async function startTriggerFromEnv(
  env: Env,
  logger: Logger,
  client?: Client,
): Promise<TriggerServer & { client: Client }> {
  if (!env.TRIGGER_TOKEN && !env.TRIGGER_HMAC_SECRET)
    throw new ConfigError(
      'TRIGGER_TOKEN or TRIGGER_HMAC_SECRET is required: the trigger service never accepts unauthenticated events',
    );
  const models = loadModelMatrix(env.ROUTER_MODELS_FILE);
  if (!resolveProfile(models, env.TRIGGER_PROFILE))
    throw new ConfigError(`TRIGGER_PROFILE: unknown profile "${env.TRIGGER_PROFILE}"`);
  // A lazy connection: the service listens even while Temporal is down, answering 503 + Retry-After until it is back.
  const temporal =
    client ??
    new Client({
      connection: Connection.lazy(connectionOptions(env)), // the same TLS / API key profile as every client
      namespace: env.TEMPORAL_NAMESPACE,
      dataConverter: createDataConverter(loadKeyring(env)),
    });
  const server = await startTriggerServer({
    host: env.TRIGGER_HOST,
    port: env.TRIGGER_PORT,
    token: env.TRIGGER_TOKEN,
    hmacSecret: env.TRIGGER_HMAC_SECRET,
    defaultProfile: env.TRIGGER_PROFILE,
    isKnownProfile: (name) => resolveProfile(models, name) !== undefined,
    startRouting: routingStarter(temporal, env.TEMPORAL_TASK_QUEUE, 'trigger', START_DEADLINE_MS),
    logger,
  });
  return { ...server, client: temporal };
}

async function main(): Promise<void> {
  const env = loadEnv();
  const logger = createLogger({ name: 'trigger', level: env.LOG_LEVEL });
  const trigger = await startTriggerFromEnv(env, logger);
  logger.info({ url: trigger.url, taskQueue: env.TEMPORAL_TASK_QUEUE }, 'trigger service listening');
  const stop = (signal: string) => {
    logger.info({ signal, counters: trigger.counters.snapshot() }, 'trigger service stopping');
    trigger
      .close()
      .then(() => trigger.client.connection.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: Error) => {
    const message = error instanceof ConfigError ? error.message : `trigger service failed to start: ${error.message}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  });
}
