import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ModelProfileSchema, type ModelProfile } from '../contracts/inference';
import { ProfileNameSchema } from '../contracts/routing';
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
