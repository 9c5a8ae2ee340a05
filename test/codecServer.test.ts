import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter, fromPayloadsAtIndex, toPayloads, type Payload } from '@temporalio/common';
import { startCodecServer, type CodecServer } from '../infra/codec/codecServer';
import { AesGcmPayloadCodec } from '../infra/codec/encryptionCodec';
import { createKeyring } from '../infra/codec/keyring';
import { SessionStore } from '../infra/codec/sessions';

const TOKEN = randomBytes(24).toString('hex');
const keyring = createKeyring('k1', { k1: randomBytes(32) });
const UI = 'http://localhost:8233';

const toJson = (p: Payload) => ({
  metadata: Object.fromEntries(
    Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
  ),
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
    server = await startCodecServer({
      port: 0,
      keyring,
      token: TOKEN,
      corsOrigin: 'https://temporal.example.com/namespaces',
    });
    encrypted = await new AesGcmPayloadCodec(keyring).encode(
      toPayloads(defaultPayloadConverter, { email: 'jane@example.com' })!,
    );
  });
  afterAll(() => server.close());

  const post = (path: string, headers: Record<string, string>, body: unknown = { payloads: encrypted.map(toJson) }) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('answers /healthz without a token, for container health checks', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${server.url}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('answers 401 without a token and with a wrong token, revealing nothing', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: `Bearer ${TOKEN}x` },
      { Authorization: TOKEN },
      { Authorization: 'Bearer ' },
    ];
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
    expect(fromPayloadsAtIndex(defaultPayloadConverter, 0, payloads.map(fromJson))).toEqual({
      email: 'jane@example.com',
    });
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
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,x-namespace',
        },
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

  it('allows credentials in the preflight and the response for the UI origins, and never answers with *', async () => {
    for (const origin of [UI, 'http://127.0.0.1:8233', 'https://temporal.example.com']) {
      const preflight = await fetch(`${server.url}/decode`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,x-namespace',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
      expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
      expect(preflight.headers.get('vary')).toContain('Origin');
      const res = await post('/decode', { Authorization: `Bearer ${TOKEN}`, Origin: origin });
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    }
    const evil = await post('/decode', { Authorization: `Bearer ${TOKEN}`, Origin: 'http://127.0.0.1:9999' });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
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

describe('codec server sessions for the Web UI', () => {
  let server: CodecServer;
  let encrypted: Payload[];
  const TTL_MS = 1500;

  beforeAll(async () => {
    server = await startCodecServer({ port: 0, keyring, token: TOKEN, sessionTtlMs: TTL_MS });
    encrypted = await new AesGcmPayloadCodec(keyring).encode(
      toPayloads(defaultPayloadConverter, { email: 'jane@example.com' })!,
    );
  });
  afterAll(() => server.close());

  const signIn = (token: string, form = false) =>
    fetch(`${server.url}/session`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
      body: form ? new URLSearchParams({ token }).toString() : JSON.stringify({ token }),
    });
  const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;
  const decode = (headers: Record<string, string>) =>
    fetch(`${server.url}/decode`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Namespace': 'default', ...headers },
      body: JSON.stringify({ payloads: encrypted.map(toJson) }),
    });

  it('serves a self-contained sign-in page', async () => {
    const res = await fetch(`${server.url}/session`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('name="token"');
    expect(html).not.toMatch(/<script|src=|href="http/);
  });

  it('exchanges the right token for an HttpOnly session cookie that is not the token, and 401s a wrong one', async () => {
    const wrong = await signIn(`${TOKEN}x`);
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const res = await signIn(TOKEN);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^codec_session_\d+=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Max-Age=1;|; Max-Age=1$/);
    expect(setCookie).not.toContain(TOKEN);
    expect(Date.parse(((await res.json()) as { expiresAt: string }).expiresAt)).toBeGreaterThan(Date.now());

    const form = await signIn(` ${TOKEN}\n`, true); // a pasted token may carry blanks
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/session');
    expect(cookieOf(form)).not.toBe(cookieOf(res));
    const wrongForm = await signIn('nope', true);
    expect(wrongForm.status).toBe(401);
    expect(await wrongForm.text()).toContain('wrong token');
  });

  it('decodes with only the cookie from a UI origin, not from another origin, nor with an unknown session', async () => {
    const cookie = cookieOf(await signIn(TOKEN));
    const res = await decode({ Cookie: cookie, Origin: UI });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(UI);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    const { payloads } = (await res.json()) as { payloads: { metadata: Record<string, string>; data: string }[] };
    expect(fromPayloadsAtIndex(defaultPayloadConverter, 0, payloads.map(fromJson))).toEqual({
      email: 'jane@example.com',
    });

    const page = await (await fetch(`${server.url}/session`, { headers: { Cookie: cookie } })).text();
    expect(page).toContain('Signed in until');

    expect((await decode({ Cookie: cookie, Origin: 'http://127.0.0.1:3000' })).status).toBe(401);
    const name = cookie.split('=')[0];
    expect((await decode({ Cookie: `${name}=${'A'.repeat(43)}`, Origin: UI })).status).toBe(401);
    expect((await decode({ Cookie: `${name}=${TOKEN}`, Origin: UI })).status).toBe(401); // the token is no session id
  });

  it('refuses an expired session', async () => {
    const cookie = cookieOf(await signIn(TOKEN));
    expect((await decode({ Cookie: cookie, Origin: UI })).status).toBe(200);
    await new Promise((r) => setTimeout(r, TTL_MS + 100));
    expect((await decode({ Cookie: cookie, Origin: UI })).status).toBe(401);
  });

  it('logs out: the session is forgotten and the cookie cleared (POST /session/logout and DELETE /session)', async () => {
    for (const logout of [
      { path: '/session/logout', method: 'POST' },
      { path: '/session', method: 'DELETE' },
    ]) {
      const cookie = cookieOf(await signIn(TOKEN));
      const res = await fetch(`${server.url}${logout.path}`, { method: logout.method, headers: { Cookie: cookie } });
      expect(res.status).toBe(204);
      expect(res.headers.get('set-cookie')).toMatch(/^codec_session_\d+=; .*Max-Age=0/);
      expect((await decode({ Cookie: cookie, Origin: UI })).status).toBe(401);
    }
  });
});

describe('session store', () => {
  it('answers 429 with Retry-After once sign-in is locked', async () => {
    const server = await startCodecServer({ port: 0, keyring, token: TOKEN });
    try {
      const signIn = (token: string) =>
        fetch(`${server.url}/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ token }),
        });
      for (let i = 0; i < 10; i++) expect((await signIn(`guess${i}`)).status).toBe(401);
      const locked = await signIn(TOKEN);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(locked.headers.get('set-cookie')).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('locks sign-in for a minute after ten wrong tokens, even for the right one', () => {
    let now = 0;
    const store = new SessionStore({ token: TOKEN, cookieName: 'c', now: () => now });
    for (let i = 0; i < 10; i++) expect(store.signIn(`guess${i}`)).toBeUndefined();
    expect(store.lockedForMs()).toBe(60_000);
    expect(store.signIn(TOKEN)).toBeUndefined();
    now += 59_000;
    expect(store.lockedForMs()).toBe(1000);
    now += 1000;
    expect(store.lockedForMs()).toBe(0);
    expect(store.signIn(TOKEN)?.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
