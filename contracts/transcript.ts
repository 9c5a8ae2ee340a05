import { z } from 'zod';

/** A transcript normalized from any Genesys channel: the only shape later steps see. */
export const TranscriptMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  /** ISO-8601; absent when the source had no time for the turn. */
  timestamp: z.string().optional(),
});
export type TranscriptMessage = z.infer<typeof TranscriptMessageSchema>;

/**
 * A person Genesys names for the conversation. Names are PII: they travel only inside encrypted payloads and are
 * used to redact the transcript, never logged, never in search attributes or error messages.
 */
export const TranscriptParticipantSchema = z.object({
  role: z.enum(['customer', 'agent', 'external']),
  name: z.string().min(1).max(200),
});
export type TranscriptParticipant = z.infer<typeof TranscriptParticipantSchema>;

export const TranscriptSchema = z.object({
  interactionId: z.string(),
  mediaType: z.enum(['voice', 'message']),
  messages: z.array(TranscriptMessageSchema),
  /** The conversation's named participants (customer, agent, external contact); absent when Genesys names none. */
  participants: z.array(TranscriptParticipantSchema).optional(),
  /** What the source left out and why (e.g. a conferenced party whose transcript never came); ids and counts only. */
  notes: z.array(z.string()).optional(),
});
export type Transcript = z.infer<typeof TranscriptSchema>;

/**
 * The default ceiling on a transcript download (GENESYS_TRANSCRIPT_MAX_BYTES). Temporal refuses payloads over 2 MB;
 * the fetched transcript travels encrypted and serialised, so the raw download must stay well under that.
 */
export const DEFAULT_TRANSCRIPT_MAX_BYTES = 1_000_000;
