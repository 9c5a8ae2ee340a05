/** Fidelity of the Genesys simulator to the behaviours the reference (§8) lists, checked over plain HTTP. */
import axios, { type AxiosResponse } from 'axios';
import { createGenesysTranscriptSource } from '../infra/genesys';
import { createLogger } from '../infra/logger';
import { SAMPLE_IDS } from '../simulators/genesys/samples';
import { startGenesysSimulator, type GenesysSimulator } from '../simulators/genesys/server';
import { messagingConversation } from './fixtures/genesys/conversations';

let sim: GenesysSimulator;
beforeEach(async () => {
  sim = await startGenesysSimulator({ tokenTtlSeconds: 120 });
});
afterEach(() => sim.close());

const http = axios.create({ validateStatus: () => true });
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const form = { 'content-type': 'application/x-www-form-urlencoded' };

async function token(): Promise<string> {
  const res = await http.post(`${sim.url}/login/oauth/token`, 'grant_type=client_credentials', {
    headers: { ...form, authorization: basic(sim.credentials.clientId, sim.credentials.clientSecret) },
  });
  return res.data.access_token;
}

const expectErrorBody = (res: AxiosResponse, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(res.data).toMatchObject({ status, code, details: [], errors: [] });
  expect(res.headers['inin-correlation-id']).toBe(res.data.contextId);
};

describe('OAuth client credentials', () => {
  it('issues a bearer token with the configured lifetime for Basic credentials and a form body', async () => {
    const res = await http.post(`${sim.url}/oauth/token`, 'grant_type=client_credentials', {
      headers: { ...form, authorization: basic(sim.credentials.clientId, sim.credentials.clientSecret) },
    });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ access_token: expect.any(String), token_type: 'bearer', expires_in: 120 });
  });

  it('refuses bad credentials, a JSON body and another grant type with OAuth-style errors', async () => {
    const wrong = await http.post(`${sim.url}/oauth/token`, 'grant_type=client_credentials', {
      headers: { ...form, authorization: basic('x', 'y') },
    });
    expect([wrong.status, wrong.data.error]).toEqual([401, 'invalid_client']);
    const auth = basic(sim.credentials.clientId, sim.credentials.clientSecret);
    const json = await http.post(
      `${sim.url}/oauth/token`,
      { grant_type: 'client_credentials' },
      { headers: { authorization: auth } },
    );
    expect(json.status).toBe(400);
    const grant = await http.post(`${sim.url}/oauth/token`, 'grant_type=password', {
      headers: { ...form, authorization: auth },
    });
    expect([grant.status, grant.data.error]).toEqual([400, 'unsupported_grant_type']);
  });

  it('answers 401 authentication.required without, with a bad, and with an expired bearer token', async () => {
    const url = `${sim.url}/api/v2/conversations/${SAMPLE_IDS.webMessaging}`;
    expectErrorBody(await http.get(url), 401, 'authentication.required');
    expectErrorBody(
      await http.get(url, { headers: { authorization: 'Bearer forged' } }),
      401,
      'authentication.required',
    );
    const bearer = { authorization: `Bearer ${await token()}` };
    expect((await http.get(url, { headers: bearer })).status).toBe(200);
    sim.clock.advance(121_000);
    expectErrorBody(await http.get(url, { headers: bearer }), 401, 'authentication.required');
  });
});

