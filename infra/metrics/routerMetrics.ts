/**
 * The router's own metrics, recorded through the Temporal SDK's metric meter (activity `Context.metricMeter`), so
 * they leave the worker on the same Prometheus endpoint as the SDK's metrics. Labels are closed sets (final state,
 * profile, model, step, PII type, verdict): never an id, a text or a value.
 */
import type { MetricMeter } from '@temporalio/common';
import type { AuditEntry } from '../../contracts/routingState';
import type { DispatchMetrics, SanitizationReport } from '../../contracts/results';

export const RouterMetricNames = {
  routings: 'router_routings',
  stepRetries: 'router_step_retries',
  firstToken: 'router_dispatch_first_token_ms',
  dispatchLatency: 'router_dispatch_latency_ms',
  tokensIn: 'router_tokens_in',
  tokensOut: 'router_tokens_out',
  dispatchCost: 'router_dispatch_cost_micro_usd',
  piiRedactions: 'router_pii_redactions',
  screeningVerdicts: 'router_screening_verdicts',
  guardVerdicts: 'router_injection_guard_verdicts',
  guardLatency: 'router_injection_guard_latency_ms',
} as const;

/** LLM streams take from tens of milliseconds to minutes: the SDK's default buckets stop too early. */
const LATENCY_BUCKETS_MS = [50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000, 60_000, 120_000, 300_000];
export const ROUTER_HISTOGRAM_BUCKETS: Record<string, number[]> = {
  [RouterMetricNames.firstToken]: LATENCY_BUCKETS_MS,
  [RouterMetricNames.dispatchLatency]: LATENCY_BUCKETS_MS,
  [RouterMetricNames.guardLatency]: LATENCY_BUCKETS_MS,
};

/** One successful dispatch: how fast the gateway answered and how many tokens went each way. */
export function recordDispatch(meter: MetricMeter, model: string, metrics: Omit<DispatchMetrics, 'attempt'>): void {
  const tags = { model, usage_source: metrics.usage.source };
  if (metrics.timeToFirstTokenMs !== null) {
    meter
      .createHistogram(RouterMetricNames.firstToken, 'int', 'ms', 'Dispatch time to first token')
      .record(Math.round(metrics.timeToFirstTokenMs), { model });
  }
  meter
    .createHistogram(RouterMetricNames.dispatchLatency, 'int', 'ms', 'Dispatch total latency')
    .record(Math.round(metrics.latencyMs), { model });
  meter
    .createCounter(RouterMetricNames.tokensIn, 'tokens', 'Prompt tokens sent to the gateway')
    .add(metrics.usage.prompt_tokens, tags);
  meter
    .createCounter(RouterMetricNames.tokensOut, 'tokens', 'Completion tokens received')
    .add(metrics.usage.completion_tokens, tags);
  // Micro-dollars: the SDK's counters are whole numbers, and one request often costs a fraction of a cent.
  if (metrics.cost) {
    meter
      .createCounter(RouterMetricNames.dispatchCost, 'micro-USD', 'Dispatch cost (gateway figure or matrix price)')
      .add(Math.round(metrics.cost.usd * 1_000_000), { model, cost_source: metrics.cost.source });
  }
}

/** One sanitization: PII found by type, the screening verdict and the guard's, when it was asked (counts only). */
export function recordSanitization(meter: MetricMeter, profile: string, report: SanitizationReport): void {
  const pii = meter.createCounter(RouterMetricNames.piiRedactions, 'values', 'PII values redacted, by type');
  for (const [piiType, count] of Object.entries(report.pii))
    if (count > 0) pii.add(count, { pii_type: piiType, profile });
  meter
    .createCounter(RouterMetricNames.screeningVerdicts, 'transcripts', 'Prompt-injection screening verdicts')
    .add(1, { verdict: report.injection.verdict, policy: report.injection.policy, profile });
  if (report.guard) {
    const { model, verdict, latencyMs } = report.guard;
    meter
      .createCounter(RouterMetricNames.guardVerdicts, 'transcripts', 'Injection guard answers (and timeouts, failures)')
      .add(1, { model, verdict, local_verdict: report.injection.verdict, profile });
    meter
      .createHistogram(RouterMetricNames.guardLatency, 'int', 'ms', 'Injection guard latency')
      .record(latencyMs, { model });
  }
}

/** One routing run, once, from its audit record: how it ended and how often each step was retried. */
export function recordRoutingOutcome(
  meter: MetricMeter,
  entry: Pick<AuditEntry, 'finalState' | 'profile' | 'steps'>,
): void {
  meter
    .createCounter(RouterMetricNames.routings, 'routings', 'Routing runs by final state and profile')
    .add(1, { final_state: entry.finalState, profile: entry.profile });
  const retries = meter.createCounter(RouterMetricNames.stepRetries, 'retries', 'Activity retries per routing step');
  for (const [step, progress] of Object.entries(entry.steps)) {
    const attempt = progress?.attempt ?? 1;
    if (attempt > 1) retries.add(attempt - 1, { step });
  }
}
