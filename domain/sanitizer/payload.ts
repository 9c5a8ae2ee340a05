import { routingFailure, FailureTypes } from '../../contracts/failures';
import {
  InferencePayloadSchema,
  type ChatMessage,
  type InferencePayload,
  type ModelProfile,
} from '../../contracts/inference';
import type { Turn } from './contextFit';
import { describeIssues, formatIssuePath } from '../../contracts/issues';

/**
 * The gateway payload: the profile's model, temperature, limits and system prompt, then the turns.
 * Validated against the contract so a bad profile or turn fails here, naming the field, not at the gateway.
 * The turns are checked by hand and only the profile's part goes through the schema (which would copy every
 * message again); a turn the contract refuses sends the whole payload through it, so the failure names it.
 */
export function buildPayload(profile: ModelProfile, turns: readonly Turn[]): InferencePayload {
  const system: ChatMessage = { role: 'system', content: profile.systemPrompt };
  const payload = (messages: ChatMessage[]) => ({
    model: profile.modelId,
    temperature: profile.temperature,
    messages,
    max_tokens: profile.maxTokens,
    stream: true,
  });
  if (!turns.every(isChatMessage)) return validated(payload([system, ...turns]));
  const header = validated(payload([system]));
  return { ...header, messages: [...header.messages, ...turns.map((t) => ({ role: t.role, content: t.content }))] };
}

const isChatMessage = (turn: Turn): boolean =>
  (turn.role === 'user' || turn.role === 'assistant' || turn.role === 'system') && typeof turn.content === 'string';

function validated(input: unknown): InferencePayload {
  const parsed = InferencePayloadSchema.safeParse(input);
  if (!parsed.success) {
    // Field paths and rule messages only: zod's messages do not echo the rejected value.
    throw routingFailure(
      FailureTypes.InvalidInferencePayload,
      `invalid inference payload: ${describeIssues(parsed.error)}`,
      {
        details: { fields: parsed.error.issues.map((i) => formatIssuePath(i.path)) },
      },
    );
  }
  return parsed.data;
}
