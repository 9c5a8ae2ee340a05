import {
  canonicalJson,
  chainRecord,
  ChainVerifier,
  hashRecord,
  toAuditBody,
  verifyChain,
  type ChainAnchor,
  type SealedAuditRecord,
} from '../domain/audit';
import type { AuditEntry } from '../contracts/routingState';
import { auditEntry, runs } from './auditFixtures';

const T0 = Date.parse('2026-01-05T10:00:00.000Z');
function chain(count: number): SealedAuditRecord[] {
  const records: SealedAuditRecord[] = [];
  for (const [i, entry] of runs(count).entries()) {
    records.push(
      chainRecord(records.at(-1)?.hash ?? null, i + 1, toAuditBody(entry, new Date(T0 + i * 1000).toISOString())),
    );
  }
  return records;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined, x: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"x":0,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
  });
});

describe('toAuditBody', () => {
  it('keeps the tutorial fields and the routing facts, adds the timestamp', () => {
    const body = toAuditBody(auditEntry(), '2026-01-05T10:00:00.000Z');
    for (const field of [
      'timestamp',
      'interactionId',
      'model',
      'temperature',
      'latencyMs',
      'tokenUsage',
      'vectorSyncStatus',
      'piiRedacted',
      'injectionChecked',
      'status',
    ]) {
      expect(body).toHaveProperty(field);
    }
    expect(body).toMatchObject({
      status: 'completed',
      model: 'gpt-4o-mini',
      latencyMs: 812,
      steps: { dispatch: { attempt: 1 } },
      sanitization: { report: { piiTotal: 3 } },
      dispatches: [{ idempotencyKey: expect.any(String), metrics: { chunks: 12 } }],
    });
  });

  it('drops anything not on the allow-list, so stray PII or secrets never reach a sink', () => {
    const leaky = {
      ...auditEntry(),
      transcript: 'my card is 4111 1111 1111 1111',
      answer: 'Hello Jane Roe',
      headers: { authorization: 'Bearer sk-live-123' },
      sanitization: { ...auditEntry().sanitization!, matches: ['jane.roe@example.com'] },
    } as unknown as AuditEntry;
    const text = canonicalJson(toAuditBody(leaky, '2026-01-05T10:00:00.000Z'));
    for (const secret of ['4111', 'Jane Roe', 'sk-live-123', 'jane.roe@example.com'])
      expect(text).not.toContain(secret);
    expect(text).toContain('"piiTotal":3');
  });

  it('names the invalid field, not its value', () => {
    expect(() => toAuditBody({ ...auditEntry(), finalState: 'weird' as never }, '2026-01-05T10:00:00.000Z')).toThrow(
      /finalState:/,
    );
    expect(() => toAuditBody(auditEntry(), 'yesterday')).toThrow(/timestamp/);
  });
});

