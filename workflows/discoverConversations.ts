/**
 * Durable catch-up: find the conversations that ended since the watermark and start one routing for each that has
 * none. Run by a Temporal Schedule (overlap SKIP: never two at once) or once as a backfill (`route-batch`).
 * The watermark moves one window at a time and only after every start of the window was acknowledged, so a crash
 * anywhere re-runs at most the current window, whose starts are idempotent (workflow id route-<id>). A scheduled run
 * begins where the previous run ended (its result); within a run the watermark travels through continue-as-new.
 * Orchestration only: the Genesys query and the starts are activities; time is workflow time.
 */
import {
  ApplicationFailure,
  continueAsNew,
  proxyActivities,
  setHandler,
  workflowInfo,
  type RetryPolicy,
} from '@temporalio/workflow';
import type { createDiscoveryActivities } from '../activities/discovery';
import {
  DiscoveryInputSchema,
  DiscoveryResultSchema,
  NO_TOTALS,
  discoveryProgressQuery,
  type DiscoveredRouting,
  type DiscoveryInput,
  type DiscoveryProgress,
  type DiscoveryResult,
} from '../contracts/discovery';
import { FailureTypes, NON_RETRYABLE_TYPES } from '../contracts/failures';
import { describeIssues } from '../contracts/issues';

type Activities = ReturnType<typeof createDiscoveryActivities>;

const retry: RetryPolicy = {
  initialInterval: '2 seconds',
  backoffCoefficient: 2,
  maximumInterval: '1 minute',
  nonRetryableErrorTypes: [...NON_RETRYABLE_TYPES],
};
const { findConversationsEndedBetween } = proxyActivities<Activities>({
  summary: 'Find conversations that ended in the window (Genesys analytics)',
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '30 seconds', // a dead worker's query is retried elsewhere after this
  retry,
});
const { startDiscoveredRoutings } = proxyActivities<Activities>({
  summary: 'Start or attach one routing per conversation',
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '30 seconds',
  retry,
});

/** Starts per activity call: small enough to heartbeat often, large enough to keep history short. */
const START_BATCH = 50;
/** Windows per run before continuing as new; the SDK's own suggestion comes first. */
const WINDOWS_PER_RUN = 100;
const RECENT_KEPT = 200;

export async function discoverConversations(rawInput: DiscoveryInput = {}): Promise<DiscoveryResult> {
  const parsed = DiscoveryInputSchema.safeParse(rawInput ?? {});
  if (!parsed.success)
    throw ApplicationFailure.nonRetryable(
      `invalid discovery input: ${describeIssues(parsed.error)}`,
      FailureTypes.InvalidInput,
    );
  const input = parsed.data;
  const previous = DiscoveryResultSchema.safeParse(workflowInfo().lastResult);
  const end = input.until ? Date.parse(input.until) : Date.now() - input.settleSeconds * 1000;
  const start =
    input.watermark ??
    (previous.success ? previous.data.watermark : undefined) ??
    input.since ??
    new Date(end).toISOString();

  const progress: DiscoveryProgress = {
    ...(input.carried ?? NO_TOTALS),
    watermark: start,
    until: input.until,
    done: false,
    recent: [],
  };
  setHandler(discoveryProgressQuery, () => progress);

  let windowsThisRun = 0;
  while (Date.parse(progress.watermark) < end) {
    const from = Date.parse(progress.watermark);
    const to = Math.min(end, from + input.windowMinutes * 60_000);
    progress.windowEnd = new Date(to).toISOString();
    const { interactionIds } = await findConversationsEndedBetween({
      from: progress.watermark,
      to: progress.windowEnd,
      lookbackHours: input.lookbackHours,
      mediaTypes: input.mediaTypes,
    });
    progress.found += interactionIds.length;
    for (let i = 0; i < interactionIds.length; i += START_BATCH) {
      const { outcomes } = await startDiscoveredRoutings({
        interactionIds: interactionIds.slice(i, i + START_BATCH),
        profile: input.profile,
      });
      for (const o of outcomes) record(progress, o);
    }
    // Every start of the window is acknowledged: only now does the watermark pass it.
    progress.watermark = progress.windowEnd;
    progress.windowEnd = undefined;
    progress.windows += 1;
    windowsThisRun += 1;
    if (
      Date.parse(progress.watermark) < end &&
      (workflowInfo().continueAsNewSuggested || windowsThisRun >= WINDOWS_PER_RUN)
    ) {
      const { recent: _recent, done: _done, until: _until, windowEnd: _windowEnd, watermark, ...carried } = progress;
      await continueAsNew<typeof discoverConversations>({ ...rawInput, watermark, carried });
    }
  }
  progress.done = true;
  const { recent: _recent, done: _done, until: _until, windowEnd: _windowEnd, ...result } = progress;
  return result;
}

function record(progress: DiscoveryProgress, o: Omit<DiscoveredRouting, 'seq'>): void {
  if (o.outcome === 'started') progress.started += 1;
  else if (o.outcome === 'attached') progress.attached += 1;
  else if (o.outcome === 'already-routed') progress.alreadyRouted += 1;
  else progress.failed += 1;
  const seq = progress.started + progress.attached + progress.alreadyRouted + progress.failed;
  progress.recent.push({ ...o, seq });
  if (progress.recent.length > RECENT_KEPT) progress.recent.splice(0, progress.recent.length - RECENT_KEPT);
}
