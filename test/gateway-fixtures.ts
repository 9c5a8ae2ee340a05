/** Shared fixtures for the gateway tests: a valid payload, a quiet logger, a real client on a real simulator. */
import type { InferencePayload } from '../contracts/inference';
import { createGatewayClient, type GatewayClient } from '../infra/gateway/client';
import { createLogger } from '../infra/logger';
import { simulatedAnswer } from '../simulators/gateway/answer';
import { startGatewaySimulator, type GatewaySimulator } from '../simulators/gateway/server';

export const TEST_KEY = 'sk-gw-test-0123456789abcdef';

export const quietLogger = createLogger({ level: 'silent' });

export function payload(overrides: Partial<InferencePayload> = {}): InferencePayload {
  return {
    model: 'gpt-4o-mini',
    temperature: 0.7,
    max_tokens: 512,
    stream: true,
    messages: [
      { role: 'system', content: 'You are a precise routing assistant.' },
      { role: 'user', content: 'I need help with my recent order, the delivery is late' },
      { role: 'assistant', content: 'I can assist with that. Please provide your order number.' },
    ],
    ...overrides,
  };
}

export const expectedAnswer = (p: InferencePayload = payload()): string => simulatedAnswer(p);

export function clientFor(
  sim: GatewaySimulator,
  overrides: {
    format?: 'tutorial' | 'openai';
    path?: string;
    apiKey?: string;
    retryAfterMaxSeconds?: number;
    stallTimeoutSeconds?: number;
  } = {},
): GatewayClient {
  return createGatewayClient({
    baseUrl: sim.url,
    apiKey: overrides.apiKey ?? sim.apiKey,
    path: overrides.path ?? '/v1/inference',
    format: overrides.format ?? 'tutorial',
    retryAfterMaxSeconds: overrides.retryAfterMaxSeconds ?? 300,
    stallTimeoutSeconds: overrides.stallTimeoutSeconds ?? 30,
    logger: quietLogger,
  });
}

let keyCounter = 0;
export const freshKey = (): string => `idem-${process.pid}-${Date.now()}-${++keyCounter}`;

export { failureOf } from './helpers/failures';

/** One simulator per test file, with faults and pacing reset after each test; call the getter inside tests. */
export function useGatewaySimulator(): () => GatewaySimulator {
  let sim: GatewaySimulator | undefined;
  beforeAll(async () => {
    sim = await startGatewaySimulator({ apiKey: TEST_KEY });
  });
  afterAll(() => sim?.close());
  afterEach(() => {
    sim?.faults.clear();
    sim?.setChunkDelay(0);
  });
  return () => {
    if (!sim) throw new Error('the gateway simulator is not started yet');
    return sim;
  };
}
