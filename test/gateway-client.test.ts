import { getEncoding } from 'js-tiktoken';
import { createEmbeddingsClient } from '../infra/gateway/client';
import { tokenPieces } from '../simulators/gateway/answer';
import { embedText } from '../simulators/gateway/embeddings';
import type { RequestLogEntry } from '../simulators/gateway/server';
import {
  TEST_KEY,
  clientFor,
  expectedAnswer,
  failureOf,
  freshKey,
  payload,
  quietLogger,
  useGatewaySimulator,
} from './gateway-fixtures';

const o200k = getEncoding('o200k_base');
const sim = useGatewaySimulator();

describe('gateway client: success', () => {
  it('streams the answer with the required headers and tokenizer usage in the tutorial format', async () => {
    const key = freshKey();
    const result = await clientFor(sim()).streamInference({ payload: payload(), idempotencyKey: key });
    expect(result.answer).toBe(expectedAnswer());
    expect(result.idempotencyKey).toBe(key);
    expect(result.model).toBe('gpt-4o-mini');
    const m = result.metrics;
    expect(m.finishReason).toBe('stop');
    expect(m.chunks).toBe(tokenPieces(expectedAnswer()).length + 1); // plus the role chunk
    expect(m.completionChars).toBe(expectedAnswer().length);
    expect(m.bytes).toBeGreaterThan(m.completionChars);
    expect(m.timeToFirstTokenMs).not.toBeNull();
    expect(m.timeToFirstTokenMs!).toBeLessThanOrEqual(m.latencyMs);
    expect(m.requestId).toMatch(/^req_/);
    expect(m.usage.source).toBe('tokenizer');
    expect(m.usage.completion_tokens).toBe(o200k.encode(expectedAnswer()).length);
    expect(m.usage.total_tokens).toBe(m.usage.prompt_tokens + m.usage.completion_tokens);

    const entry = sim().requests.find((r) => r.idempotencyKey === key)!;
    expect(entry.headers).toMatchObject({
      'idempotency-key': key,
      'x-request-format': 'strict',
      'content-type': 'application/json',
      authorization: '[redacted]',
    });
  });

  it("takes usage from the gateway's usage chunk in the openai format, on the chat/completions path", async () => {
    const result = await clientFor(sim(), { format: 'openai', path: '/v1/chat/completions' }).streamInference({
      payload: payload(),
      idempotencyKey: freshKey(),
    });
    const prompt = payload().messages.reduce((n, m) => n + o200k.encode(m.content).length, 0);
    const completion = tokenPieces(expectedAnswer()).length; // the simulator bills one token per streamed piece
    expect(result.metrics.usage).toEqual({
      prompt_tokens: prompt,
      completion_tokens: completion,
      total_tokens: prompt + completion,
      source: 'gateway',
    });
    expect(result.answer).toBe(expectedAnswer());
  });

  it('reports progress while streaming', async () => {
    const seen: number[] = [];
    await clientFor(sim()).streamInference({
      payload: payload(),
      idempotencyKey: freshKey(),
      onProgress: (p) => seen.push(p.chars),
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(expectedAnswer().length);
  });
});

describe('gateway client: every simulator fault ends as described', () => {
  const run = (key = freshKey(), retryAfterMaxSeconds = 300) =>
    clientFor(sim(), { retryAfterMaxSeconds }).streamInference({ payload: payload(), idempotencyKey: key });

  it('429 with delta-seconds and with an HTTP-date -> RateLimited with the right retry delay, capped', async () => {
    sim().faults.enqueue({ kind: '429', retryAfter: '2' });
    expect(await failureOf(run())).toMatchObject({ type: 'RateLimited', nonRetryable: false, retryAfterMs: 2000 });

    sim().faults.enqueue({ kind: '429', retryAfter: new Date(Date.now() + 10_000).toUTCString() });
    const dated = await failureOf(run());
    expect(dated.type).toBe('RateLimited');
    expect(dated.retryAfterMs).toBeGreaterThan(8000);
    expect(dated.retryAfterMs).toBeLessThanOrEqual(10_000);

    sim().faults.enqueue({ kind: '429', retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' });
    expect((await failureOf(run())).retryAfterMs).toBe(0);

    sim().faults.enqueue({ kind: '429', retryAfter: '3600' });
    expect((await failureOf(run(freshKey(), 5))).retryAfterMs).toBe(5000);
  });

  it('503 honours Retry-After; 500 is retryable without a delay', async () => {
    sim().faults.enqueue({ kind: '503', retryAfter: '3' }, { kind: '500' });
    expect(await failureOf(run())).toMatchObject({
      type: 'UpstreamUnavailable',
      nonRetryable: false,
      retryAfterMs: 3000,
    });
    const internal = await failureOf(run());
    expect([internal.type, internal.nonRetryable, internal.retryAfterMs]).toEqual([
      'UpstreamUnavailable',
      false,
      undefined,
    ]);
    expect(internal.message).toContain('HTTP 500');
  });

  it('a reset mid-stream is a retryable NetworkError; the retry executes again and starts the answer afresh', async () => {
    const key = freshKey();
    sim().faults.enqueue({ kind: 'reset-mid-stream', afterChunks: 4, key });
    expect(await failureOf(run(key))).toMatchObject({ type: 'NetworkError', nonRetryable: false });
    const retry = await run(key);
    expect(retry.answer).toBe(expectedAnswer());
    expect(sim().outcomes(key)).toEqual(['failed', 'completed']); // billed twice: the gateway itself failed to deliver
  });

  it('malformed lines -> GatewayMalformedResponse', async () => {
    sim().faults.enqueue({ kind: 'malformed-lines' });
    expect(await failureOf(run())).toMatchObject({ type: 'GatewayMalformedResponse', nonRetryable: false });
  });

  it('an error event -> StreamError with the gateway text', async () => {
    sim().faults.enqueue({ kind: 'error-event' });
    const f = await failureOf(run());
    expect(f.type).toBe('StreamError');
    expect(f.message).toContain('model_overloaded');
  });

  it('a stream without [DONE] (or finish_reason) -> StreamTruncated', async () => {
    sim().faults.enqueue({ kind: 'missing-done', afterChunks: 5 });
    expect(await failureOf(run())).toMatchObject({ type: 'StreamTruncated', nonRetryable: false });
  });

  it.each(['400', '401', '413', '422'] as const)(
    '%s -> non-retryable GatewayRejected naming the status, never the key',
    async (status) => {
      sim().faults.enqueue({ kind: status });
      const f = await failureOf(run());
      expect(f.type).toBe('GatewayRejected');
      expect(f.nonRetryable).toBe(true);
      expect(f.message).toMatch(new RegExp(`HTTP ${status} \\(\\w+\\): \\w+`));
      expect(f.message).not.toContain(TEST_KEY);
    },
  );

  it('a wrong key -> 401 GatewayRejected without the key, even though the gateway echoes part of it', async () => {
    const wrong = 'sk-gw-wrong-key-abcdefgh1234';
    const f = await failureOf(
      clientFor(sim(), { apiKey: wrong }).streamInference({ payload: payload(), idempotencyKey: freshKey() }),
    );
    expect(f.message).toContain('HTTP 401 (invalid_api_key): Incorrect API key provided');
    expect(f.message).not.toMatch(/wrong|1234/);
  });

  it('the same key still in flight -> retryable GatewayConflict honouring Retry-After', async () => {
    sim().setChunkDelay(10);
    const key = freshKey();
    const first = run(key);
    await sim().waitFor<{ key: string }>('chunk', (c) => c.key === key);
    expect(await failureOf(run(key))).toMatchObject({
      type: 'GatewayConflict',
      nonRetryable: false,
      retryAfterMs: 1000,
    });
    expect((await first).answer).toBe(expectedAnswer());
    expect(sim().executions(key)).toBe(1);
  });

  it('a stream silent for the stall timeout is abandoned as a retryable StreamStalled and its connection closed', async () => {
    const key = freshKey();
    sim().faults.enqueue({ kind: 'stall', afterChunks: 2, key });
    const startedAt = Date.now();
    const err = await failureOf(
      clientFor(sim(), { stallTimeoutSeconds: 1 }).streamInference({ payload: payload(), idempotencyKey: key }),
    );
    expect(err).toMatchObject({ type: 'StreamStalled', nonRetryable: false });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1000);
    await sim().waitFor<RequestLogEntry>('client-disconnected', (r) => r.idempotencyKey === key, 2000);
  });

  it('a stall is ended at once by aborting the signal (cancellation reaches the request)', async () => {
    const key = freshKey();
    sim().faults.enqueue({ kind: 'stall', afterChunks: 2, key });
    const controller = new AbortController();
    const outcome = clientFor(sim())
      .streamInference({ payload: payload(), idempotencyKey: key, signal: controller.signal })
      .then(
        () => 'resolved',
        (err: Error) => err,
      );
    await sim().waitFor<{ key: string; sent: number }>('chunk', (c) => c.key === key && c.sent === 2);
    const abortedAt = Date.now();
    controller.abort();
    const err = await outcome;
    expect(Date.now() - abortedAt).toBeLessThan(250);
    expect((err as Error).name).toBe('AbortError');
    const end = await sim().waitFor<{ key: string; outcome: string }>('execution-end', (e) => e.key === key);
    expect(end.outcome).toBe('failed');
    await sim().waitFor<RequestLogEntry>('client-disconnected', (r) => r.idempotencyKey === key, 2000);
  });

  it('an already-aborted signal sends nothing', async () => {
    const key = freshKey();
    const controller = new AbortController();
    controller.abort(new Error('shutting down'));
    await expect(
      clientFor(sim()).streamInference({ payload: payload(), idempotencyKey: key, signal: controller.signal }),
    ).rejects.toThrow('shutting down');
    expect(sim().requests.some((r) => r.idempotencyKey === key)).toBe(false);
  });
});

describe('embeddings client', () => {
  it('embeds through /v1/embeddings in input order', async () => {
    const client = createEmbeddingsClient({ baseUrl: sim().url, apiKey: TEST_KEY, logger: quietLogger });
    const vectors = await client.embed(['late order delivery', 'password reset']);
    expect(vectors).toEqual([embedText('late order delivery'), embedText('password reset')]);
    expect(await client.embed([])).toEqual([]);
  });

  it('classifies a rejection like any gateway answer', async () => {
    const client = createEmbeddingsClient({ baseUrl: sim().url, apiKey: 'sk-gw-not-the-key-99', logger: quietLogger });
    const f = await failureOf(client.embed(['x']));
    expect([f.type, f.nonRetryable]).toEqual(['GatewayRejected', true]);
    expect(f.message).not.toContain('sk-gw-not-the-key-99');
  });
});
