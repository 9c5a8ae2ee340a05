/**
 * The audit hash chain. Each record's hash is sha256 over the canonical JSON of { sequence, previousHash, body }, and
 * each record names its predecessor's hash, so removing, reordering or editing a record breaks the chain at a point
 * `verifyChain` can name. What a chain alone cannot show is a cut at the tail: anchor the last hash elsewhere (the
 * routing result carries it into Temporal history) to catch that.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AuditBodySchema, type AuditBody } from './auditBody';
import { canonicalJson } from './canonicalJson';

export const SealedAuditRecordSchema = z.object({
  sequence: z.number().int().positive(),
  previousHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  body: AuditBodySchema,
});
export type SealedAuditRecord = z.output<typeof SealedAuditRecordSchema>;

export type ChainProblem = 'malformed' | 'edited' | 'removed' | 'reordered' | 'duplicated' | 'inserted';
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
  if ((sequence === 1) !== (previousHash === null)) throw new RangeError('only sequence 1 starts a chain without a previous hash');
  return { sequence, previousHash, hash: hashRecord(sequence, previousHash, body), body };
}

/** Checks records in stored order and names the first record that breaks the chain. */
export function verifyChain(records: readonly unknown[]): ChainVerdict {
  const wellFormed = records.map((raw) => SealedAuditRecordSchema.safeParse(raw));
  const present = new Set(wellFormed.flatMap((r) => (r.success ? [r.data.sequence] : [])));
  const seen = new Map<number, string>();
  let previous: SealedAuditRecord | undefined;
  const broken = (index: number, sequence: number | null, problem: ChainProblem, detail: string): ChainVerdict => ({
    ok: false, count: records.length, index, sequence, problem, detail,
  });

  for (const [index, parsed] of wellFormed.entries()) {
    if (!parsed.success) {
      const sequence = (records[index] as { sequence?: unknown } | null)?.sequence;
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(root)'))].join(', ');
      return broken(index, typeof sequence === 'number' ? sequence : null, 'malformed', `record at position ${index + 1} is malformed (${fields})`);
    }
    const record = parsed.data;
    const storedBody = (records[index] as { body: unknown }).body;
    if (hashRecord(record.sequence, record.previousHash, storedBody) !== record.hash) {
      return broken(index, record.sequence, 'edited', `record ${record.sequence} does not match its hash: its content was changed`);
    }
    const expected = previous ? previous.sequence + 1 : 1;
    if (record.sequence < expected) {
      const duplicate = seen.get(record.sequence) === record.hash;
      return duplicate
        ? broken(index, record.sequence, 'duplicated', `record ${record.sequence} appears twice`)
        : broken(index, record.sequence, 'inserted', `a second, different record claims sequence ${record.sequence}`);
    }
    if (record.sequence > expected) {
      return present.has(expected)
        ? broken(index, expected, 'reordered', `record ${expected} is out of place: record ${record.sequence} comes before it`)
        : broken(index, expected, 'removed', `record ${expected} is missing: record ${record.sequence} follows record ${expected - 1 || 'none'}`);
    }
    if (record.previousHash !== (previous?.hash ?? null)) {
      // The predecessor's hash is not the one this record was chained to: the predecessor was edited and resealed.
      const culprit = previous?.sequence ?? record.sequence;
      return broken(previous ? index - 1 : index, culprit, 'edited', `record ${culprit} was changed after record ${record.sequence} was chained to it`);
    }
    seen.set(record.sequence, record.hash);
    previous = record;
  }
  return { ok: true, count: records.length };
}
