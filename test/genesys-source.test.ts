/** Transcript extraction and authentication through the real purecloud-platform-client-v2 against the simulator. */
import platformClient from 'purecloud-platform-client-v2';
import { ConfigError } from '../config/errors';
import { resolveRegionHost } from '../infra/genesys/sdkClient';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { messagingConversation, voiceConversation } from './fixtures/genesys/conversations';
import { failureOf, startHarness, type Harness } from './fixtures/genesys/harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.sim.close();
  h = undefined;
});

describe('voice transcripts', () => {
  it('extracts and normalizes a Speech and Text Analytics transcript, downloading it with no Authorization header', async () => {
    h = await startHarness();
    const transcript = await h.source.fetchTranscript(SAMPLE_IDS.piiVoiceCall);
    const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === SAMPLE_IDS.piiVoiceCall)!;

    expect(transcript.interactionId).toBe(SAMPLE_IDS.piiVoiceCall);
    expect(transcript.mediaType).toBe('voice');
    expect(transcript.messages).toHaveLength(sample.turns.length);
    expect(transcript.messages.map((m) => m.role)).toEqual(
      sample.turns.map((t) => (t.speaker === 'customer' ? 'user' : 'assistant')),
    );
    expect(transcript.messages[3].content).toBe('Sure, it is jordan.miller@example.com.'); // decoratedText kept as spoken
    expect(transcript.messages[6].content).toBe('great. which card was charged twice'); // no decoratedText: raw text
    expect(transcript.messages[0].timestamp).toBe('2026-11-20T09:12:07.000Z');
    // The named participants of the live conversation (the queue is not a person), for the redactor.
    expect(transcript.participants).toEqual([
      { role: 'customer', name: sample.customerName },
      { role: 'agent', name: sample.agentName },
    ]);

    const documentGets = h.sim.log.filter((r) => r.route === 'transcriptDocument');
    expect(documentGets).toHaveLength(1);
    expect(documentGets.every((r) => !r.hadAuthorization && r.status === 200)).toBe(true);
    expect(h.sim.log.filter((r) => r.route === 'transcripturl').every((r) => r.hadAuthorization)).toBe(true);
  });

  it('merges a call recorded in two parts into one time-ordered transcript', async () => {
    h = await startHarness();
    const transcript = await h.source.fetchTranscript(SAMPLE_IDS.longVoiceCall);
    expect(h.sim.requests('transcriptDocument')).toBe(2);
    expect(transcript.messages).toHaveLength(250);
    const times = transcript.messages.map((m) => Date.parse(m.timestamp!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('asks for a fresh pre-signed URL on every fetch instead of reusing one', async () => {
    h = await startHarness({ conversations: [voiceConversation('fresh-url')] });
    const id = voiceConversation('fresh-url').id;
    await h.source.fetchTranscript(id);
    h.sim.clock.advance(11 * 60_000); // the first URL has expired by now
    await h.source.fetchTranscript(id);
    expect(h.sim.requests('transcripturl')).toBe(2);
    expect(h.sim.log.filter((r) => r.route === 'transcriptDocument').map((r) => r.status)).toEqual([200, 200]);
  });
});

describe('messaging transcripts', () => {
  it('fetches messages in bulk batches of 100 and normalizes them in time order', async () => {
    const conversation = messagingConversation('long-chat', 230);
    h = await startHarness({ conversations: [conversation] });
    const transcript = await h.source.fetchTranscript(conversation.id);

    expect(transcript.mediaType).toBe('message');
    expect(h.sim.requests('messagesBulk')).toBe(3);
    expect(transcript.messages).toHaveLength(230);
    expect(transcript.messages[0]).toEqual({
      role: 'user',
      content: 'message number 1',
      timestamp: '2026-11-22T09:00:01.000Z',
    });
    expect(transcript.messages[4].content).toBe('message number 5'); // served as deprecated textBody only
    expect(transcript.messages[229]).toMatchObject({ role: 'assistant', content: 'message number 230' });
  });
});

describe('authentication', () => {
  it('survives a token expiring mid-run: one shared re-login for eight concurrent fetches', async () => {
    h = await startHarness({ conversations: [voiceConversation('a'), messagingConversation('b')] });
    const ids = [voiceConversation('a').id, messagingConversation('b').id];
    await h.source.fetchTranscript(ids[0]);
    expect(h.sim.requests('token')).toBe(1);

    h.sim.clock.advance(24 * 3_600_000); // the simulator now considers the 24 h token expired
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => h!.source.fetchTranscript(ids[i % 2])));

    expect(results.every((t) => t.messages.length > 0)).toBe(true);
    expect(h.sim.requests('token')).toBe(2);
    expect(h.source.loginCount()).toBe(2);
    expect(h.sim.log.filter((r) => r.status === 401).length).toBeGreaterThan(0);
  });

  it('logs in again shortly before expiry, before Genesys refuses the token', async () => {
    let now = Date.now();
    h = await startHarness({ tokenTtlSeconds: 3_600, conversations: [voiceConversation('a')] }, { now: () => now });
    const id = voiceConversation('a').id;
    await h.source.fetchTranscript(id);
    now += 3_600_000 - 4 * 60_000; // inside the five-minute renewal window
    await Promise.all(Array.from({ length: 6 }, () => h!.source.fetchTranscript(id)));

    expect(h.sim.requests('token')).toBe(2);
    expect(h.sim.log.some((r) => r.status === 401)).toBe(false);
  });

  it('retries a 401 once after a fresh login, then fails non-retryably with GenesysAuthFailed', async () => {
    h = await startHarness({ conversations: [voiceConversation('a')] });
    h.sim.faults.add({ route: 'conversation', status: 401, times: 2 });
    const failure = await failureOf(h.source.fetchTranscript(voiceConversation('a').id));

    expect(failure.type).toBe('GenesysAuthFailed');
    expect(failure.nonRetryable).toBe(true);
    expect(h.sim.requests('token')).toBe(2);
    expect(h.sim.requests('conversation')).toBe(2);
  });

  it('reports refused client credentials as GenesysAuthFailed without the secret', async () => {
    h = await startHarness({}, { clientSecret: 'definitely-wrong-secret' });
    const failure = await failureOf(h.source.fetchTranscript(SAMPLE_IDS.webMessaging));
    expect(failure.type).toBe('GenesysAuthFailed');
    expect(failure.nonRetryable).toBe(true);
    expect(failure.message).toContain('invalid_client');
    expect(JSON.stringify([failure.message, failure.details, h.logs])).not.toContain('definitely-wrong-secret');
  });

  it('leaves the SDK process-wide singleton untouched and never logs credentials or tokens', async () => {
    h = await startHarness();
    await h.source.fetchTranscript(SAMPLE_IDS.webMessaging);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const singleton = (platformClient as any).ApiClient;
    expect(singleton.authentications['PureCloud OAuth'].accessToken).toBeUndefined();
    expect(singleton.config.gateway).toBeUndefined();
    const logs = h.logs.join('\n');
    expect(h.logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(h.sim.credentials.clientSecret);
    expect(logs).not.toMatch(/Bearer|Basic /);
  });
});

describe('region', () => {
  it('accepts SDK region keys and hosts, and names GENESYS_REGION when it is neither', () => {
    expect(resolveRegionHost('eu_west_1')).toBe('mypurecloud.ie');
    expect(resolveRegionHost('usw2.pure.cloud')).toBe('usw2.pure.cloud');
    expect(() => resolveRegionHost('europe please')).toThrow(ConfigError);
    expect(() => resolveRegionHost('europe please')).toThrow(/GENESYS_REGION "europe please".*eu_west_1/);
  });
});
