/**
 * The screen: fold obfuscations away (normalize), mark forged structure, decode hidden layers, then score
 * every token window of every reading with the shipped model and keep the highest. The verdict carries the
 * score and family names only, never the text that produced them.
 */
import { familiesOf, intentSignals, INJECTION_FAMILIES, type InjectionFamily } from './families';
import { hiddenLayers } from './decode';
import { textFeatures, tokenWindows } from './features';
import { shippedModel, sigmoid, windowLogit, type LinearModel } from './model';
import { INVISIBLE, normalizeForScreening } from './normalize';
import { markStructure } from './structure';

/** Base64 inside base64 is followed this deep; deeper nesting is left alone. */
const MAX_DECODE_DEPTH = 2;
/**
 * A window with no intent signal (it asks nothing of the assistant) has its logit lowered this much: the
 * n-grams alone rank an unfamiliar benign topic too close to an attack.
 */
const NO_INTENT_PENALTY = 4;

export interface InjectionVerdict {
  verdict: 'clean' | 'injection';
  /** 0..1, rounded to three decimals. */
  score: number;
  /** Kinds of attack named in the strongest evidence, in a fixed order; never the matched text. */
  families: InjectionFamily[];
}

interface Evidence {
  logit: number;
  classes: number;
}

/** The readings of one text a screen must look at: folded, and folded with "1" read as "l". */
export function screeningReadings(text: string): string[] {
  const { folded, foldedAlt } = normalizeForScreening(markStructure(text.normalize('NFKC').replace(INVISIBLE, '')));
  return folded === foldedAlt ? [folded] : [folded, foldedAlt];
}

function strongestWindow(text: string, model: LinearModel, depth = 0): Evidence {
  let best: Evidence = { logit: Number.NEGATIVE_INFINITY, classes: 0 };
  for (const reading of screeningReadings(text)) {
    const features = textFeatures(reading);
    for (const window of tokenWindows(features.words.length)) {
      let classes = 0;
      for (let i = window.from; i < window.to; i++) classes |= features.classBits[i];
      const logit = windowLogit(model, features, window) - (intentSignals(classes).length > 0 ? 0 : NO_INTENT_PENALTY);
      if (logit > best.logit) best = { logit, classes };
    }
  }
  if (depth < MAX_DECODE_DEPTH) {
    for (const layer of hiddenLayers(text)) {
      const hidden = strongestWindow(layer, model, depth + 1);
      if (hidden.logit > best.logit) best = hidden;
    }
  }
  return best;
}

/** The model's probability that `text` carries an injection (exported for training and evaluation). */
export function injectionScore(text: string, model: LinearModel = shippedModel()): number {
  return sigmoid(strongestWindow(text, model).logit);
}

export function screenText(text: string): InjectionVerdict {
  return screenTexts([text]);
}

/** One verdict over several texts (the turns of a transcript): the strongest evidence decides. */
export function screenTexts(texts: readonly string[]): InjectionVerdict {
  const model = shippedModel();
  let score = 0;
  const families = new Set<InjectionFamily>();
  for (const text of texts) {
    const evidence = strongestWindow(text, model);
    const p = sigmoid(evidence.logit);
    score = Math.max(score, p);
    if (p >= model.threshold) for (const f of familiesOf(evidence.classes)) families.add(f);
  }
  const verdict = score >= model.threshold ? 'injection' : 'clean';
  return { verdict, score: Math.round(score * 1000) / 1000, families: INJECTION_FAMILIES.filter((f) => families.has(f)) };
}
