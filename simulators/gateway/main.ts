/**
 * The gateway simulator as a process:  tsx simulators/gateway/main.ts --port 8090 [--chunk-delay-ms 25]
 * The key comes from --api-key, else LLM_GATEWAY_KEY, else the simulator default; it is never printed.
 */
import { parseArgs } from 'node:util';
import { createLogger } from '../../infra/logger';
import { startGatewaySimulator } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8090' },
      'api-key': { type: 'string' },
      'chunk-delay-ms': { type: 'string', default: '25' },
    },
  });
  const port = Number(values.port);
  const chunkDelayMs = Number(values['chunk-delay-ms']);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error('--port must be a whole number from 0 to 65535');
  if (!Number.isFinite(chunkDelayMs) || chunkDelayMs < 0) throw new Error('--chunk-delay-ms must be a number >= 0');
  const log = createLogger({ name: 'gateway-simulator' });
  const sim = await startGatewaySimulator({
    port,
    chunkDelayMs,
    apiKey: values['api-key'] ?? process.env.LLM_GATEWAY_KEY,
  });
  log.info({ url: sim.url, chunkDelayMs }, 'LLM gateway simulator listening');
  const stop = () => void sim.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: Error) => {
  console.error(`gateway simulator failed to start: ${err.message}`);
  process.exit(1);
});
