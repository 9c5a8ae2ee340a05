/**
 * Fallbacks on a real Temporal dev server with the real worker and the gateway simulator: a model the gateway does
 * not serve moves the dispatch to the profile's next model, with a fresh idempotency key, both on record.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { WorkflowFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { formatResult } from '../client/output';
import type { RoutingResult } from '../contracts/routingState';
import { auditRecordOf, startRouterStack, startSampleRouting, type RouterStack } from './helpers/routerStack';
import { startTemporalServer } from './helpers/temporalServer';

const base = {
  temperature: 0.2,
  maxContextWindow: 8192,
  maxTokens: 256,
  systemPrompt: 'You are a precise routing assistant.',
  injectionPolicy: 'block',
};
const matrix = {
  standard: { ...base, modelId: 'gpt-4o-mini' },
  fallback: {
    ...base,
    modelId: 'retired-model',
    fallbacks: [
      { modelId: 'gpt-4o-mini', tokenizer: 'o200k_base', price: { inputPerMillion: 0.15, outputPerMillion: 0.6 } },
    ],
  },
  exhausted: { ...base, modelId: 'retired-model', fallbacks: [{ modelId: 'also-retired' }] },
};

let testEnv: TestWorkflowEnvironment;
let stack: RouterStack;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'models-'));
  const modelsFile = path.join(dir, 'models.json');
  writeFileSync(modelsFile, JSON.stringify(matrix));
  testEnv = await startTemporalServer();
  stack = await startRouterStack(testEnv, { env: { ROUTER_MODELS_FILE: modelsFile } });
  stack.gateway.setModels(['gpt-4o-mini']);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await testEnv?.teardown();
});

it('moves from a model the gateway does not serve to the next one and completes, every attempt on record', async () => {
  const { started } = await startSampleRouting(stack, 'fallback');
  const result: RoutingResult = await stack.run(() => started.handle.result());

  expect(result.finalState).toBe('completed');
  const [refused, served] = result.dispatches;
  expect(result.dispatches).toHaveLength(2);
  expect(refused).toMatchObject({
    model: 'retired-model',
    outcome: 'failed',
    failure: 'ModelUnavailable',
    trigger: 'first',
  });
  expect(served).toMatchObject({ model: 'gpt-4o-mini', outcome: 'completed', trigger: 'fallback' });
  expect(served!.idempotencyKey).not.toBe(refused!.idempotencyKey);
  expect(served!.metrics?.cost?.source).toBe('price-table');

  // The gateway saw one request per model, each with its own key; the refused one was not retried.
  const seen = stack.gateway.requests.filter(
    (r) => r.idempotencyKey === refused!.idempotencyKey || r.idempotencyKey === served!.idempotencyKey,
  );
  expect(seen.map((r) => [r.idempotencyKey, r.status])).toEqual([
    [refused!.idempotencyKey, 404],
    [served!.idempotencyKey, 200],
  ]);
  expect(result.answer).toMatch(/^Intent: order_status\. Route to: Orders\./);
  // What the operator's CLI prints for it.
  const printed = formatResult(result).map((l) => stripVTControlCharacters(l));
  expect(printed).toContain('fallback   retired-model (ModelUnavailable) -> gpt-4o-mini');
  expect(printed.find((l) => l.startsWith('cost'))).toMatch(
    /^cost {7}\$0\.0000\d\d \(price-table\) {3}request id req_/,
  );

  const audit = auditRecordOf(stack, started.workflowId)!;
  expect(audit.dispatches.map((d) => [d.model, d.outcome, d.idempotencyKey])).toEqual([
    ['retired-model', 'failed', refused!.idempotencyKey],
    ['gpt-4o-mini', 'completed', served!.idempotencyKey],
  ]);
}, 60_000);

it('warned once at worker start about each model it can only estimate, naming the estimate', () => {
  const warnings = stack.logLines.filter((l) => l.includes('names no known tokenizer'));
  expect(warnings.map((l) => (JSON.parse(l) as { modelId: string }).modelId).sort()).toEqual([
    'also-retired',
    'retired-model',
  ]);
  expect(warnings[0]).toContain('counting with estimate:cl100k_base*1.25');
});

it('fails with the model refusal once the profile has no model left, every attempt audited', async () => {
  const { started } = await startSampleRouting(stack, 'exhausted');
  const failure = await stack.run(() =>
    started.handle.result().then(
      () => undefined,
      (e: unknown) => e,
    ),
  );
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  expect((failure as WorkflowFailedError).cause).toMatchObject({ type: 'ModelUnavailable' });
  const audit = auditRecordOf(stack, started.workflowId)!;
  expect(audit.finalState).toBe('failed');
  expect(audit.dispatches.map((d) => [d.model, d.outcome])).toEqual([
    ['retired-model', 'failed'],
    ['also-retired', 'failed'],
  ]);
}, 60_000);
