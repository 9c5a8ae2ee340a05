/** Failure classification of real SDK errors from the simulator: retryable or not, with the facts an operator needs. */
import { SAMPLE_IDS } from '../simulators/genesys/samples';
import { voiceConversation, messagingConversation } from './fixtures/genesys/conversations';
import { failureOf, startHarness, until, type Harness } from './fixtures/genesys/harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.sim.close();
  h = undefined;
});

const details = (failure: { details?: Record<string, unknown> }) => failure.details ?? {};

it('honours a 429: RateLimited carries the server Retry-After as the next retry delay, and the correlation id', async () => {
  h = await startHarness();
  h.sim.faults.add({ route: 'transcripturl', status: 429, retryAfter: 42 });
  const failure = await failureOf(h.source.fetchTranscript(SAMPLE_IDS.piiVoiceCall));
  const answered = h.sim.log.find((r) => r.status === 429)!;

  expect(failure.type).toBe('RateLimited');
  expect(failure.nonRetryable).toBe(false);
  expect(failure.retryAfterMs).toBe(42_000);
  expect(details(failure)).toMatchObject({
    status: 429,
    code: 'too.many.requests.retry.after',
    correlationId: answered.correlationId,
  });
  expect(failure.message).toContain(answered.correlationId);
  expect(h.sim.requests('transcripturl')).toBe(1); // no retry inside the call: Temporal owns retries
});

it('fails a 403 at once, non-retryably, naming the missing permission', async () => {
  h = await startHarness();
  h.sim.faults.add({ route: 'messagesBulk', status: 403 });
  const failure = await failureOf(h.source.fetchTranscript(SAMPLE_IDS.webMessaging));

  expect(failure.type).toBe('GenesysPermissionDenied');
  expect(failure.nonRetryable).toBe(true);
  expect(failure.message).toContain('conversation:message:view');
  expect(h.sim.requests('messagesBulk')).toBe(1);
});

it('treats a missing transcript as not ready (retryable) until the wait has passed, then as unavailable', async () => {
  const conversation = voiceConversation('late-transcript', { transcriptReady: false });
  h = await startHarness({ conversations: [conversation] }, { transcriptWaitSeconds: 600 });

  const early = await failureOf(h.source.fetchTranscript(conversation.id, { firstAttemptAt: Date.now() - 60_000 }));
  expect(early.type).toBe('TranscriptNotReady');
  expect(early.nonRetryable).toBe(false);

  const late = await failureOf(h.source.fetchTranscript(conversation.id, { firstAttemptAt: Date.now() - 601_000 }));
  expect(late.type).toBe('TranscriptUnavailable');
  expect(late.nonRetryable).toBe(true);
  expect(late.message).toContain('GENESYS_TRANSCRIPT_WAIT_SECONDS');
});

it('reports an unknown conversation as GenesysNotFound, not as a transcript still to come', async () => {
  h = await startHarness();
  const failure = await failureOf(h.source.fetchTranscript('00000000-0000-4000-8000-000000000000'));
  expect(failure.type).toBe('GenesysNotFound');
  expect(failure.nonRetryable).toBe(true);
});

it('classifies 5xx as UpstreamUnavailable and a dropped connection as NetworkError, both retryable', async () => {
  h = await startHarness();
  h.sim.faults.add({ route: 'conversation', status: 503, retryAfter: 7 });
  const unavailable = await failureOf(h.source.fetchTranscript(SAMPLE_IDS.webMessaging));
  expect([unavailable.type, unavailable.nonRetryable, unavailable.retryAfterMs]).toEqual([
    'UpstreamUnavailable',
    false,
    7_000,
  ]);

  h.sim.faults.add({ route: 'messageConversation', dropConnection: true });
  const network = await failureOf(h.source.fetchTranscript(SAMPLE_IDS.webMessaging));
  expect([network.type, network.nonRetryable]).toEqual(['NetworkError', false]);
});

it('classifies an expired pre-signed URL as retryable, so the next attempt gets a fresh URL', async () => {
  const conversation = voiceConversation('slow-download');
  h = await startHarness({ conversations: [conversation] });
  h.sim.faults.add({ route: 'transcriptDocument', status: 403 });
  const failure = await failureOf(h.source.fetchTranscript(conversation.id));
  expect(failure.type).toBe('UpstreamUnavailable');
  expect(failure.nonRetryable).toBe(false);
  expect(failure.message).toMatch(/pre-signed/);
});

it('stops waiting as soon as the activity is cancelled', async () => {
  const conversation = messagingConversation('cancelled');
  h = await startHarness({ conversations: [conversation] });
  h.sim.faults.add({ route: 'messagesBulk', delayMs: 30_000 });
  const controller = new AbortController();
  const pending = h.source.fetchTranscript(conversation.id, { signal: controller.signal });
  await until(() => h!.sim.requests('messagesBulk') === 1);
  const startedAt = Date.now();
  controller.abort(new Error('activity cancelled'));
  await expect(pending).rejects.toThrow('activity cancelled');
  expect(Date.now() - startedAt).toBeLessThan(1_000);
});
