/**
 * The router behind LiteLLM's proxy (installed from PyPI, see scripts/install-litellm.sh) in front of a local
 * OpenAI-compatible upstream, on a real Temporal dev server with the real worker wiring. It checks what a LiteLLM
 * user relies on: the exact answer and usage from the stream, LiteLLM's cost and call id in the result and the
 * audit record, and the attribution (`user` upstream, `metadata` in LiteLLM's own records).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_MODELS_FILE } from '../config/modelMatrix';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { RoutingResult } from '../contracts/routingState';
import { ensureLiteLLM, startLiteLlmProxy, type LiteLlmProxy } from './helpers/litellm';
import { startOpenAiUpstream, UPSTREAM_USAGE, type OpenAiUpstream } from './helpers/openaiUpstream';
import { auditRecordOf, startRouterStack, startSampleRouting, type RouterStack } from './helpers/routerStack';
import { startTemporalServer } from './helpers/temporalServer';

const ANSWER = 'Intent: order_status. Route to: Orders. Summary: a late parcel, customer wants a delivery date.';
const PRICE = { input: 0.000001, output: 0.000002 };

/** The shipped matrix plus a profile whose first model LiteLLM does not know. */
function modelsFileWithFallback(): string {
  const shipped = JSON.parse(readFileSync(DEFAULT_MODELS_FILE, 'utf8')) as Record<string, Record<string, unknown>>;
  const fallback = {
    ...shipped.standard,
    modelId: 'retired-model',
    fallbacks: [{ modelId: 'gpt-4o-mini', tokenizer: 'o200k_base' }],
  };
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'models-')), 'models.json');
  writeFileSync(file, JSON.stringify({ ...shipped, fallback }));
  return file;
}

const litellm = ensureLiteLLM();
if ('skip' in litellm) console.warn(`SKIPPED: ${litellm.skip}`);
const describeWithLiteLLM = 'skip' in litellm ? describe.skip : describe;

