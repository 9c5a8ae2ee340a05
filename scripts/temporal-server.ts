/** `npm run temporal`: the dev server with Web UI and SQLite persistence, until Ctrl-C. */
import path from 'node:path';
import { PROJECT_ROOT } from '../infra/temporal/cli';
import { startDevServer } from '../infra/temporal/devServer';

async function main(): Promise<void> {
  const server = await startDevServer({ dbFile: path.join(PROJECT_ROOT, '.data', 'temporal.db') });
  process.stdout.write(`Temporal ${server.address}  Web UI ${server.uiUrl}  (${server.origin})\n`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
