/** The fetchTranscript activity in MockActivityEnvironment (no server), over the real source and the simulator. */
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { createFetchTranscriptActivities } from '../activities/fetchTranscript';
import type { FetchResult } from '../contracts/results';
import { messagingConversation, voiceConversation } from './fixtures/genesys/conversations';
import { failureOf, startHarness, until, type Harness } from './fixtures/genesys/harness';

/** Activity failures are what these tests expect; keep the SDK's failure log lines out of the output. */
const quiet = { logger: new DefaultLogger('ERROR', () => undefined) };
const mockEnv = (info: ConstructorParameters<typeof MockActivityEnvironment>[0] = {}) =>
  new MockActivityEnvironment(info, quiet);

let h: Harness | undefined;
afterEach(async () => {
  await h?.sim.close();
  h = undefined;
});

it('routes a transcript that becomes ready after a few 404s: TranscriptNotReady (retryable) on each, then success', async () => {
  const conversation = voiceConversation('becomes-ready');
  h = await startHarness({ conversations: [conversation] }, { transcriptWaitSeconds: 900 });
  h.sim.faults.add({ route: 'transcripturl', status: 404, times: 3 });
  const { fetchTranscript } = createFetchTranscriptActivities(h.source);
  const firstScheduled = Date.now();

  // Temporal re-runs the activity after each retryable failure; each attempt keeps the first scheduling time.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const env = mockEnv({ attempt, scheduledTimestampMs: firstScheduled });
    const failure = await failureOf(env.run(fetchTranscript, { interactionId: conversation.id }));
    expect([failure.type, failure.nonRetryable]).toEqual(['TranscriptNotReady', false]);
  }
  const env = mockEnv({ attempt: 4, scheduledTimestampMs: firstScheduled });
  const { transcript, attempt }: FetchResult = await env.run(fetchTranscript, { interactionId: conversation.id });
  expect(attempt).toBe(4);

  expect(transcript.messages.map((m) => m.content)).toEqual(conversation.turns.map((t) => t.text));
  expect(h.sim.requests('transcripturl')).toBe(4);
});

it('gives up non-retryably once transcriptWaitSeconds have passed since the first scheduling', async () => {
  const conversation = voiceConversation('never-ready', { transcriptReady: false });
  h = await startHarness({ conversations: [conversation] }, { transcriptWaitSeconds: 120 });
  const { fetchTranscript } = createFetchTranscriptActivities(h.source);
  const env = mockEnv({ attempt: 9, scheduledTimestampMs: Date.now() - 121_000 });
  const failure = await failureOf(env.run(fetchTranscript, { interactionId: conversation.id }));
  expect([failure.type, failure.nonRetryable]).toEqual(['TranscriptUnavailable', true]);
});

it('fails an empty transcript as TranscriptEmpty and malformed input as InvalidInput, both non-retryable', async () => {
  const empty = messagingConversation('empty-chat', 0);
  h = await startHarness({ conversations: [empty] });
  const { fetchTranscript } = createFetchTranscriptActivities(h.source);

  const emptyFailure = await failureOf(mockEnv().run(fetchTranscript, { interactionId: empty.id }));
  expect([emptyFailure.type, emptyFailure.nonRetryable]).toEqual(['TranscriptEmpty', true]);

  const invalid = await failureOf(mockEnv().run(fetchTranscript, { interactionId: 'bad id with spaces' }));
  expect([invalid.type, invalid.nonRetryable]).toEqual(['InvalidInput', true]);
  expect(invalid.message).toContain('interactionId');
});

it('passes the cancellation signal through: cancelling the activity ends a stalled Genesys call at once', async () => {
  const conversation = messagingConversation('cancel-me');
  h = await startHarness({ conversations: [conversation] });
  h.sim.faults.add({ route: 'messageConversation', delayMs: 30_000 });
  const { fetchTranscript } = createFetchTranscriptActivities(h.source, { heartbeatEveryMs: 20 });
  const env = mockEnv();
  const heartbeats: unknown[] = [];
  env.on('heartbeat', (d: unknown) => heartbeats.push(d));

  const pending = env.run(fetchTranscript, { interactionId: conversation.id });
  await until(() => h!.sim.requests('messageConversation') === 1);
  await until(() => heartbeats.length >= 1); // the clock keeps heartbeating while the call hangs
  env.cancel();
  const outcome = await pending.then(
    () => 'resolved',
    (error: unknown) => error,
  );
  expect(outcome).not.toBe('resolved');
  expect(outcome).not.toBeInstanceOf(ApplicationFailure); // a cancellation, not a Genesys failure
  expect(heartbeats.length).toBeGreaterThanOrEqual(1);
});
