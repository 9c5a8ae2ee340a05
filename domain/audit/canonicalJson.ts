/**
 * Canonical JSON: object keys sorted at every depth, `undefined` members dropped (as JSON.stringify does), no
 * whitespace. Two records with the same content hash the same however their keys were ordered when written, which
 * matters because PostgreSQL's jsonb hands keys back in its own order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new TypeError('canonical JSON cannot hold NaN or Infinity');
    return value;
  }
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) sorted[key] = sortKeys(member);
  }
  return sorted;
}
