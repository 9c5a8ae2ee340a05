/**
 * What a dispatch tells about itself beyond the answer: the gateway's request id, the cost, the attribution it
 * carried, and which refusals send it to the profile's next model.
 */
import { buildAttribution, parseAttributionTags } from '../domain/gateway/attribution';
import { gatewayResponseFailure } from '../domain/gateway/gatewayError';
import { resolveCost } from '../domain/gateway/cost';
import { requestIdFrom } from '../domain/gateway/requestId';
import {
  modelChain,
  modelIds,
  modelSettings,
  modelsCountedByEstimate,
  loadModelMatrix,
  parseModelMatrix,
} from '../config/modelMatrix';
import { loadEnv } from '../config/env';
import { clientFor, freshKey, payload, useGatewaySimulator } from './gateway-fixtures';

const usage = { prompt_tokens: 1000, completion_tokens: 200, total_tokens: 1200, source: 'gateway' as const };

describe('request id', () => {
  it('prefers x-request-id, then the gateway-specific headers, then the stream id', () => {
    expect(requestIdFrom({ 'X-Request-Id': 'req_1', 'x-litellm-call-id': 'call-2' }, 'chatcmpl-3')).toBe('req_1');
    expect(requestIdFrom({ 'x-litellm-call-id': 'd93b0c9c-a805', 'request-id': 'up-1' }, 'chatcmpl-3')).toBe(
      'd93b0c9c-a805',
    );
    expect(requestIdFrom({ 'apim-request-id': 'azure-9' })).toBe('azure-9');
    expect(requestIdFrom({}, 'chatcmpl-3')).toBe('chatcmpl-3');
    expect(requestIdFrom({})).toBeUndefined();
  });

  it('records no id that is not an opaque token', () => {
    expect(requestIdFrom({ 'x-request-id': 'has spaces in it' }, 'chatcmpl-ok')).toBe('chatcmpl-ok');
    expect(requestIdFrom({ 'x-request-id': 'x'.repeat(500) })).toBeUndefined();
  });
});

describe('cost', () => {
  const price = { inputPerMillion: 0.15, outputPerMillion: 0.6 };

  it("takes the gateway's usage.cost first, then its cost header, then the price table", () => {
    expect(resolveCost({ usageCost: 2.85e-6, headers: { 'x-litellm-response-cost': '0.5' }, usage, price })).toEqual({
      usd: 2.85e-6,
      source: 'gateway',
    });
    expect(resolveCost({ headers: { 'x-litellm-response-cost': '0.00042' }, usage, price })).toEqual({
      usd: 0.00042,
      source: 'gateway',
    });
    expect(resolveCost({ headers: {}, usage, price })).toEqual({ usd: 0.00027, source: 'price-table' });
  });

  it('ignores a streaming header that says 0 before the tokens are counted, and garbage', () => {
    expect(resolveCost({ headers: { 'x-litellm-response-cost': '0.0' }, usage, price })?.source).toBe('price-table');
    expect(resolveCost({ usageCost: 'lots', headers: {}, usage, price })?.source).toBe('price-table');
    expect(resolveCost({ usageCost: -1, headers: {}, usage })).toBeUndefined();
  });
});

describe('attribution', () => {
  it('carries opaque ids and operator tags; the router keys win over a tag of the same name', () => {
    const a = buildAttribution({
      interactionId: 'c0ffee-1',
      profile: 'standard',
      workflowId: 'route-c0ffee-1',
      tags: { team: 'cx', profile: 'spoofed' },
    });
    expect(a).toEqual({
      user: 'genesys-interaction:c0ffee-1',
      metadata: {
        team: 'cx',
        profile: 'standard',
        interaction_id: 'c0ffee-1',
        workflow_id: 'route-c0ffee-1',
        source: 'genesys-llm-router',
      },
    });
  });

  it('parses LLM_ATTRIBUTION_TAGS and names a bad entry by position, not value', () => {
    expect(parseAttributionTags('team=cx, env=prod')).toEqual({ team: 'cx', env: 'prod' });
    expect(parseAttributionTags(undefined)).toEqual({});
    expect(() => parseAttributionTags('team=cx,jane doe@example')).toThrow(/^tag 2 is not key=value/);
    expect(() => loadEnv({ LLM_ATTRIBUTION_TAGS: 'secret value' })).toThrow(
      /LLM_ATTRIBUTION_TAGS: tag 1 is not key=value/,
    );
  });

  const sim = useGatewaySimulator();
  const attribution = buildAttribution({
    interactionId: 'c0ffee-2',
    profile: 'standard',
    workflowId: 'route-c0ffee-2',
  });

  it('is sent as user and metadata in the OpenAI format only', async () => {
    const openaiKey = freshKey();
    await clientFor(sim(), { format: 'openai', path: '/v1/chat/completions' }).streamInference({
      payload: payload(),
      idempotencyKey: openaiKey,
      attribution,
    });
    expect(sim().requests.find((r) => r.idempotencyKey === openaiKey)?.attribution).toEqual(attribution);
    const tutorialKey = freshKey();
    await clientFor(sim()).streamInference({ payload: payload(), idempotencyKey: tutorialKey, attribution });
    expect(sim().requests.find((r) => r.idempotencyKey === tutorialKey)?.attribution).toBeUndefined();
  });

  it('prices a dispatch from the matrix when the gateway reports no cost', async () => {
    const result = await clientFor(sim()).streamInference({
      payload: payload(),
      idempotencyKey: freshKey(),
      price: { inputPerMillion: 1, outputPerMillion: 2 },
    });
    const { prompt_tokens, completion_tokens } = result.metrics.usage;
    expect(result.metrics.cost).toEqual({ usd: (prompt_tokens + 2 * completion_tokens) / 1e6, source: 'price-table' });
    expect(result.metrics.requestId).toMatch(/^req_/);
  });
});

