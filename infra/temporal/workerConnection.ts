import { NativeConnection } from '@temporalio/worker';
import { connectionOptions, explainFailure, type TemporalEnv } from './connection';

/** The worker's connection: the same resolved profile and failure message as every client. */
export function connectNative(env: TemporalEnv): Promise<NativeConnection> {
  const options = connectionOptions(env);
  return explainFailure(env, () => NativeConnection.connect(options));
}
