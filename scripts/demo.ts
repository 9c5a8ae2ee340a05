/**
 * `npm run demo`: the whole product on embedded defaults. Starts the Temporal dev server (Web UI),
 * a simulator for every unconfigured outside service, the codec server and a worker; routes each
 * sample interaction; prints the outcome of each and exits 0 when all ended as expected.
 * `npm start` (--stay) does the same and keeps everything up until Ctrl-C.
 */
import path from 'node:path';
import { loadEnv } from '../config/env';
import { ConfigError } from '../config/errors';
import { DEFAULT_TEMPORAL_ADDRESS } from '../config/temporalProfile';
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
    PROMETHEUS_BIND_ADDRESS: '127.0.0.1:9464',
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
    // A Temporal configured anywhere (variable, profile file, TLS or API key) is used; otherwise the demo runs its own.
    const temporalConfigured =
      Boolean(process.env.TEMPORAL_ADDRESS) ||
      env.TEMPORAL_ADDRESS !== DEFAULT_TEMPORAL_ADDRESS ||
      Boolean(env.temporalProfile.apiKey || env.temporalProfile.tls);
    if (!temporalConfigured) {
      server = await startDevServer({ dbFile: path.join(DATA_DIR, 'temporal.db'), codecEndpoint: encryption.codecUrl });
      cleanups.push(() => server!.stop());
    }
    const worker = await startInProcessWorker(env, path.join(DATA_DIR, 'router.log'));
    cleanups.push(() => worker.stop());

    say(`Temporal   ${env.TEMPORAL_ADDRESS}${server ? ` (dev server: ${server.origin})` : ''}`);
    say(
      `Web UI     ${env.TEMPORAL_UI_URL}   codec server ${encryption.codecUrl} (bearer token in ${encryption.tokenFile})`,
    );
    say(`Decoded    ${encryption.webUiHint}`);
    say(`Genesys    ${services.genesys ? `simulator ${services.genesys.url}` : 'configured endpoint'}`);
    say(`Gateway    ${services.gateway ? `simulator ${services.gateway.url}` : 'configured endpoint'}`);
    say(`Metrics    http://${env.PROMETHEUS_BIND_ADDRESS}/metrics (SDK and router_* metrics)`);
    say(`Logs       ${worker.logFile}   audit ${env.AUDIT_DATABASE_URL ? 'PostgreSQL' : env.AUDIT_LOG_PATH}`);
    say();

    const client = worker.client;
    const outcomes = await Promise.all(SAMPLE_INTERACTIONS.map((sample) => routeSample(client, env, sample)));
    for (const outcome of outcomes) outcome.lines.forEach((line) => say(line));
    const unexpected = outcomes.filter((o) => !o.asExpected);
    say(
      unexpected.length === 0
        ? 'All sample routings ended in their expected state.'
        : `${unexpected.length} routing(s) did not end as expected.`,
    );
    if (env.PROMETHEUS_BIND_ADDRESS) say(await routingsMetricSummary(env.PROMETHEUS_BIND_ADDRESS));

    if (stay) {
      const keyEnv =
        process.env.PAYLOAD_ENCRYPTION_KEY || process.env.PAYLOAD_ENCRYPTION_KEY_FILE
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

/** What the worker's own endpoint now says about the routings, to show the metrics are live. */
async function routingsMetricSummary(bind: string): Promise<string> {
  try {
    const text = await (await fetch(`http://${bind}/metrics`)).text();
    const routings = text.split('\n').filter((l) => l.startsWith('router_routings{'));
    const count = (state: string) =>
      routings.filter((l) => l.includes(`final_state="${state}"`)).reduce((n, l) => n + Number(l.split(' ').pop()), 0);
    return `Metrics    router_routings since start: ${['completed', 'blocked', 'failed', 'cancelled'].map((s) => `${s} ${count(s)}`).join(', ')}`;
  } catch (err) {
    return `Metrics    unavailable: ${(err as Error).message}`;
  }
}

main(process.argv.includes('--stay')).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : ((err as Error).stack ?? String(err))}\n`);
    process.exit(1);
  },
);
