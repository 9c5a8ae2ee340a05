/**
 * `npm run demo`: the whole product on embedded defaults. Starts the Temporal dev server (Web UI),
 * a simulator for every unconfigured outside service, the codec server and a worker; routes each
 * sample interaction; prints the outcome of each and exits 0 when all ended as expected.
 * `npm start` (--stay) does the same and keeps everything up until Ctrl-C.
 */
import path from 'node:path';
import { loadEnv } from '../config/env';
import { ConfigError } from '../config/errors';
import { PROJECT_ROOT } from '../infra/temporal/cli';
import { startDevServer, type DevServer } from '../infra/temporal/devServer';
import { SAMPLE_INTERACTIONS } from '../simulators/genesys/samples';
import { startSimulatorsForUnsetServices } from '../simulators/stack';
import { prepareDemoEncryption } from './demo/encryption';
import { routeSample } from './demo/routeSample';
import { startInProcessWorker } from './demo/worker';

const DATA_DIR = path.join(PROJECT_ROOT, '.data');

async function main(stay: boolean): Promise<number> {
  const baseEnv = loadEnv({
    AUDIT_LOG_PATH: path.join(DATA_DIR, 'audit.jsonl'),
    VECTOR_STORE_DIR: path.join(DATA_DIR, 'vectors'),
    ...process.env,
  });
  const say = (line = '') => process.stdout.write(`${line}\n`);
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const services = await startSimulatorsForUnsetServices(baseEnv);
    cleanups.push(() => services.stop());
    const encryption = await prepareDemoEncryption(services.env, DATA_DIR);
    cleanups.push(() => encryption.stop());
    const env = encryption.env;

    let server: DevServer | undefined;
    if (!process.env.TEMPORAL_ADDRESS) {
      server = await startDevServer({ dbFile: path.join(DATA_DIR, 'temporal.db'), codecEndpoint: encryption.codecUrl });
      cleanups.push(() => server!.stop());
    }
    const worker = await startInProcessWorker(env, path.join(DATA_DIR, 'router.log'));
    cleanups.push(() => worker.stop());

    say(`Temporal   ${env.TEMPORAL_ADDRESS}${server ? ` (dev server: ${server.origin})` : ''}`);
    say(`Web UI     ${env.TEMPORAL_UI_URL}   codec server ${encryption.codecUrl} (bearer token in ${encryption.tokenFile})`);
    say(`Decoded    ${encryption.webUiHint}`);
    say(`Genesys    ${services.genesys ? `simulator ${services.genesys.url}` : 'configured endpoint'}`);
    say(`Gateway    ${services.gateway ? `simulator ${services.gateway.url}` : 'configured endpoint'}`);
    say(`Logs       ${worker.logFile}   audit ${env.AUDIT_DATABASE_URL ? 'PostgreSQL' : env.AUDIT_LOG_PATH}`);
    say();

    const client = worker.client;
    const outcomes = await Promise.all(SAMPLE_INTERACTIONS.map((sample) => routeSample(client, env, sample)));
    for (const outcome of outcomes) outcome.lines.forEach((line) => say(line));
    const unexpected = outcomes.filter((o) => !o.asExpected);
    say(unexpected.length === 0 ? 'All sample routings ended in their expected state.' : `${unexpected.length} routing(s) did not end as expected.`);

    if (stay) {
      const keyEnv = process.env.PAYLOAD_ENCRYPTION_KEY || process.env.PAYLOAD_ENCRYPTION_KEY_FILE
        ? ''
        : `PAYLOAD_ENCRYPTION_KEY_FILE=${path.relative(process.cwd(), env.PAYLOAD_ENCRYPTION_KEY_FILE!)} PAYLOAD_ENCRYPTION_KEY_ID=demo `;
      say(`\nUp until Ctrl-C. In another terminal (the CLI needs the demo's key to read encrypted payloads):`);
      say(`  ${keyEnv}npm run -s cli -- status ${SAMPLE_INTERACTIONS[0]!.id}`);
      say(`  ${keyEnv}npm run -s cli -- replay ${SAMPLE_INTERACTIONS[1]!.id} --profile complex --wait`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
    }
    return unexpected.length === 0 ? 0 : 1;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

main(process.argv.includes('--stay')).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : (err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
