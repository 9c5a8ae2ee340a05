/**
 * The activity boundary: the one place a RoutingError (domain and infra code stay free of Temporal types) becomes
 * Temporal's ApplicationFailure, with the retry decision from contracts/failures.ts and the server's Retry-After as a
 * durable `nextRetryDelay`. Anything else (cancellation, an SDK error) passes through unchanged.
 */
import { ApplicationFailure } from '@temporalio/common';
import { RoutingError } from '../contracts/failures';

export function toApplicationFailure(err: unknown): unknown {
  if (!(err instanceof RoutingError)) return err;
  return ApplicationFailure.create({
    type: err.type,
    message: err.message,
    nonRetryable: err.nonRetryable,
    nextRetryDelay: err.retryAfterMs,
    details: err.details ? [err.details] : undefined,
    cause: err.cause instanceof Error ? err.cause : undefined,
  });
}

/** Wraps each activity of a factory so its failures leave through toApplicationFailure. */
export function atActivityBoundary<T extends Record<string, (...args: never[]) => Promise<unknown>>>(activities: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, activity] of Object.entries(activities)) {
    const boundary = async (...args: never[]) => {
      try {
        return await activity(...args);
      } catch (err) {
        throw toApplicationFailure(err);
      }
    };
    Object.defineProperty(boundary, 'name', { value: name });
    wrapped[name] = boundary;
  }
  return wrapped as T;
}
