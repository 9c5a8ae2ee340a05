import { z } from 'zod';

export const INJECTION_POLICIES = ['block', 'review', 'flag'] as const;
export type InjectionPolicy = (typeof INJECTION_POLICIES)[number];

/** Which BPE counts a model's tokens; `estimate` for models whose tokenizer we cannot run (see tokenizer.ts). */
export const TokenizerChoiceSchema = z.enum(['o200k_base', 'cl100k_base', 'estimate']);
export type TokenizerChoice = z.infer<typeof TokenizerChoiceSchema>;

/** USD per million tokens, as providers publish it; the cost of a dispatch when the gateway reports none. */
export const ModelPriceSchema = z.object({
  inputPerMillion: z.number().nonnegative(),
  outputPerMillion: z.number().nonnegative(),
});
export type ModelPrice = z.infer<typeof ModelPriceSchema>;

/** A model tried, in order, when the one before it is refused for good (unknown model, context too long). */
export const FallbackModelSchema = z.object({
  modelId: z.string().min(1),
  /** Defaults to the profile's window. */
  maxContextWindow: z.number().int().positive().optional(),
  tokenizer: TokenizerChoiceSchema.optional(),
  price: ModelPriceSchema.optional(),
});
export type FallbackModel = z.infer<typeof FallbackModelSchema>;

/** The model matrix entry a routing profile names (the tutorial's fields, plus tokenizer, price and fallbacks). */
export const ModelProfileSchema = z.object({
  modelId: z.string().min(1),
  temperature: z.number().min(0).max(2),
  maxContextWindow: z.number().int().positive(),
  maxTokens: z.number().int().positive(),
  systemPrompt: z.string().min(1),
  /**
   * What a detected prompt injection does: stop the routing, hold it for an operator's decision, or route it
   * with the verdict recorded.
   */
  injectionPolicy: z.enum(INJECTION_POLICIES).default('block'),
  /** Agents say their own first name in every call: true keeps it in the transcript (surname still redacted). */
  keepAgentFirstName: z.boolean().optional(),
  /** How long a routing held for review waits for an operator before it ends blocked (default a day). */
  reviewTimeoutMinutes: z.number().positive().max(10_080).optional(),
  /** Needed for aliases and deployment names (azure/my-deployment) that do not spell the model family. */
  tokenizer: TokenizerChoiceSchema.optional(),
  price: ModelPriceSchema.optional(),
  fallbacks: z.array(FallbackModelSchema).optional(),
});
export type ModelProfile = z.output<typeof ModelProfileSchema>;

export const ChatMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

/** The payload the gateway receives (the tutorial's schema). */
export const InferencePayloadSchema = z.object({
  model: z.string().min(1),
  temperature: z.number().min(0).max(2),
  messages: z.array(ChatMessageSchema).min(1),
  max_tokens: z.number().int().positive(),
  stream: z.boolean().default(true),
  stream_options: z.object({ include_usage: z.boolean() }).optional(),
  /** OpenAI format only: spend attribution (opaque ids and operator tags, never PII). */
  user: z.string().max(256).optional(),
  metadata: z.record(z.string().max(64), z.string().max(512)).optional(),
});
export type InferencePayload = z.output<typeof InferencePayloadSchema>;
