import { ActivityFailure, ApplicationFailure, TimeoutFailure } from '@temporalio/workflow';
import { describeIssues, type Issue } from '../contracts/issues';

/** The typed reason a routing failed: the failure type our activities raised, or the timeout that fired. */
export function describeFailure(err: unknown): { type: string; message: string } {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  if (cause instanceof ApplicationFailure) return { type: cause.type ?? 'Error', message: cause.message };
  if (cause instanceof TimeoutFailure) {
    const step = err instanceof ActivityFailure ? err.activityType : 'step';
    const kind = cause.timeoutType ?? 'UNSPECIFIED';
    return { type: `${kind}_TIMEOUT`, message: `${step} timed out (${kind.toLowerCase().replace(/_/g, '-')})` };
  }
  if (cause instanceof Error) return { type: cause.name || 'Error', message: cause.message };
  return { type: 'Error', message: 'unknown failure' };
}

/** Names each bad field; never echoes the received values. */
export function describeInvalidInput(issues: readonly Issue[]): string {
  return `invalid routing input: ${describeIssues({ issues })}`;
}
