import { RoutingError } from '../contracts/failures';
import type { ModelProfile } from '../contracts/inference';
import {
  fitToContext,
  omittedMarker,
  turnsCost,
  contextBudget,
  cutToTokens,
  type Turn,
} from '../domain/sanitizer/contextFit';
import { buildPayload } from '../domain/sanitizer/payload';
import { ESTIMATE_SAFETY_FACTOR, tokenCounterFor } from '../domain/sanitizer/tokenizer';
import { prng } from '../bench/prng';

const o200k = tokenCounterFor('gpt-4o-mini');
const limits = (maxContextWindow: number, maxTokens = 100) => ({
  maxContextWindow,
  maxTokens,
  systemPrompt: 'You are a precise routing assistant.',
});
/** Turn i says which turn it is, padded to a few dozen tokens. */
const conversation = (n: number): Turn[] =>
  Array.from({ length: n }, (_, i) => ({
    role: i % 2 === 0 ? 'user' : 'assistant',
    content: `turn ${i}: ${'the parcel was late again and nobody called me back about it. '.repeat(3)}`,
  }));

describe('tokenizer', () => {
  it('picks the model family encoding and names an estimate for unknown models', () => {
    expect(tokenCounterFor('gpt-4o-mini').name).toBe('o200k_base');
    expect(tokenCounterFor('gpt-4.1').name).toBe('o200k_base');
    expect(tokenCounterFor('o3-mini').name).toBe('o200k_base');
    expect(tokenCounterFor('gpt-4-turbo').name).toBe('cl100k_base');
    expect(tokenCounterFor('gpt-3.5-turbo').name).toBe('cl100k_base');
    expect(tokenCounterFor('claude-3-sonnet').name).toBe(`estimate:cl100k_base*${ESTIMATE_SAFETY_FACTOR}`);
  });

  it('counts real BPE tokens, not characters / 4', () => {
    expect(o200k.count('hello world')).toBe(2);
    const text = 'Ceci est une phrase en français avec des accents: été, à, où. '.repeat(10);
    const estimate = tokenCounterFor('claude-3-sonnet').count(text);
    const cl100k = tokenCounterFor('gpt-4').count(text);
    expect(estimate).toBe(Math.ceil(cl100k * ESTIMATE_SAFETY_FACTOR));
    expect(cl100k).not.toBe(Math.ceil(text.length / 4));
  });
});

