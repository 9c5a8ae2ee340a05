/**
 * Digital messaging: message ids from the message conversation, bulk-fetch batching, and normalization
 * of message entities into chat turns. Pure and deterministic.
 */
import type { TranscriptMessage } from '../../contracts/transcript';
import type { MessageConversation, MessageEntity } from './genesysSchemas';

/** The bulk endpoint accepts up to 1,000 ids; smaller batches keep each response small and fast. */
export const MESSAGE_BATCH_SIZE = 100;

/** Message ids in order of appearance (either nesting, see MessageConversationSchema), duplicates removed. */
export function messageIdsOf(conversation: MessageConversation): string[] {
  const ids = conversation.participants.flatMap((p) =>
    (p.messages ?? []).flatMap((m) => [m.messageId, ...(m.messages ?? []).map((inner) => inner.messageId)]),
  );
  return [...new Set(ids.filter((messageId): messageId is string => messageId !== undefined))];
}

export function inBatches<T>(items: readonly T[], size: number = MESSAGE_BATCH_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('batch size must be a positive integer');
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** `normalizedMessage.text` first; the deprecated `textBody` only when it is missing. */
export function messageText(entity: MessageEntity): string {
  return (entity.normalizedMessage?.text ?? entity.textBody ?? '').trim();
}

/**
 * Inbound (customer) -> user, outbound (agent or bot) -> assistant, ordered by timestamp because the bulk
 * API promises no order. Messages without text (attachments, typing events) are skipped; repeats counted once.
 */
export function normalizeMessages(entities: MessageEntity[]): TranscriptMessage[] {
  const byId = new Map<string, MessageEntity>();
  for (const entity of entities) byId.set(entity.id, entity);
  return [...byId.values()]
    .map((entity) => ({ entity, content: messageText(entity), at: Date.parse(entity.timestamp) }))
    .filter(({ content }) => content.length > 0)
    .sort((a, b) => a.at - b.at || a.entity.id.localeCompare(b.entity.id))
    .map(({ entity, content, at }) => ({
      role: entity.direction === 'inbound' ? ('user' as const) : ('assistant' as const),
      content,
      timestamp: new Date(at).toISOString(),
    }));
}
