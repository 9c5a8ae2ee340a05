/**
 * The labelled injection sets the project had before issue 16 (test/fixtures/sanitizer-eval/injection.jsonl
 * and holdout-injection.jsonl): written by hand, varied, and full of contact-center near-misses. They are
 * trained on, always (never held out), so their figures no longer count as estimates of generalization.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OBFUSCATIONS } from './transforms';
import { pick, seededRng, type CorpusExample } from './types';

const FILES = ['injection.jsonl', 'holdout-injection.jsonl'];
const DIR = path.join(__dirname, '..', '..', 'test', 'fixtures', 'sanitizer-eval');
/** Each line once as written, and this many times obfuscated. */
const OBFUSCATED_COPIES = 2;

interface LegacyLine {
  text: string;
  attack: boolean;
  family?: string;
}

export const LEGACY_FAMILY_PREFIX = 'legacy.';

export function legacyExamples(seed: number): CorpusExample[] {
  const r = seededRng(seed ^ 0x1e6ac);
  const lines = FILES.flatMap((file) =>
    readFileSync(path.join(DIR, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as LegacyLine),
  );
  return lines.flatMap((line) => {
    const family = `${LEGACY_FAMILY_PREFIX}${line.attack ? (line.family ?? 'attack') : 'benign'}`;
    const kind = line.attack ? 'other_intent' : 'benign';
    const copies = Array.from({ length: OBFUSCATED_COPIES }, () => {
      const variant = pick(r, Object.keys(OBFUSCATIONS));
      return { text: OBFUSCATIONS[variant](line.text, r), variant };
    });
    return [{ text: line.text, variant: 'plain' }, ...copies].map(({ text, variant }) => ({
      text,
      attack: line.attack,
      family,
      kind,
      variant,
    }));
  });
}
