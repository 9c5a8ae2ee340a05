import { randomBytes } from 'node:crypto';
import { publicText } from '../contracts/publicText';
import {
  ApplicationFailure,
  defaultPayloadConverter,
  toPayloads,
  fromPayloadsAtIndex,
  type Payload,
} from '@temporalio/common';
import {
  decodeOptionalFailureToOptionalError,
  encodeErrorToFailure,
  loadDataConverter,
} from '@temporalio/common/lib/internal-non-workflow';
import {
  AesGcmPayloadCodec,
  ENCRYPTED_ENCODING,
  METADATA_KEY_ID,
  PayloadDecryptionError,
} from '../infra/codec/encryptionCodec';
import { createDataConverter } from '../infra/codec/dataConverter';
import { createKeyring, loadKeyring } from '../infra/codec/keyring';

const SECRET = { customer: 'Jane Roe', email: 'jane.roe@example.com', card: '4111 1111 1111 1111' };
const newKey = () => randomBytes(32);
const meta = (payload: Payload, key: string) => Buffer.from(payload.metadata?.[key] ?? []).toString('utf8');
const clearText = (payloads: Payload[]) => payloads.map((p) => Buffer.from(p.data ?? []).toString('latin1')).join('');

describe('AesGcmPayloadCodec', () => {
  const keyring = createKeyring('k1', { k1: newKey() });
  const codec = new AesGcmPayloadCodec(keyring);

  it('round-trips payloads and hides their content and original metadata', async () => {
    const payloads = toPayloads(defaultPayloadConverter, SECRET, 'second')!;
    const encoded = await codec.encode(payloads);
    expect(encoded).toHaveLength(2);
    for (const payload of encoded) {
      expect(meta(payload, 'encoding')).toBe(ENCRYPTED_ENCODING);
      expect(meta(payload, METADATA_KEY_ID)).toBe('k1');
      expect(Object.keys(payload.metadata ?? {}).sort()).toEqual(['encoding', METADATA_KEY_ID]);
    }
    expect(clearText(encoded)).not.toContain('jane.roe');
    expect(clearText(encoded)).not.toContain('json/plain');
    const decoded = await codec.decode(encoded);
    expect(fromPayloadsAtIndex(defaultPayloadConverter, 0, decoded)).toEqual(SECRET);
    expect(fromPayloadsAtIndex(defaultPayloadConverter, 1, decoded)).toBe('second');
  });

  it('uses a fresh IV per payload, so equal values encrypt differently', async () => {
    const [a, b] = await codec.encode(toPayloads(defaultPayloadConverter, 'same', 'same')!);
    expect(Buffer.from(a!.data!).equals(Buffer.from(b!.data!))).toBe(false);
  });

  it('rejects a tampered ciphertext, naming the payload and key id but no content', async () => {
    const [encoded] = await codec.encode(toPayloads(defaultPayloadConverter, SECRET)!);
    const data = Buffer.from(encoded!.data!);
    data[20] = (data[20] ?? 0) ^ 0x01;
    const error = await codec.decode([{ ...encoded, data }]).catch((e: Error) => e);
    expect(error).toBeInstanceOf(PayloadDecryptionError);
    expect((error as Error).message).toMatch(/payload 0 failed authentication with key "k1"/);
  });

  it('rejects a payload whose key id metadata was rewritten (the key id is authenticated)', async () => {
    const ring = createKeyring('a', { a: newKey(), b: newKey() });
    const [encoded] = await new AesGcmPayloadCodec(ring).encode(toPayloads(defaultPayloadConverter, 'x')!);
    const swapped = { ...encoded, metadata: { ...encoded!.metadata, [METADATA_KEY_ID]: Buffer.from('b') } };
    await expect(new AesGcmPayloadCodec(ring).decode([swapped])).rejects.toThrow(/key "b"/);
  });

  it('rotates: old key ids still decrypt, new payloads use the active id, unknown ids fail', async () => {
    const oldKey = newKey();
    const before = new AesGcmPayloadCodec(createKeyring('2025-01', { '2025-01': oldKey }));
    const oldPayloads = await before.encode(toPayloads(defaultPayloadConverter, 'written before rotation')!);

    const after = new AesGcmPayloadCodec(createKeyring('2026-01', { '2025-01': oldKey, '2026-01': newKey() }));
    expect(fromPayloadsAtIndex(defaultPayloadConverter, 0, await after.decode(oldPayloads))).toBe(
      'written before rotation',
    );
    const [fresh] = await after.encode(toPayloads(defaultPayloadConverter, 'after')!);
    expect(meta(fresh!, METADATA_KEY_ID)).toBe('2026-01');
    await expect(before.decode([fresh!])).rejects.toThrow('unknown key id "2026-01"');
  });

  it('passes through payloads that were never encrypted', async () => {
    const plain = toPayloads(defaultPayloadConverter, 'legacy')!;
    expect(await codec.decode(plain)).toEqual(plain);
  });

  it('leaves only public UI text (summaries, current details) readable: a bare string with the public prefix', async () => {
    const [summary, lookalike, wrapped] = toPayloads(
      defaultPayloadConverter,
      publicText('fetch the transcript'),
      'routing  · jane',
      { text: publicText('x') },
    )!;
    const encoded = await codec.encode([summary!, lookalike!, wrapped!]);
    expect(encoded[0]).toEqual(summary);
    expect(meta(encoded[1]!, 'encoding')).toBe(ENCRYPTED_ENCODING);
    expect(meta(encoded[2]!, 'encoding')).toBe(ENCRYPTED_ENCODING);
  });
});

