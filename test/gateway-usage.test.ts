import { getEncoding } from 'js-tiktoken';
import { resolveUsage } from '../domain/gateway/usage';
import { MESSAGE_OVERHEAD_TOKENS, REPLY_PRIMING_TOKENS } from '../domain/sanitizer/contextFit';

const messages = [
  { role: 'system' as const, content: 'You are a precise routing assistant.' },
  { role: 'user' as const, content: 'Mi pedido no ha llegado todavía 📦' },
];
const answer = 'Intent: order_status. Route to: Orders.';

/** The accounting written out independently, over tiktoken's own encodings. */
function expected(encoding: 'o200k_base' | 'cl100k_base', factor = 1) {
  const enc = getEncoding(encoding);
  const count = (text: string) => Math.ceil(enc.encode(text).length * factor);
  const prompt = REPLY_PRIMING_TOKENS + messages.reduce((n, m) => n + MESSAGE_OVERHEAD_TOKENS + count(m.content), 0);
  const completion = count(answer);
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    source: 'tokenizer',
  };
}

describe('resolveUsage', () => {
  it("takes the gateway's usage chunk as it is, saying so", () => {
    const usage = resolveUsage(
      { prompt_tokens: 40, completion_tokens: 12, total_tokens: 52 },
      'gpt-4o-mini',
      messages,
      'ignored',
    );
    expect(usage).toEqual({ prompt_tokens: 40, completion_tokens: 12, total_tokens: 52, source: 'gateway' });
  });

  it("counts with the model's tokenizer and the context fit's accounting when the gateway sent none", () => {
    expect(resolveUsage(undefined, 'gpt-4o-mini', messages, answer)).toEqual(expected('o200k_base'));
    expect(resolveUsage(undefined, 'gpt-4', messages, answer)).toEqual(expected('cl100k_base'));
    expect(resolveUsage(undefined, 'gpt-4o-mini', messages, '').completion_tokens).toBe(0);
  });

  it('uses the named estimate for a model family without a public tokenizer', () => {
    expect(resolveUsage(undefined, 'claude-3-sonnet', messages, answer)).toEqual(expected('cl100k_base', 1.25));
  });
});
