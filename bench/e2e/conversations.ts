/**
 * Distinct conversations for the end-to-end benchmark: a realistic support exchange of varying length per id,
 * half voice and half messaging, so every routing fetches, sanitizes and dispatches its own transcript.
 */
import { randomUUID } from 'node:crypto';
import type { SimConversation } from '../../simulators/genesys/types';
import { prng } from '../prng';

const CUSTOMER = [
  'Hi, my order has not arrived yet and it has been two weeks.',
  'I was charged twice for the same subscription this month.',
  'The tracking page says delivered but there is nothing at my door.',
  'Can you change the delivery address on my open order?',
  'My email is sam.taylor@example.org if you need it.',
  'I would like to cancel the premium plan at the end of the cycle.',
  'The app keeps logging me out every time I open it.',
  'Yes, that is the right order, the one from last Tuesday.',
];
const AGENT = [
  'Thanks for reaching out, I can help with that.',
  'Let me check the order history on your account.',
  'I can see the payment here, give me a moment to look.',
  'I have opened a ticket with the courier for you.',
  'The refund will show within three to five business days.',
  'Is there anything else I can help you with today?',
];

export function benchConversations(count: number, seed = 7): SimConversation[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const turns = 6 + Math.floor(random() * 14);
    return {
      id: randomUUID(),
      mediaType: i % 2 === 0 ? 'voice' : 'message',
      startTime: '2026-11-20T10:00:00.000Z',
      endTime: '2026-11-20T10:09:00.000Z',
      customerAddress: i % 2 === 0 ? 'tel:+14155550100' : undefined,
      turns: Array.from({ length: turns }, (_, t) => ({
        speaker: t % 2 === 0 ? 'agent' : 'customer',
        text: t % 2 === 0 ? pick(AGENT) : pick(CUSTOMER),
        atMs: 2_000 + t * 7_000,
      })),
    } satisfies SimConversation;
  });
}
