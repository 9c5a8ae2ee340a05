/**
 * Zod schemas for every Genesys Cloud payload the router reads (reference §3-§5).
 * Tolerant of fields we do not use (looseObject), strict on the ones we do: Genesys adds fields
 * often, but a used field changing type must fail loudly with its path, not produce a wrong transcript.
 */
import { z } from 'zod';
import { FailureTypes, routingFailure } from '../../contracts/failures';
import { formatIssuePath } from '../../contracts/issues';

const id = z.string().min(1);

/** GET /api/v2/conversations/{id}: communication ids live under participants[].calls[] / .messages[]. */
export const ConversationSchema = z.looseObject({
  id,
  participants: z.array(
    z.looseObject({
      purpose: z.string().optional(),
      /** The participant's display name (the customer's, the agent's, the external contact's). */
      name: z.string().optional(),
      calls: z.array(z.looseObject({ id, recordingId: z.string().optional() })).optional(),
      messages: z.array(z.looseObject({ id })).optional(),
    }),
  ),
});
export type Conversation = z.infer<typeof ConversationSchema>;

/**
 * GET /api/v2/conversations/messages/{id}. The SDK's MessageMediaParticipant has messages[].messageId; the
 * generic conversation model nests them one level deeper (messages[].messages[].messageId). Accept both.
 */
const MessageDetailsSchema = z.looseObject({ messageId: id });
export const MessageConversationSchema = z.looseObject({
  id,
  participants: z.array(
    z.looseObject({
      messages: z
        .array(z.looseObject({ messageId: id.optional(), messages: z.array(MessageDetailsSchema).optional() }))
        .optional(),
    }),
  ),
});
export type MessageConversation = z.infer<typeof MessageConversationSchema>;

/** One message of POST .../messages/bulk. `textBody` is deprecated but still read as a fallback. */
export const MessageEntitySchema = z.looseObject({
  id,
  timestamp: z.iso.datetime({ offset: true }),
  direction: z.enum(['inbound', 'outbound']),
  normalizedMessage: z.looseObject({ text: z.string().optional() }).optional(),
  textBody: z.string().optional(),
});
export type MessageEntity = z.infer<typeof MessageEntitySchema>;

export const MessagesBulkSchema = z.looseObject({ entities: z.array(MessageEntitySchema) });

/** GET .../communications/{communicationId}/transcripturls (plural form). */
export const TranscriptUrlsSchema = z.looseObject({
  urls: z.array(z.looseObject({ url: z.url(), recording: z.looseObject({ id }).optional() })),
});

export const TranscriptPhraseSchema = z.looseObject({
  participantPurpose: z.string().min(1),
  text: z.string(),
  decoratedText: z.string().optional(),
  startTimeMs: z.number().int().nonnegative(),
});
export type TranscriptPhrase = z.infer<typeof TranscriptPhraseSchema>;

/** The Speech and Text Analytics transcript document behind the pre-signed URL. */
export const TranscriptDocumentSchema = z.looseObject({
  conversationId: id,
  communicationId: z.string().optional(),
  recordingId: z.string().optional(),
  transcripts: z.array(
    z.looseObject({ transcriptId: z.string().optional(), phrases: z.array(TranscriptPhraseSchema) }),
  ),
});
export type TranscriptDocument = z.infer<typeof TranscriptDocumentSchema>;

/** POST /api/v2/analytics/conversations/details/query. `conversations` is absent on an empty page. */
export const ConversationDetailsPageSchema = z.looseObject({
  totalHits: z.number().int().nonnegative().optional(),
  conversations: z
    .array(z.looseObject({ conversationId: id, conversationEnd: z.iso.datetime({ offset: true }).optional() }))
    .optional(),
});
export type ConversationDetailsPage = z.infer<typeof ConversationDetailsPageSchema>;

/** Platform ErrorBody (reference §2); read leniently because it only enriches a failure. */
export const ErrorBodySchema = z.looseObject({
  message: z.string().optional(),
  code: z.string().optional(),
  status: z.number().optional(),
  messageParams: z.record(z.string(), z.unknown()).optional(),
  contextId: z.string().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/**
 * Parse a Genesys payload or raise InvalidGenesysPayload naming the payload and the field path.
 * The message carries paths and expectations only, never received values (they may be customer text).
 */
export function parseGenesysPayload<T extends z.ZodType>(schema: T, data: unknown, payloadName: string): z.output<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 5).map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  return failInvalid(payloadName, issues);
}

function failInvalid(payloadName: string, issues: string[]): never {
  throw routingFailure(FailureTypes.InvalidGenesysPayload, `unexpected ${payloadName} payload: ${issues.join('; ')}`, {
    details: { payload: payloadName, issues },
  });
}
