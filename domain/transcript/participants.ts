/**
 * The named people of a conversation, from the live conversation's participants: the customer, the agent
 * (user) and an external contact. Queues, IVRs and flows are not people; unnamed participants are skipped.
 */
import type { TranscriptParticipant } from '../../contracts/transcript';
import type { Conversation } from './genesysSchemas';

const ROLE_BY_PURPOSE: Readonly<Record<string, TranscriptParticipant['role']>> = {
  customer: 'customer',
  external: 'external',
  agent: 'agent',
  user: 'agent',
};

export function namedParticipants(conversation: Conversation): TranscriptParticipant[] {
  const seen = new Set<string>();
  const named: TranscriptParticipant[] = [];
  for (const participant of conversation.participants) {
    const role = ROLE_BY_PURPOSE[(participant.purpose ?? '').toLowerCase()];
    const name = participant.name?.trim().slice(0, 200);
    if (!role || !name || seen.has(`${role}:${name}`)) continue;
    seen.add(`${role}:${name}`);
    named.push({ role, name });
  }
  return named;
}
