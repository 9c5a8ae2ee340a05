/** route, status, cancel, replay: the operator's verbs on one routing. */
import { WorkflowFailedError } from '@temporalio/client';
import type { Command } from 'commander';
import pc from 'picocolors';
import { resolveProfile } from '../../config/modelMatrix';
import type { RoutingResult } from '../../contracts/routingState';
import { RouteInputSchema, cancelSignal, statusQuery } from '../../contracts/routing';
import type { CliContext } from '../context';
import { ExitCode, exitCodeFor, formatResult, formatStatus, paintState, webUiLink } from '../output';
import { replayRouting, startRouting, toWorkflowId, type RoutingHandle } from '../routing';

export function registerRoutingCommands(program: Command, ctx: CliContext): void {
  program
    .command('route')
    .description('route one interaction (attaches to its routing if one is already running)')
    .argument('<interactionId>', 'Genesys conversation id')
    .option('-p, --profile <name>', 'model matrix profile', 'standard')
    .option('--requested-by <name>', 'who asked, recorded in the audit record')
    .option('-w, --wait', 'wait for the final state and print the result')
    .option('--json', 'print machine-readable JSON')
    .action(async (interactionId: string, opts: { profile: string; requestedBy?: string; wait?: boolean; json?: boolean }) => {
      const input = RouteInputSchema.parse({ interactionId, profile: opts.profile, requestedBy: opts.requestedBy });
      checkProfile(ctx, input.profile);
      const started = await startRouting(await ctx.temporal(), input, ctx.env.TEMPORAL_TASK_QUEUE);
      const link = webUiLink(ctx.env.TEMPORAL_UI_URL, ctx.env.TEMPORAL_NAMESPACE, started.workflowId, started.runId);
      if (started.closedStatus) {
        ctx.err(`${started.workflowId} was already routed (${started.closedStatus.toLowerCase()}); use \`replay ${interactionId}\` to route it again`);
        if (!opts.json) ctx.out(link);
        ctx.exitCode = ExitCode.usage;
        return;
      }
      if (!opts.json) ctx.out(`${started.attached ? pc.yellow('attached to running') : pc.green('started')} ${started.workflowId}  ${pc.dim(link)}`);
      if (opts.wait) await printOutcome(ctx, started.handle, opts.json);
      else if (opts.json) ctx.out(JSON.stringify({ workflowId: started.workflowId, runId: started.runId, attached: started.attached }));
    });

  program
    .command('status')
    .description('show the stage, attempts and timings of a routing')
    .argument('<ref>', 'interaction id or workflow id (route-...)')
    .option('--json', 'print machine-readable JSON')
    .action(async (ref: string, opts: { json?: boolean }) => {
      const handle = (await ctx.temporal()).workflow.getHandle(toWorkflowId(ref)) as RoutingHandle;
      const description = await handle.describe();
      const status = await handle.query(statusQuery).catch(() => undefined);
      if (opts.json) {
        ctx.out(JSON.stringify({ workflowId: description.workflowId, runId: description.runId, temporalStatus: description.status.name, status }));
        return;
      }
      ctx.out(`${pc.bold(description.workflowId)}  ${paintState(description.status.name.toLowerCase())}  run ${description.runId}`);
      if (status) formatStatus(status).forEach((l) => ctx.out(l));
      else ctx.out(pc.dim('(no worker answered the status query)'));
      ctx.out(pc.dim(webUiLink(ctx.env.TEMPORAL_UI_URL, ctx.env.TEMPORAL_NAMESPACE, description.workflowId, description.runId)));
    });

  program
    .command('cancel')
    .description('cancel a running routing; compensation and the audit record still run')
    .argument('<ref>', 'interaction id or workflow id')
    .option('-r, --reason <text>', 'reason recorded in the audit record', 'cancelled by operator')
    .option('--request', "use Temporal's cancel request instead of the cancel signal (run ends as Canceled)")
    .action(async (ref: string, opts: { reason: string; request?: boolean }) => {
      const handle = (await ctx.temporal()).workflow.getHandle(toWorkflowId(ref)) as RoutingHandle;
      const { status } = await handle.describe();
      if (status.name !== 'RUNNING') {
        throw new UsageError(`${handle.workflowId} has already finished (${status.name.toLowerCase()}); there is nothing to cancel`);
      }
      if (opts.request) await handle.cancel();
      else await handle.signal(cancelSignal, { reason: opts.reason });
      ctx.out(`cancellation sent to ${handle.workflowId}`);
    });

  program
    .command('replay')
    .description('dispatch again with a fresh idempotency key (signal if running, new run if closed)')
    .argument('<ref>', 'interaction id or workflow id')
    .option('-p, --profile <name>', 'route the replay with another profile')
    .option('--requested-by <name>', 'who asked, recorded in the audit record')
    .option('-w, --wait', 'wait for the replay to finish (closed routings only)')
    .option('--json', 'print machine-readable JSON')
    .action(async (ref: string, opts: { profile?: string; requestedBy?: string; wait?: boolean; json?: boolean }) => {
      if (opts.profile) checkProfile(ctx, opts.profile);
      const outcome = await replayRouting(await ctx.temporal(), ref, opts, ctx.env.TEMPORAL_TASK_QUEUE);
      if (outcome.kind === 'signalled') {
        ctx.out(`replay signalled to running ${outcome.workflowId}`);
        return;
      }
      ctx.out(`started replay of run ${outcome.replayOf} as ${outcome.started.workflowId} run ${outcome.started.runId}`);
      if (opts.wait) await printOutcome(ctx, outcome.started.handle, opts.json);
    });
}

export function checkProfile(ctx: CliContext, profile: string): void {
  if (!resolveProfile(ctx.models(), profile)) {
    throw new UsageError(`--profile: unknown profile "${profile}"; known: ${Object.keys(ctx.models()).join(', ')}`);
  }
}

export class UsageError extends Error {
  override name = 'UsageError';
}

async function printOutcome(ctx: CliContext, handle: RoutingHandle, json?: boolean): Promise<void> {
  try {
    const result: RoutingResult = await handle.result();
    if (json) ctx.out(JSON.stringify(result));
    else formatResult(result).forEach((l) => ctx.out(l));
    ctx.exitCode = exitCodeFor(result.finalState);
  } catch (err) {
    if (!(err instanceof WorkflowFailedError)) throw err;
    const cause = err.cause as { type?: string; message?: string; name?: string } | undefined;
    const state = cause?.name === 'CancelledFailure' ? 'cancelled' : 'failed';
    const reason = cause?.type ?? cause?.name ?? 'unknown';
    if (json) ctx.out(JSON.stringify({ workflowId: handle.workflowId, finalState: state, reason, message: cause?.message }));
    else ctx.out(`${pc.bold('state')}      ${paintState(state)} (${reason})${cause?.message ? `: ${cause.message}` : ''}`);
    ctx.exitCode = exitCodeFor(state);
  }
}
