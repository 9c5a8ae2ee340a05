/**
 * Verifies an audit chain one record at a time, in constant memory, so a log of millions of records can be streamed
 * through it. Given the chain head anchored outside the log (a head row, a sidecar file), it also shows what the chain
 * alone cannot: records cut from the end.
 */
import { hashRecord, SealedAuditRecordSchema, type ChainProblem, type ChainVerdict } from './hashChain';

/** The chain head as recorded outside the log; sequence 0 (hash null) is an empty chain. */
export interface ChainAnchor {
  sequence: number;
  hash: string | null;
}

/** How many recent hashes are kept to tell a duplicated record from a second record claiming its sequence. */
const RECENT_WINDOW = 10_000;

export class ChainVerifier {
  private seen = 0;
  private previous?: { sequence: number; hash: string };
  private failure?: ChainVerdict;
  /** A sequence that was skipped: removed, unless it turns up later (then it was reordered). */
  private gap?: { index: number; sequence: number; follower: number; detail: string };
  private readonly recent = new Map<number, string>();

  /**
   * @param anchor the head anchored outside the log: undefined = not checked; null = the anchor is missing, which
   *   fails a non-empty log because a cut at its end could not be seen.
   */
  constructor(private readonly anchor?: ChainAnchor | null) {}

  /** Records seen so far (for progress). */
  get count(): number {
    return this.seen;
  }

  /** The last record of an unbroken chain so far. */
  get head(): { sequence: number; hash: string } | undefined {
    return this.previous;
  }

  /** Checks the next stored record; false once the verdict is settled and the rest need not be read. */
  push(raw: unknown): boolean {
    const index = this.seen;
    this.seen += 1;
    if (this.failure) return false;
    const parsed = SealedAuditRecordSchema.safeParse(raw);
    if (this.gap) {
      if (parsed.success && parsed.data.sequence === this.gap.sequence) {
        const { sequence, follower } = this.gap;
        this.fail(
          this.gap.index,
          sequence,
          'reordered',
          `record ${sequence} is out of place: record ${follower} comes before it`,
        );
        return false;
      }
      return true; // keep looking for the skipped record
    }
    if (!parsed.success) {
      const sequence = (raw as { sequence?: unknown } | null)?.sequence;
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(root)'))].join(', ');
      this.fail(
        index,
        typeof sequence === 'number' ? sequence : null,
        'malformed',
        `record at position ${index + 1} is malformed (${fields})`,
      );
      return false;
    }
    const record = parsed.data;
    // The body is hashed as stored (not as parsed), so a member added to a stored record also breaks its hash.
    if (hashRecord(record.sequence, record.previousHash, (raw as { body: unknown }).body) !== record.hash) {
      this.fail(
        index,
        record.sequence,
        'edited',
        `record ${record.sequence} does not match its hash: its content was changed`,
      );
      return false;
    }
    const expected = this.previous ? this.previous.sequence + 1 : 1;
    if (record.sequence < expected) {
      const earlier = this.recent.get(record.sequence);
      if (earlier === record.hash)
        this.fail(index, record.sequence, 'duplicated', `record ${record.sequence} appears twice`);
      else
        this.fail(index, record.sequence, 'inserted', `a second, different record claims sequence ${record.sequence}`);
      return false;
    }
    if (record.sequence > expected) {
      const after = expected - 1 || 'none';
      this.gap = {
        index,
        sequence: expected,
        follower: record.sequence,
        detail: `record ${expected} is missing: record ${record.sequence} follows record ${after}`,
      };
      return true;
    }
    if (record.previousHash !== (this.previous?.hash ?? null)) {
      // The predecessor's hash is not the one this record was chained to: the predecessor was edited and resealed.
      const culprit = this.previous?.sequence ?? record.sequence;
      this.fail(
        this.previous ? index - 1 : index,
        culprit,
        'edited',
        `record ${culprit} was changed after record ${record.sequence} was chained to it`,
      );
      return false;
    }
    if (this.anchor && record.sequence === this.anchor.sequence && record.hash !== this.anchor.hash) {
      this.fail(index, record.sequence, 'edited', `record ${record.sequence} is not the record the head anchor names`);
      return false;
    }
    this.recent.set(record.sequence, record.hash);
    this.recent.delete(record.sequence - RECENT_WINDOW);
    this.previous = { sequence: record.sequence, hash: record.hash };
    return true;
  }

  /** The verdict once every record was pushed. */
  finish(): ChainVerdict {
    if (this.failure) return this.failure;
    if (this.gap) return this.broken(this.gap.index, this.gap.sequence, 'removed', this.gap.detail);
    const last = this.previous?.sequence ?? 0;
    if (this.anchor === null && this.seen > 0) {
      return this.broken(
        this.seen - 1,
        last,
        'unanchored',
        'the chain head anchor is missing: records cut from the end could not be detected',
      );
    }
    if (this.anchor && last < this.anchor.sequence) {
      const cut = this.anchor.sequence - last;
      return this.broken(
        this.seen,
        last + 1,
        'truncated',
        `${cut} record(s) cut from the end: the head anchor names record ${this.anchor.sequence}, the log ends at ${last ? `record ${last}` : 'no record'}`,
      );
    }
    return { ok: true, count: this.seen };
  }

  private fail(index: number, sequence: number | null, problem: ChainProblem, detail: string): void {
    this.failure = this.broken(index, sequence, problem, detail);
  }

  private broken(index: number, sequence: number | null, problem: ChainProblem, detail: string): ChainVerdict {
    return { ok: false, count: this.seen, index, sequence, problem, detail };
  }
}

/** Checks records in stored order and names the first record that breaks the chain (no anchor check). */
export function verifyChain(records: readonly unknown[]): ChainVerdict {
  const verifier = new ChainVerifier();
  for (const record of records) if (!verifier.push(record)) break;
  const verdict = verifier.finish();
  return verdict.ok ? verdict : { ...verdict, count: records.length };
}
