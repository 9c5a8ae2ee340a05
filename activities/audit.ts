/**
 * The audit step: one hash-chained record per routing run. The sink makes it exactly-once per workflowId + runId, so a
 * retried activity (or a replayed workflow task) gets back the record it already wrote instead of a second one.
 */
import { Context } from '@temporalio/activity';
import type { AuditEntry } from '../contracts/routingState';
import type { AuditWritten } from '../contracts/results';
import type { AuditSink } from '../infra/audit';
import { recordRoutingOutcome } from '../infra/metrics/routerMetrics';
import { atActivityBoundary } from './failureBoundary';

/** `knownProfiles` keeps the metric's profile label a closed set: a name from outside the matrix counts as `unknown`. */
export function createAuditActivities(sink: AuditSink, knownProfiles: readonly string[] = []) {
  return atActivityBoundary({
    async writeAuditRecord(entry: AuditEntry): Promise<AuditWritten> {
      const written = await sink.append(entry);
      const { log, info, metricMeter } = Context.current();
      // The record is written once per run; a retry that finds it already written counts nothing twice.
      if (!written.duplicate) {
        const profile = knownProfiles.includes(entry.profile) ? entry.profile : 'unknown';
        recordRoutingOutcome(metricMeter, { ...entry, profile });
      }
      log.info('audit record written', {
        sink: sink.kind,
        sequence: written.sequence,
        duplicate: written.duplicate,
        finalState: entry.finalState,
      });
      return { ...written, attempt: info.attempt };
    },
  });
}
