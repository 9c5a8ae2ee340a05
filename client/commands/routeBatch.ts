/**
 * route-batch: find the conversations that ended in an interval (analytics details query, every page) and
 * start one routing per conversation; one already routing is attached to, not started twice.
 * Discovery runs in the CLI, outside Temporal, so a retryable Genesys failure is retried here, a few times,
 * honouring the server's Retry-After.
 */
import { RoutingError } from '../../contracts/failures';
import { z } from 'zod';
import { DISCOVERY_MEDIA_TYPES, IsoIntervalSchema, type DiscoveryMediaType } from '../../domain/transcript/discoveryQuery';
import type { GenesysTranscriptSource } from '../../infra/genesys';
import { UsageError } from './routing';

export interface RouteBatchDeps {
  source: GenesysTranscriptSource;
  startRouting: (interactionId: string) => Promise<{ workflowId: string; attached: boolean }>;
  out: (line: string) => void;
  /** Tests only: the wait between discovery attempts. */
  sleep?: (ms: number) => Promise<void>;
}

export interface RouteBatchSummary {
  found: number;
  started: number;
  attached: number;
  failed: number;
}

const RouteBatchOptionsSchema = z.object({
  interval: IsoIntervalSchema,
  media: z.array(z.enum(DISCOVERY_MEDIA_TYPES)).min(1, `name at least one of ${DISCOVERY_MEDIA_TYPES.join(', ')}`),
});

const DISCOVERY_ATTEMPTS = 3;
const MAX_DISCOVERY_WAIT_MS = 60_000;

/** Checks --interval and --media (UsageError naming the option), before anything is dialled. */
export function parseRouteBatchOptions(opts: { interval: string; media: string[] }): { interval: string; media: DiscoveryMediaType[] } {
  const parsed = RouteBatchOptionsSchema.safeParse(opts);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${String(issue.path[0])}: ${issue.message}`);
  }
  return parsed.data;
}

export async function runRouteBatch(
  deps: RouteBatchDeps,
  opts: { interval: string; media: DiscoveryMediaType[] },
): Promise<RouteBatchSummary> {
  const { interval, media } = parseRouteBatchOptions(opts);
  deps.out(`discovering conversations that ended in ${interval} (${media.join(', ')})`);
  const ids = await discover(deps, interval, media);
  deps.out(`found ${ids.length} ended conversation${ids.length === 1 ? '' : 's'}`);

  const summary: RouteBatchSummary = { found: ids.length, started: 0, attached: 0, failed: 0 };
  for (const [index, interactionId] of ids.entries()) {
    const position = `[${index + 1}/${ids.length}]`;
    try {
      const { workflowId, attached } = await deps.startRouting(interactionId);
      summary[attached ? 'attached' : 'started'] += 1;
      deps.out(`${position} ${attached ? 'attached' : 'started '} ${workflowId}`);
    } catch (error) {
      summary.failed += 1;
      deps.out(`${position} failed   ${interactionId}: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  }
  deps.out(`route-batch: ${summary.started} started, ${summary.attached} attached, ${summary.failed} failed of ${summary.found}`);
  return summary;
}

async function discover(deps: RouteBatchDeps, interval: string, media: DiscoveryMediaType[]): Promise<string[]> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await deps.source.findEndedConversations({ interval, mediaTypes: media }, (page, totalPages) =>
        deps.out(`  analytics page ${page}/${totalPages} read`),
      );
    } catch (error) {
      const retryable = error instanceof RoutingError && !error.nonRetryable;
      if (!retryable || attempt >= DISCOVERY_ATTEMPTS) throw error;
      const waitMs = Math.min(MAX_DISCOVERY_WAIT_MS, error.retryAfterMs ?? 2 ** attempt * 1000);
      deps.out(`  discovery attempt ${attempt} failed (${error.type}); retrying in ${Math.ceil(waitMs / 1000)}s`);
      await sleep(waitMs);
    }
  }
}
