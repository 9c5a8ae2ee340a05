import { getEncoding } from 'js-tiktoken';
import { resolveUsage } from '../domain/gateway/usage';

const o200k = getEncoding('o200k_base');
const messages = [
  { role: 'system' as const, content: 'You are a precise routing assistant.' },
  { role: 'user' as const, content: 'Mi pedido no ha llegado todavía 📦' },
];

describe('resolveUsage', () => {
  it("takes the gateway's usage chunk as it is, saying so", () => {
    const usage = resolveUsage({ prompt_tokens: 40, completion_tokens: 12, total_tokens: 52 }, messages, 'ignored');
    expect(usage).toEqual({ prompt_tokens: 40, completion_tokens: 12, total_tokens: 52, source: 'gateway' });
  });

  it('counts with o200k_base and the chat accounting when the gateway sent none', () => {
    const answer = 'Intent: order_status. Route to: Orders.';
    const prompt = messages.reduce((n, m) => n + 3 + o200k.encode(m.role).length + o200k.encode(m.content).length, 3);
    const completion = o200k.encode(answer).length;
    expect(resolveUsage(undefined, messages, answer)).toEqual({
      prompt_tokens: prompt,
      completion_tokens: completion,
      total_tokens: prompt + completion,
      source: 'tokenizer',
    });
    expect(resolveUsage(undefined, messages, '').completion_tokens).toBe(0);
  });
});
