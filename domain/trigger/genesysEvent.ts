/**
 * What a "conversation ended" delivery from Genesys Cloud asks of the router. Two wire shapes:
 * - the Amazon EventBridge event the Genesys EventBridge integration emits (relayed over HTTPS): `detail-type` is the
 *   notification topic, `detail.eventBody` the topic's payload (a relay that flattens it may put the payload in
 *   `detail` itself); payload fields per the SDK's CustomerEndDetailEventTopicCustomerEndEvent and
 *   AcwDetailEventTopicAfterCallWorkEvent (mediaType upper-case: VOICE, MESSAGE, CALLBACK, EMAIL, ...);
 * - the body a Process Automation workflow's data action POSTs: `{ conversationId, profile?, mediaType? }`.
 * Pure: no I/O; the HTTP service maps the outcome to a status code.
 */
import { z } from 'zod';
import { formatIssuePath } from '../../contracts/issues';
import { InteractionIdSchema, ProfileNameSchema } from '../../contracts/routing';

/**
 * The topics that mean "this conversation is over for the customer": customer.end fires when the customer leaves,
 * acw when an agent's after-call work ends. Neither says the transcript is ready (STA publishes it minutes later and
 * has no notification topic for it): the routing's own transcript wait covers that.
 */
export const ROUTED_TOPIC_EVENTS = ['customer.end', 'acw'] as const;
const TOPIC_PATTERN = /^v2\.detail\.events\.conversation\.([^.]+)\.(.+)$/;

/** Media types the router transcribes; the detail events spell them upper-case, Process Automation bodies either way. */
const ROUTED_MEDIA = new Set(['voice', 'message']);

const TopicPayloadSchema = z.looseObject({
  conversationId: InteractionIdSchema,
  mediaType: z.string().optional(),
});

const EventBridgeEnvelopeSchema = z.looseObject({
  'detail-type': z
    .string()
    .regex(TOPIC_PATTERN, 'must be a conversation detail-event topic, v2.detail.events.conversation.{id}.{event}'),
  detail: z.looseObject({ eventBody: TopicPayloadSchema.optional() }),
});

const DataActionBodySchema = z.object({
  conversationId: InteractionIdSchema,
  profile: ProfileNameSchema.optional(),
  mediaType: z.string().max(40).optional(),
});

export type GenesysEvent =
  | {
      kind: 'route';
      conversationId: string;
      profile?: string;
      source: 'eventbridge' | 'process-automation';
      topic?: string;
    }
  | { kind: 'ignore'; reason: 'topic' | 'media'; conversationId?: string; detail: string };

export class EventBodyError extends Error {
  override name = 'EventBodyError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

function fail(error: z.ZodError, prefix: (string | number)[] = []): never {
  const issue = error.issues[0];
  throw new EventBodyError(formatIssuePath([...prefix, ...issue.path]), issue.message);
}

function mediaVerdict(conversationId: string, mediaType: string | undefined): GenesysEvent | undefined {
  if (mediaType === undefined || ROUTED_MEDIA.has(mediaType.toLowerCase())) return undefined;
  return {
    kind: 'ignore',
    reason: 'media',
    conversationId,
    detail: `media type ${mediaType.toUpperCase().slice(0, 40)} is not routed`,
  };
}

/** Classifies a parsed JSON body; throws EventBodyError naming the first bad field. */
export function interpretGenesysEvent(body: unknown): GenesysEvent {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new EventBodyError(
      '(root)',
      'must be a JSON object: an EventBridge event or { "conversationId", "profile" }',
    );
  }
  if (!('detail-type' in body) && !('detail' in body)) {
    const parsed = DataActionBodySchema.safeParse(body);
    if (!parsed.success) fail(parsed.error);
    const { conversationId, profile, mediaType } = parsed.data;
    return (
      mediaVerdict(conversationId, mediaType) ?? {
        kind: 'route',
        conversationId,
        profile,
        source: 'process-automation',
      }
    );
  }

  const envelope = EventBridgeEnvelopeSchema.safeParse(body);
  if (!envelope.success) fail(envelope.error);
  const topic = envelope.data['detail-type'];
  const [, topicConversationId, event] = TOPIC_PATTERN.exec(topic)!;
  if (!(ROUTED_TOPIC_EVENTS as readonly string[]).includes(event)) {
    return {
      kind: 'ignore',
      reason: 'topic',
      detail: `topic event "${event.slice(0, 40)}" does not end a conversation`,
    };
  }
  const detail = envelope.data.detail;
  const inBody = detail.eventBody !== undefined;
  const payload = TopicPayloadSchema.safeParse(inBody ? detail.eventBody : detail);
  if (!payload.success) fail(payload.error, inBody ? ['detail', 'eventBody'] : ['detail']);
  const { conversationId, mediaType } = payload.data;
  if (conversationId !== topicConversationId) {
    throw new EventBodyError(
      inBody ? 'detail.eventBody.conversationId' : 'detail.conversationId',
      'does not match the conversation id in detail-type',
    );
  }
  return (
    mediaVerdict(conversationId, mediaType) ?? {
      kind: 'route',
      conversationId,
      source: 'eventbridge',
      topic: topic.replace(topicConversationId, '{id}'),
    }
  );
}
