/**
 * A voice call with outside parties conferenced in, routed for real (Temporal dev server, worker, simulators):
 * the customer's transcript is required; a party whose transcript never comes is skipped with a note once the wait
 * ends, without failing the routing; a party whose transcript is ready is included. The customer's transcript is
 * downloaded once, however long the wait for the others.
 */
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startRouting } from '../client/routing';
import type { RoutingResult } from '../contracts/routingState';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { ids } from '../simulators/genesys/payloads';
import { startRouterStack, type RouterStack } from './helpers/routerStack';
import { startTemporalServer } from './helpers/temporalServer';

let testEnv: TestWorkflowEnvironment;
let stack: RouterStack;

beforeAll(async () => {
  testEnv = await startTemporalServer();
  // A short wait, so the party that never gets a transcript is given up on within the test.
  stack = await startRouterStack(testEnv, { env: { GENESYS_TRANSCRIPT_WAIT_SECONDS: '5' } });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await testEnv?.teardown();
});

it("a conference call completes with the customer's words, the ready party included and the silent one noted", async () => {
  const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === SAMPLE_IDS.piiVoiceCall)!;
  const id = randomUUID();
  const conversation = {
    ...sample,
    id,
    conferencedParties: [
      {
        address: 'tel:+14155550199',
        turns: [{ text: 'Interpreter joining the call.', atMs: 4_000 }],
        transcriptReady: false,
      },
      {
        address: 'tel:+14155550177',
        turns: [{ text: 'As the billing lead I confirm the refund is approved.', atMs: 100_000 }],
      },
    ],
  };
  stack.genesys.addConversation(conversation);

  const { handle } = await startRouting(
    stack.client,
    { interactionId: id, profile: 'standard', requestedBy: 'jest' },
    stack.taskQueue,
  );
  const result = (await stack.run(() => handle.result())) as RoutingResult;

  expect(result.finalState).toBe('completed');
  expect(result.sanitization?.report.sourceNotes).toEqual([
    `conferenced party 1 (communication ${ids(conversation).conferenceCommunication(0)}) skipped: no transcript after 5s`,
  ]);
  const stored = await stack.dependencies.vectorStore.get(id);
  expect(stored?.text).toContain('charged twice for my last order'); // the customer's words
  expect(stored?.text).toContain('As the billing lead I confirm the refund is approved.'); // the party whose transcript was ready
  expect(stored?.text).not.toContain('Interpreter joining');

  // The wait for party 1 took several attempts; the customer's document was downloaded on the first only.
  const customerDownloads = stack.genesys.log.filter(
    (r) => r.route === 'transcriptDocument' && r.path.includes(ids(conversation).customerCommunication),
  );
  const partyOneLookups = stack.genesys.log.filter(
    (r) => r.route === 'transcripturl' && r.path.includes(ids(conversation).conferenceCommunication(0)),
  );
  expect(partyOneLookups.length).toBeGreaterThanOrEqual(2);
  expect(customerDownloads).toHaveLength(1);
}, 120_000);
