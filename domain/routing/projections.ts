/**
 * The status query, the workflow result and the audit entry as functions of the routing state. Each spreads the whole
 * state and names only what it removes or adds, so a field added to RoutingStateSchema appears in all three.
 */
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import type { SanitizeStatus } from '../../contracts/results';
import type {
  AuditEntry,
  EndedRoutingState,
  RoutingResult,
  RoutingState,
  RoutingStatus,
} from '../../contracts/routingState';
import {
  InjectionVerdictKey,
  RoutingOutcomeKey,
  RoutingProfileKey,
  RoutingStageKey,
  type InjectionVerdict,
} from '../../contracts/searchAttributes';
import { PUBLIC_TEXT_PREFIX } from '../../contracts/publicText';

export function statusOf(state: RoutingState, pendingReplays: number): RoutingStatus {
  return { ...state, pendingReplays };
}

export function resultOf(state: EndedRoutingState, answer: string | undefined): RoutingResult {
  return answer === undefined ? { ...state } : { ...state, answer };
}

export function auditEntryOf(state: EndedRoutingState): AuditEntry {
  const { stage: _stage, audit: _audit, ...entry } = state;
  const answered = state.dispatches.filter((d) => d.outcome === 'completed').at(-1);
  return {
    ...entry,
    status: state.finalState,
    model: answered?.model ?? state.sanitization?.model,
    temperature: state.sanitization?.temperature,
    latencyMs: answered?.metrics?.latencyMs,
    tokenUsage: answered?.metrics?.usage,
    piiRedacted: state.sanitization !== undefined,
    injectionChecked: state.sanitization !== undefined,
  };
}

/** What the Web UI and `temporal workflow list --query` filter on: names and verdicts only, never transcript values. */
export function searchAttributesOf(state: RoutingState): SearchAttributeUpdatePair[] {
  const pairs: SearchAttributeUpdatePair[] = [
    { key: RoutingStageKey, value: state.stage },
    { key: RoutingProfileKey, value: state.profile },
  ];
  if (state.sanitization)
    pairs.push({ key: InjectionVerdictKey, value: INJECTION_VERDICT_OF[state.sanitization.status] });
  if (state.finalState) pairs.push({ key: RoutingOutcomeKey, value: state.finalState });
  else if (state.review && !state.review.decision) pairs.push({ key: RoutingOutcomeKey, value: 'review' });
  return pairs;
}

/** A flagged injection was routed with the verdict recorded: it is what an operator reviews. */
const INJECTION_VERDICT_OF: Record<SanitizeStatus, InjectionVerdict> = {
  clean: 'clean',
  flagged: 'review',
  review: 'review',
  blocked: 'blocked',
};

/**
 * The Web UI's "current details": stage, ids and counts only, never a reason (a cancel reason is operator text).
 * Starts with PUBLIC_TEXT_PREFIX so the payload codec leaves it readable without the codec server.
 */
export function currentDetailsOf(state: RoutingState): string {
  const last = state.dispatches.at(-1);
  const lines = [
    `${PUBLIC_TEXT_PREFIX}**${state.finalState ?? state.stage}** · interaction ${state.interactionId} · profile ${state.profile}`,
  ];
  if (state.stage === 'dispatching' && last) {
    lines.push(
      `dispatch ${state.dispatches.length} (${last.trigger}); streamed bytes and chunks: the dispatch activity's heartbeat details`,
    );
  }
  return lines.join('\n\n');
}
