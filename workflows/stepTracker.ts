import type { RoutingStatus, Stage, StepName } from '../contracts/routing';

/** Keeps the `status` query's stage, attempts and timings current as each step runs (workflow time only). */
export class StepTracker {
  constructor(private readonly status: RoutingStatus) {}

  async run<T>(step: StepName, stage: Stage, call: () => Promise<T>): Promise<T> {
    this.status.stage = stage;
    const startedAt = Date.now();
    const timing: RoutingStatus['timings'][StepName] = { startedAt: new Date(startedAt).toISOString() };
    this.status.timings[step] = timing;
    try {
      const result = await call();
      const attempt = (result as { attempt?: unknown } | undefined)?.attempt;
      if (typeof attempt === 'number') this.status.attempts[step] = attempt;
      return result;
    } finally {
      const endedAt = Date.now();
      timing!.endedAt = new Date(endedAt).toISOString();
      timing!.durationMs = endedAt - startedAt;
    }
  }
}
