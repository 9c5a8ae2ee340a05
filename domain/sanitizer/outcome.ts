import type { InferencePayload, ModelProfile } from '../../contracts/inference';
import type { SanitizationReport, SanitizeOutcome } from '../../contracts/results';

/**
 * What a verdict comes to under the profile's injection policy (the sanitizer's own verdict, or the injection
 * guard's): a blocked outcome carries no payload, so `payload` is only asked for when one is kept.
 */
export function outcomeUnderPolicy(
  verdict: 'clean' | 'injection',
  profile: ModelProfile,
  report: SanitizationReport,
  payload: () => InferencePayload | undefined,
): SanitizeOutcome {
  if (verdict !== 'injection') return { status: 'clean', payload: payload(), profile, report };
  const policy = profile.injectionPolicy;
  if (policy === 'block') return { status: 'blocked', profile, report };
  return { status: policy === 'review' ? 'review' : 'flagged', payload: payload(), profile, report };
}
