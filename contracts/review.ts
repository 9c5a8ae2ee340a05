/**
 * How long a routing held for review (injection policy `review`) waits for an operator when its profile names no
 * `reviewTimeoutMinutes`. Apart from the schemas in inference.ts so the workflow can read it without evaluating them
 * in every run.
 */
export const DEFAULT_REVIEW_TIMEOUT_MINUTES = 1_440;
