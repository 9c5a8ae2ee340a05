/** Fleet-level verbs: backfill routings of ended conversations, verify the audit chain. */
import type { Command } from 'commander';
import { createAuditSink } from '../../infra/audit';
import type { CliContext } from '../context';
import { ExitCode } from '../output';
import { parseMediaOption, parseRouteBatchOptions, runRouteBatch } from './routeBatch';
import { describeVerification, terminalProgress, verifyAuditSink } from './verifyAudit';
import { UsageError, checkProfile } from './routing';

export function registerOperationsCommands(program: Command, ctx: CliContext): void {
  program
    .command('route-batch')
    .description('route once each conversation that ended in an interval (a durable backfill run as a workflow)')
    .requiredOption('-i, --interval <iso>', 'ISO-8601 interval, e.g. 2026-11-20T00:00:00Z/2026-11-21T00:00:00Z')
    .option('-m, --media <list>', 'media types to include', 'voice,message')
    .option('-p, --profile <name>', 'model matrix profile', 'standard')
    .action(async (opts: { interval: string; media: string; profile: string }) => {
      const batch = parseRouteBatchOptions({ interval: opts.interval, media: parseMediaOption(opts.media) });
      checkProfile(ctx, opts.profile);
      const summary = await runRouteBatch(
        {
          client: await ctx.temporal(),
          taskQueue: ctx.env.TEMPORAL_TASK_QUEUE,
          out: ctx.json ? () => undefined : ctx.out,
        },
        { ...batch, profile: opts.profile },
      );
      if (ctx.json) ctx.out(JSON.stringify(summary));
      if (summary.failed > 0) ctx.exitCode = ExitCode.error;
    });

  program
    .command('verify-audit')
    .description(
      'verify the audit hash chain against its head anchor; names the first removed, reordered or edited record or a cut at the end',
    )
    .option('-f, --file <path>', 'JSONL audit file (default AUDIT_LOG_PATH)')
    .option('-d, --database <url>', 'PostgreSQL audit sink (default AUDIT_DATABASE_URL)')
    .action(async (opts: { file?: string; database?: string }) => {
      if (opts.file && opts.database) throw new UsageError('--file and --database: give one sink, not both');
      const env = { ...ctx.env };
      if (opts.file) Object.assign(env, { AUDIT_LOG_PATH: opts.file, AUDIT_DATABASE_URL: undefined });
      if (opts.database) Object.assign(env, { AUDIT_DATABASE_URL: opts.database });
      const sink = createAuditSink(env);
      try {
        const verification = await verifyAuditSink(sink, terminalProgress());
        if (ctx.json) ctx.out(JSON.stringify(verification));
        else describeVerification(verification).forEach((line) => ctx.out(line));
        if (!verification.ok) ctx.exitCode = ExitCode.failed;
      } finally {
        await sink.close();
      }
    });
}
