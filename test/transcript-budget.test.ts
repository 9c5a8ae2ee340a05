/** The transcript byte limit: counted while the bytes arrive, refused non-retryably with size and limit only. */
import { Readable } from 'node:stream';
import { TranscriptBudget } from '../infra/genesys/transcriptBudget';
import { generateLongDialogue } from '../simulators/genesys/longDialogue';
import { messagingConversation, voiceConversation } from './fixtures/genesys/conversations';
import { failureOf, startHarness, type Harness } from './fixtures/genesys/harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.sim.close();
  h = undefined;
});

describe('TranscriptBudget', () => {
  it('stops reading a body stream as soon as the limit is passed', async () => {
    let pulled = 0;
    const body = Readable.from(
      (function* () {
        for (let i = 0; i < 1_000; i += 1) {
          pulled += 1;
          yield Buffer.alloc(1_024, 0x61);
        }
      })(),
    );
    const failure = await failureOf(new TranscriptBudget('conv-1', 5_000).readText(body));
    expect(failure).toMatchObject({ type: 'TranscriptTooLarge', nonRetryable: true });
    expect(failure.message).toMatch(/at least 5120 bytes, over the limit of 5000 bytes/);
    expect(pulled).toBeLessThan(10);
    expect(body.destroyed).toBe(true);
  });

  it('passes a body within the limit through unchanged', async () => {
    const text = await new TranscriptBudget('conv-1', 10).readText(
      Readable.from([Buffer.from('{"a":'), Buffer.from('1}')]),
    );
    expect(text).toBe('{"a":1}');
  });
});

describe('Genesys source with a transcript limit', () => {
  it('refuses an oversized voice transcript after one download, naming size and limit but no transcript text', async () => {
    const conversation = voiceConversation('budget-voice', { turns: generateLongDialogue(200) });
    h = await startHarness({ conversations: [conversation] }, { transcriptMaxBytes: 20_000 });
    const failure = await failureOf(h.source.fetchTranscript(conversation.id));
    expect(failure).toMatchObject({ type: 'TranscriptTooLarge', nonRetryable: true });
    expect(failure.message).toMatch(
      /^transcript of conversation \S+ is \d+ bytes, over the limit of 20000 bytes \(GENESYS_TRANSCRIPT_MAX_BYTES\)$/,
    );
    for (const turn of conversation.turns.slice(0, 20)) expect(failure.message).not.toContain(turn.text.slice(0, 20));
    expect(h.sim.requests('transcriptDocument')).toBe(1);
  });

  it('stops asking for message pages once the pages received pass the limit', async () => {
    const conversation = messagingConversation('budget-messaging', 450);
    h = await startHarness({ conversations: [conversation] }, { transcriptMaxBytes: 5_000 });
    const failure = await failureOf(h.source.fetchTranscript(conversation.id));
    expect(failure).toMatchObject({ type: 'TranscriptTooLarge', nonRetryable: true });
    expect(h.sim.requests('messagesBulk')).toBe(1);
  });

  it('fetches a transcript under the limit as before', async () => {
    const conversation = voiceConversation('budget-small');
    h = await startHarness({ conversations: [conversation] }, { transcriptMaxBytes: 20_000 });
    expect((await h.source.fetchTranscript(conversation.id)).messages).toHaveLength(3);
  });
});
