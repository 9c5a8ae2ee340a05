/**
 * The audit step: one hash-chained record per routing run. The sink makes it exactly-once per workflowId + runId, so a
 * retried activity (or a replayed workflow task) gets back the record it already wrote instead of a second one.
 */
import { Context } from '@temporalio/activity';
import type { AuditEntry } from '../contracts/routingState';
import type { AuditWritten } from '../contracts/results';
import type { AuditSink } from '../infra/audit';
import { atActivityBoundary } from './failureBoundary';

export function createAuditActivities(sink: AuditSink) {
  return atActivityBoundary({
    async writeAuditRecord(entry: AuditEntry): Promise<AuditWritten> {
      const written = await sink.append(entry);
      const { log, info } = Context.current();
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
