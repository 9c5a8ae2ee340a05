/**
 * Dispatch activity: one streaming POST to the gateway per attempt, with the workflow's idempotency key.
 * - Cancellation (workflow cancel, the `cancel` signal, worker shutdown) reaches the HTTP request through the
 *   activity's cancellation signal, which the client wires into an immediate abort.
 * - It heartbeats its progress (bytes, chunks, characters) once a second while it streams, the first after a second
 *   (activities/heartbeatClock.ts: a stream that ends sooner sends none); the workflow's heartbeat timeout turns a
 *   dead worker into a retry.
 * - Each attempt starts a fresh answer: the client builds a new accumulator per call, and nothing of a failed
 *   attempt survives it (heartbeat details are progress counts, never partial text).
 * - Usage the gateway does not report is counted with the model matrix's tokenizer for the model, and priced with its
 *   price table when the gateway reports no cost. The OpenAI format carries attribution (interaction, profile,
 *   workflow id and operator tags) so the gateway can split spend.
 * Logs carry the interaction id, attempt and counts; never payload contents or the idempotency key.
 */
import { Context } from '@temporalio/activity';
import { z } from 'zod';
import { describeIssues } from '../config/errors';
import { FailureTypes, routingFailure } from '../contracts/failures';
import { InferencePayloadSchema, type InferencePayload } from '../contracts/inference';
import type { DispatchResult } from '../contracts/results';
import { modelSettings, type ModelMatrix } from '../config/modelMatrix';
import { buildAttribution } from '../domain/gateway/attribution';
import type { GatewayClient } from '../infra/gateway/client';
import { recordDispatch } from '../infra/metrics/routerMetrics';
import { atActivityBoundary } from './failureBoundary';
import { FIRST_HEARTBEAT_AFTER_MS, heartbeatClock } from './heartbeatClock';

export interface DispatchInput {
  payload: InferencePayload;
  idempotencyKey: string;
  interactionId: string;
  /** The routing profile, for spend attribution. */
  profile?: string;
}

export interface DispatchDependencies {
  models?: ModelMatrix;
  /** LLM_ATTRIBUTION_TAGS, already parsed. */
  attributionTags?: Readonly<Record<string, string>>;
  /** How often the activity heartbeats its progress while it streams (default 1 s, the worker's throttle interval). */
  heartbeatEveryMs?: number;
}

const DispatchInputSchema = z.object({
  payload: InferencePayloadSchema,
  // The IETF draft leaves the key's syntax to the server; visible ASCII keeps it safe in a header.
  idempotencyKey: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x21-\x7e]+$/, 'must be visible ASCII'),
  interactionId: z.string().min(1),
  profile: z.string().min(1).max(64).optional(),
});

export function createDispatchActivities(client: GatewayClient, deps: DispatchDependencies = {}) {
  return atActivityBoundary({
    async dispatchToGateway(input: DispatchInput): Promise<DispatchResult> {
      const parsed = DispatchInputSchema.safeParse(input);
      if (!parsed.success) {
        throw routingFailure(
          FailureTypes.InvalidInferencePayload,
          `dispatch input is invalid: ${describeIssues(parsed.error)}`,
        );
      }
      const { payload, idempotencyKey, interactionId, profile } = parsed.data;
      const ctx = Context.current();
      const { tokenizer, price } = deps.models ? modelSettings(deps.models, payload.model) : {};
      const workflowId = ctx.info.workflowExecution?.workflowId;
      const attribution = buildAttribution({ interactionId, profile, workflowId, tags: deps.attributionTags });
      const attempt = ctx.info.attempt;
      if (attempt > 1) ctx.log.info('dispatch retry starts a fresh answer', { interactionId, attempt });
      // Progress (bytes, chunks, chars) is the heartbeat's details: the Web UI shows it under the pending activity.
      // The clock heartbeats whether chunks arrive or not, so a slow-but-alive stream never trips the workflow's fixed
      // heartbeat timeout; only a dead worker does (the client itself abandons a stream silent for
      // LLM_STREAM_STALL_SECONDS). Each tick also lets a cancellation in (it arrives in the heartbeat's response).
      const everyMs = deps.heartbeatEveryMs ?? FIRST_HEARTBEAT_AFTER_MS;
      const heartbeats = heartbeatClock<object>(ctx, { everyMs, details: { bytes: 0, chunks: 0, chars: 0 } });
      const result = await client
        .streamInference({
          payload,
          idempotencyKey,
          signal: ctx.cancellationSignal,
          onProgress: (latest) => heartbeats.update(latest),
          tokenizer,
          price,
          attribution,
        })
        .finally(() => heartbeats.stop());
      recordDispatch(ctx.metricMeter, payload.model, result.metrics);
      ctx.log.info('dispatch complete', {
        interactionId,
        attempt,
        requestId: result.metrics.requestId,
        chunks: result.metrics.chunks,
        latencyMs: result.metrics.latencyMs,
        usageSource: result.metrics.usage.source,
        costUsd: result.metrics.cost?.usd,
        costSource: result.metrics.cost?.source,
      });
      return { ...result, attempt };
    },
  });
}
