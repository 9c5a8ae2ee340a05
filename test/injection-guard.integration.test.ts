/**
 * The injection guard in whole routings: a real Temporal dev server, the worker wired from the environment by
 * workers/dependencies.ts (INJECTION_GUARD_MODEL set), both simulators, encrypted payloads. The band is the whole
 * range, so every routing asks the guard. What the guard adds to history, logs and audit is a verdict and a latency:
 * never transcript text, and the guard itself sees only the redacted turns.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { Client as TemporalClient } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { RoutingResult } from '../contracts/routingState';
import { formatResult } from '../client/output';
import { startRouting } from '../client/routing';
import { createDataConverter, createKeyring } from '../infra/codec';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { cloneSample, startRouterStack, type RouterStack } from './helpers/routerStack';
import { startTemporalServer } from './helpers/temporalServer';

const GUARD_MODEL = 'guard-model';
const key = randomBytes(32);

let testEnv: TestWorkflowEnvironment;
let stack: RouterStack;
beforeAll(async () => {
  testEnv = await startTemporalServer();
  stack = await startRouterStack(testEnv, {
    env: {
      INJECTION_GUARD_MODEL: GUARD_MODEL,
      INJECTION_GUARD_BAND: '0-1',
      PAYLOAD_ENCRYPTION_KEY: key.toString('base64'),
      PAYLOAD_ENCRYPTION_KEY_ID: 'guard-test',
    },
    dataConverter: createDataConverter(createKeyring('guard-test', { 'guard-test': key })),
  });
}, 180_000);
afterAll(async () => {
  await stack?.stop();
  await testEnv?.teardown();
});

/** Every sentence a sample's participants say, at least 12 characters long, to look for where it must not be. */
function spokenText(sampleId: string): string[] {
  const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === sampleId)!;
  const json = JSON.stringify(sample);
  return [...json.matchAll(/"(?:text|body)":"([^"]{12,})"/g)].flatMap((m) =>
    m[1]!.split(/(?<=[.?!])\s+/).filter((s) => s.length >= 12),
  );
}

async function route(sampleId: string) {
  const interactionId = cloneSample(stack, sampleId);
  const started = await startRouting(stack.client, { interactionId, requestedBy: 'jest' }, stack.taskQueue);
  const result: RoutingResult = await stack.run(() => started.handle.result());
  return { started, result };
}

function guardBodies(): string[] {
  return stack.gateway.requests
    .filter((r) => r.body && (JSON.parse(r.body) as { model: string }).model === GUARD_MODEL)
    .map((r) => r.body!);
}

it('a routing the guard confirms as an injection ends blocked, without a dispatch', async () => {
  const started = stack.logLines
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .find((l) => l.msg === 'injection guard on');
  expect(started).toMatchObject({ model: GUARD_MODEL, band: '0-1', timeoutMs: 2000, threshold: expect.any(Number) });
  const executionsBefore = stack.gateway.totalExecutions();
  const guardBefore = guardBodies().length;
  const { result } = await route(SAMPLE_IDS.promptInjection);
  expect(result.finalState).toBe('blocked');
  expect(result.reason).toMatch(/prompt injection/);
  expect(result.sanitization?.report.guard).toEqual({
    model: GUARD_MODEL,
    verdict: 'injection',
    latencyMs: expect.any(Number),
    decided: true,
  });
  expect(result.dispatches).toEqual([]);
  // One execution, and it is the guard's.
  expect(stack.gateway.totalExecutions()).toBe(executionsBefore + 1);
  expect(guardBodies().length).toBe(guardBefore + 1);
}, 60_000);

it('a clean routing asks the guard, then dispatches; the guard adds no text to history, logs or audit', async () => {
  const guardBefore = guardBodies().length;
  const { started, result } = await route(SAMPLE_IDS.piiVoiceCall);
  expect(result.finalState).toBe('completed');
  expect(result.sanitization?.report.guard).toMatchObject({ model: GUARD_MODEL, verdict: 'clean', decided: true });
  expect(result.dispatches).toHaveLength(1);
  expect(result.dispatches[0]).toMatchObject({ model: 'gpt-4o-mini', outcome: 'completed' });
  const printed = formatResult(result).map((l) => stripVTControlCharacters(l));
  expect(printed).toContainEqual(expect.stringMatching(/^guard\s+guard-model: clean \(\d+ ms\)$/));

  const [guardBody] = guardBodies().slice(guardBefore);
  expect(guardBody).toContain('[EMAIL');
  expect(guardBody).not.toContain('jordan.miller@example.com');
  expect(guardBody).not.toContain('Jordan Miller');

  // History as anyone with Temporal access reads it (no codec), the router's logs and the audit record. (The SDK's
  // own log lines, where activities log, are not captured here: test/injection-guard.test.ts reads the guard's.)
  const plain = new TemporalClient({ connection: testEnv.connection, namespace: testEnv.namespace ?? 'default' });
  const history = JSON.stringify(await plain.workflow.getHandle(started.workflowId, started.runId).fetchHistory());
  const logs = stack.logLines.join('\n');
  const audit = readFileSync(stack.env.AUDIT_LOG_PATH, 'utf8');
  const spoken = spokenText(SAMPLE_IDS.piiVoiceCall);
  expect(spoken.length).toBeGreaterThan(3);
  // Control: the needles can be found where text is (the guard was shown the sentences that hold no PII).
  expect(spoken.some((s) => guardBody!.includes(s))).toBe(true);
  const leaks = Object.entries({ history, logs, audit }).flatMap(([place, text]) =>
    spoken.filter((s) => text.includes(s)).map((s) => `${place}: ${s.slice(0, 12)}...`),
  );
  expect(leaks).toEqual([]);
}, 60_000);
