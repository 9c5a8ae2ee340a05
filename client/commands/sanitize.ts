/**
 * sanitize: the operator's dry run of the sanitizer, no Temporal and no gateway involved.
 *   npm run -s cli -- sanitize [--profile NAME] [--jsonl] < transcript.json
 * Reads `{ "messages": [{ "role": "user"|"assistant", "content": "..." }], "participants"?: [{ "role":
 * "customer"|"agent"|"external", "name": "..." }] }` (with --jsonl one per line; participants are used exactly as
 * Genesys participants are in a routing) and
 * prints one JSON line per transcript: status, sanitized messages (without the system prompt), payload, report.
 * A blocked transcript is a result (exit 0); unreadable input sets exit code 2 and names the line and field.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import { describeIssues } from '../../config/errors';
import { resolveProfile, type ModelMatrix } from '../../config/modelMatrix';
import type { ModelProfile } from '../../contracts/inference';
import type { PiiRules } from '../../config/piiRules';
import { TranscriptSchema } from '../../contracts/transcript';
import { sanitizeTranscript } from '../../domain/sanitizer';

export const SanitizeInputSchema = z.object({
  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() })),
  /** As Genesys participants are used in a routing: their names are redacted wherever they occur. */
  participants: TranscriptSchema.shape.participants,
});

export interface SanitizeCommandDeps {
  /** Where a bad-input exit code goes (the CLI's context; process.exitCode when run alone). */
  setExitCode?: (code: number) => void;
  models: () => ModelMatrix;
  /** The deployment's PII rules (built-in rules when absent). */
  piiRules?: () => PiiRules;
  stdin?: NodeJS.ReadableStream;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
}

const BAD_INPUT_EXIT_CODE = 2;

export function registerSanitizeCommand(program: Command, deps: SanitizeCommandDeps): void {
  program
    .command('sanitize')
    .description('dry-run the sanitizer on transcripts read from stdin; prints one JSON line per transcript')
    .option('-p, --profile <name>', 'model matrix profile', 'standard')
    .option('--jsonl', 'one transcript per input line')
    .action(async (opts: { profile: string; jsonl?: boolean }) => {
      const out = deps.stdout ?? ((line: string) => process.stdout.write(`${line}\n`));
      const err = deps.stderr ?? ((line: string) => process.stderr.write(`${line}\n`));
      const setExitCode = deps.setExitCode ?? ((code: number) => (process.exitCode = code));
      const models = deps.models();
      const profile = resolveProfile(models, opts.profile);
      if (!profile) {
        err(`--profile: unknown profile "${opts.profile}"; known: ${Object.keys(models).join(', ')}`);
        setExitCode(BAD_INPUT_EXIT_CODE);
        return;
      }
      const rules = deps.piiRules?.();
      const stdin = deps.stdin ?? process.stdin;
      let ok = true;
      if (opts.jsonl) {
        let lineNo = 0;
        for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
          lineNo++;
          if (line.trim() === '') continue;
          ok = processDocument(line, lineNo, profile, rules, out, err) && ok;
        }
      } else {
        ok = processDocument(await readAll(stdin), undefined, profile, rules, out, err);
      }
      if (!ok) setExitCode(BAD_INPUT_EXIT_CODE);
    });
}

/** Sanitizes one transcript document and prints its line; false (with a message on stderr) when unreadable. */
function processDocument(
  text: string,
  lineNo: number | undefined,
  profile: ModelProfile,
  rules: PiiRules | undefined,
  out: (line: string) => void,
  err: (line: string) => void,
): boolean {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    // V8 quotes the offending input after the reason ('Unexpected token ']', ..."x@y.com"...'): keep the reason only.
    const reason = (e as Error).message.replace(/,\s*(?:"|\.\.\.)[\s\S]*$/, '');
    err(`${lineNo !== undefined ? `line ${lineNo}` : whereInDocument(text, e)}: not valid JSON (${reason})`);
    return false;
  }
  const parsed = SanitizeInputSchema.safeParse(raw);
  if (!parsed.success) {
    err(`line ${lineNo ?? 1}: invalid transcript: ${describeIssues(parsed.error)}`);
    return false;
  }
  try {
    const { messages: turns, participants } = parsed.data;
    const outcome = sanitizeTranscript(turns, profile, { participants, accountNumbers: rules?.accountNumbers });
    const messages = outcome.payload?.messages.filter((m) => m.role !== 'system') ?? [];
    out(JSON.stringify({ status: outcome.status, messages, payload: outcome.payload ?? null, report: outcome.report }));
    return true;
  } catch (e) {
    err(`line ${lineNo ?? 1}: ${(e as Error).message}`);
    return false;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** "line N" of a JSON.parse error in a whole-document input when V8 reports a position, else "input". */
function whereInDocument(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(String((error as Error).message));
  return position ? `line ${text.slice(0, Number(position[1])).split('\n').length}` : 'input';
}
