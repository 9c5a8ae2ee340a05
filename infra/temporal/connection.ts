import { connect as tcpConnect } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { Env } from '../../config/env';

/** Temporal's frontend did not answer: names the address and why (refused, unknown host, no answer in time). */
export class TemporalUnreachableError extends Error {
  override name = 'TemporalUnreachableError';
  constructor(
    readonly address: string,
    readonly reason: string,
  ) {
    super(`cannot reach Temporal at ${address} (TEMPORAL_ADDRESS): ${reason}`);
  }
}

export interface ConnectOptions {
  /** Give up on an unreachable frontend after about this long; the SDK's own default waits 10 s per try. */
  failFastMs?: number;
}

export async function connectClient(
  env: Pick<Env, 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE'>,
  dataConverter?: DataConverter,
  options: ConnectOptions = {},
): Promise<Client> {
  const address = env.TEMPORAL_ADDRESS;
  let connection: Connection;
  if (options.failFastMs === undefined) {
    connection = await Connection.connect({ address });
  } else {
    // A plain TCP probe first: it tells "refused" and "unknown host" apart at once, where gRPC only says "deadline".
    const half = Math.floor(options.failFastMs / 2);
    await probeTcp(address, half);
    connection = await Connection.connect({ address, connectTimeout: half }).catch((err: Error) => {
      throw new TemporalUnreachableError(address, `no Temporal frontend answered within ${half} ms (${err.message})`);
    });
  }
  return new Client({ connection, namespace: env.TEMPORAL_NAMESPACE, dataConverter });
}

async function probeTcp(address: string, timeoutMs: number): Promise<void> {
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(address);
  if (!match) throw new TemporalUnreachableError(address, 'not a host:port address');
  const [, host, port] = match;
  await new Promise<void>((resolve, reject) => {
    const socket = tcpConnect({ host, port: Number(port), timeout: timeoutMs });
    const fail = (reason: string) => {
      socket.destroy();
      reject(new TemporalUnreachableError(address, reason));
    };
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
    socket.once('timeout', () => fail(`no answer within ${timeoutMs} ms`));
    socket.once('error', (err: NodeJS.ErrnoException) => fail(describeSocketError(err, host)));
  });
}

function describeSocketError(err: NodeJS.ErrnoException, host: string): string {
  if (err.code === 'ECONNREFUSED') return 'connection refused (is the server running?)';
  if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') return `unknown host ${host}`;
  if (err.code === 'EHOSTUNREACH' || err.code === 'ENETUNREACH') return 'host unreachable';
  return err.code ?? err.message;
}
