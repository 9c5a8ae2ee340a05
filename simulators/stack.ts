/**
 * Starts a simulator for each outside service the configuration leaves unset and returns the
 * configuration that points at them. Configured real endpoints are used as they are.
 */
import type { Env } from '../config/env';
import { startGatewaySimulator, type GatewaySimulator } from './gateway/server';
import { startGenesysSimulator, type GenesysSimulator } from './genesys/server';

export interface SimulatedServices {
  env: Env;
  genesys?: GenesysSimulator;
  gateway?: GatewaySimulator;
  stop(): Promise<void>;
}

export async function startSimulatorsForUnsetServices(
  env: Env,
  ports: { genesys?: number; gateway?: number } = {},
): Promise<SimulatedServices> {
  const next: Env = { ...env };
  let genesys: GenesysSimulator | undefined;
  let gateway: GatewaySimulator | undefined;
  if (!env.GENESYS_CLIENT_ID) {
    genesys = await startGenesysSimulator({ port: ports.genesys ?? 0 });
    next.GENESYS_CLIENT_ID = genesys.credentials.clientId;
    next.GENESYS_CLIENT_SECRET = genesys.credentials.clientSecret;
    next.GENESYS_GATEWAY_URL = genesys.url;
  }
  if (!env.LLM_GATEWAY_URL) {
    gateway = await startGatewaySimulator({ port: ports.gateway ?? 0 });
    next.LLM_GATEWAY_URL = gateway.url;
    next.LLM_GATEWAY_KEY = gateway.apiKey;
  }
  return {
    env: next,
    genesys,
    gateway,
    async stop() {
      await Promise.allSettled([genesys?.close(), gateway?.close()]);
    },
  };
}
