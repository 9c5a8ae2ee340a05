/** The real streaming gateway client pointed at a loopback gateway simulator, as the benches that stream use it. */
import { createGatewayClient, type GatewayClient } from '../infra/gateway/client';
import { createLogger } from '../infra/logger';
import type { GatewaySimulator } from '../simulators/gateway/server';

export function benchGatewayClient(sim: GatewaySimulator): GatewayClient {
  return createGatewayClient({
    baseUrl: sim.url,
    apiKey: sim.apiKey,
    path: '/v1/chat/completions',
    format: 'openai',
    retryAfterMaxSeconds: 60,
    stallTimeoutSeconds: 30,
    logger: createLogger({ level: 'silent' }),
  });
}
