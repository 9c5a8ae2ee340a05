/**
 * Heartbeats on a clock: an activity records its latest details as often as it likes, and they reach the SDK once
 * per tick: one second after the start, then at every interval from the start. A step that finishes within the first
 * second (nearly every fetch and dispatch) sends none.
 *
 * Why not at the start and on every step, as before: each `heartbeat()` call costs the worker an encoding through the
 * payload codec and a call into the core SDK, and the core sends the first heartbeat of an attempt to the server at
 * once (later ones at most once per throttle interval, 1 s in workers/worker.ts). Measured with `npm run bench:e2e`
 * (README "What a routing costs"): about four heartbeat calls and two server round trips per routing, none of which
 * could tell a short step anything.
 *
 * Cancellation: the server tells an activity only in a heartbeat's response. After the start's heartbeat the next
 * could leave no sooner than one throttle interval later, which is when the first tick leaves now. Dispatch ticks every
 * second, so a cancellation waits at most a second (before: the first chunk after the core's one-second throttle, or
 * the 5 s timer when no chunk came); fetch's ticks fall where its old 5 s timer's did, plus the one at a second.
 * Liveness is held by the heartbeat timeout (30 s) against a tick of at most 5 s. Details that must survive the
 * attempt (a checkpoint) are still sent at once with `now()`.
 */
import type { Context } from '@temporalio/activity';

/** The worker's heartbeat throttle interval (workers/worker.ts): the soonest a second heartbeat could leave. */
export const FIRST_HEARTBEAT_AFTER_MS = 1_000;

export interface HeartbeatClock<T> {
  /** Records the latest details; the next tick sends them. */
  update(details: T): void;
  /** Records and sends at once (details a retry needs, such as a checkpoint). */
  now(details: T): void;
  stop(): void;
}

export function heartbeatClock<T>(
  context: Pick<Context, 'heartbeat'>,
  options: { everyMs: number; firstAfterMs?: number; details?: T },
): HeartbeatClock<T> {
  let details = options.details;
  const beat = () => context.heartbeat(details);
  // Ticks at every interval from the start, as the old timers did, plus one after the first second when the interval
  // is longer.
  const interval = setInterval(beat, options.everyMs);
  const firstAfterMs = options.firstAfterMs ?? FIRST_HEARTBEAT_AFTER_MS;
  const first = firstAfterMs < options.everyMs ? setTimeout(beat, firstAfterMs) : undefined;
  return {
    update(next) {
      details = next;
    },
    now(next) {
      details = next;
      beat();
    },
    stop() {
      clearTimeout(first);
      clearInterval(interval);
    },
  };
}
