/**
 * The OpenAI `chat.completion.chunk` shape the gateway streams (the tutorial's format), as far as we read it.
 * Loose objects: gateways add fields (system_fingerprint, logprobs) and we must not fail on them.
 */
import { z } from 'zod';

export const UsageSchema = z
  .object({
    prompt_tokens: z.number().int().nonnegative(),
    completion_tokens: z.number().int().nonnegative(),
    total_tokens: z.number().int().nonnegative(),
    /** LiteLLM's cost of the request in USD; read leniently (resolveCost checks it), never a reason to reject a chunk. */
    cost: z.unknown().optional(),
  })
  .loose();
export type GatewayUsage = z.infer<typeof UsageSchema>;

export const ChunkChoiceSchema = z
  .object({
    index: z.number().int().nonnegative().optional(),
    delta: z.object({ role: z.string().optional(), content: z.string().nullish() }).loose().optional(),
    finish_reason: z.string().nullish(),
  })
  .loose();

export const ChatCompletionChunkSchema = z
  .object({
    id: z.string().optional(),
    object: z.string().optional(),
    model: z.string().optional(),
    choices: z.array(ChunkChoiceSchema).default([]),
    usage: UsageSchema.nullish(),
  })
  .loose();
export type ChatCompletionChunk = z.infer<typeof ChatCompletionChunkSchema>;

/** The terminator OpenAI-style gateways send after the last chunk. */
export const DONE_SENTINEL = '[DONE]';
