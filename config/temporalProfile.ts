/**
 * Where Temporal is and how to reach it, resolved exactly as the Temporal CLI and the other SDKs do
 * (@temporalio/envconfig): the TOML profile (TEMPORAL_CONFIG_FILE, else the user's temporalio/temporal.toml;
 * profile TEMPORAL_PROFILE, else `default`), then TEMPORAL_* variables override it field by field.
 */
import { loadClientConfigProfile, type ClientConfigProfile } from '@temporalio/envconfig';
import { ConfigError } from './errors';

export const DEFAULT_TEMPORAL_ADDRESS = '127.0.0.1:7233';
export const DEFAULT_TEMPORAL_NAMESPACE = 'default';

export interface TemporalProfile extends ClientConfigProfile {
  address: string;
  namespace: string;
}

export function resolveTemporalProfile(source: NodeJS.ProcessEnv): TemporalProfile {
  // Our convention everywhere: a variable set to blank is unset (envconfig would treat it as a value).
  const variables: Record<string, string> = {};
  for (const [key, value] of Object.entries(source))
    if (value !== undefined && value.trim() !== '') variables[key] = value.trim();
  let profile: ClientConfigProfile;
  try {
    profile = loadClientConfigProfile({ overrideEnvVars: variables });
  } catch (err) {
    const where = variables.TEMPORAL_CONFIG_FILE
      ? `TEMPORAL_CONFIG_FILE ${variables.TEMPORAL_CONFIG_FILE}`
      : 'the Temporal config file';
    throw new ConfigError(
      `invalid Temporal profile (${where}${variables.TEMPORAL_PROFILE ? `, TEMPORAL_PROFILE ${variables.TEMPORAL_PROFILE}` : ''}): ${(err as Error).message}`,
    );
  }
  return {
    ...profile,
    address: profile.address ?? DEFAULT_TEMPORAL_ADDRESS,
    namespace: profile.namespace ?? DEFAULT_TEMPORAL_NAMESPACE,
  };
}
