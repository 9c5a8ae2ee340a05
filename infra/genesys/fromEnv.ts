import type { Env } from '../../config/env';
import { ConfigError } from '../../config/errors';
import type { Logger } from '../logger';
import { createGenesysTranscriptSource, type GenesysTranscriptSource } from './transcriptSource';

/** The Genesys source for validated configuration; names the missing credentials. */
export function genesysSourceFromEnv(env: Env, logger: Logger): GenesysTranscriptSource {
  if (!env.GENESYS_CLIENT_ID || !env.GENESYS_CLIENT_SECRET) {
    throw new ConfigError(
      'GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET are required (and GENESYS_GATEWAY_URL for a simulator)',
    );
  }
  return createGenesysTranscriptSource({
    region: env.GENESYS_REGION,
    clientId: env.GENESYS_CLIENT_ID,
    clientSecret: env.GENESYS_CLIENT_SECRET,
    gatewayUrl: env.GENESYS_GATEWAY_URL,
    transcriptWaitSeconds: env.GENESYS_TRANSCRIPT_WAIT_SECONDS,
    transcriptMaxBytes: env.GENESYS_TRANSCRIPT_MAX_BYTES,
    logger,
  });
}
