/**
 * The one way anything here connects to Temporal: worker, CLI, demo and tests use the profile resolved in
 * config/temporalProfile (same variables and TOML profiles as the Temporal CLI). An API key implies TLS.
 * The worker's native connection (workerConnection.ts) takes the same options; the CLI never loads the native bridge.
 */
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { toClientOptions } from '@temporalio/envconfig';
import type { Env } from '../../config/env';
import { ConfigError } from '../../config/errors';
import { TemporalUnreachableError } from './probe';

export type TemporalEnv = Pick<Env, 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE' | 'temporalProfile'>;

/** Connection options for the resolved profile; certificate files are read here, at connect time. */
export function connectionOptions(env: TemporalEnv) {
  try {
    const { connectionOptions: options } = toClientOptions({ ...env.temporalProfile, address: env.TEMPORAL_ADDRESS });
    return { ...options, address: env.TEMPORAL_ADDRESS };
  } catch (err) {
    // A missing or unreadable certificate file: name the file, as the error already does.
    throw new ConfigError(`Temporal TLS configuration: ${(err as Error).message}`);
  }
}

export function connectConnection(env: TemporalEnv, options: { connectTimeoutMs?: number } = {}): Promise<Connection> {
  const connect = { ...connectionOptions(env), connectTimeout: options.connectTimeoutMs };
  return explainFailure(env, () => Connection.connect(connect));
}

export async function connectClient(
  env: TemporalEnv,
  dataConverter?: DataConverter,
  options: { connectTimeoutMs?: number } = {},
): Promise<Client> {
  const connection = await connectConnection(env, options);
  return new Client({ connection, namespace: env.TEMPORAL_NAMESPACE, dataConverter });
}

/** A failure names the address, whether TLS was on, and the cause; the API key never appears in it. */
export async function explainFailure<T>(env: TemporalEnv, connect: () => Promise<T>): Promise<T> {
  try {
    return await connect();
  } catch (err) {
    const transport = connectionOptions(env).tls ? 'over TLS' : 'in plain text';
    const key = env.temporalProfile.apiKey;
    let cause = err instanceof Error ? err.message : String(err);
    if (key) cause = cause.split(key).join('[TEMPORAL_API_KEY]');
    throw new TemporalUnreachableError(env.TEMPORAL_ADDRESS, `${cause} (${transport})`);
  }
}
