/** A zod issue, or one of the workflow's own checks (contracts/routingValidators.ts): where and what, never the value. */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** "messages[2].content" from a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** "path: message" per issue. Never includes the received value, which may be a secret or customer text. */
export function describeIssues(error: { readonly issues: readonly Issue[] }, limit = Infinity): string {
  return error.issues
    .slice(0, limit)
    .map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`)
    .join('; ');
}
