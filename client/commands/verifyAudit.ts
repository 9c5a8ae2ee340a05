/**
 * `verify-audit`: streams an audit sink's records through the chain verifier (constant memory, so a log of millions
 * verifies), compares the log's end with the head anchored outside it, and prints the verdict (text or --json). False
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

/** What `verify-audit --json` prints; the text form says the same in one or two lines. */
export type AuditVerification =
  | {
      sink: AuditSink['kind'];
      ok: true;
      records: number;
      head: { sequence: number; hash: string } | null;
      anchor: ChainAnchor | null;
    }
  | { sink: AuditSink['kind']; ok: false; records: number; problem: string; sequence: number | null; detail: string };

export async function verifyAuditSink(
  sink: AuditSink,
  progress?: ProgressLine,
  progressEvery = PROGRESS_EVERY,
): Promise<AuditVerification> {
  let verifier: ChainVerifier;
  let anchor: ChainAnchor | null;
  try {
    anchor = await sink.readAnchor(); // before the records: a writer running meanwhile only moves the log past it
    verifier = new ChainVerifier(anchor);
    for await (const record of sink.records()) {
      if (!verifier.push(record)) break;
      if (verifier.count % progressEvery === 0)
        progress?.update(`verifying audit ${sink.kind}: ${verifier.count} record(s)...`);
    }
  } catch (error) {
    if (!(error instanceof AuditSinkError && error.problem === 'damaged')) throw error;
    return { sink: sink.kind, ok: false, records: 0, problem: 'damaged', sequence: null, detail: error.message };
  } finally {
    progress?.done();
  }
  const verdict = verifier.finish();
  if (verdict.ok) return { sink: sink.kind, ok: true, records: verdict.count, head: verifier.head ?? null, anchor };
  const { count, problem, sequence, detail } = verdict;
  return { sink: sink.kind, ok: false, records: count, problem, sequence, detail };
}

export function describeVerification(v: AuditVerification): string[] {
  if (!v.ok) {
    const where = v.sequence !== null ? ` at record ${v.sequence}` : '';
    return [`audit ${v.sink}: FAILED${where} (${v.problem}): ${v.detail}`];
  }
  const lines = [`audit ${v.sink}: OK, ${v.records} record(s) verified`];
  if (v.head) {
    const lag =
      v.anchor && v.anchor.sequence < v.head.sequence
        ? ` (head anchor at record ${v.anchor.sequence}, written since)`
        : ' (matches the head anchor)';
    lines.push(`head: record ${v.head.sequence} hash ${v.head.hash}${lag}`);
  }
  return lines;
}

/** Verifies and prints the verdict as text; false when the chain is broken (exit 4). */
export async function runVerifyAudit(
  sink: AuditSink,
  out: (line: string) => void,
  progress?: ProgressLine,
  progressEvery = PROGRESS_EVERY,
): Promise<boolean> {
  const verification = await verifyAuditSink(sink, progress, progressEvery);
  describeVerification(verification).forEach((line) => out(line));
  return verification.ok;
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
