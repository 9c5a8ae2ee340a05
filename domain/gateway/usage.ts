/**
 * Token usage when the gateway sends no usage chunk: counted with the model's own tokenizer (or the sanitizer's
 * named estimate for families without one) and the same per-message accounting the context fit uses, so an
 * audit record's usage and its sanitization report agree. Labelled `source: 'tokenizer'` so nobody mistakes
 * the count for the gateway's bill.
 */
import type { ChatMessage, TokenizerChoice } from '../../contracts/inference';
import type { TokenUsage } from '../../contracts/results';
import { MESSAGE_OVERHEAD_TOKENS, REPLY_PRIMING_TOKENS } from '../sanitizer/contextFit';
import { tokenCounterFor } from '../sanitizer/tokenizer';
import type { GatewayUsage } from './chunks';

/** The gateway's numbers when it sent them, else our count for `model`. */
export function resolveUsage(
  gateway: GatewayUsage | undefined,
  model: string,
  messages: readonly ChatMessage[],
  answer: string,
  tokenizer?: TokenizerChoice,
): TokenUsage {
  if (gateway) {
    const { prompt_tokens, completion_tokens, total_tokens } = gateway;
    return { prompt_tokens, completion_tokens, total_tokens, source: 'gateway' };
  }
  const counter = tokenCounterFor(model, tokenizer);
  const prompt_tokens = messages.reduce(
    (sum, m) => sum + MESSAGE_OVERHEAD_TOKENS + counter.count(m.content),
    REPLY_PRIMING_TOKENS,
  );
  const completion_tokens = counter.count(answer);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens, source: 'tokenizer' };
}
