/**
 * review list|release|reject: the operator's side of the `review` injection policy. A held routing shows its
 * score, families and deadline (never the transcript); release dispatches it, reject ends it blocked. Who decided
 * goes into the audit record.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { ReviewSignalSchema, reviewSignal, statusQuery, type RoutingStatus } from '../../contracts/routing';
import { RoutingProfileKey } from '../../contracts/searchAttributes';
import type { CliContext } from '../context';
import { RefusedError, UsageError } from '../errors';
import { pc } from '../output';
import { toWorkflowId, type RoutingHandle } from '../routing';

/** Running routings whose stage is the review wait (the stage moves on as soon as a decision is taken). */
export const AWAITING_REVIEW_QUERY = 'RoutingStage = "awaiting_review" AND ExecutionStatus = "Running"';

const defaultOperator = (): string => {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
};

export function registerReviewCommands(program: Command, ctx: CliContext): void {
  const review = program.command('review').description('routings held for an operator by the review injection policy');

  review
    .command('list')
    .description('list routings waiting for a review decision: score, families and deadline, never the transcript')
    .action(async () => {
      const client = await ctx.temporal();
      const held: HeldRouting[] = [];
      for await (const execution of client.workflow.list({ query: AWAITING_REVIEW_QUERY })) {
        const handle = client.workflow.getHandle(execution.workflowId) as RoutingHandle;
        const status = await handle.query(statusQuery).catch(() => undefined);
        held.push(heldSummary(execution.workflowId, execution.typedSearchAttributes.get(RoutingProfileKey), status));
      }
      if (ctx.json) return ctx.out(JSON.stringify(held));
      if (held.length === 0) return ctx.out(pc.dim('no routing is waiting for review'));
      for (const h of held) {
        ctx.out(
          `${pc.bold(h.workflowId)}  profile ${h.profile ?? '?'}  score ${h.score ?? '?'}  [${h.families.join(', ')}]${h.guard ? `  guard ${h.guard}` : ''}  until ${h.deadline ?? '?'}`,
        );
      }
    });

  for (const decision of ['release', 'reject'] as const) {
    review
      .command(decision)
      .description(
        decision === 'release' ? 'release a held routing: it dispatches' : 'reject a held routing: it ends blocked',
      )
      .argument('<ref>', 'interaction id or workflow id')
      .option('--by <operator>', 'who decides, recorded in the audit record (default: the OS user)')
      .action(async (ref: string, opts: { by?: string }) => {
        const request = ReviewSignalSchema.safeParse({ decision, operator: opts.by ?? defaultOperator() });
        if (!request.success) throw new UsageError(`--by: ${request.error.issues.map((i) => i.message).join('; ')}`);
        const handle = (await ctx.temporal()).workflow.getHandle(toWorkflowId(ref)) as RoutingHandle;
        const { status } = await handle.describe();
        const routing = status.name === 'RUNNING' ? await handle.query(statusQuery) : undefined;
        if (!routing?.review || routing.review.decision) {
          const state = routing ? routing.stage : status.name.toLowerCase();
          throw new RefusedError(`${handle.workflowId} is not waiting for review (${state})`, { state });
        }
        await handle.signal(reviewSignal, request.data);
        if (ctx.json)
          ctx.out(JSON.stringify({ workflowId: handle.workflowId, decision, operator: request.data.operator }));
        else ctx.out(`${decision} sent to ${handle.workflowId} by ${request.data.operator}`);
      });
  }
}

export interface HeldRouting {
  workflowId: string;
  profile?: string;
  score?: number;
  families: string[];
  /** The injection guard's verdict when it was asked: `injection`, or why it gave none (`timeout`, ...). */
  guard?: string;
  heldAt?: string;
  deadline?: string;
}

export function heldSummary(
  workflowId: string,
  profile: string | undefined,
  status: RoutingStatus | undefined,
): HeldRouting {
  return {
    workflowId,
    profile: profile ?? status?.profile,
    score: status?.sanitization?.report.injection.score,
    families: status?.sanitization?.report.injection.families ?? [],
    guard: status?.sanitization?.report.guard?.verdict,
    heldAt: status?.review?.heldAt,
    deadline: status?.review?.deadline,
  };
}
