import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter, fromPayloadsAtIndex, toPayloads, type Payload } from '@temporalio/common';
import { startCodecServer, type CodecServer } from '../infra/codec/codecServer';
import { AesGcmPayloadCodec } from '../infra/codec/encryptionCodec';
import { createKeyring } from '../infra/codec/keyring';

const TOKEN = randomBytes(24).toString('hex');
const keyring = createKeyring('k1', { k1: randomBytes(32) });
const UI = 'http://localhost:8233';

const toJson = (p: Payload) => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
  data: Buffer.from(p.data ?? []).toString('base64'),
});
const fromJson = (p: { metadata: Record<string, string>; data: string }): Payload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  data: Buffer.from(p.data, 'base64'),
});

describe('codec server', () => {
  let server: CodecServer;
  let encrypted: Payload[];

  beforeAll(async () => {
    server = await startCodecServer({ port: 0, keyring, token: TOKEN, corsOrigin: 'https://temporal.example.com/namespaces' });
    encrypted = await new AesGcmPayloadCodec(keyring).encode(toPayloads(defaultPayloadConverter, { email: 'jane@example.com' })!);
  });
  afterAll(() => server.close());

  const post = (path: string, headers: Record<string, string>, body: unknown = { payloads: encrypted.map(toJson) }) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('answers 401 without a token and with a wrong token, revealing nothing', async () => {
    const attempts: Record<string, string>[] = [{}, { Authorization: `Bearer ${TOKEN}x` }, { Authorization: TOKEN }, { Authorization: 'Bearer ' }];
    for (const headers of attempts) {
      const res = await post('/decode', headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.text()).not.toContain('jane');
    }
  });

  it('decodes with the token (and the X-Namespace header the Web UI sends)', async () => {
    const res = await post('/decode', { Authorization: `Bearer ${TOKEN}`, 'X-Namespace': 'default', Origin: UI });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(UI);
    const { payloads } = (await res.json()) as { payloads: { metadata: Record<string, string>; data: string }[] };
    expect(fromPayloadsAtIndex(defaultPayloadConverter, 0, payloads.map(fromJson))).toEqual({ email: 'jane@example.com' });
  });

  it('serves the namespace-templated path /{namespace}/decode as well', async () => {
    const res = await post('/default/decode', { Authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
  });

  it('encodes with the token into payloads the worker codec can decrypt', async () => {
    const plain = toPayloads(defaultPayloadConverter, 'hello')!.map(toJson);
    const res = await post('/encode', { Authorization: `Bearer ${TOKEN}` }, { payloads: plain });
    expect(res.status).toBe(200);
    const { payloads } = (await res.json()) as { payloads: { metadata: Record<string, string>; data: string }[] };
    expect(Buffer.from(payloads[0]!.metadata.encoding!, 'base64').toString()).toBe('binary/encrypted');
    const decoded = await new AesGcmPayloadCodec(keyring).decode(payloads.map(fromJson));
    expect(fromPayloadsAtIndex(defaultPayloadConverter, 0, decoded)).toBe('hello');
  });

  it('answers a CORS preflight from the Web UI without a token, and refuses other origins', async () => {
    for (const origin of [UI, 'http://127.0.0.1:8233', 'https://temporal.example.com']) {
      const res = await fetch(`${server.url}/decode`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,x-namespace' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-namespace');
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    }
    const evil = await fetch(`${server.url}/decode`, { method: 'OPTIONS', headers: { Origin: 'http://evil.example' } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('rejects malformed bodies and tampered payloads with 400, unknown paths with 404, other methods with 405', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    expect((await post('/decode', auth, { nope: true })).status).toBe(400);
    const bad = toJson(encrypted[0]!);
    bad.data = Buffer.from(Buffer.from(bad.data, 'base64').map((b, i) => (i === 15 ? b ^ 1 : b))).toString('base64');
    const tampered = await post('/decode', auth, { payloads: [bad] });
    expect(tampered.status).toBe(400);
    expect(((await tampered.json()) as { error: string }).error).toMatch(/failed authentication/);
    expect((await post('/other', auth)).status).toBe(404);
    expect((await fetch(`${server.url}/decode`, { headers: auth })).status).toBe(405);
  });
});
