/** Large transcripts are sanitized off the main thread: same outcome as inline, and heartbeats keep arriving. */
import { MockActivityEnvironment } from '@temporalio/testing';
import { createSanitizeActivities } from '../activities/sanitize';
import { parseModelMatrix } from '../config/modelMatrix';
import type { SanitizeOutcome } from '../contracts/results';
import type { Transcript } from '../contracts/transcript';
import { createSanitizerPool } from '../infra/offload/sanitizerPool';
import { STANDARD_MATRIX_ENTRY } from './fixtures/profiles';

const models = parseModelMatrix(
  {
    standard: { ...STANDARD_MATRIX_ENTRY, systemPrompt: 'Route.' },
  },
  'test',
);
const pseudonymKey = Buffer.from('0123456789abcdef0123456789abcdef');

/** A long call whose customer turns carry PII and a run of spaced digits. */
function largeTranscript(turns: number): Transcript {
  return {
    interactionId: 'conv-large',
    mediaType: 'voice',
    messages: Array.from({ length: turns }, (_, i) => ({
      role: i % 2 ? ('assistant' as const) : ('user' as const),
      content:
        i % 2
          ? `Thanks, noted reference ${i}. Anything else?`
          : `my email is caller${i}@example.com and the codes are ${'4 1 5 5 5 5 0 1 4 2'}`,
    })),
  };
}

describe('sanitizing off the main thread', () => {
  const offloaded = createSanitizerPool({ offloadFromChars: 1 });
  const inline = createSanitizerPool({ offloadFromChars: Number.MAX_SAFE_INTEGER });
  afterAll(() => Promise.all([offloaded.close(), inline.close()]));

  it('gives the same outcome, pseudonyms included, as sanitizing inline', async () => {
    const input = { transcript: largeTranscript(60), profile: 'standard' };
    const run = (pool: typeof offloaded) =>
      new MockActivityEnvironment().run(
        createSanitizeActivities({ models, pseudonymKey, pool }).sanitizeTranscript,
        input,
      ) as Promise<SanitizeOutcome>;
    const [threaded, local] = await Promise.all([run(offloaded), run(inline)]);
    expect(threaded.report.pii.EMAIL).toBe(30);
    expect(threaded).toEqual(local);
  });

  it('keeps a typed failure typed across the thread boundary', async () => {
    const cramped = parseModelMatrix(
      {
        standard: {
          modelId: 'gpt-4o-mini',
          temperature: 0.7,
          maxContextWindow: 600,
          maxTokens: 590,
          systemPrompt: 'Route.',
        },
      },
      'test',
    );
    const { sanitizeTranscript } = createSanitizeActivities({ models: cramped, pool: offloaded });
    const failed = new MockActivityEnvironment().run(sanitizeTranscript, {
      transcript: largeTranscript(4),
      profile: 'standard',
    });
    await expect(failed).rejects.toMatchObject({ type: 'ConfigError', nonRetryable: true });
  });

  it('keeps heartbeating while a large transcript is sanitized', async () => {
    const env = new MockActivityEnvironment();
    let heartbeats = 0;
    env.on('heartbeat', () => heartbeats++);
    const { sanitizeTranscript } = createSanitizeActivities({
      models,
      pseudonymKey,
      pool: offloaded,
      heartbeatEveryMs: 20,
    });
    let ticksWhileSanitizing = 0;
    const ticker = setInterval(() => ticksWhileSanitizing++, 20);
    const outcome = (await env.run(sanitizeTranscript, {
      transcript: largeTranscript(8_000),
      profile: 'standard',
    })) as SanitizeOutcome;
    clearInterval(ticker);
    expect(outcome.status).toBe('clean');
    // Inline, the whole sanitization is one synchronous call: no timer could fire and no heartbeat be sent.
    expect(ticksWhileSanitizing).toBeGreaterThan(3);
    expect(heartbeats).toBeGreaterThan(3);
  });
});