describe('loadKeyring', () => {
  const base = {
    PAYLOAD_ENCRYPTION_KEY: undefined,
    PAYLOAD_ENCRYPTION_KEY_FILE: undefined,
    PAYLOAD_ENCRYPTION_KEY_ID: 'default',
  };

  it('is off when no key is configured', () => {
    expect(loadKeyring(base)).toBeUndefined();
  });

  it('reads a base64 key from the environment under PAYLOAD_ENCRYPTION_KEY_ID', () => {
    const key = newKey();
    const ring = loadKeyring({
      ...base,
      PAYLOAD_ENCRYPTION_KEY: key.toString('base64'),
      PAYLOAD_ENCRYPTION_KEY_ID: 'v2',
    })!;
    expect(ring.activeKeyId).toBe('v2');
    expect(ring.keys.get('v2')!.equals(key)).toBe(true);
  });

  it('reads a key file and picks the active id', () => {
    const file = JSON.stringify({ old: newKey().toString('base64'), new: newKey().toString('base64') });
    const ring = loadKeyring(
      { ...base, PAYLOAD_ENCRYPTION_KEY_FILE: '/keys.json', PAYLOAD_ENCRYPTION_KEY_ID: 'new' },
      () => file,
    )!;
    expect([...ring.keys.keys()].sort()).toEqual(['new', 'old']);
    expect(ring.activeKeyId).toBe('new');
  });

  it('names the variable and cause without echoing the key', () => {
    const short = randomBytes(16).toString('base64');
    const error = (() => {
      try {
        loadKeyring({ ...base, PAYLOAD_ENCRYPTION_KEY: short });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/PAYLOAD_ENCRYPTION_KEY: .*32 bytes/);
    expect(error?.message).not.toContain(short);
    const file = JSON.stringify({ old: newKey().toString('base64') });
    expect(() =>
      loadKeyring(
        { ...base, PAYLOAD_ENCRYPTION_KEY_FILE: '/k.json', PAYLOAD_ENCRYPTION_KEY_ID: 'missing' },
        () => file,
      ),
    ).toThrow('PAYLOAD_ENCRYPTION_KEY_ID: no key with id "missing"');
    expect(() => loadKeyring({ ...base, PAYLOAD_ENCRYPTION_KEY_FILE: '/k.json' }, () => '{not json')).toThrow(
      /PAYLOAD_ENCRYPTION_KEY_FILE: cannot read/,
    );
  });
});

describe('createDataConverter', () => {
  it('is the SDK default when encryption is off', () => {
    expect(createDataConverter(undefined)).toEqual({});
  });

  it('encrypts values and failure messages end to end, and decodes them back', async () => {
    const converter = loadDataConverter(createDataConverter(createKeyring('k', { k: newKey() })));
    const [codec] = converter.payloadCodecs;
    const encoded = await codec!.encode(toPayloads(converter.payloadConverter, SECRET)!);
    expect(clearText(encoded)).not.toContain('Jane Roe');
    expect(fromPayloadsAtIndex(converter.payloadConverter, 0, await codec!.decode(encoded))).toEqual(SECRET);

    // What a worker sends to the server for a failed activity or workflow: converted, then run through the codec.
    const failure = await encodeErrorToFailure(
      converter,
      ApplicationFailure.create({ message: `card ${SECRET.card} declined`, type: 'X' }),
    );
    const wire = JSON.stringify(failure, (_k, v: unknown) =>
      v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
    );
    expect(failure.message).toBe('Encoded failure');
    expect(wire).not.toContain(SECRET.card);
    expect(wire).not.toContain('declined');
    const error = await decodeOptionalFailureToOptionalError(converter, failure);
    expect(error?.message).toBe(`card ${SECRET.card} declined`);
  });
});