describe('hash chain', () => {
  it('seals sequence 1 without predecessor and links each next record to the previous hash', () => {
    const records = chain(3);
    expect(records.map((r) => r.sequence)).toEqual([1, 2, 3]);
    expect(records[0]!.previousHash).toBeNull();
    expect(records[1]!.previousHash).toBe(records[0]!.hash);
    expect(records[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(() => chainRecord(null, 2, records[1]!.body)).toThrow(/sequence 1/);
    expect(verifyChain(records)).toEqual({ ok: true, count: 3 });
    expect(verifyChain([])).toEqual({ ok: true, count: 0 });
  });

  it('does not depend on key order (a jsonb round trip reorders keys)', () => {
    const [record] = chain(1);
    const shuffled = JSON.parse(
      JSON.stringify({ body: record!.body, hash: record!.hash, previousHash: null, sequence: 1 }),
    );
    shuffled.body = Object.fromEntries(Object.entries(shuffled.body).reverse());
    expect(verifyChain([shuffled])).toEqual({ ok: true, count: 1 });
  });

  it('names an edited record', () => {
    const records = chain(4);
    records[2] = { ...records[2]!, body: { ...records[2]!.body, finalState: 'failed' } };
    expect(verifyChain(records)).toMatchObject({ ok: false, sequence: 3, index: 2, problem: 'edited' });
  });

  it("names a record that was edited and resealed by its successor's link", () => {
    const records = chain(4);
    const body = { ...records[1]!.body, model: 'other-model' };
    records[1] = { ...records[1]!, body, hash: hashRecord(2, records[1]!.previousHash, body) };
    expect(verifyChain(records)).toMatchObject({ ok: false, sequence: 2, problem: 'edited' });
  });

  it('catches a member added to a stored body', () => {
    const records = chain(2);
    const tampered = JSON.parse(JSON.stringify(records));
    tampered[0].body.note = 'added later';
    expect(verifyChain(tampered)).toMatchObject({ ok: false, sequence: 1, problem: 'edited' });
  });

  it('names a removed record, including the first', () => {
    const records = chain(5);
    expect(verifyChain([...records.slice(0, 2), ...records.slice(3)])).toMatchObject({
      ok: false,
      sequence: 3,
      problem: 'removed',
    });
    expect(verifyChain(records.slice(1))).toMatchObject({ ok: false, sequence: 1, problem: 'removed' });
  });

  it('names a reordered record', () => {
    const [a, b, c, d] = chain(4);
    expect(verifyChain([a, b, d, c])).toMatchObject({ ok: false, sequence: 3, problem: 'reordered' });
    expect(verifyChain([b, a, c, d])).toMatchObject({ ok: false, sequence: 1, problem: 'reordered' });
  });

  it('names duplicated, inserted and malformed records', () => {
    const [a, b, c] = chain(3);
    expect(verifyChain([a, b, b, c])).toMatchObject({ ok: false, sequence: 2, problem: 'duplicated' });
    const forged = chainRecord(a!.hash, 2, { ...b!.body, runId: 'forged' });
    expect(verifyChain([a, b, forged, c])).toMatchObject({ ok: false, sequence: 2, problem: 'inserted' });
    expect(verifyChain([a, { sequence: 2, hash: 'x' }, c])).toMatchObject({
      ok: false,
      index: 1,
      sequence: 2,
      problem: 'malformed',
    });
    expect(verifyChain([a, 'garbage'])).toMatchObject({ ok: false, index: 1, sequence: null, problem: 'malformed' });
  });
});

describe('ChainVerifier against the head anchor', () => {
  const verify = (records: readonly unknown[], anchor: ChainAnchor | null) => {
    const verifier = new ChainVerifier(anchor);
    for (const record of records) verifier.push(record);
    return verifier.finish();
  };
  const anchorOf = (record: SealedAuditRecord): ChainAnchor => ({ sequence: record.sequence, hash: record.hash });

  it('passes a log that ends where its anchor says', () => {
    const records = chain(5);
    expect(verify(records, anchorOf(records[4]!))).toEqual({ ok: true, count: 5 });
    expect(verify([], { sequence: 0, hash: null })).toEqual({ ok: true, count: 0 });
  });

  it('names records cut from the end, which the chain alone cannot show', () => {
    const records = chain(5);
    expect(verifyChain(records.slice(0, 3))).toEqual({ ok: true, count: 3 });
    expect(verify(records.slice(0, 3), anchorOf(records[4]!))).toMatchObject({
      ok: false,
      sequence: 4,
      problem: 'truncated',
      detail: '2 record(s) cut from the end: the head anchor names record 5, the log ends at record 3',
    });
    expect(verify([], anchorOf(records[0]!))).toMatchObject({
      ok: false,
      problem: 'truncated',
      detail: expect.stringMatching(/ends at no record/),
    });
  });

  it('accepts an anchor one step behind the log (a crash between append and anchor update) only if it names the right record', () => {
    const records = chain(5);
    expect(verify(records, anchorOf(records[3]!))).toEqual({ ok: true, count: 5 });
    expect(verify(records, { sequence: 4, hash: records[2]!.hash })).toMatchObject({
      ok: false,
      sequence: 4,
      problem: 'edited',
    });
  });

  it('fails a log whose anchor is missing', () => {
    expect(verify(chain(2), null)).toMatchObject({ ok: false, problem: 'unanchored' });
    expect(verify([], null)).toEqual({ ok: true, count: 0 });
  });

  it('tells a duplicate from a forged record in constant memory', () => {
    const [a, b, c] = chain(3);
    const verifier = new ChainVerifier();
    for (const record of [a, b, c, b]) verifier.push(record);
    expect(verifier.finish()).toMatchObject({ ok: false, sequence: 2, problem: 'duplicated', index: 3 });
  });
});