describe('faults and error bodies', () => {
  it('injects 429 with Retry-After and 403 naming the permission, each for the requested number of calls', async () => {
    const headers = { authorization: `Bearer ${await token()}` };
    const url = `${sim.url}/api/v2/conversations/${SAMPLE_IDS.webMessaging}`;
    sim.faults.add({ route: 'conversation', status: 429, retryAfter: 5 });
    sim.faults.add({ route: 'conversation', status: 403 });
    const limited = await http.get(url, { headers });
    expectErrorBody(limited, 429, 'too.many.requests.retry.after');
    expect(limited.headers['retry-after']).toBe('5');
    expect(limited.data.message).toContain('[5] seconds');
    const denied = await http.get(url, { headers });
    expectErrorBody(denied, 403, 'missing.any.permissions');
    expect(denied.data.messageParams).toEqual({ '0': 'conversation:communication:view' });
    expect((await http.get(url, { headers })).status).toBe(200);
    expect(sim.requests('conversation')).toBe(3);
  });

  it('validates request bodies and pages the analytics query, omitting `conversations` on an empty page', async () => {
    const headers = { authorization: `Bearer ${await token()}` };
    const url = `${sim.url}/api/v2/analytics/conversations/details/query`;
    const interval = '2026-11-20T00:00:00Z/2026-11-21T00:00:00Z';
    const tooBig = await http.post(url, { interval, paging: { pageSize: 500, pageNumber: 1 } }, { headers });
    expectErrorBody(tooBig, 400, 'invalid.value');
    expect(tooBig.data.message).toContain('paging.pageSize');
    const first = await http.post(url, { interval, paging: { pageSize: 3, pageNumber: 1 } }, { headers });
    expect([first.data.totalHits, first.data.conversations.length]).toEqual([4, 3]);
    const past = await http.post(url, { interval, paging: { pageSize: 3, pageNumber: 3 } }, { headers });
    expect(past.data).toEqual({ totalHits: 4 });
  });
});

describe('pre-signed transcript URLs', () => {
  async function transcriptUrl(): Promise<string> {
    const headers = { authorization: `Bearer ${await token()}` };
    const conversation = await http.get(`${sim.url}/api/v2/conversations/${SAMPLE_IDS.piiVoiceCall}`, { headers });
    const customerCall = conversation.data.participants.find((p: { purpose: string }) => p.purpose === 'customer')
      .calls[0].id;
    const res = await http.get(
      `${sim.url}/api/v2/speechandtextanalytics/conversations/${SAMPLE_IDS.piiVoiceCall}/communications/${customerCall}/transcripturls`,
      { headers },
    );
    return res.data.urls[0].url;
  }

  it('serves the document without auth, rejects an Authorization header with 400, and expires after 600 s', async () => {
    const url = await transcriptUrl();
    expect(url).toMatch(new RegExp(`^${sim.url}/s3/.*X-Amz-Date=\\d{8}T\\d{6}Z.*X-Amz-Expires=600.*X-Amz-Signature=`));
    const ok = await http.get(url);
    expect([ok.status, ok.data.conversationId]).toEqual([200, SAMPLE_IDS.piiVoiceCall]);

    const withAuth = await http.get(url, { headers: { authorization: 'Bearer whatever' } });
    expect(withAuth.status).toBe(400);
    expect(withAuth.data).toContain('<Code>InvalidArgument</Code>');

    const tampered = await http.get(
      url.replace(/X-Amz-Signature=(\w)/, (_, c: string) => `X-Amz-Signature=${c === '0' ? '1' : '0'}`),
    );
    expect(tampered.status).toBe(403);

    sim.clock.advance(601_000);
    const expired = await http.get(url);
    expect(expired.status).toBe(403);
    expect(expired.data).toContain('<Code>AccessDenied</Code>');
  });
});

it('serves the SDK behind a gateway path prefix (path_params_login / path_params_api)', async () => {
  const source = createGenesysTranscriptSource({
    region: 'mypurecloud.de',
    ...sim.credentials,
    gatewayUrl: `${sim.url}/genesys-proxy`,
    transcriptWaitSeconds: 60,
    logger: createLogger({ level: 'silent' }),
  });
  const transcript = await source.fetchTranscript(SAMPLE_IDS.webMessaging);
  expect(transcript.messages.length).toBeGreaterThan(0);
  expect(sim.log.every((r) => r.path.startsWith('/genesys-proxy/'))).toBe(true);
});

it('decodes percent-encoded path parameters, so readable interaction ids work through the SDK', async () => {
  sim.addConversation({ ...messagingConversation('readable'), id: 'tenant-7:chat.42' });
  const source = createGenesysTranscriptSource({
    region: 'eu_west_1',
    ...sim.credentials,
    gatewayUrl: sim.url,
    transcriptWaitSeconds: 60,
    logger: createLogger({ level: 'silent' }),
  });
  const transcript = await source.fetchTranscript('tenant-7:chat.42');
  expect(transcript.messages.map((m) => m.content)).toEqual(messagingConversation('readable').turns.map((t) => t.text));
  expect(sim.log.some((r) => r.path.includes('tenant-7%3Achat.42'))).toBe(true);
});
