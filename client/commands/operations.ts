/** Fleet-level verbs: discover and route ended conversations, verify the audit chain. */
import type { Command } from 'commander';
import { ConfigError } from '../../config/errors';
import { createAuditSink } from '../../infra/audit';
import { createGenesysTranscriptSource } from '../../infra/genesys';
import { createLogger } from '../../infra/logger';
import type { CliContext } from '../context';
import { ExitCode } from '../output';
import { startRouting } from '../routing';
import { runRouteBatch } from './routeBatch';
import { runVerifyAudit } from './verifyAudit';
import { UsageError } from './routing';

const MEDIA = ['voice', 'message'] as const;
type Media = (typeof MEDIA)[number];

export function registerOperationsCommands(program: Command, ctx: CliContext): void {
  program
    .command('route-batch')
    .description('find conversations that ended in an interval and route each one once')
    .requiredOption('-i, --interval <iso>', 'ISO-8601 interval, e.g. 2026-11-20T00:00:00Z/2026-11-21T00:00:00Z')
    .option('-m, --media <list>', 'media types to include', 'voice,message')
    .option('-p, --profile <name>', 'model matrix profile', 'standard')
    .action(async (opts: { interval: string; media: string; profile: string }) => {
      const media = opts.media.split(',').map((m) => m.trim()).filter(Boolean);
      const unknown = media.filter((m) => !(MEDIA as readonly string[]).includes(m));
      if (unknown.length || media.length === 0) throw new UsageError(`--media: expected a comma list of ${MEDIA.join(', ')}; got "${opts.media}"`);
      const env = ctx.env;
      if (!env.GENESYS_CLIENT_ID || !env.GENESYS_CLIENT_SECRET) {
        throw new ConfigError('route-batch needs GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET (and GENESYS_GATEWAY_URL for a simulator)');
      }
      const source = createGenesysTranscriptSource({
        region: env.GENESYS_REGION,
        clientId: env.GENESYS_CLIENT_ID,
        clientSecret: env.GENESYS_CLIENT_SECRET,
        gatewayUrl: env.GENESYS_GATEWAY_URL,
        transcriptWaitSeconds: env.GENESYS_TRANSCRIPT_WAIT_SECONDS,
        logger: createLogger({ level: 'warn', name: 'route-batch' }),
      });
      const client = await ctx.temporal();
      const summary = await runRouteBatch(
        {
          source,
          out: ctx.out,
          startRouting: async (interactionId) => {
            const started = await startRouting(client, { interactionId, profile: opts.profile }, env.TEMPORAL_TASK_QUEUE);
            return { workflowId: started.workflowId, attached: started.attached || started.closedStatus !== undefined };
          },
        },
        { interval: opts.interval, media: media as Media[] },
      );
      if (summary.failed > 0) ctx.exitCode = ExitCode.error;
    });

  program
    .command('verify-audit')
    .description('verify the audit hash chain; names the first removed, reordered or edited record')
    .option('-f, --file <path>', 'JSONL audit file (default AUDIT_LOG_PATH)')
    .option('-d, --database <url>', 'PostgreSQL audit sink (default AUDIT_DATABASE_URL)')
    .action(async (opts: { file?: string; database?: string }) => {
      if (opts.file && opts.database) throw new UsageError('--file and --database: give one sink, not both');
      const env = { ...ctx.env };
      if (opts.file) Object.assign(env, { AUDIT_LOG_PATH: opts.file, AUDIT_DATABASE_URL: undefined });
      if (opts.database) Object.assign(env, { AUDIT_DATABASE_URL: opts.database });
      const sink = createAuditSink(env);
      try {
        const ok = await runVerifyAudit(sink, ctx.out);
        if (!ok) ctx.exitCode = ExitCode.failed;
      } finally {
        await sink.close();
      }
    });
}
