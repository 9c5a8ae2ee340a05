import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { Env } from '../../config/env';

export async function connectClient(
  env: Pick<Env, 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE'>,
  dataConverter?: DataConverter,
  options: { connectTimeoutMs?: number } = {},
): Promise<Client> {
  const connection = await Connection.connect({
    address: env.TEMPORAL_ADDRESS,
    connectTimeout: options.connectTimeoutMs,
  });
  return new Client({ connection, namespace: env.TEMPORAL_NAMESPACE, dataConverter });
}
