/**
 * The sanitizer: redact PII, screen for prompt injection, fit the context window, build the payload.
 * Pure, deterministic and synchronous; the report it returns carries counts and names, never a value.
 */
import type { ModelProfile } from '../../contracts/inference';
import type { SanitizationReport, SanitizeOutcome } from '../../contracts/results';
import { fitToContext, type Turn } from './contextFit';
import { outcomeUnderPolicy } from './outcome';
import { screenTexts } from './injection';
import { buildPayload } from './payload';
import {
  compileKnownNames,
  createReplacer,
  redactText,
  type AccountNumberRules,
  type NameParticipant,
  type PiiType,
} from './pii';
import { tokenCounterFor } from './tokenizer';

export interface SanitizeOptions {
  /** With a key, PII becomes consistent pseudonyms (`[EMAIL_1]`) instead of `[EMAIL_REDACTED]`. */
  pseudonymKey?: Buffer | string;
  /** Region for national phone formats (default US). */
  phoneRegion?: string;
  /** The conversation's participants (from Genesys): their names are redacted wherever they occur. */
  participants?: readonly NameParticipant[];
  /** The deployment's account/policy/member number cues and shapes (config/pii.json). */
  accountNumbers?: AccountNumberRules;
}

export function sanitizeTranscript(
  messages: readonly Turn[],
  profile: ModelProfile,
  options: SanitizeOptions = {},
): SanitizeOutcome {
  // Screening reads the raw turns (redaction could break up an encoded payload). Customer turns are the
  // attack surface, but agent turns are screened too: a bot or a pasted macro can carry an injection.
  const verdict = screenTexts(messages.map((m) => m.content));
  const policy = profile.injectionPolicy;

  // One replacer for the whole transcript, so a value gets the same pseudonym in every turn.
  const replace = createReplacer(options.pseudonymKey);
  // One name pattern per transcript; the profile decides whether the agent's first name stays.
  const knownNames = compileKnownNames(options.participants ?? [], { keepAgentFirstName: profile.keepAgentFirstName });
  const pii: Partial<Record<PiiType, number>> = {};
  const redacted = messages.map((m, i): Turn => {
    const context = i > 0 ? messages[i - 1].content : undefined;
    const { text, counts } = redactText(m.content, replace, {
      phoneRegion: options.phoneRegion,
      context,
      knownNames,
      accountNumbers: options.accountNumbers,
    });
    for (const type in counts) pii[type as PiiType] = (pii[type as PiiType] ?? 0) + (counts[type as PiiType] as number);
    return { role: m.role, content: text };
  });

  // Fitting happens after redaction: placeholders are what the model will read and count.
  const counter = tokenCounterFor(profile.modelId, profile.tokenizer);
  const fit = fitToContext(redacted, profile, counter);

  const report: SanitizationReport = {
    pii,
    piiTotal: Object.values(pii).reduce((a, b) => a + b, 0),
    injection: { verdict: verdict.verdict, score: verdict.score, families: verdict.families, policy },
    tokens: { before: fit.report.before, after: fit.report.after, budget: fit.report.budget, tokenizer: counter.name },
    turnsDropped: fit.report.turnsDropped,
    truncatedTurns: fit.report.truncatedTurns,
  };
  return outcomeUnderPolicy(verdict.verdict, profile, report, () => buildPayload(profile, fit.turns));
}

export { detectPii, PII_TYPES, type PiiSpan, type PiiType } from './pii';
export { screenText, screenTexts, type InjectionVerdict } from './injection';
export { tokenCounterFor, knownTokenizer, ESTIMATE_NAME, type TokenCounter } from './tokenizer';
export { fitToContext, type Turn } from './contextFit';
