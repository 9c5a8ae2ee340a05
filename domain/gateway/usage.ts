/**
 * Token usage when the gateway sends no usage chunk: counted with o200k_base (the gpt-4o family's encoding), and
 * labelled `source: 'tokenizer'` so nobody mistakes the estimate for the gateway's bill.
 * The prompt count follows OpenAI's chat accounting: 3 tokens per message plus 3 priming the reply.
 */
import type { ChatMessage } from '../../contracts/inference';
import type { TokenUsage } from '../../contracts/results';
import { tokenCounterFor } from '../sanitizer/tokenizer';
import type { GatewayUsage } from './chunks';

const TOKENS_PER_MESSAGE = 3;
const REPLY_PRIMING = 3;

/** The project's shared, lazily loaded o200k_base counter (the gpt-4o family's encoding). */
const o200k = tokenCounterFor('gpt-4o');

export function countTokens(text: string): number {
  return o200k.count(text);
}

export function countPromptTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((sum, m) => sum + TOKENS_PER_MESSAGE + countTokens(m.role) + countTokens(m.content), REPLY_PRIMING);
}

/** The gateway's numbers when it sent them, else our count. */
export function resolveUsage(gateway: GatewayUsage | undefined, messages: readonly ChatMessage[], answer: string): TokenUsage {
  if (gateway) {
    const { prompt_tokens, completion_tokens, total_tokens } = gateway;
    return { prompt_tokens, completion_tokens, total_tokens, source: 'gateway' };
  }
  const prompt_tokens = countPromptTokens(messages);
  const completion_tokens = countTokens(answer);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens, source: 'tokenizer' };
}
