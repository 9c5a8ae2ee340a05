/**
 * What one audit record holds: the routing state's audit projection (contracts/routingState.ts AuditEntrySchema) plus
 * the time the activity wrote it. The schema is an allow-list: zod drops any member it does not name, so a field added
 * to an entry by mistake (a transcript, an answer, a token) never reaches an audit sink; a field added to the routing
 * state reaches it without a second declaration.
 */
import { z } from 'zod';
import { describeIssues } from '../../contracts/issues';
import { AuditEntrySchema, type AuditEntry } from '../../contracts/routingState';

export const AuditBodySchema = AuditEntrySchema.extend({ timestamp: z.iso.datetime() });
export type AuditBody = z.output<typeof AuditBodySchema>;

/** Validates the entry and keeps only the allowed fields; the error names fields, never values. */
export function toAuditBody(entry: AuditEntry, timestamp: string): AuditBody {
  const parsed = AuditBodySchema.safeParse({ ...entry, timestamp });
  if (!parsed.success) {
    throw new TypeError(`invalid audit entry: ${describeIssues(parsed.error)}`);
  }
  return parsed.data;
}
