import { WorkflowFailedError, type Client } from '@temporalio/client';
import pc from 'picocolors';
import type { Env } from '../../config/env';
import type { RoutingResult } from '../../contracts/routingState';
import { formatResult, paintState, webUiLink } from '../../client/output';
import { replayRouting, startRouting } from '../../client/routing';
import type { SampleInteraction } from '../../simulators/genesys/samples';

export interface SampleOutcome {
  asExpected: boolean;
  lines: string[];
}

/** Routes one sample (a replay when an earlier demo already routed it) and describes how it ended. */
export async function routeSample(client: Client, env: Env, sample: SampleInteraction): Promise<SampleOutcome> {
  let started = await startRouting(
    client,
    { interactionId: sample.id, profile: 'standard', requestedBy: 'demo' },
    env.TEMPORAL_TASK_QUEUE,
  );
  let note = started.attached ? ' (attached to a running routing)' : '';
  if (started.closedStatus) {
    const replay = await replayRouting(client, sample.id, { requestedBy: 'demo' }, env.TEMPORAL_TASK_QUEUE);
    if (replay.kind === 'restarted') {
      started = replay.started;
      note = ` (replay of run ${replay.replayOf})`;
    }
  }
  const link = webUiLink(env.TEMPORAL_UI_URL, env.TEMPORAL_NAMESPACE, started.workflowId, started.runId);
  const header = `${pc.bold(sample.title)}  ${pc.dim(started.workflowId)}${note}`;
  try {
    const result: RoutingResult = await started.handle.result();
    // A completed routing whose answer never reached the vector store is not what the sample promises either.
    const vectorMissed = result.finalState === 'completed' && result.vectorSyncStatus !== 'synced';
    const asExpected = result.finalState === sample.expected && !vectorMissed;
    const why = vectorMissed
      ? `expected the vector sync to succeed, it ${result.vectorSyncStatus === 'failed' ? 'failed (see the worker log)' : `was ${result.vectorSyncStatus}`}`
      : `expected ${sample.expected}`;
    return {
      asExpected,
      lines: [
        header,
        ...formatResult(result).map((l) => `  ${l}`),
        `  ${pc.dim(link)}`,
        asExpected ? '' : pc.red(`  ${why}\n`),
      ],
    };
  } catch (err) {
    if (!(err instanceof WorkflowFailedError)) throw err;
    const cause = err.cause as { type?: string; message?: string } | undefined;
    return {
      asExpected: false,
      lines: [
        header,
        `  state      ${paintState('failed')} (${cause?.type ?? 'unknown'}): ${cause?.message ?? ''}`,
        `  ${pc.dim(link)}`,
        '',
      ],
    };
  }
}
