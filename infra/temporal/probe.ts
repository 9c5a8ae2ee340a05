/**
 * Why a Temporal address does not answer, told apart at once: a plain TCP connect says "refused", "unknown host" or
 * "no answer", where a gRPC connect only reports its deadline. The CLI probes first so an operator learns the cause
 * within seconds.
 */
import { connect } from 'node:net';

/** Temporal's frontend did not answer: names the address and why. */
export class TemporalUnreachableError extends Error {
  override name = 'TemporalUnreachableError';
  constructor(
    readonly address: string,
    readonly reason: string,
  ) {
    super(`cannot reach Temporal at ${address} (TEMPORAL_ADDRESS): ${reason}`);
  }
}

export async function probeTemporalAddress(address: string, timeoutMs: number): Promise<void> {
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(address);
  if (!match) throw new TemporalUnreachableError(address, 'not a host:port address');
  const [, host, port] = match;
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port: Number(port), timeout: timeoutMs });
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