describe('model refusals that another model can cure', () => {
  const classify = (status: number, body: unknown) =>
    gatewayResponseFailure(status, {}, JSON.stringify(body), { retryAfterMaxMs: 1000 });

  it("reads LiteLLM's and OpenAI's unknown-model and context-length answers as non-retryable model refusals", () => {
    const litellmUnknown = {
      error: {
        message:
          '/chat/completions: Invalid model name passed in model=gpt-9. Call `/v1/models` to view available models for your key.',
        type: 'invalid_request_error',
        code: '400',
      },
    };
    expect(classify(400, litellmUnknown)).toMatchObject({ type: 'ModelUnavailable', nonRetryable: true });
    expect(
      classify(404, { error: { message: 'The model `gpt-9` does not exist', code: 'model_not_found' } }),
    ).toMatchObject({ type: 'ModelUnavailable' });
    const litellmContext = {
      error: {
        message: "litellm.ContextWindowExceededError: This model's maximum context length is 8192 tokens",
        code: '400',
      },
    };
    expect(classify(400, litellmContext)).toMatchObject({ type: 'ContextLengthExceeded', nonRetryable: true });
    expect(classify(400, { error: { message: 'too long', code: 'context_length_exceeded' } }).type).toBe(
      'ContextLengthExceeded',
    );
  });

  it('leaves other rejections and server errors as they were', () => {
    expect(classify(401, { error: { message: 'Invalid API key', code: 'invalid_api_key' } }).type).toBe(
      'GatewayRejected',
    );
    expect(classify(503, { error: { message: 'model overloaded' } }).type).toBe('UpstreamUnavailable');
  });
});

describe('model matrix: tokenizer, price, fallbacks', () => {
  it('ships current model ids with tokenizers, prices and a fallback per profile', () => {
    const matrix = loadModelMatrix();
    const ids = Object.values(matrix)
      .flatMap(modelChain)
      .map((m) => m.modelId);
    expect(ids).not.toContain('claude-3-sonnet');
    expect(modelsCountedByEstimate(matrix)).toEqual([]);
    for (const profile of Object.values(matrix)) {
      for (const model of modelChain(profile))
        expect(model).toMatchObject({ tokenizer: expect.any(String), price: expect.any(Object) });
      expect(profile.fallbacks?.length).toBeGreaterThan(0);
    }
  });

  it("orders a profile's models, each with its own window, tokenizer and price", () => {
    const matrix = parseModelMatrix(
      {
        standard: {
          modelId: 'azure/routing-prod',
          tokenizer: 'o200k_base',
          price: { inputPerMillion: 1, outputPerMillion: 2 },
          temperature: 0.2,
          maxContextWindow: 8192,
          maxTokens: 512,
          systemPrompt: 's',
          fallbacks: [{ modelId: 'claude-haiku-4-5', maxContextWindow: 4096 }, { modelId: 'gpt-4.1-mini' }],
        },
      },
      'x.json',
    );
    const chain = modelChain(matrix.standard!);
    expect(chain.map((m) => [m.modelId, m.maxContextWindow, m.tokenizer])).toEqual([
      ['azure/routing-prod', 8192, 'o200k_base'],
      ['claude-haiku-4-5', 4096, undefined],
      ['gpt-4.1-mini', 8192, undefined],
    ]);
    expect(chain.every((m) => m.temperature === 0.2 && m.systemPrompt === 's' && !('fallbacks' in m))).toBe(true);
    expect(modelSettings(matrix, 'azure/routing-prod')).toEqual({
      tokenizer: 'o200k_base',
      price: { inputPerMillion: 1, outputPerMillion: 2 },
    });
    expect(modelsCountedByEstimate(matrix)).toEqual(['claude-haiku-4-5']);
    // What the worker loads tokenizers for at start: every model once, fallbacks included.
    expect(modelIds({ ...matrix, second: { ...matrix.standard!, fallbacks: [{ modelId: 'gpt-4.1-mini' }] } })).toEqual([
      'azure/routing-prod',
      'claude-haiku-4-5',
      'gpt-4.1-mini',
    ]);
  });

  it('rejects a bad tokenizer or price naming the field', () => {
    const base = { modelId: 'm', temperature: 0.2, maxContextWindow: 8192, maxTokens: 512, systemPrompt: 's' };
    expect(() => parseModelMatrix({ standard: { ...base, tokenizer: 'p50k' } }, 'x.json')).toThrow(
      /standard\.tokenizer/,
    );
    expect(() =>
      parseModelMatrix(
        { standard: { ...base, fallbacks: [{ modelId: 'n', price: { inputPerMillion: -1, outputPerMillion: 0 } }] } },
        'x.json',
      ),
    ).toThrow(/standard\.fallbacks\[0\]\.price\.inputPerMillion/);
  });
});
