/**
 * `tsx infra/codec/main.ts`: the codec server for the Web UI and the CLI (`temporal workflow show
 * --codec-endpoint http://127.0.0.1:8888 --codec-auth "Bearer $CODEC_SERVER_TOKEN"`; the Web UI signs in at /session).
 * Needs the same keys as the worker and CODEC_SERVER_TOKEN; logs the URL, never the token or keys.
 */
import { loadEnv } from '../../config/env';
import { createLogger } from '../logger';
import { startCodecServer } from './codecServer';
import { loadKeyring } from './keyring';

async function main(): Promise<void> {
  const env = loadEnv();
  const log = createLogger({ name: 'codec-server', level: env.LOG_LEVEL });
  const keyring = loadKeyring(env);
  if (!keyring)
    throw new Error(
      'PAYLOAD_ENCRYPTION_KEY or PAYLOAD_ENCRYPTION_KEY_FILE must be set: there is nothing to decode without a key',
    );
  if (!env.CODEC_SERVER_TOKEN)
    throw new Error('CODEC_SERVER_TOKEN must be set: the codec server never runs without authentication');
  const server = await startCodecServer({
    port: env.CODEC_SERVER_PORT,
    host: env.CODEC_SERVER_HOST,
    keyring,
    token: env.CODEC_SERVER_TOKEN,
    corsOrigin: env.TEMPORAL_UI_URL,
  });
  log.info(
    { url: server.url, activeKeyId: keyring.activeKeyId, keyIds: [...keyring.keys.keys()] },
    'codec server listening',
  );
  const stop = (signal: string) => {
    log.info({ signal }, 'codec server stopping');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  // ConfigError messages name the variable, never its value.
  console.error(`codec server failed to start: ${error.message}`);
  process.exit(1);
});
