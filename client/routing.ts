/**
 * Client-side operations on routings, shared by the CLI, the demo and the tests:
 * start-or-attach, find the routing of an interaction, replay.
 */
import { WorkflowExecutionAlreadyStartedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { RouteInputSchema, WORKFLOW_TYPE, replaySignal, workflowIdFor, type RouteInput } from '../contracts/routing';
import { publicText } from '../contracts/publicText';
import type { routeInteraction } from '../workflows';

export type RoutingHandle = WorkflowHandle<typeof routeInteraction>;

export interface StartedRouting {
  handle: RoutingHandle;
  workflowId: string;
  runId: string;
  /** True when a routing for this interaction was already running and we attached to it. */
  attached: boolean;
  /** Set when the interaction was routed before and that run is closed; nothing was started. */
  closedStatus?: string;
}

/** What a start did: a new routing, one already running (attached), or none because the interaction was routed before. */
export type StartOutcome = 'started' | 'attached' | 'already-routed';

export function startOutcomeOf(started: StartedRouting): StartOutcome {
  if (started.attached) return 'attached';
  return started.closedStatus !== undefined ? 'already-routed' : 'started';
}

export type RoutingStarter = (
  interactionId: string,
  profile: string,
) => Promise<{ workflowId: string; outcome: StartOutcome }>;

/** Start-or-attach bound to a client: what the trigger service and the discovery activities call. */
export function routingStarter(
  client: Client,
  taskQueue: string,
  requestedBy: string,
  deadlineMs = 10_000,
): RoutingStarter {
  return async (interactionId, profile) => {
    const started = await client.withDeadline(Date.now() + deadlineMs, () =>
      startRouting(client, { interactionId, profile, requestedBy }, taskQueue),
    );
    return { workflowId: started.workflowId, outcome: startOutcomeOf(started) };
  };
}

export function toWorkflowId(ref: string): string {
  return ref.startsWith('route-') ? ref : workflowIdFor(ref);
}

/**
 * Start a routing, or attach to the one already running for the interaction. The server decides
 * atomically (conflict policy FAIL), so two starts can never create two running routings.
 */
export async function startRouting(client: Client, input: RouteInput, taskQueue: string): Promise<StartedRouting> {
  const valid = RouteInputSchema.parse(input);
  const workflowId = workflowIdFor(valid.interactionId);
  try {
    const handle = await client.workflow.start<typeof routeInteraction>(WORKFLOW_TYPE, {
      workflowId,
      taskQueue,
      args: [valid],
      workflowIdConflictPolicy: 'FAIL',
      workflowIdReusePolicy: valid.replayOf ? 'ALLOW_DUPLICATE' : 'REJECT_DUPLICATE',
      memo: { profile: valid.profile },
      staticSummary: publicText(
        `route interaction ${valid.interactionId} (${valid.profile})${valid.replayOf ? ', replay' : ''}`,
      ),
    });
    return { handle, workflowId, runId: handle.firstExecutionRunId, attached: false };
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    const handle = client.workflow.getHandle<typeof routeInteraction>(workflowId);
    const description = await handle.describe();
    const running = description.status.name === 'RUNNING';
    return {
      handle,
      workflowId,
      runId: description.runId,
      attached: running,
      closedStatus: running ? undefined : description.status.name,
    };
  }
}

export type ReplayOutcome =
  | { kind: 'signalled'; workflowId: string; runId: string }
  | { kind: 'restarted'; started: StartedRouting; replayOf: string };

/** A running routing dispatches again on signal; a closed one is routed afresh as a new run that names the old one. */
export async function replayRouting(
  client: Client,
  ref: string,
  options: { profile?: string; requestedBy?: string },
  taskQueue: string,
): Promise<ReplayOutcome> {
  const workflowId = toWorkflowId(ref);
  const handle = client.workflow.getHandle<typeof routeInteraction>(workflowId);
  const description = await handle.describe();
  if (description.status.name === 'RUNNING') {
    await handle.signal(replaySignal, { profile: options.profile, requestedBy: options.requestedBy });
    return { kind: 'signalled', workflowId, runId: description.runId };
  }
  const previousProfile = (description.memo?.profile as string | undefined) ?? 'standard';
  const interactionId = workflowId.slice('route-'.length);
  const started = await startRouting(
    client,
    {
      interactionId,
      profile: options.profile ?? previousProfile,
      requestedBy: options.requestedBy,
      replayOf: description.runId,
    },
    taskQueue,
  );
  return { kind: 'restarted', started, replayOf: description.runId };
}
