/**
 * route-batch: a one-off run of the discovery workflow over an interval (a durable backfill: a crash of the CLI or
 * of a worker loses nothing; the workflow goes on and can be watched in the Web UI). The CLI follows the workflow's
 * progress query and prints one line per routing, then the totals: started, attached (a routing already running),
 * already routed (a finished one, not started again), failed.
 */
import { randomUUID } from 'node:crypto';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { z } from 'zod';
import {
  DISCOVERY_WORKFLOW_TYPE,
  discoveryProgressQuery,
  type DiscoveryInput,
  type DiscoveryProgress,
  type DiscoveryResult,
} from '../../contracts/discovery';
import {
  DISCOVERY_MEDIA_TYPES,
  IsoIntervalSchema,
  parseIsoInterval,
  type DiscoveryMediaType,
} from '../../domain/transcript/discoveryQuery';
import type { discoverConversations } from '../../workflows';
import { UsageError } from './routing';

export interface RouteBatchDeps {
  client: Client;
  taskQueue: string;
  out: (line: string) => void;
  /** How often the progress query is read (default 500 ms). */
  pollMs?: number;
}

export type RouteBatchSummary = DiscoveryResult & { workflowId: string };

const RouteBatchOptionsSchema = z.object({
  interval: IsoIntervalSchema,
  media: z.array(z.enum(DISCOVERY_MEDIA_TYPES)).min(1, `name at least one of ${DISCOVERY_MEDIA_TYPES.join(', ')}`),
});

/** Checks --interval and --media (UsageError naming the option), before anything is dialled. */
export function parseRouteBatchOptions(opts: { interval: string; media: string[] }): {
  interval: string;
  media: DiscoveryMediaType[];
} {
  const parsed = RouteBatchOptionsSchema.safeParse(opts);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${String(issue.path[0])}: ${issue.message}`);
  }
  return parsed.data;
}

/** `--media voice,message` -> the media types (UsageError naming --media). */
export function parseMediaOption(list: string): DiscoveryMediaType[] {
  const media = list
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  const parsed = RouteBatchOptionsSchema.shape.media.safeParse(media);
  if (!parsed.success) throw new UsageError(`--media: ${parsed.error.issues[0].message}`);
  return parsed.data;
}

export const describeTotals = (t: DiscoveryResult): string =>
  `${t.started} started, ${t.attached} attached, ${t.alreadyRouted} already routed, ${t.failed} failed of ${t.found}`;

export async function runRouteBatch(
  deps: RouteBatchDeps,
  opts: { interval: string; media: DiscoveryMediaType[]; profile: string },
): Promise<RouteBatchSummary> {
  const { interval, media } = parseRouteBatchOptions(opts);
  const { start, end } = parseIsoInterval(interval);
  const input: DiscoveryInput = {
    since: start.toISOString(),
    until: end.toISOString(),
    mediaTypes: media,
    profile: opts.profile,
  };
  const handle = await deps.client.workflow.start<typeof discoverConversations>(DISCOVERY_WORKFLOW_TYPE, {
    workflowId: `route-batch-${randomUUID()}`,
    taskQueue: deps.taskQueue,
    args: [input],
    staticSummary: `Backfill: route conversations that ended in ${interval}`,
  });
  deps.out(
    `discovering conversations that ended in ${interval} (${media.join(', ')}) as workflow ${handle.workflowId}`,
  );
  const result = await follow(handle, deps);
  deps.out(`route-batch: ${describeTotals(result)}`);
  return { workflowId: handle.workflowId, ...result };
}

/** Prints each routing as the workflow reports it, until the workflow's result arrives. */
async function follow(
  handle: WorkflowHandle<typeof discoverConversations>,
  deps: RouteBatchDeps,
): Promise<DiscoveryResult> {
  let printed = 0;
  let windows = 0;
  let done = false;
  const result = handle.result().finally(() => (done = true));
  const print = (progress: DiscoveryProgress) => {
    const fresh = progress.recent.filter((r) => r.seq > printed);
    if (fresh.length && fresh[0].seq > printed + 1) deps.out(`  ... ${fresh[0].seq - printed - 1} more`);
    for (const r of fresh)
      deps.out(`[${r.seq}/${progress.found}] ${r.outcome.padEnd(14)} ${r.workflowId || r.interactionId}`);
    printed = Math.max(printed, ...fresh.map((r) => r.seq));
    if (progress.windows > windows)
      deps.out(
        `  window ${progress.windows} done: every conversation that ended before ${progress.watermark} has a routing`,
      );
    windows = progress.windows;
  };
  while (!done) {
    await Promise.race([
      result.catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, deps.pollMs ?? 500)),
    ]);
    // A query needs a worker; when none answers, the result (or the next poll) still comes.
    const progress = await handle.query(discoveryProgressQuery).catch(() => undefined);
    if (progress) print(progress);
  }
  const final = await result;
  deps.out(`found ${final.found} ended conversation${final.found === 1 ? '' : 's'}`);
  return final;
}
