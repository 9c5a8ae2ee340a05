/**
 * `verify-audit`: re-checks the hash chain of an audit sink and prints one verdict line. Exits non-zero (the caller
 * decides) when a record was removed, reordered or edited, naming the first bad record.
 */
import { verifyChain } from '../../domain/audit';
import type { AuditSink } from '../../infra/audit';

export async function runVerifyAudit(sink: AuditSink, out: (line: string) => void): Promise<boolean> {
  const records = await sink.readAll();
  const verdict = verifyChain(records);
  if (verdict.ok) {
    const head = records.at(-1) as { sequence?: number; hash?: string } | undefined;
    out(`audit ${sink.kind}: OK, ${verdict.count} record(s) verified`);
    // The head is what a tail cut would change: compare it with the hash in a routing result to catch one.
    if (head?.hash) out(`head: record ${head.sequence} hash ${head.hash}`);
    return true;
  }
  const where = verdict.sequence !== null ? `record ${verdict.sequence}` : `position ${verdict.index + 1}`;
  out(`audit ${sink.kind}: FAILED at ${where} (${verdict.problem}): ${verdict.detail}`);
  return false;
}
