/**
 * The gateway's own view of the inference request (OpenAI chat-completions style), written from the gateway's side
 * and deliberately not imported from the router's contracts/: a bug in the router's payload schema must show up as a
 * rejected request here, not be mirrored by the simulator.
 */
import { z } from 'zod';

export const ChatMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});

export const InferenceRequestSchema = z.object({
  model: z.string().min(1),
  temperature: z.number().min(0).max(2),
  messages: z.array(ChatMessageSchema).min(1),
  max_tokens: z.number().int().positive(),
  stream: z.boolean().default(false),
  stream_options: z.object({ include_usage: z.boolean() }).optional(),
  /** OpenAI's end-user id and request metadata (at most 16 string pairs, keys up to 64, values up to 512 characters). */
  user: z.string().max(256).optional(),
  metadata: z
    .record(z.string().max(64), z.string().max(512))
    .refine((m) => Object.keys(m).length <= 16, 'metadata holds at most 16 pairs')
    .optional(),
});
export type InferenceRequest = z.output<typeof InferenceRequestSchema>;
