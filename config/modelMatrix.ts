import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ModelProfileSchema, type ModelPrice, type ModelProfile, type TokenizerChoice } from '../contracts/inference';
import { ProfileNameSchema } from '../contracts/routing';
import { knownTokenizer } from '../domain/sanitizer/tokenizer';
import { ConfigError, describeIssues } from './errors';

export const DEFAULT_MODELS_FILE = path.join(__dirname, 'models.json');

export const ModelMatrixSchema = z
  .record(ProfileNameSchema, ModelProfileSchema)
  .refine((m) => Object.keys(m).length > 0, 'the model matrix must name at least one profile');
export type ModelMatrix = Record<string, ModelProfile>;

export function parseModelMatrix(raw: unknown, source: string): ModelMatrix {
  const parsed = ModelMatrixSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`model matrix ${source} is invalid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function loadModelMatrix(file: string = DEFAULT_MODELS_FILE): ModelMatrix {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read model matrix ${file}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`model matrix ${file} is not valid JSON: ${(err as Error).message}`);
  }
  return parseModelMatrix(raw, file);
}

export function resolveProfile(matrix: ModelMatrix, name: string): ModelProfile | undefined {
  return Object.prototype.hasOwnProperty.call(matrix, name) ? matrix[name] : undefined;
}

/**
 * The profile as each of its models sees it, in the order they are tried: the primary model, then each fallback
 * with its own window, tokenizer and price (a fallback never inherits the primary's tokenizer or price: it is
 * another model). Temperature, reply limit, system prompt and injection policy stay the profile's.
 */
export function modelChain(profile: ModelProfile): ModelProfile[] {
  const { fallbacks = [], ...primary } = profile;
  return [
    primary,
    ...fallbacks.map((f) => ({
      ...primary,
      modelId: f.modelId,
      maxContextWindow: f.maxContextWindow ?? primary.maxContextWindow,
      tokenizer: f.tokenizer,
      price: f.price,
    })),
  ];
}

/**
 * The profile as its `index`-th model sees it (0 = its own model), keeping the fallbacks still left after that model,
 * so whoever holds the result knows whether another model can be tried. Undefined past the last fallback.
 */
export function fallbackProfile(profile: ModelProfile, index: number): ModelProfile | undefined {
  const model = modelChain(profile)[index];
  return model && { ...model, fallbacks: (profile.fallbacks ?? []).slice(index) };
}

export interface ModelSettings {
  tokenizer?: TokenizerChoice;
  price?: ModelPrice;
}

/** What the matrix says about a model id wherever it is listed (first listing that says it wins). */
export function modelSettings(matrix: ModelMatrix, modelId: string): ModelSettings {
  const listings = Object.values(matrix)
    .flatMap(modelChain)
    .filter((m) => m.modelId === modelId);
  return { tokenizer: listings.find((m) => m.tokenizer)?.tokenizer, price: listings.find((m) => m.price)?.price };
}

/** Every model id the matrix names, fallbacks included, once each. */
export const modelIds = (matrix: ModelMatrix): string[] => [
  ...new Set(
    Object.values(matrix)
      .flatMap(modelChain)
      .map((m) => m.modelId),
  ),
];

/** Model ids that will be counted with the estimate because neither the matrix nor their name picks a tokenizer. */
export function modelsCountedByEstimate(matrix: ModelMatrix): string[] {
  return modelIds(matrix).filter((id) => !modelSettings(matrix, id).tokenizer && !knownTokenizer(id));
}
