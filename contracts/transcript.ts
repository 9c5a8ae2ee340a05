import { z } from 'zod';

/** A transcript normalized from any Genesys channel: the only shape later steps see. */
export const TranscriptMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  /** ISO-8601; absent when the source had no time for the turn. */
  timestamp: z.string().optional(),
});
export type TranscriptMessage = z.infer<typeof TranscriptMessageSchema>;

export const TranscriptSchema = z.object({
  interactionId: z.string(),
  mediaType: z.enum(['voice', 'message']),
  messages: z.array(TranscriptMessageSchema),
});
export type Transcript = z.infer<typeof TranscriptSchema>;
