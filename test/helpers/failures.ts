/**
 * The failure a promise rejects with, whichever side of the activity boundary raised it: a RoutingError from domain
 * or infra code, or the ApplicationFailure an activity turned it into. Both read as one shape, so a test asserts the
 * type, retry decision, Retry-After and details the same way on both sides.
 */
import { ApplicationFailure } from '@temporalio/common';
import { RoutingError } from '../../contracts/failures';

export interface RaisedFailure {
  type: string;
  message: string;
  nonRetryable: boolean;
  retryAfterMs?: number;
  details?: Record<string, unknown>;
  raisedAs: 'RoutingError' | 'ApplicationFailure';
}

export function asRaisedFailure(err: unknown): RaisedFailure | undefined {
  if (err instanceof RoutingError) {
    const { type, message, nonRetryable, retryAfterMs, details } = err;
    return { type, message, nonRetryable, retryAfterMs, details, raisedAs: 'RoutingError' };
  }
  if (err instanceof ApplicationFailure) {
    const delay = err.nextRetryDelay;
    return {
      type: err.type ?? 'Error',
      message: err.message,
      nonRetryable: err.nonRetryable === true,
      retryAfterMs: delay === undefined || delay === null ? undefined : Number(delay),
      details: err.details?.[0] as Record<string, unknown> | undefined,
      raisedAs: 'ApplicationFailure',
    };
  }
  return undefined;
}

export async function failureOf(promise: Promise<unknown>): Promise<RaisedFailure> {
  const outcome = await promise.then(
    () => {
      throw new Error('expected the promise to reject with a routing failure');
    },
    (error: unknown) => error,
  );
  const failure = asRaisedFailure(outcome);
  if (!failure) throw outcome;
  return failure;
}

export function failureOfCall(fn: () => unknown): RaisedFailure {
  try {
    fn();
  } catch (err) {
    const failure = asRaisedFailure(err);
    if (failure) return failure;
    throw err;
  }
  throw new Error('expected the call to throw a routing failure');
}
