/**
 * The routing's signals and query, apart from contracts/routing.ts (which re-exports them) so the workflow can name
 * them without evaluating zod and the schemas: in the SDK's reused V8 context every routing evaluates its own copy of
 * the workflow's module graph.
 */
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { CancelRequest, ReplayRequest, ReviewRequest } from './routing';
import type { RoutingStatus } from './routingState';

export const cancelSignal = defineSignal<[CancelRequest]>('cancel');
export const reviewSignal = defineSignal<[ReviewRequest]>('review');
export const replaySignal = defineSignal<[ReplayRequest]>('replay');
export const statusQuery = defineQuery<RoutingStatus>('status');
