/**
 * `verify-audit`: streams an audit sink's records through the chain verifier (constant memory, so a log of millions
 * verifies), compares the log's end with the head anchored outside it, and prints one verdict line. Returns false
 * (exit 4) when a record was removed, reordered, edited or cut from the end, naming the first bad record. A sink that
 * cannot be read at all (missing file, unreachable database) throws AuditSinkError for the CLI to report.
 */
import { ChainVerifier, type ChainAnchor } from '../../domain/audit';
import { AuditSinkError, type AuditSink } from '../../infra/audit';

/** Progress on a terminal: a line rewritten in place; nothing when output is piped. */
export interface ProgressLine {
  update(text: string): void;
  done(): void;
}

const PROGRESS_EVERY = 25_000;

export async function runVerifyAudit(
  sink: AuditSink,
  out: (line: string) => void,
  progress?: ProgressLine,
  progressEvery = PROGRESS_EVERY,
): Promise<boolean> {
  let verifier: ChainVerifier;
  let anchor: ChainAnchor | null;
  try {
    anchor = await sink.readAnchor(); // before the records: a writer running meanwhile only moves the log past it
    verifier = new ChainVerifier(anchor);
    for await (const record of sink.records()) {
      if (!verifier.push(record)) break;
      if (verifier.count % progressEvery === 0) progress?.update(`verifying audit ${sink.kind}: ${verifier.count} record(s)...`);
    }
  } catch (error) {
    if (error instanceof AuditSinkError && error.problem === 'damaged') {
      out(`audit ${sink.kind}: FAILED (damaged): ${error.message}`);
      return false;
    }
    throw error;
  } finally {
    progress?.done();
  }
  const verdict = verifier.finish();
  if (verdict.ok) {
    out(`audit ${sink.kind}: OK, ${verdict.count} record(s) verified`);
    const head = verifier.head;
    if (head) {
      const lag = anchor && anchor.sequence < head.sequence ? ` (head anchor at record ${anchor.sequence}, written since)` : ' (matches the head anchor)';
      out(`head: record ${head.sequence} hash ${head.hash}${lag}`);
    }
    return true;
  }
  const where = verdict.sequence !== null ? `record ${verdict.sequence}` : `position ${verdict.index + 1}`;
  out(`audit ${sink.kind}: FAILED at ${where} (${verdict.problem}): ${verdict.detail}`);
  return false;
}

/** The progress line for an interactive stderr, else none. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressLine | undefined {
  if (!stream.isTTY) return undefined;
  let shown = false;
  return {
    update(text) {
      stream.write(`\r\u001b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
