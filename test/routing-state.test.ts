/** The routing state's transitions and projections, without Temporal: pure functions of state and facts. */
import {
  AuditEntrySchema,
  RoutingResultSchema,
  RoutingStateSchema,
  RoutingStatusSchema,
} from '../contracts/routingState';
import type { DispatchMetrics, SanitizeOutcome } from '../contracts/results';
import { toAuditBody } from '../domain/audit';
import { auditEntryOf, currentDetailsOf, resultOf, searchAttributesOf, statusOf } from '../domain/routing/projections';
import * as to from '../domain/routing/transitions';
import { PUBLIC_TEXT_PREFIX } from '../contracts/publicText';

const T0 = Date.UTC(2026, 10, 29, 12, 0, 0);
const profile = {
  modelId: 'gpt-4o-mini',
  temperature: 0.2,
  maxContextWindow: 8192,
  maxTokens: 512,
  systemPrompt: 's',
  injectionPolicy: 'block' as const,
};
const report: SanitizeOutcome['report'] = {
  pii: { EMAIL: 1 },
  piiTotal: 1,
  injection: { verdict: 'clean', score: 0, families: [], policy: 'block' },
  tokens: { before: 10, after: 10, budget: 7000, tokenizer: 'o200k_base' },
  turnsDropped: 0,
  truncatedTurns: 0,
};
const clean: SanitizeOutcome = { status: 'clean', profile, report };
const metrics: DispatchMetrics = {
  timeToFirstTokenMs: 5,
  latencyMs: 40,
  chunks: 3,
  bytes: 300,
  completionChars: 20,
  usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, source: 'gateway' },
  finishReason: 'stop',
};

const started = () =>
  to.routingStarted({
    workflowId: 'route-c1',
    runId: 'run-1',
    interactionId: 'c1',
    profile: 'standard',
    requestedBy: 'ops',
  });

/** A routing that dispatched, synced, then replayed with another profile. */
function replayedRouting() {
  let s = to.stepStarted(started(), 'fetch', T0);
  s = to.stepEnded(s, 'fetch', T0 + 1500, 2);
  s = to.sanitized(s, clean, 'standard');
  s = to.dispatchStarted(s, { idempotencyKey: 'key-1', trigger: 'first', model: 'gpt-4o-mini' });
  s = to.dispatchCompleted(s, 'key-1', metrics, 1);
  s = to.stepStarted(s, 'vectorSync', T0 + 2000);
  s = to.vectorSynced(s, 'synced');
  s = to.sanitized(s, { ...clean, profile: { ...profile, modelId: 'gpt-4o' } }, 'complex');
  s = to.dispatchStarted(s, { idempotencyKey: 'key-2', trigger: 'replay', model: 'gpt-4o', requestedBy: 'lead' });
  s = to.dispatchCompleted(s, 'key-2', metrics, 3);
  return s;
}

describe('transitions', () => {
  it('a step records its stage, workflow-time timing and the attempt its result reported', () => {
    let s = to.stepStarted(started(), 'fetch', T0);
    expect(s.stage).toBe('fetching');
    expect(s.steps.fetch).toEqual({ startedAt: '2026-11-29T12:00:00.000Z' });
    s = to.stepEnded(s, 'fetch', T0 + 1500, 2);
    expect(s.steps.fetch).toEqual({
      startedAt: '2026-11-29T12:00:00.000Z',
      endedAt: '2026-11-29T12:00:01.500Z',
      durationMs: 1500,
      attempt: 2,
    });
  });

  it('a failed step ends its timing without claiming an attempt', () => {
    const s = to.stepEnded(to.stepStarted(started(), 'dispatch', T0), 'dispatch', T0 + 10);
    expect(s.steps.dispatch).toMatchObject({ durationMs: 10 });
    expect(s.steps.dispatch?.attempt).toBeUndefined();
  });

  it('every dispatch stays on record with its key, trigger, profile, model and outcome', () => {
    const s = replayedRouting();
    expect(s.profile).toBe('complex');
    expect(s.dispatches).toEqual([
      {
        idempotencyKey: 'key-1',
        trigger: 'first',
        profile: 'standard',
        model: 'gpt-4o-mini',
        outcome: 'completed',
        metrics,
        attempt: 1,
      },
      {
        idempotencyKey: 'key-2',
        trigger: 'replay',
        requestedBy: 'lead',
        profile: 'complex',
        model: 'gpt-4o',
        outcome: 'completed',
        metrics,
        attempt: 3,
      },
    ]);
  });

  it('a dispatch still streaming when the routing ends keeps its key, marked cancelled or failed', () => {
    const streaming = to.dispatchStarted(replayedRouting(), {
      idempotencyKey: 'key-3',
      trigger: 'replay',
      model: 'gpt-4o',
    });
    expect(to.routingEnded(streaming, 'cancelled', 'operator stop').dispatches[2]).toMatchObject({
      idempotencyKey: 'key-3',
      outcome: 'cancelled',
    });
    expect(to.routingEnded(streaming, 'failed', 'StreamError').dispatches[2]).toMatchObject({
      outcome: 'failed',
      failure: 'StreamError',
    });
  });

  it('compensation is needed only when a vector upsert was attempted and the routing did not complete', () => {
    const synced = replayedRouting();
    expect(to.needsCompensation(to.routingEnded(synced, 'completed'))).toBe(false);
    expect(to.needsCompensation(to.routingEnded(synced, 'cancelled', 'x'))).toBe(true);
    expect(to.needsCompensation(to.routingEnded(started(), 'failed', 'GenesysNotFound'))).toBe(false);
    expect(
      to.compensationFailed(to.routingEnded(synced, 'cancelled', 'operator stop'), 'VectorStoreRejected'),
    ).toMatchObject({
      vectorSyncStatus: 'failed',
      reason: 'operator stop; compensation failed: VectorStoreRejected',
    });
  });
});

