/**
 * The rules of the routing's input and signals, written once: the zod schemas of contracts/routing.ts are built from
 * them, and so are the workflow's zod-free checks (contracts/routingValidators.ts), which keep zod out of every
 * workflow run. test/routing-validators.test.ts holds the two readings to the same verdicts, outputs and messages.
 */

/** A string field: trimmed first when `trim`, then each bound with its message (zod's own message when absent). */
export interface StringRule {
  readonly trim?: boolean;
  readonly min?: readonly [number, string?];
  readonly max?: readonly [number, string?];
  readonly pattern?: readonly [RegExp, string];
}

/** Genesys ids are UUIDs, but simulators and other tenants use readable ids: accept a safe charset. */
export const INTERACTION_ID: StringRule = {
  min: [1, 'interactionId must not be empty'],
  max: [128, 'interactionId must be at most 128 characters'],
  pattern: [/^[A-Za-z0-9._:-]+$/, 'interactionId may contain only letters, digits, ".", "_", ":" and "-"'],
};
export const PROFILE_NAME: StringRule = {
  min: [1, 'profile must not be empty'],
  pattern: [/^[a-z0-9][a-z0-9_-]*$/, 'profile must be a lower-case name such as "standard"'],
};
/** `requestedBy` and `replayOf`: free text of bounded length. */
export const REQUESTED_BY: StringRule = { max: [200] };
export const CANCEL_REASON: StringRule = { min: [1], max: [500] };
export const OPERATOR: StringRule = { trim: true, min: [1, 'operator must name who decided'], max: [200] };

export const DEFAULT_PROFILE = 'standard';
export const DEFAULT_CANCEL_REASON = 'cancelled by operator';
export const OPERATOR_DECISIONS = ['release', 'reject'] as const;
