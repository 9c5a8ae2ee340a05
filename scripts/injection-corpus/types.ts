/**
 * Building blocks of the synthetic training corpus. A family is one phrasing pattern (a template with
 * slots); the evaluation holds out whole families, so a score on them is a score on phrasings never seen.
 */
import { prng } from '../../bench/prng';
import type { InjectionFamily } from '../../domain/sanitizer/injection';

export type Rng = () => number;

export interface PhrasingFamily {
  /** `<kind>.<lang>.<pattern>`, e.g. `override.en.void-rules`. */
  name: string;
  attack: boolean;
  kind: InjectionFamily | 'benign';
  make(r: Rng): string;
}

export interface CorpusExample {
  text: string;
  attack: boolean;
  family: string;
  kind: PhrasingFamily['kind'];
  /** Obfuscation or encoding applied (`plain` when none). */
  variant: string;
}

/** The repository's one seeded PRNG (mulberry32), so the corpus is the same on every run and platform. */
export const seededRng = (seed: number): Rng => prng(seed);

export const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)];
export const maybe = (r: Rng, p: number, text: string): string => (r() < p ? text : '');

/** Fills `{slot}` placeholders; `{a|b|c}` picks one inline alternative. */
export function fill(r: Rng, template: string, slots: Record<string, readonly string[]> = {}): string {
  let out = template;
  for (let guard = 0; guard < 8 && /\{[^{}]+\}/.test(out); guard++) {
    out = out.replace(/\{([^{}]+)\}/g, (_, key: string) =>
      slots[key] ? pick(r, slots[key]) : key.includes('|') ? pick(r, key.split('|')) : `{${key}}`,
    );
  }
  return out
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const family = (
  name: string,
  attack: boolean,
  kind: PhrasingFamily['kind'],
  templates: readonly string[],
  slots: Record<string, readonly string[]>,
): PhrasingFamily => ({
  name,
  attack,
  kind,
  make: (r) => capitalize(fill(r, pick(r, templates), slots)),
});
