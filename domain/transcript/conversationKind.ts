import type { Conversation } from './genesysSchemas';

/**
 * Voice or messaging, decided from the live conversation's participants: calls[] means voice,
 * messages[] means digital messaging. Anything else (email, callback only) is not routable here.
 */
export function conversationMediaType(conversation: Conversation): 'voice' | 'message' | undefined {
  const hasCalls = conversation.participants.some((p) => (p.calls ?? []).length > 0);
  if (hasCalls) return 'voice';
  const hasMessages = conversation.participants.some((p) => (p.messages ?? []).length > 0);
  return hasMessages ? 'message' : undefined;
}