describeWithLiteLLM('the router behind LiteLLM', () => {
  let testEnv: TestWorkflowEnvironment;
  let upstream: OpenAiUpstream;
  let proxy: LiteLlmProxy;
  let stack: RouterStack;

  beforeAll(async () => {
    upstream = await startOpenAiUpstream({ answer: ANSWER, models: ['gpt-4o-mini'] });
    const executable = (litellm as { path: string }).path;
    [testEnv, proxy] = await Promise.all([
      startTemporalServer(),
      startLiteLlmProxy(executable, upstream.url, [
        {
          name: 'gpt-4o-mini',
          upstreamModel: 'openai/gpt-4o-mini',
          inputCostPerToken: PRICE.input,
          outputCostPerToken: PRICE.output,
        },
      ]),
    ]);
    stack = await startRouterStack(testEnv, {
      env: {
        LLM_GATEWAY_URL: proxy.url,
        LLM_GATEWAY_KEY: proxy.masterKey,
        LLM_GATEWAY_PATH: '/v1/chat/completions',
        LLM_GATEWAY_FORMAT: 'openai',
        LLM_ATTRIBUTION_TAGS: 'team=cx,env=test',
        // LiteLLM on a busy CI machine can take seconds to its first byte; a stall retry would be a second billed call.
        LLM_STREAM_STALL_SECONDS: '30',
        ROUTER_MODELS_FILE: modelsFileWithFallback(),
      },
    });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
    await proxy?.stop();
    await upstream?.close();
    await testEnv?.teardown();
  });

  it("completes with LiteLLM's exact answer, usage, cost and call id, attributed without PII", async () => {
    const { interactionId, started } = await startSampleRouting(stack, 'standard');
    const result: RoutingResult = await stack.run(() => started.handle.result());

    expect(result.finalState).toBe('completed');
    expect(result.answer).toBe(ANSWER);
    expect(result.dispatches).toHaveLength(1);
    const dispatch = result.dispatches[0]!.metrics;
    expect(dispatch?.usage).toEqual({ ...UPSTREAM_USAGE, source: 'gateway' });

    // The call LiteLLM logged under the id the router recorded (a retried dispatch would be a second, billed call).
    const spend = proxy.spendLog().find((entry) => entry.call_id === dispatch?.requestId);
    expect(spend).toBeDefined();
    const expectedCost = UPSTREAM_USAGE.prompt_tokens * PRICE.input + UPSTREAM_USAGE.completion_tokens * PRICE.output;
    // LiteLLM's figure from the stream's usage chunk (the matrix's own gpt-4o-mini price would give 1.4e-5). Its spend
    // log may differ: for streams LiteLLM's logging recounts the prompt with its own tokenizer.
    expect(dispatch?.cost).toEqual({ usd: expect.closeTo(expectedCost, 12), source: 'gateway' });
    expect(spend!.cost).toBeGreaterThan(0);
    // x-litellm-call-id: the id LiteLLM's own logs know this call by.
    expect(spend!.call_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(dispatch?.requestId).toBe(spend!.call_id);

    // What reached the provider: the `user` attribution, never the gateway's key or metadata it keeps to itself.
    const forThisRouting = upstream.requests.filter((r) => r.body.user === `genesys-interaction:${interactionId}`);
    expect(forThisRouting.length).toBeGreaterThanOrEqual(1);
    expect(forThisRouting.length).toBeLessThanOrEqual(result.dispatches[0]!.attempt ?? 1);
    const received = forThisRouting.at(-1)!;
    expect(received.body.model).toBe('gpt-4o-mini');
    expect(received.body.user).toBe(`genesys-interaction:${interactionId}`);
    expect(received.body).not.toHaveProperty('metadata');
    expect(received.headers.authorization).toBe('Bearer upstream-provider-key');
    // LiteLLM does not forward Idempotency-Key (see README, "Idempotency behind a gateway").
    expect(received.headers['idempotency-key']).toBeUndefined();

    // What LiteLLM recorded for spend attribution.
    expect(spend!.user).toBe(`genesys-interaction:${interactionId}`);
    expect(spend!.metadata).toMatchObject({
      interaction_id: interactionId,
      workflow_id: started.workflowId,
      source: 'genesys-llm-router',
      team: 'cx',
      env: 'test',
    });
    const attributed = JSON.stringify({ user: received.body.user, metadata: spend!.metadata });
    for (const transcriptText of ['ORD-58213', 'birthday', 'Web visitor'])
      expect(attributed).not.toContain(transcriptText);

    // The audit record links to the gateway's logs and states the cost.
    const audit = auditRecordOf(stack, started.workflowId);
    expect(audit?.dispatches[0]?.metrics?.requestId).toBe(spend!.call_id);
    expect(audit?.dispatches[0]?.metrics?.cost).toEqual({ usd: expect.closeTo(expectedCost, 12), source: 'gateway' });
  }, 120_000);

  it("moves from a model LiteLLM does not know to the profile's next one and completes", async () => {
    const { interactionId, started } = await startSampleRouting(stack, 'fallback');
    const result: RoutingResult = await stack.run(() => started.handle.result());
    expect(result.finalState).toBe('completed');
    expect(result.answer).toBe(ANSWER);
    expect(result.dispatches.map((d) => [d.model, d.outcome, d.failure])).toEqual([
      ['retired-model', 'failed', 'ModelUnavailable'],
      ['gpt-4o-mini', 'completed', undefined],
    ]);
    expect(new Set(result.dispatches.map((d) => d.idempotencyKey)).size).toBe(2);
    // LiteLLM refused the unknown model itself: only the fallback reached the provider.
    expect(
      upstream.requests.filter((r) => r.body.user === `genesys-interaction:${interactionId}`).map((r) => r.body.model),
    ).toEqual(['gpt-4o-mini']);
  }, 120_000);
});
