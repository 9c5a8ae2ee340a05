/** route, cancel, replay: the operator's verbs on one routing. */
import type { Command } from 'commander';
import { resolveProfile } from '../../config/modelMatrix';
import { RouteInputSchema, cancelSignal } from '../../contracts/routing';
import type { CliContext } from '../context';
import { RefusedError, UsageError } from '../errors';
import { exitCodeFor, formatResult, paintState, pc, webUiLink } from '../output';
import { replayRouting, startRouting, toWorkflowId, type RoutingHandle } from '../routing';
import { describeOutcome, outcomeOf, queryStatus, tooLateToCancel, waitForOutcome } from '../outcome';

export { UsageError };

export function registerRoutingCommands(program: Command, ctx: CliContext): void {
  program
    .command('route')
    .description('route one interaction (attaches to its routing if one is already running)')
    .argument('<interactionId>', 'Genesys conversation id')
    .option('-p, --profile <name>', 'model matrix profile', 'standard')
    .option('--requested-by <name>', 'who asked, recorded in the audit record')
    .option('-w, --wait', 'wait for the final state and print the result (the stage is shown on a terminal)')
    .action(async (interactionId: string, opts: { profile: string; requestedBy?: string; wait?: boolean }) => {
      const input = RouteInputSchema.parse({ interactionId, profile: opts.profile, requestedBy: opts.requestedBy });
      checkProfile(ctx, input.profile);
      const started = await startRouting(await ctx.temporal(), input, ctx.env.TEMPORAL_TASK_QUEUE);
      const link = webUiLink(ctx.env.TEMPORAL_UI_URL, ctx.env.TEMPORAL_NAMESPACE, started.workflowId, started.runId);
      if (started.closedStatus) {
        const previous = await outcomeOf(started.handle);
        throw new RefusedError(
          `${started.workflowId} was already routed and ended ${describeOutcome(previous)}; use \`replay ${interactionId}\` to route it again`,
          {
            workflowId: started.workflowId,
            runId: started.runId,
            finalState: previous.finalState,
            reason: previous.reason,
            webUi: link,
          },
        );
      }
      if (opts.wait) {
        if (!ctx.json)
          ctx.out(
            `${started.attached ? pc.yellow('attached to running') : pc.green('started')} ${started.workflowId}  ${pc.dim(link)}`,
          );
        await printOutcome(ctx, started.handle);
      } else if (ctx.json) {
        ctx.out(
          JSON.stringify({
            workflowId: started.workflowId,
            runId: started.runId,
            attached: started.attached,
            webUi: link,
          }),
        );
      } else {
        ctx.out(
          `${started.attached ? pc.yellow('attached to running') : pc.green('started')} ${started.workflowId}  ${pc.dim(link)}`,
        );
      }
    });

  program
    .command('cancel')
    .description('cancel a running routing before it dispatches; compensation and the audit record still run')
    .argument('<ref>', 'interaction id or workflow id')
    .option('-r, --reason <text>', 'reason recorded in the audit record', 'cancelled by operator')
    .option('--request', "use Temporal's cancel request instead of the cancel signal (run ends as Canceled)")
    .option('-w, --wait', 'wait for the routing to end and print its final state')
    .action(async (ref: string, opts: { reason: string; request?: boolean; wait?: boolean }) => {
      const handle = (await ctx.temporal()).workflow.getHandle(toWorkflowId(ref)) as RoutingHandle;
      const { status: temporalStatus, runId } = await handle.describe();
      if (temporalStatus.name !== 'RUNNING') {
        const outcome = await outcomeOf(handle);
        throw new RefusedError(
          `${handle.workflowId} has already finished: ${describeOutcome(outcome)}; there is nothing to cancel`,
          {
            workflowId: handle.workflowId,
            runId,
            finalState: outcome.finalState,
            reason: outcome.reason,
          },
        );
      }
      const status = await queryStatus(handle);
      const tooLate = status && tooLateToCancel(status);
      if (tooLate) {
        throw new RefusedError(`too late to cancel ${handle.workflowId}: ${tooLate}`, {
          workflowId: handle.workflowId,
          runId,
          stage: status.stage,
        });
      }
      if (opts.request) await handle.cancel();
      else await handle.signal(cancelSignal, { reason: opts.reason });
      const sent = {
        workflowId: handle.workflowId,
        runId,
        sent: opts.request ? 'request' : 'signal',
        stage: status?.stage ?? null,
      };
      if (!ctx.json)
        ctx.out(
          `cancellation sent to ${handle.workflowId} at stage ${status?.stage ?? 'unknown (no worker answered)'}`,
        );
      if (opts.wait) await printOutcome(ctx, handle);
      else if (ctx.json) ctx.out(JSON.stringify(sent));
    });

  program
    .command('replay')
    .description('dispatch again with a fresh idempotency key (signal if running, new run if closed)')
    .argument('<ref>', 'interaction id or workflow id')
    .option('-p, --profile <name>', 'route the replay with another profile')
    .option('--requested-by <name>', 'who asked, recorded in the audit record')
    .option('-w, --wait', 'wait for the routing to end and print the result (the stage is shown on a terminal)')
    .action(async (ref: string, opts: { profile?: string; requestedBy?: string; wait?: boolean }) => {
      if (opts.profile) checkProfile(ctx, opts.profile);
      const client = await ctx.temporal();
      const outcome = await replayRouting(client, ref, opts, ctx.env.TEMPORAL_TASK_QUEUE);
      const replay =
        outcome.kind === 'signalled'
          ? { kind: outcome.kind, workflowId: outcome.workflowId, runId: outcome.runId }
          : {
              kind: outcome.kind,
              workflowId: outcome.started.workflowId,
              runId: outcome.started.runId,
              replayOf: outcome.replayOf,
            };
      if (!ctx.json) {
        ctx.out(
          outcome.kind === 'signalled'
            ? `replay signalled to running ${replay.workflowId}`
            : `started replay of run ${outcome.replayOf} as ${replay.workflowId} run ${replay.runId}`,
        );
      }
      if (opts.wait) {
        const handle =
          outcome.kind === 'restarted'
            ? outcome.started.handle
            : (client.workflow.getHandle(replay.workflowId) as RoutingHandle);
        await printOutcome(ctx, handle);
      } else if (ctx.json) {
        ctx.out(JSON.stringify(replay));
      }
    });
}

export function checkProfile(ctx: CliContext, profile: string): void {
  if (!resolveProfile(ctx.models(), profile)) {
    throw new UsageError(`--profile: unknown profile "${profile}"; known: ${Object.keys(ctx.models()).join(', ')}`);
  }
}

/** Waits (showing the stage on a terminal), prints the outcome and sets the exit code of its final state. */
async function printOutcome(ctx: CliContext, handle: RoutingHandle): Promise<void> {
  const outcome = await waitForOutcome(handle, ctx.json ? undefined : ctx.progress);
  ctx.exitCode = exitCodeFor(outcome.finalState);
  if (ctx.json) {
    const { result, ...rest } = outcome;
    ctx.out(JSON.stringify(result ?? rest));
  } else if (outcome.result) {
    formatResult(outcome.result).forEach((line) => ctx.out(line));
  } else {
    const message = outcome.message ? `: ${outcome.message}` : '';
    ctx.out(`${pc.bold('state')}      ${paintState(outcome.finalState)} (${outcome.reason})${message}`);
  }
}
