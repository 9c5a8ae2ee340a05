/**
 * `list` options to a Temporal visibility query over the router's search attributes, checked first so a typo is
 * named by option instead of coming back as the server's "invalid query".
 */
import { WORKFLOW_TYPE } from '../contracts/routing';
import { ROUTING_OUTCOMES, RoutingOutcomeKey, type RoutingOutcome } from '../contracts/searchAttributes';
import { UsageError } from './errors';

export interface ListOptions {
  outcome?: string;
  since?: string;
}

const DURATION_UNITS_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** `--since`: an ISO-8601 time (`2026-11-20`, `2026-11-20T08:00:00Z`) or a duration back from now (`90m`, `24h`, `7d`). */
export function parseSince(value: string, now: Date): Date {
  const duration = /^(\d+)([smhdw])$/.exec(value.trim());
  if (duration) return new Date(now.getTime() - Number(duration[1]) * DURATION_UNITS_MS[duration[2]]);
  const time = ISO_TIME.test(value.trim()) ? new Date(value.trim()) : undefined;
  if (!time || Number.isNaN(time.getTime())) {
    throw new UsageError(
      `--since: "${value}" is neither an ISO-8601 time (2026-11-20T08:00:00Z) nor a duration such as 30m, 24h or 7d`,
    );
  }
  return time;
}

export function parseOutcome(value: string): RoutingOutcome {
  const outcome = ROUTING_OUTCOMES.find((known) => known === value.trim().toLowerCase());
  if (!outcome) throw new UsageError(`--outcome: unknown outcome "${value}"; known: ${ROUTING_OUTCOMES.join(', ')}`);
  return outcome;
}

/** The visibility query, newest first (Temporal's default order). Values are validated above, so quoting is safe. */
export function buildListQuery(options: ListOptions, now = new Date()): string {
  const clauses = [`WorkflowType = '${WORKFLOW_TYPE}'`];
  if (options.outcome !== undefined) clauses.push(`${RoutingOutcomeKey.name} = '${parseOutcome(options.outcome)}'`);
  if (options.since !== undefined) clauses.push(`StartTime > '${parseSince(options.since, now).toISOString()}'`);
  return clauses.join(' AND ');
}
