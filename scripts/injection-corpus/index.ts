/**
 * The training corpus, built reproducibly from the phrasing families (seeded; no downloads), and the split
 * that holds out whole families: within each kind a seeded quarter of the families is never trained on.
 */
import { createHash } from 'node:crypto';
import { ENGLISH_ATTACKS } from './attacks';
import { I18N_ATTACKS } from './attacksI18n';
import { INTENT_ATTACKS } from './attacksIntent';
import { INTENT_I18N_ATTACKS } from './attacksIntentI18n';
import { SHORT_ATTACKS } from './attacksShort';
import { EVERYDAY_ATTACKS } from './attacksEveryday';
import { EVERYDAY_BENIGN } from './benignEveryday';
import { CONCEPT_ATTACKS, CONCEPT_BENIGN } from './attacksConcepts';
import { legacyExamples } from './legacy';
import { ENGLISH_BENIGN } from './benign';
import { CONTACT_BENIGN, POLICY_BENIGN } from './benignContact';
import { MULTILINGUAL_BENIGN } from './benignMultilingual';
import { TUNING_FAMILIES } from './tuned';
import { I18N_BENIGN, SIMULATOR_BENIGN } from './benignI18n';
import { NEAR_MISS_BENIGN } from './benignNearMiss';
import { SERVICE_BENIGN } from './benignService';
import { ENCODINGS, OBFUSCATIONS, withContext } from './transforms';
import { pick, seededRng, type CorpusExample, type PhrasingFamily, type Rng } from './types';

export const CORPUS_SEED = 1616;
const PER_FAMILY = 320;

export const PHRASING_FAMILIES: readonly PhrasingFamily[] = [
  ...ENGLISH_ATTACKS,
  ...I18N_ATTACKS,
  ...SHORT_ATTACKS,
  ...INTENT_ATTACKS,
  ...INTENT_I18N_ATTACKS,
  ...EVERYDAY_ATTACKS,
  ...ENGLISH_BENIGN,
  ...CONTACT_BENIGN,
  ...POLICY_BENIGN,
  ...MULTILINGUAL_BENIGN,
  ...I18N_BENIGN,
  ...SERVICE_BENIGN,
  ...NEAR_MISS_BENIGN,
  ...SIMULATOR_BENIGN,
  ...EVERYDAY_BENIGN,
  ...CONCEPT_ATTACKS,
  ...CONCEPT_BENIGN,
];

/**
 * Families written after the held-out split was fixed (fourth pass): always trained on and left out of the
 * split's count, so adding them neither holds one out nor moves an existing family between the sides.
 */
export const ADDED_AFTER_SPLIT: ReadonlySet<string> = new Set(
  [...CONCEPT_ATTACKS, ...CONCEPT_BENIGN].map((f) => f.name),
);

function variantOf(r: Rng, attack: boolean): string {
  const roll = r();
  if (roll < 0.55) return 'plain';
  if (roll < (attack ? 0.9 : 0.95)) return pick(r, Object.keys(OBFUSCATIONS));
  return pick(r, Object.keys(ENCODINGS));
}

function examplesOf(family: PhrasingFamily, r: Rng): CorpusExample[] {
  const seen = new Set<string>();
  const out: CorpusExample[] = [];
  for (let i = 0; i < PER_FAMILY * 3 && out.length < PER_FAMILY; i++) {
    const line = family.make(r);
    const variant = variantOf(r, family.attack);
    const framed = r() < 0.35 ? withContext(line, r) : line;
    const text =
      variant in OBFUSCATIONS
        ? OBFUSCATIONS[variant](framed, r)
        : variant in ENCODINGS
          ? ENCODINGS[variant](line, r)
          : framed;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ text, attack: family.attack, family: family.name, kind: family.kind, variant });
  }
  return out;
}

/** Template families, then the project's earlier hand-labelled sets (always trained on, never held out). */
export function buildCorpus(seed = CORPUS_SEED): CorpusExample[] {
  return [
    ...PHRASING_FAMILIES.flatMap((family) =>
      examplesOf(family, seededRng(seed ^ parseInt(rankOf(family.name, 0).slice(0, 8), 16))),
    ),
    ...legacyExamples(seed),
  ];
}

export function corpusDigest(corpus: readonly CorpusExample[]): string {
  const hash = createHash('sha256');
  for (const c of corpus) hash.update(`${c.family}\u0000${c.attack}\u0000${c.text}\u0001`);
  return hash.digest('hex').slice(0, 16);
}

/** A stable pseudo-random rank of a family name under a seed: adding a family never moves the others. */
function rankOf(name: string, seed: number): string {
  return createHash('sha256').update(`${seed}\u0000${name}`).digest('hex');
}

/**
 * A quarter of the template families of every kind (at least one when a kind has two or more), taken from
 * the families never read while tuning: those whose seeded hash ranks lowest, so the split of the existing
 * families stays put when families are added.
 */
export function heldOutFamilies(seed = CORPUS_SEED, share = 0.25): string[] {
  const byKind = new Map<string, string[]>();
  for (const f of PHRASING_FAMILIES)
    if (!ADDED_AFTER_SPLIT.has(f.name)) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f.name]);
  const held: string[] = [];
  for (const names of byKind.values()) {
    const ranked = names
      .filter((n) => !TUNING_FAMILIES.has(n))
      .sort((a, b) => (rankOf(a, seed) < rankOf(b, seed) ? -1 : 1));
    const count = names.length < 2 ? 0 : Math.max(1, Math.round(names.length * share));
    held.push(...ranked.slice(0, count));
  }
  return held.sort();
}
