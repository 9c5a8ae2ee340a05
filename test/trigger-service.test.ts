/**
 * The trigger service's HTTP contract and its reading of Genesys deliveries, without Temporal: the start function is
 * a recorder (or one that rejects, as a Temporal that cannot take the start does). The end-to-end path with a real
 * Temporal server is in trigger-routing.test.ts.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { EventBodyError, interpretGenesysEvent } from '../domain/trigger/genesysEvent';
import { createLogger } from '../infra/logger';
import { signDelivery } from '../services/trigger/deliveryAuth';
import { MAX_BODY_BYTES, startTriggerServer, type TriggerServer } from '../services/trigger/server';
import { eventBridgeEvent } from './fixtures/genesysEvents';
import { startServiceProcess, stopWorkerProcess } from './helpers/crashBed';

const TOKEN = 'trigger-test-token-0123456789';

describe('interpretGenesysEvent', () => {
  const id = randomUUID();

  it('routes customer.end and acw events of voice and messaging conversations', () => {
    expect(interpretGenesysEvent(eventBridgeEvent(id))).toMatchObject({
      kind: 'route',
      conversationId: id,
      source: 'eventbridge',
    });
    expect(interpretGenesysEvent(eventBridgeEvent(id, 'acw', 'MESSAGE'))).toMatchObject({
      kind: 'route',
      conversationId: id,
    });
    expect(interpretGenesysEvent({ conversationId: id, profile: 'complex' })).toEqual({
      kind: 'route',
      conversationId: id,
      profile: 'complex',
      source: 'process-automation',
    });
  });

  it('accepts a relay that puts the topic payload straight into detail', () => {
    const event = eventBridgeEvent(id);
    expect(interpretGenesysEvent({ ...event, detail: event.detail.eventBody })).toMatchObject({
      kind: 'route',
      conversationId: id,
    });
  });

  it('acknowledges and ignores other media and other topics', () => {
    expect(interpretGenesysEvent(eventBridgeEvent(id, 'customer.end', 'EMAIL'))).toMatchObject({
      kind: 'ignore',
      reason: 'media',
    });
    expect(interpretGenesysEvent({ conversationId: id, mediaType: 'callback' })).toMatchObject({
      kind: 'ignore',
      reason: 'media',
    });
    expect(interpretGenesysEvent(eventBridgeEvent(id, 'customer.start'))).toMatchObject({
      kind: 'ignore',
      reason: 'topic',
    });
  });

  it.each([
    [{ profile: 'standard' }, 'conversationId'],
    [{ conversationId: 'bad id!' }, 'conversationId'],
    [{ conversationId: id, profile: 'Not A Profile' }, 'profile'],
    [{ 'detail-type': 'v2.users.x.activity', detail: {} }, 'detail-type'],
    [{ ...eventBridgeEvent(id), detail: { eventBody: { mediaType: 'VOICE' } } }, 'detail.eventBody.conversationId'],
    [
      { ...eventBridgeEvent(id), detail: { eventBody: { conversationId: randomUUID() } } },
      'detail.eventBody.conversationId',
    ],
    [{ 'detail-type': eventBridgeEvent(id)['detail-type'] }, 'detail'],
    [[1, 2], '(root)'],
  ])('names the bad field of %j', (body, field) => {
    expect(() => interpretGenesysEvent(body)).toThrow(EventBodyError);
    try {
      interpretGenesysEvent(body);
    } catch (error) {
      expect((error as EventBodyError).field).toBe(field);
    }
  });
});

describe('trigger HTTP service with signed deliveries', () => {
  const SECRET = 'relay-signing-secret-0123456789';
  const NOW = 1_790_000_000;
  let server: TriggerServer;
  const starts: string[] = [];

  beforeAll(async () => {
    server = await startTriggerServer({
      host: '127.0.0.1',
      port: 0,
      hmacSecret: SECRET,
      nowSeconds: () => NOW,
      defaultProfile: 'standard',
      isKnownProfile: (name) => name === 'standard',
      startRouting: async (conversationId) => {
        starts.push(conversationId);
        return { workflowId: `route-${conversationId}`, outcome: 'started' };
      },
      logger: createLogger({ level: 'silent' }),
    });
  });
  afterAll(() => server?.close());

  const postSigned = (body: string, headers: Record<string, string>) =>
    fetch(`${server.url}/v1/events/genesys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  const signed = (body: string, at = NOW, secret = SECRET) => ({
    'x-router-timestamp': String(at),
    'x-router-signature': signDelivery(secret, at, body),
  });

  it('starts a routing for a delivery signed over its exact bytes, with either of two listed signatures', async () => {
    const id = randomUUID();
    const body = JSON.stringify(eventBridgeEvent(id));
    expect((await postSigned(body, signed(body))).status).toBe(202);
    const other = randomUUID();
    const rotated = JSON.stringify({ conversationId: other });
    const both = `${signDelivery('the-old-secret', NOW, rotated)}, ${signDelivery(SECRET, NOW, rotated)}`;
    const res = await postSigned(rotated, { 'x-router-timestamp': String(NOW), 'x-router-signature': both });
    expect(res.status).toBe(202);
    expect(starts).toEqual([id, other]);
  });

  it('refuses a changed body, a stale timestamp, a wrong secret and no credentials, saying which', async () => {
    const body = JSON.stringify({ conversationId: randomUUID() });
    const cases: [Record<string, string>, string, RegExp][] = [
      [signed(body), body.replace('}', ' }'), /does not match/],
      [signed(body, NOW - 301), body, /within 300 s/],
      [signed(body, NOW, 'not-the-secret'), body, /does not match/],
      [{}, body, /Bearer <TRIGGER_TOKEN> or x-router-signature/],
      [{ authorization: 'Bearer anything' }, body, /Bearer <TRIGGER_TOKEN> or x-router-signature/],
    ];
    for (const [headers, sent, message] of cases) {
      const res = await postSigned(sent, headers);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
    }
    expect(starts).toHaveLength(2);
    expect(server.counters.get('unauthorized')).toBe(cases.length);
  });
});

describe('trigger HTTP service', () => {
  let server: TriggerServer;
  const starts: [string, string][] = [];
  let temporalDown = false;

  beforeAll(async () => {
    server = await startTriggerServer({
      host: '127.0.0.1',
      port: 0,
      token: TOKEN,
      defaultProfile: 'standard',
      isKnownProfile: (name) => ['standard', 'complex'].includes(name),
      startRouting: async (conversationId, profile) => {
        if (temporalDown) throw new Error('14 UNAVAILABLE: connection refused');
        starts.push([conversationId, profile]);
        return { workflowId: `route-${conversationId}`, outcome: 'started' };
      },
      logger: createLogger({ level: 'silent' }),
    });
  });
  afterAll(() => server?.close());

  const post = (body: unknown, token: string | null = TOKEN) =>
    fetch(`${server.url}/v1/events/genesys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('answers 202 with the workflow id and starts with the default profile or the one named', async () => {
    const a = randomUUID();
    const b = randomUUID();
    const first = await post(eventBridgeEvent(a));
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ workflowId: `route-${a}`, outcome: 'started' });
    expect((await post({ conversationId: b, profile: 'complex' })).status).toBe(202);
    expect(starts.slice(-2)).toEqual([
      [a, 'standard'],
      [b, 'complex'],
    ]);
  });

  it('refuses a missing or wrong token with 401 and starts nothing', async () => {
    const before = starts.length;
    expect((await post({ conversationId: randomUUID() }, null)).status).toBe(401);
    const wrong = await post({ conversationId: randomUUID() }, 'not-the-token');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
    expect(starts.length).toBe(before);
  });

  it('answers 400 naming the field, 413 over the limit, and counts ignored media', async () => {
    const bad = await post({ ...eventBridgeEvent(randomUUID()), detail: { eventBody: { mediaType: 'VOICE' } } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'detail.eventBody.conversationId' });
    const unknownProfile = await post({ conversationId: randomUUID(), profile: 'gold' });
    expect(await unknownProfile.json()).toMatchObject({ field: 'profile' });
    expect((await post('{ not json')).status).toBe(400);
    expect((await post({ conversationId: 'x', pad: 'x'.repeat(MAX_BODY_BYTES) })).status).toBe(413);

    const ignoredBefore = server.counters.get('ignored.media');
    const email = await post(eventBridgeEvent(randomUUID(), 'customer.end', 'EMAIL'));
    expect(email.status).toBe(202);
    expect(await email.json()).toMatchObject({ ignored: true });
    expect(server.counters.get('ignored.media')).toBe(ignoredBefore + 1);
    const stats = await fetch(`${server.url}/v1/stats`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(await stats.json()).toMatchObject({ 'ignored.media': ignoredBefore + 1 });
  });

  it('answers 503 with Retry-After when Temporal cannot take the start', async () => {
    temporalDown = true;
    try {
      const res = await post(eventBridgeEvent(randomUUID()));
      expect(res.status).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      temporalDown = false;
    }
  });
});

describe('npm run trigger (the process)', () => {
  const run = (env: Record<string, string>) =>
    startServiceProcess('services/trigger/main.ts', { TRIGGER_TOKEN: '', TRIGGER_PORT: '0', ...env });
  const exited = (child: ChildProcess) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve()));

  it('refuses to start without TRIGGER_TOKEN or TRIGGER_HMAC_SECRET, naming both', async () => {
    const { child, output } = run({ TRIGGER_HMAC_SECRET: '' });
    await exited(child);
    expect(child.exitCode).toBe(1);
    expect(output.join('\n')).toMatch(/TRIGGER_TOKEN or TRIGGER_HMAC_SECRET is required/);
  }, 60_000);

  it('listens while Temporal is down, answers 503 with Retry-After, and stops on SIGTERM', async () => {
    const { child, output } = run({ TRIGGER_TOKEN: TOKEN, TEMPORAL_ADDRESS: '127.0.0.1:1', LOG_LEVEL: 'info' });
    try {
      let url: string | undefined;
      while (!url) {
        url = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output.join('\n'))?.[1];
        if (child.exitCode !== null) throw new Error(`trigger exited: ${output.join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const res = await fetch(`${url}/v1/events/genesys`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ conversationId: randomUUID() }),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      await stopWorkerProcess(child, 'SIGTERM');
      expect(child.signalCode === 'SIGTERM' || child.exitCode === 0).toBe(true);
    } finally {
      await stopWorkerProcess(child, 'SIGKILL');
    }
  }, 60_000);
});
