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

/**
 * The default ceiling on a transcript download (GENESYS_TRANSCRIPT_MAX_BYTES). Temporal refuses payloads over 2 MB;
 * the fetched transcript travels encrypted and serialised, so the raw download must stay well under that.
 */
export const DEFAULT_TRANSCRIPT_MAX_BYTES = 1_000_000;
