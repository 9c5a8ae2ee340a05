/**
 * The workflow's checks of its input and signals, without zod: in the SDK's reused V8 context every routing evaluates
 * its own copy of the workflow's module graph, and zod with its schemas cost about 7 ms of CPU per routing there,
 * these checks next to nothing. The rules (bounds, patterns, messages, defaults) are those of contracts/routingRules.ts,
 * from which the zod schemas of contracts/routing.ts are built too; test/routing-validators.test.ts holds each check to
 * its schema's verdict, output and issues (path and message) over a grid of valid and invalid inputs.
 */
import type { z } from 'zod';
import type { CancelSignalSchema, ReplaySignalSchema, ReviewSignalSchema, RouteInputSchema } from './routing';
import {
  CANCEL_REASON,
  DEFAULT_CANCEL_REASON,
  DEFAULT_PROFILE,
  INTERACTION_ID,
  OPERATOR,
  PROFILE_NAME,
  REQUESTED_BY,
  OPERATOR_DECISIONS,
  type StringRule,
} from './routingRules';

export interface InputIssue {
  path: (string | number)[];
  message: string;
}

export type Checked<T> = { success: true; data: T } | { success: false; issues: InputIssue[] };

/** How zod names a JSON value's type in its messages. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const invalidType = (expected: string, value: unknown, path: InputIssue['path']): InputIssue => ({
  path,
  message: `Invalid input: expected ${expected}, received ${typeName(value)}`,
});

/** A string checked rule by rule (every failing rule is an issue, as zod reports them); undefined when invalid. */
function checkString(value: unknown, key: string, rule: StringRule, issues: InputIssue[]): string | undefined {
  if (typeof value !== 'string') {
    issues.push(invalidType('string', value, [key]));
    return undefined;
  }
  const text = rule.trim ? value.trim() : value;
  const before = issues.length;
  if (rule.min && text.length < rule.min[0])
    issues.push({
      path: [key],
      message: rule.min[1] ?? `Too small: expected string to have >=${rule.min[0]} characters`,
    });
  if (rule.max && text.length > rule.max[0])
    issues.push({
      path: [key],
      message: rule.max[1] ?? `Too big: expected string to have <=${rule.max[0]} characters`,
    });
  if (rule.pattern && !rule.pattern[0].test(text)) issues.push({ path: [key], message: rule.pattern[1] });
  return issues.length === before ? text : undefined;
}

/**
 * The object's own fields, each checked by `fields` in order; unknown keys are dropped. An optional field absent stays
 * absent, one present as undefined stays present (zod's output).
 */
function checkObject<T>(
  value: unknown,
  fields: (object: Record<string, unknown>, issues: InputIssue[], out: Record<string, unknown>) => void,
): Checked<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { success: false, issues: [invalidType('object', value, [])] };
  const issues: InputIssue[] = [];
  const out: Record<string, unknown> = {};
  fields(value as Record<string, unknown>, issues, out);
  return issues.length ? { success: false, issues } : { success: true, data: out as T };
}

function optional(
  object: Record<string, unknown>,
  key: string,
  rule: StringRule,
  issues: InputIssue[],
  out: Record<string, unknown>,
): void {
  if (object[key] !== undefined) out[key] = checkString(object[key], key, rule, issues);
  else if (key in object) out[key] = undefined;
}

function withDefault(
  object: Record<string, unknown>,
  key: string,
  rule: StringRule,
  fallback: string,
  issues: InputIssue[],
  out: Record<string, unknown>,
): void {
  out[key] = object[key] === undefined ? fallback : checkString(object[key], key, rule, issues);
}

/** RouteInputSchema.safeParse, without zod. */
export function checkRouteInput(value: unknown): Checked<z.output<typeof RouteInputSchema>> {
  return checkObject(value, (object, issues, out) => {
    out.interactionId = checkString(object.interactionId, 'interactionId', INTERACTION_ID, issues);
    withDefault(object, 'profile', PROFILE_NAME, DEFAULT_PROFILE, issues, out);
    optional(object, 'requestedBy', REQUESTED_BY, issues, out);
    optional(object, 'replayOf', REQUESTED_BY, issues, out);
  });
}

/** CancelSignalSchema.safeParse, without zod. */
export function checkCancelSignal(value: unknown): Checked<z.output<typeof CancelSignalSchema>> {
  return checkObject(value, (object, issues, out) =>
    withDefault(object, 'reason', CANCEL_REASON, DEFAULT_CANCEL_REASON, issues, out),
  );
}

/** ReplaySignalSchema.safeParse, without zod. */
export function checkReplaySignal(value: unknown): Checked<z.output<typeof ReplaySignalSchema>> {
  return checkObject(value, (object, issues, out) => {
    optional(object, 'profile', PROFILE_NAME, issues, out);
    optional(object, 'requestedBy', REQUESTED_BY, issues, out);
  });
}

/** ReviewSignalSchema.safeParse, without zod. */
export function checkReviewSignal(value: unknown): Checked<z.output<typeof ReviewSignalSchema>> {
  return checkObject(value, (object, issues, out) => {
    if ((OPERATOR_DECISIONS as readonly unknown[]).includes(object.decision)) out.decision = object.decision;
    else
      issues.push({
        path: ['decision'],
        message: `Invalid option: expected one of ${OPERATOR_DECISIONS.map((d) => JSON.stringify(d)).join('|')}`,
      });
    out.operator = checkString(object.operator, 'operator', OPERATOR, issues);
  });
}
