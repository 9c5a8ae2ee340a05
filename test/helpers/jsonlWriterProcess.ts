/**
 * A second process writing a JSONL audit file, for the single-writer tests: opens the sink at argv[2], appends one
 * record for run argv[3], prints a JSON line with the outcome, then holds the file until stdin closes or it is killed.
 */
import { JsonlAuditSink } from '../../infra/audit';
import { auditEntry } from '../auditFixtures';

async function main(): Promise<void> {
  const [path, runId] = process.argv.slice(2);
  const sink = new JsonlAuditSink(path!);
  try {
    await sink.open();
    const written = await sink.append(auditEntry({ runId }));
    process.stdout.write(`${JSON.stringify({ ok: true, pid: process.pid, sequence: written.sequence })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ ok: false, pid: process.pid, message: (error as Error).message })}\n`);
  }
  process.stdin.resume();
  process.stdin.on('end', () => void sink.close().then(() => process.exit(0)));
}

void main();
