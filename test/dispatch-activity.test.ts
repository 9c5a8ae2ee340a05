import { CancelledFailure, type Logger } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createDispatchActivities } from '../activities/dispatch';
import { parseModelMatrix } from '../config/modelMatrix';
import type { DispatchResult } from '../contracts/results';
import type { RequestLogEntry } from '../simulators/gateway/server';
import { clientFor, expectedAnswer, failureOf, freshKey, payload, useGatewaySimulator } from './gateway-fixtures';
import { STANDARD_MATRIX_ENTRY } from './fixtures/profiles';

const sim = useGatewaySimulator();

/** Collects every log line the activity writes, so tests can check that nothing sensitive is in them. */
function capturingLogger(lines: string[]): Logger {
  const record = (level: string) => (message: string, meta?: Record<string, unknown>) =>
    void lines.push(`${level} ${message} ${JSON.stringify(meta ?? {})}`);
  return {
    log: (level, message, meta) => record(level)(message, meta),
    trace: record('TRACE'),
    debug: record('DEBUG'),
    info: record('INFO'),
    warn: record('WARN'),
    error: record('ERROR'),
  };
}

const dispatch = () => createDispatchActivities(clientFor(sim())).dispatchToGateway;
const input = (idempotencyKey = freshKey()) => ({ payload: payload(), idempotencyKey, interactionId: 'conv-123' });

describe('dispatchToGateway activity', () => {
  it('heartbeats progress on a clock, records the attempt, and never logs the payload or the key', async () => {
    sim().setChunkDelay(15);
    const logs: string[] = [];
    const env = new MockActivityEnvironment({ attempt: 3 }, { logger: capturingLogger(logs) });
    const heartbeats: Array<{ bytes: number; chunks: number; chars: number }> = [];
    env.on('heartbeat', (d) => heartbeats.push(d));
    const args = input();
    const activity = createDispatchActivities(clientFor(sim()), { heartbeatEveryMs: 40 }).dispatchToGateway;
    const result: DispatchResult = await env.run(activity, args);

    expect(result.answer).toBe(expectedAnswer());
    expect(result.attempt).toBe(3);
    expect(result.idempotencyKey).toBe(args.idempotencyKey);
    // Each tick carries the latest progress: growing counts, never more than the whole answer.
    expect(heartbeats.length).toBeGreaterThan(1);
    const chars = heartbeats.map((h) => h.chars);
    expect(chars).toEqual([...chars].sort((a, b) => a - b));
    expect(chars.at(-1)).toBeGreaterThan(0);
    expect(chars.at(-1)).toBeLessThanOrEqual(expectedAnswer().length);
    expect(heartbeats.length).toBeLessThan(result.metrics.chunks); // a clock, not a heartbeat per chunk
    const logText = logs.join('\n');
    expect(logText).toContain('dispatch complete');
    expect(logText).not.toContain(args.idempotencyKey);
    expect(logText).not.toContain('delivery is late');
    expect(logText).not.toContain('Intent:');
  });

  it('a stream that ends within the heartbeat interval sends no heartbeat', async () => {
    const env = new MockActivityEnvironment();
    let heartbeats = 0;
    env.on('heartbeat', () => heartbeats++);
    const result: DispatchResult = await env.run(dispatch(), input());
    expect(result.answer).toBe(expectedAnswer());
    expect(heartbeats).toBe(0);
  });

  it('cancel() aborts the HTTP request at once', async () => {
    sim().setChunkDelay(200);
    const env = new MockActivityEnvironment();
    const args = input();
    const outcome = env.run(dispatch(), args).then(
      () => 'resolved',
      (err: unknown) => err,
    );
    await sim().waitFor<{ key: string }>('chunk', (c) => c.key === args.idempotencyKey);
    const cancelledAt = Date.now();
    env.cancel();
    const err = await outcome;
    expect(Date.now() - cancelledAt).toBeLessThan(150); // well inside one 200 ms chunk interval
    expect(err).toBeInstanceOf(CancelledFailure);
    const entry = await sim().waitFor<RequestLogEntry>(
      'client-disconnected',
      (r) => r.idempotencyKey === args.idempotencyKey,
      2000,
    );
    expect(entry.clientDisconnected).toBe(true);
  });

  it('a retry after a reset mid-stream returns the whole answer afresh, not partial output appended', async () => {
    const args = input();
    sim().faults.enqueue({ kind: 'reset-mid-stream', afterChunks: 6, key: args.idempotencyKey });
    const first = new MockActivityEnvironment({ attempt: 1 });
    const progress: number[] = [];
    first.on('heartbeat', (d: { chars: number }) => progress.push(d.chars));
    expect(await failureOf(first.run(dispatch(), args))).toMatchObject({ type: 'NetworkError' });

    const second = new MockActivityEnvironment({ attempt: 2 });
    const result: DispatchResult = await second.run(dispatch(), args);
    expect(result.answer).toBe(expectedAnswer());
    expect(result.attempt).toBe(2);
    expect(sim().outcomes(args.idempotencyKey)).toEqual(['failed', 'completed']);
  });

  it('refuses invalid input without calling the gateway, naming the field', async () => {
    const env = new MockActivityEnvironment();
    const key = freshKey();
    const f = await failureOf(env.run(dispatch(), { ...input(key), payload: { ...payload(), temperature: 9 } }));
    expect([f.type, f.nonRetryable]).toEqual(['InvalidInferencePayload', true]);
    expect(f.message).toContain('payload.temperature');
    expect(sim().requests.some((r) => r.idempotencyKey === key)).toBe(false);
  });
});

describe('dispatchToGateway activity: accounting and attribution from the model matrix', () => {
  const models = parseModelMatrix(
    {
      standard: {
        ...STANDARD_MATRIX_ENTRY,
        systemPrompt: 's',
        price: { inputPerMillion: 0.15, outputPerMillion: 0.6 },
      },
    },
    'test',
  );

  it('attributes the request to the interaction, profile and workflow with operator tags, and prices it from the matrix', async () => {
    const client = clientFor(sim(), { format: 'openai', path: '/v1/chat/completions' });
    const activity = createDispatchActivities(client, { models, attributionTags: { team: 'cx' } }).dispatchToGateway;
    const env = new MockActivityEnvironment({ workflowExecution: { workflowId: 'route-conv-123', runId: 'run-1' } });
    const args = { ...input(), profile: 'standard' };
    const result: DispatchResult = await env.run(activity, args);

    const entry = sim().requests.find((r: RequestLogEntry) => r.idempotencyKey === args.idempotencyKey)!;
    expect(entry.attribution).toEqual({
      user: 'genesys-interaction:conv-123',
      metadata: {
        team: 'cx',
        interaction_id: 'conv-123',
        source: 'genesys-llm-router',
        profile: 'standard',
        workflow_id: 'route-conv-123',
      },
    });
    const { prompt_tokens, completion_tokens, source } = result.metrics.usage;
    expect(source).toBe('gateway');
    expect(result.metrics.cost).toEqual({
      usd: Math.round((prompt_tokens * 0.15 + completion_tokens * 0.6) * 1e3) / 1e9,
      source: 'price-table',
    });
  });
});
