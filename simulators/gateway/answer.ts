/**
 * The simulated model: a short, deterministic routing summary derived from the prompt, cut into token-sized pieces.
 * It never echoes the transcript (which is already redacted, but a summary has no need of it).
 */
import type { InferenceRequest } from './wire';

const INTENTS: Array<{ intent: string; queue: string; words: RegExp }> = [
  { intent: 'refund_request', queue: 'Billing', words: /\b(refund|money back|charged twice|reimburse)/i },
  { intent: 'billing_question', queue: 'Billing', words: /\b(bill|invoice|payment|charge)/i },
  { intent: 'order_status', queue: 'Orders', words: /\b(order|delivery|shipping|package|tracking)/i },
  { intent: 'account_access', queue: 'Identity', words: /\b(password|log ?in|locked|account access|sign ?in)/i },
  { intent: 'cancellation', queue: 'Retention', words: /\b(cancel|close my account|unsubscribe)/i },
  { intent: 'technical_issue', queue: 'Technical Support', words: /\b(error|broken|crash|not working|bug)/i },
];

export function simulatedAnswer(payload: InferenceRequest): string {
  const user = payload.messages.filter((m) => m.role === 'user');
  const agent = payload.messages.filter((m) => m.role === 'assistant');
  const text = user.map((m) => m.content).join(' ');
  const match = INTENTS.find((i) => i.words.test(text)) ?? { intent: 'general_inquiry', queue: 'General' };
  return (
    `Intent: ${match.intent}. Route to: ${match.queue}. ` +
    `Summary: the customer raised a ${match.intent.replace('_', ' ')} over ${user.length} customer ` +
    `and ${agent.length} agent turns; confidence ${payload.temperature <= 0.5 ? 'high' : 'medium'}.`
  );
}

/** Word-sized pieces, each keeping its leading space, as models stream them. */
export function tokenPieces(answer: string): string[] {
  return answer.match(/\s*\S+/g) ?? [];
}
