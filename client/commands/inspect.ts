/** status and list: what a routing, or the fleet of them, is doing. */
import { decodeTypedSearchAttributes } from '@temporalio/common/lib/converter/payload-search-attributes';
import { tsToDate } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import type { Command } from 'commander';
import {
  InjectionVerdictKey,
  RoutingOutcomeKey,
  RoutingProfileKey,
  RoutingStageKey,
} from '../../contracts/searchAttributes';
import type { CliContext } from '../context';
import { SearchAttributesMissingError, UsageError } from '../errors';
import { buildListQuery } from '../listQuery';
import { formatStatus, paintState, pc, webUiLink } from '../output';
import { toWorkflowId, type RoutingHandle } from '../routing';
import { outcomeOf, queryStatus, type EndedRouting } from '../outcome';

export function registerInspectCommands(program: Command, ctx: CliContext): void {
  program
    .command('status')
    .description('show the state, stage, attempts and timings of a routing')
    .argument('<ref>', 'interaction id or workflow id (route-...)')
    .action(async (ref: string) => {
      const handle = (await ctx.temporal()).workflow.getHandle(toWorkflowId(ref)) as RoutingHandle;
      const description = await handle.describe();
      const status = await queryStatus(handle);
      const running = description.status.name === 'RUNNING';
      // A blocked routing's Temporal status is COMPLETED: a closed one is shown by its outcome.
      const outcome: EndedRouting | undefined = running ? undefined : await outcomeOf(handle);
      const state = outcome?.finalState ?? 'running';
      if (ctx.json) {
        const { workflowId, runId } = description;
        ctx.out(
          JSON.stringify({
            workflowId,
            runId,
            temporalStatus: description.status.name,
            state,
            reason: outcome?.reason,
            status,
          }),
        );
        return;
      }
      ctx.out(`${pc.bold(description.workflowId)}  ${paintState(state)}  run ${description.runId}`);
      if (status) formatStatus(status).forEach((l) => ctx.out(l));
      else
        ctx.out(pc.dim(`(no worker answered the status query)${outcome?.reason ? `; reason: ${outcome.reason}` : ''}`));
      ctx.out(
        pc.dim(
          webUiLink(ctx.env.TEMPORAL_UI_URL, ctx.env.TEMPORAL_NAMESPACE, description.workflowId, description.runId),
        ),
      );
    });

  program
    .command('list')
    .description('list routings, newest first, through the search attributes (run `setup` once per namespace)')
    .option('-o, --outcome <outcome>', 'only routings that ended so: completed, blocked, review, failed or cancelled')
    .option('-s, --since <time>', 'only routings started after an ISO-8601 time or a duration ago (30m, 24h, 7d)')
    .option('-n, --limit <count>', 'at most this many routings', '50')
    .action(async (opts: { outcome?: string; since?: string; limit: string }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError(`--limit: "${opts.limit}" is not a positive whole number`);
      const query = buildListQuery(opts);
      const client = await ctx.temporal();
      const rows: ReturnType<typeof toRow>[] = [];
      // Visibility rows straight from the service: listing needs only the (never encrypted) search attributes, so it
      // works without the payload key that decoding a routing's memo would need.
      try {
        let nextPageToken: Uint8Array | undefined;
        do {
          const page = await client.workflowService.listWorkflowExecutions({
            namespace: ctx.env.TEMPORAL_NAMESPACE,
            query,
            pageSize: Math.min(limit, 100),
            nextPageToken,
          });
          for (const info of page.executions ?? []) if (rows.length < limit) rows.push(toRow(info));
          nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
        } while (nextPageToken && rows.length < limit);
      } catch (err) {
        throw explainListFailure(err, ctx.env.TEMPORAL_NAMESPACE);
      }
      if (ctx.json) return ctx.out(JSON.stringify(rows));
      if (rows.length === 0) return ctx.out(pc.dim(`no routings match ${query}`));
      ctx.out(
        pc.bold(
          `${'STARTED'.padEnd(24)} ${'OUTCOME'.padEnd(10)} ${'STAGE'.padEnd(12)} ${'PROFILE'.padEnd(10)} WORKFLOW ID`,
        ),
      );
      for (const row of rows) {
        const outcome = row.outcome ?? row.temporalStatus.toLowerCase();
        ctx.out(
          `${(row.startTime ?? '').padEnd(24)} ${paintState(outcome)}${' '.repeat(Math.max(1, 11 - outcome.length))}` +
            `${(row.stage ?? '-').padEnd(12)} ${(row.profile ?? '-').padEnd(10)} ${row.workflowId}`,
        );
      }
    });
}

function toRow(info: temporal.api.workflow.v1.IWorkflowExecutionInfo) {
  const attributes = decodeTypedSearchAttributes(info.searchAttributes?.indexedFields);
  const status = temporal.api.enums.v1.WorkflowExecutionStatus[info.status ?? 0] ?? 'UNSPECIFIED';
  return {
    workflowId: info.execution?.workflowId ?? '',
    runId: info.execution?.runId ?? '',
    temporalStatus: status.replace('WORKFLOW_EXECUTION_STATUS_', ''),
    outcome: attributes.get(RoutingOutcomeKey),
    stage: attributes.get(RoutingStageKey),
    profile: attributes.get(RoutingProfileKey),
    injectionVerdict: attributes.get(InjectionVerdictKey),
    startTime: tsToDate(info.startTime!).toISOString(),
    closeTime: info.closeTime ? tsToDate(info.closeTime).toISOString() : undefined,
  };
}

/** The server's answer to a query on an unregistered attribute is cryptic: say what is missing and how to fix it. */
function explainListFailure(err: unknown, namespace: string): unknown {
  // The SDK wraps the server's answer ("Failed to list workflows"); the reason is in the cause.
  const cause = (err as { cause?: { details?: string; message?: string } }).cause;
  const message = cause?.details || cause?.message || (err instanceof Error ? err.message : String(err));
  if (/invalid search attribute|RoutingOutcome/i.test(message)) {
    return new SearchAttributesMissingError(
      `namespace "${namespace}" cannot filter by the router's search attributes (${message}); ` +
        'register them once with `setup`',
    );
  }
  return err;
}
