/**
 * Custom search attributes a routing upserts as it moves, so operators can filter routings in the Web UI and CLI
 * (`RoutingOutcome="blocked"`). Never a transcript value: outcomes, profile names, stage names and verdicts only.
 * Registered by the demo's dev server and by `cli setup` on a cluster.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const ROUTING_OUTCOMES = ['completed', 'blocked', 'review', 'failed', 'cancelled'] as const;
export type RoutingOutcome = (typeof ROUTING_OUTCOMES)[number];

export const INJECTION_VERDICTS = ['clean', 'review', 'blocked'] as const;
export type InjectionVerdict = (typeof INJECTION_VERDICTS)[number];

export const RoutingOutcomeKey = defineSearchAttributeKey('RoutingOutcome', SearchAttributeType.KEYWORD);
export const RoutingProfileKey = defineSearchAttributeKey('RoutingProfile', SearchAttributeType.KEYWORD);
export const RoutingStageKey = defineSearchAttributeKey('RoutingStage', SearchAttributeType.KEYWORD);
export const InjectionVerdictKey = defineSearchAttributeKey('InjectionVerdict', SearchAttributeType.KEYWORD);

/** Name -> type, in the form `temporal operator search-attribute create` and the dev server's flag take. */
export const ROUTER_SEARCH_ATTRIBUTES: Record<string, 'Keyword'> = {
  RoutingOutcome: 'Keyword',
  RoutingProfile: 'Keyword',
  RoutingStage: 'Keyword',
  InjectionVerdict: 'Keyword',
};
