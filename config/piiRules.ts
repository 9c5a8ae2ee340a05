/**
 * The deployment's PII rules beside the model matrix: which words introduce an account, policy, member or
 * customer number, and what such a number looks like (contact centers have their own formats).
 *   { "accountNumbers": { "cues": ["policy", "member id"], "shapes": ["[A-Z]{3}-\\d{6}"] } }
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  AccountNumberRulesSchema,
  DEFAULT_ACCOUNT_NUMBER_RULES,
  type AccountNumberRules,
} from '../domain/sanitizer/pii';
import { ConfigError, describeIssues } from './errors';

export const DEFAULT_PII_RULES_FILE = path.join(__dirname, 'pii.json');

export const PiiRulesSchema = z
  .object({ accountNumbers: AccountNumberRulesSchema.default(DEFAULT_ACCOUNT_NUMBER_RULES) })
  .strict();
export type PiiRules = z.output<typeof PiiRulesSchema>;

export function parsePiiRules(raw: unknown, source: string): PiiRules {
  const parsed = PiiRulesSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`PII rules ${source} are invalid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** The rules file; the default file may be absent (built-in rules), a named one must exist. */
export function loadPiiRules(file?: string): PiiRules {
  const target = file ?? DEFAULT_PII_RULES_FILE;
  if (!file && !existsSync(target)) return { accountNumbers: DEFAULT_ACCOUNT_NUMBER_RULES };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(target, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `PII rules ${target} ${code ? `cannot be read: ${code}` : `are not valid JSON: ${(err as Error).message}`}`,
    );
  }
  return parsePiiRules(raw, target);
}

export type { AccountNumberRules };