describe('fitToContext', () => {
  it('leaves a transcript that fits untouched', () => {
    const turns = conversation(4);
    const { turns: kept, report } = fitToContext(turns, limits(8192), o200k);
    expect(kept).toEqual(turns);
    expect(report).toMatchObject({ turnsDropped: 0, truncatedTurns: 0, before: report.after });
  });

  it('drops whole turns from the middle, keeps the opening and most recent turns in order, and marks the gap', () => {
    const turns = conversation(40);
    const lim = limits(1200);
    const { turns: kept, report } = fitToContext(turns, lim, o200k);
    const budget = contextBudget(lim, o200k);
    expect(report.budget).toBe(budget);
    expect(report.after).toBeLessThanOrEqual(budget);
    expect(turnsCost(kept, o200k)).toBe(report.after);
    expect(report.before).toBe(turnsCost(turns, o200k));
    expect(kept.slice(0, 2)).toEqual(turns.slice(0, 2));
    expect(kept[2]).toEqual({ role: 'user', content: omittedMarker(report.turnsDropped) });
    expect(kept[kept.length - 1]).toEqual(turns[39]);
    const tail = kept.slice(3);
    expect(tail).toEqual(turns.slice(40 - tail.length));
    expect(2 + report.turnsDropped + tail.length).toBe(40);
    expect(report.truncatedTurns).toBe(0);
  });

  it.each([600, 900, 1500, 3000])('never exceeds the budget (context window %i)', (window) => {
    const lim = limits(window);
    const { report } = fitToContext(conversation(60), lim, o200k);
    expect(report.after).toBeLessThanOrEqual(contextBudget(lim, o200k));
  });

  it('cuts inside a turn only when that turn alone exceeds the budget, keeping its start and end', () => {
    const huge: Turn = { role: 'user', content: `START ${'word '.repeat(5000)} END` };
    const lim = limits(1000);
    const { turns: kept, report } = fitToContext([{ role: 'assistant', content: 'hello' }, huge], lim, o200k);
    expect(report.truncatedTurns).toBe(1);
    expect(report.turnsDropped).toBe(1);
    expect(report.after).toBeLessThanOrEqual(contextBudget(lim, o200k));
    expect(report.after).toBe(turnsCost(kept, o200k));
    const last = kept[kept.length - 1].content;
    expect(last.startsWith('START')).toBe(true);
    expect(last.endsWith('END')).toBe(true);
    expect(last).toContain('truncated to fit the context window');
  });

  it('never splits a surrogate pair when cutting', () => {
    const cut = cutToTokens('😀'.repeat(400), 40, o200k);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(loneSurrogate.test(cut)).toBe(false);
    expect(cut).toContain('😀');
    expect(o200k.count(cut)).toBeLessThanOrEqual(40);
  });

  it('cuts within the limit from any first guess, keeping the start of the text', () => {
    const random = prng(11);
    const words = ['refund', ' ', 'order', '4111', '😀', 'Straße', '\n', '[EMAIL_1]', '.', 'the'];
    for (let i = 0; i < 150; i++) {
      const text = Array.from({ length: 20 + Math.floor(random() * 300) }, () => words[Math.floor(random() * 10)]).join(
        '',
      );
      const limit = 15 + Math.floor(random() * o200k.count(text));
      // A wrong token count of the text only moves the first probe: the cut must still be within the limit.
      for (const guessFrom of [undefined, 1, 10 * o200k.count(text)]) {
        const cut = cutToTokens(text, limit, o200k, guessFrom);
        expect(o200k.count(cut)).toBeLessThanOrEqual(limit);
        expect(text.startsWith(cut.slice(0, cut.indexOf(' [... truncated')))).toBe(true);
      }
    }
  });

  it('counts each profile’s own system prompt, whichever was counted before', () => {
    const prompts = ['Route precisely.', 'You are a careful assistant. '.repeat(40), 'Route precisely!'];
    for (let round = 0; round < 3; round++) {
      for (const systemPrompt of prompts) {
        for (const counter of [o200k, tokenCounterFor('claude-3-haiku')]) {
          const budget = contextBudget({ maxContextWindow: 8192, maxTokens: 100, systemPrompt }, counter);
          expect(budget).toBe(8192 - 100 - counter.count(systemPrompt) - 4 - 3);
        }
      }
    }
  });

  it('rejects a profile whose window leaves no room for the transcript, as a non-retryable failure', () => {
    const failure = (() => {
      try {
        fitToContext(conversation(2), limits(150, 120), o200k);
      } catch (e) {
        return e;
      }
    })();
    expect(failure).toBeInstanceOf(RoutingError); // plain domain error; the activity boundary converts it
    expect(failure).toMatchObject({ type: 'ConfigError', nonRetryable: true });
  });
});

describe('buildPayload', () => {
  const profile: ModelProfile = {
    modelId: 'gpt-4o-mini',
    temperature: 0.7,
    maxContextWindow: 8192,
    maxTokens: 512,
    systemPrompt: 'Be precise.',
    injectionPolicy: 'block',
  };

  it('puts the profile system prompt first and validates the tutorial schema', () => {
    const payload = buildPayload(profile, [{ role: 'user', content: 'hi' }]);
    expect(payload).toEqual({
      model: 'gpt-4o-mini',
      temperature: 0.7,
      messages: [
        { role: 'system', content: 'Be precise.' },
        { role: 'user', content: 'hi' },
      ],
      max_tokens: 512,
      stream: true,
    });
  });

  it.each([
    [{ temperature: 3 }, 'temperature'],
    [{ maxTokens: 0 }, 'max_tokens'],
    [{ modelId: '' }, 'model'],
  ])('names the invalid field (%j)', (override, field) => {
    let failure: unknown;
    try {
      buildPayload({ ...profile, ...override }, [{ role: 'user', content: 'secret text 4111111111111111' }]);
    } catch (e) {
      failure = e;
    }
    expect(failure).toMatchObject({ type: 'InvalidInferencePayload', nonRetryable: true });
    expect((failure as Error).message).toContain(`${field}:`);
    expect((failure as Error).message).not.toContain('secret text');
  });

  it('names a turn the contract refuses, and copies the turns it accepts', () => {
    const turns = [
      { role: 'user', content: 'hi' },
      { role: 'tool', content: 'secret text', extra: 1 },
    ] as unknown as Turn[];
    expect(() => buildPayload(profile, turns)).toThrow(/messages\[2\]\.role/);
    const accepted: Turn[] = [{ role: 'assistant', content: 'hello' }];
    const payload = buildPayload(profile, accepted);
    expect(payload.messages).toEqual([
      { role: 'system', content: 'Be precise.' },
      { role: 'assistant', content: 'hello' },
    ]);
    expect(payload.messages[1]).not.toBe(accepted[0]);
  });
});