describe('projections', () => {
  const ended = to.audited(to.routingEnded(replayedRouting(), 'completed'), { sequence: 7, hash: 'abc' });

  it('status, result and audit entry are the state plus or minus named fields, each valid under its schema', () => {
    expect(RoutingStateSchema.parse(ended)).toEqual(ended);
    expect(RoutingStatusSchema.parse(statusOf(ended, 2))).toEqual({ ...ended, pendingReplays: 2 });
    expect(RoutingResultSchema.parse(resultOf(ended, 'the answer'))).toEqual({ ...ended, answer: 'the answer' });
    const entry = auditEntryOf(ended);
    expect(AuditEntrySchema.parse(entry)).toEqual(entry);
    const { stage: _s, audit: _a, ...rest } = ended;
    expect(entry).toEqual({
      ...rest,
      status: 'completed',
      model: 'gpt-4o',
      temperature: 0.2,
      latencyMs: 40,
      tokenUsage: metrics.usage,
      piiRedacted: true,
      injectionChecked: true,
    });
  });

  it("the audit body of a replayed routing lists both dispatches' keys, and never the answer", () => {
    const body = toAuditBody({ ...auditEntryOf(ended), answer: 'secret answer' } as never, '2026-11-29T12:00:05.000Z');
    expect(body.dispatches.map((d) => d.idempotencyKey)).toEqual(['key-1', 'key-2']);
    expect(JSON.stringify(body)).not.toContain('secret answer');
  });

  it('search attributes carry stage, profile, injection verdict and outcome; never a reason', () => {
    const blocked = to.routingEnded(
      to.sanitized(started(), { ...clean, status: 'blocked' }, 'standard'),
      'blocked',
      'prompt injection: override',
    );
    const values = Object.fromEntries(searchAttributesOf(blocked).map(({ key, value }) => [key.name, value]));
    expect(values).toEqual({
      RoutingStage: 'starting',
      RoutingProfile: 'standard',
      InjectionVerdict: 'blocked',
      RoutingOutcome: 'blocked',
    });
    const flagged = to.sanitized(started(), { ...clean, status: 'flagged' }, 'standard');
    expect(searchAttributesOf(flagged).find((p) => p.key.name === 'InjectionVerdict')?.value).toBe('review');
  });

  it('current details start with the public prefix and name the stage, never a cancel reason', () => {
    const cancelled = to.routingEnded(replayedRouting(), 'cancelled', 'customer Jane Doe called back');
    const details = currentDetailsOf(cancelled);
    expect(details.startsWith(PUBLIC_TEXT_PREFIX)).toBe(true);
    expect(details).toContain('cancelled');
    expect(details).not.toContain('Jane');
    const dispatching = to.stepStarted(
      to.dispatchStarted(started(), { idempotencyKey: 'k', trigger: 'first', model: 'm' }),
      'dispatch',
      T0,
    );
    expect(currentDetailsOf(dispatching)).toMatch(/dispatching[\s\S]*dispatch 1 \(first\)/);
  });
});
