/**
 * One authenticated SDK call: a valid token first, a single log-in-again-and-retry after a 401, then
 * classification of anything else. No other retry happens here: Temporal owns retries and backoff.
 */
import type { z } from 'zod';
import { parseGenesysPayload } from '../../domain/transcript/genesysSchemas';
import type { Logger } from '../logger';
import { RoutingError } from '../../contracts/failures';
import { classifyGenesysError, correlationIdOf, errorFacts, type ClassifyContext } from './errors';
import type { ExtendedResponse, GenesysSdk } from './sdkClient';
import type { TokenCache } from './tokenCache';

export interface CallDeps {
  sdk: GenesysSdk;
  tokens: TokenCache;
  logger: Logger;
}

/** Resolve with the promise, or reject as soon as the activity is cancelled (the SDK takes no AbortSignal). */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export async function callGenesys<S extends z.ZodType>(
  deps: CallDeps,
  request: (sdk: GenesysSdk) => Promise<ExtendedResponse>,
  parse: { schema: S; payloadName: string },
  ctx: ClassifyContext & { signal?: AbortSignal },
): Promise<z.output<S>> {
  // The token the SDK sends is read when the request starts; remember it so a 401 renews only that token.
  let sentToken = '';
  const send = () => {
    sentToken = deps.sdk.currentAccessToken() ?? '';
    return abortable(request(deps.sdk), ctx.signal);
  };
  let response: ExtendedResponse;
  try {
    await abortable(deps.tokens.token().catch(rejectAsLoginFailure), ctx.signal);
    response = await send().catch(async (error: unknown) => {
      if (ctx.signal?.aborted || errorFacts(error).status !== 401) throw error;
      deps.logger.info(
        { operation: ctx.operation, correlationId: correlationIdOf(errorFacts(error)) },
        'genesys token refused; logging in again once',
      );
      await abortable(deps.tokens.renewAfterRejection(sentToken).catch(rejectAsLoginFailure), ctx.signal);
      return send();
    });
  } catch (error) {
    if (ctx.signal?.aborted) throw ctx.signal.reason ?? error;
    const failure = isFailure(error) ? error : classifyGenesysError(error, ctx);
    deps.logger.warn(
      { operation: ctx.operation, failureType: failure.type, ...failure.details },
      'genesys call failed',
    );
    throw failure;
  }
  return parseGenesysPayload(parse.schema, response.body, parse.payloadName);
}

const rejectAsLoginFailure = (error: unknown): Promise<never> =>
  Promise.reject(
    isFailure(error) ? error : classifyGenesysError(error, { operation: 'login (client credentials)', login: true }),
  );

const isFailure = (error: unknown): error is RoutingError => error instanceof RoutingError;
