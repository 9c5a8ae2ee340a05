import { routingFailure, FailureTypes } from '../../contracts/failures';
import { InferencePayloadSchema, type InferencePayload, type ModelProfile } from '../../contracts/inference';
import type { Turn } from './contextFit';
import { describeIssues, formatIssuePath } from '../../contracts/issues';

/**
 * The gateway payload: the profile's model, temperature, limits and system prompt, then the turns.
 * Validated against the contract so a bad profile or turn fails here, naming the field, not at the gateway.
 */
export function buildPayload(profile: ModelProfile, turns: readonly Turn[]): InferencePayload {
  const parsed = InferencePayloadSchema.safeParse({
    model: profile.modelId,
    temperature: profile.temperature,
    messages: [
      { role: 'system', content: profile.systemPrompt },
      ...turns.map((t) => ({ role: t.role, content: t.content })),
    ],
    max_tokens: profile.maxTokens,
    stream: true,
  });
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
