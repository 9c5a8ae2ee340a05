/**
 * Turns signal hits into a verdict. Signals combine as a noisy-OR (1 - Π(1 - w)), so one strong signal
 * or two weak ones make an injection, while a lone weak one (a mention of "system prompt") does not.
 */
import { ALL_SIGNALS, INJECTION_FAMILIES, type InjectionFamily } from './families';
import { decodeBase64Spans, normalizeForScreening } from './normalize';

export const INJECTION_THRESHOLD = 0.5;
/** Base64 inside base64 is followed this deep; deeper nesting is left alone. */
const MAX_DECODE_DEPTH = 2;

export interface InjectionVerdict {
  verdict: 'clean' | 'injection';
  /** 0..1, rounded to three decimals. */
  score: number;
  /** Families whose signals fired, in a fixed order; never the matched text. */
  families: InjectionFamily[];
}

/** Weight per family: the strongest hit of that family (several hits of one pattern family do not stack). */
function familyWeights(text: string, depth = 0): Map<InjectionFamily, number> {
  const { light, folded, foldedAlt, joinedRuns } = normalizeForScreening(text);
  // Ordinary text reads the same in every view; each distinct view is matched once.
  const views = [...new Set([light, folded, foldedAlt])];
  const weights = new Map<InjectionFamily, number>();
  for (const signal of ALL_SIGNALS) {
    const hit = views.some((view) => signal.pattern.test(view)) || joinedRuns.some((run) => signal.loose.test(run));
    if (hit) {
      weights.set(signal.family, Math.max(weights.get(signal.family) ?? 0, signal.weight));
    }
  }
  if (depth < MAX_DECODE_DEPTH) {
    for (const hidden of decodeBase64Spans(text)) {
      for (const [family, weight] of familyWeights(hidden, depth + 1)) {
        weights.set(family, Math.max(weights.get(family) ?? 0, weight));
      }
    }
  }
  return weights;
}

export function screenText(text: string): InjectionVerdict {
  return verdictFrom(familyWeights(text));
}

/** One verdict over several texts (the turns of a transcript): the strongest weight per family wins. */
export function screenTexts(texts: readonly string[]): InjectionVerdict {
  const merged = new Map<InjectionFamily, number>();
  for (const text of texts) {
    for (const [family, weight] of familyWeights(text)) merged.set(family, Math.max(merged.get(family) ?? 0, weight));
  }
  return verdictFrom(merged);
}

function verdictFrom(weights: Map<InjectionFamily, number>): InjectionVerdict {
  let clean = 1;
  for (const weight of weights.values()) clean *= 1 - weight;
  const score = Math.round((1 - clean) * 1000) / 1000;
  const verdict = score >= INJECTION_THRESHOLD ? 'injection' : 'clean';
  const families = verdict === 'injection' ? INJECTION_FAMILIES.filter((f) => weights.has(f)) : [];
  return { verdict, score, families };
}
