/**
 * Standalone Genesys Cloud simulator for the demo:  tsx simulators/genesys/main.ts --port 8089 [--token-ttl 86399]
 * Point the router at it with GENESYS_GATEWAY_URL=http://127.0.0.1:8089 and the printed credentials.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SAMPLE_INTERACTIONS, SAMPLE_INTERVAL } from './samples';
import { startGenesysSimulator } from './server';

const ArgsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535, 'must be a port number 0-65535').default(8089),
  'token-ttl': z.coerce.number().int().positive('must be a positive number of seconds').optional(),
});

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, 'token-ttl': { type: 'string' } } });
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  const sim = await startGenesysSimulator({ port: parsed.data.port, tokenTtlSeconds: parsed.data['token-ttl'] });
  // The simulator's credentials are fixed, public test values; printing them is how the demo is wired.
  console.log(`Genesys simulator listening on ${sim.url}`);
  console.log(
    `  GENESYS_GATEWAY_URL=${sim.url} GENESYS_CLIENT_ID=${sim.credentials.clientId} GENESYS_CLIENT_SECRET=${sim.credentials.clientSecret}`,
  );
  console.log(`  samples (route-batch --interval ${SAMPLE_INTERVAL}):`);
  for (const s of SAMPLE_INTERACTIONS)
    console.log(`    ${s.id}  ${s.mediaType.padEnd(7)} expected ${s.expected.padEnd(9)} ${s.title}`);
  const stop = () => {
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`genesys simulator failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
