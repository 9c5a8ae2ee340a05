/**
 * The audit hash chain. Each record's hash is sha256 over the canonical JSON of { sequence, previousHash, body }, and
 * each record names its predecessor's hash, so removing, reordering or editing a record breaks the chain at a point
 * `verifyChain` can name. What a chain alone cannot show is a cut at the tail: the sinks anchor the head outside the
 * log, and `ChainVerifier` compares the log's end with that anchor.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AuditBodySchema, type AuditBody } from './auditBody';
import { canonicalJson } from './canonicalJson';

export const SealedAuditRecordSchema = z.object({
  sequence: z.number().int().positive(),
  previousHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  body: AuditBodySchema,
});
export type SealedAuditRecord = z.output<typeof SealedAuditRecordSchema>;

export type ChainProblem =
  'malformed' | 'edited' | 'removed' | 'reordered' | 'duplicated' | 'inserted' | 'truncated' | 'unanchored';
export type ChainVerdict =
  | { ok: true; count: number }
  | { ok: false; count: number; index: number; sequence: number | null; problem: ChainProblem; detail: string };

/** `body` is hashed as stored (not as parsed), so a member added to a stored record also breaks its hash. */
export function hashRecord(sequence: number, previousHash: string | null, body: unknown): string {
  return createHash('sha256').update(canonicalJson({ sequence, previousHash, body })).digest('hex');
}

/** Seals the next record: sequence 1 has no predecessor. */
export function chainRecord(previousHash: string | null, sequence: number, body: AuditBody): SealedAuditRecord {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError('sequence must be a whole number from 1');
  if ((sequence === 1) !== (previousHash === null))
    throw new RangeError('only sequence 1 starts a chain without a previous hash');
  return { sequence, previousHash, hash: hashRecord(sequence, previousHash, body), body };
}
