import { routingFailure } from '../contracts/failures';
import { gatewayResponseFailure } from '../domain/gateway/gatewayError';
import { failureTypeForStatus, headerValue, retryAfterFor, transportFailure } from '../domain/http/httpFailure';
import { classifyGenesysError } from '../infra/genesys/errors';

const KEY = 'sk-gw-test-0123456789abcdef';
const opts = { retryAfterMaxMs: 300_000, secrets: [KEY], now: Date.UTC(2026, 9, 21, 7, 27, 50) };
const errorBody = (message: string, code = 'some_code') =>
  JSON.stringify({ error: { message, type: 'invalid_request_error', code } });

describe('gatewayResponseFailure (the gateway in its own words)', () => {
  it('429 honours Retry-After in both forms, capped by the ceiling', () => {
    const delta = gatewayResponseFailure(429, { 'Retry-After': '2' }, errorBody('slow down'), opts);
    expect(delta.type).toBe('RateLimited');
    expect(delta.retryAfterMs).toBe(2000);
    expect(delta.nonRetryable).toBe(false);
    const date = gatewayResponseFailure(429, { 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' }, '', opts);
    expect(date.retryAfterMs).toBe(10_000);
    const capped = gatewayResponseFailure(429, { 'retry-after': '3600' }, '', { ...opts, retryAfterMaxMs: 5000 });
    expect(capped.retryAfterMs).toBe(5000);
    const invalid = gatewayResponseFailure(429, { 'retry-after': 'later' }, '', opts);
    expect(invalid.retryAfterMs).toBeUndefined();
  });

  it('503 honours Retry-After; 500, 502 and 408 are retryable without it', () => {
    const unavailable = gatewayResponseFailure(503, { 'retry-after': '7' }, 'maintenance', opts);
    expect(unavailable.type).toBe('UpstreamUnavailable');
    expect(unavailable.retryAfterMs).toBe(7000);
    for (const status of [500, 502, 408]) {
      const f = gatewayResponseFailure(status, {}, '', opts);
      expect([f.type, f.nonRetryable, f.message]).toEqual([
        'UpstreamUnavailable',
        false,
        `gateway unavailable: HTTP ${status}`,
      ]);
    }
  });

  it('409 is a retryable GatewayConflict', () => {
    const f = gatewayResponseFailure(
      409,
      { 'retry-after': '1' },
      errorBody('request in progress', 'idempotency_key_in_use'),
      opts,
    );
    expect([f.type, f.nonRetryable, f.retryAfterMs]).toEqual(['GatewayConflict', false, 1000]);
  });

  it.each([400, 401, 403, 404, 413, 422])(
    '%i is a non-retryable GatewayRejected naming the status and the gateway text',
    (status) => {
      const f = gatewayResponseFailure(status, { 'retry-after': '5' }, errorBody(`bad thing for key ${KEY}`), opts);
      expect(f.type).toBe('GatewayRejected');
      expect(f.nonRetryable).toBe(true);
      expect(f.retryAfterMs).toBeUndefined();
      expect(f.message).toContain(`HTTP ${status}`);
      expect(f.message).toContain('bad thing for key');
      expect(f.message).not.toContain(KEY);
    },
  );

  it('scrubs masked key echoes and bearer tokens from the gateway text', () => {
    const f = gatewayResponseFailure(
      401,
      {},
      errorBody('Incorrect API key provided: sk-gw-te************cdef. Header was Bearer abc.def'),
      opts,
    );
    expect(f.message).not.toMatch(/sk-gw-te|cdef|abc\.def/);
    expect(f.message).toContain('Incorrect API key provided');
  });

  it('reads plain-text bodies and keeps them to one short line', () => {
    const f = gatewayResponseFailure(400, {}, `line one\nline two ${'x'.repeat(1000)}`, opts);
    expect(f.message).toMatch(/^gateway rejected the request: HTTP 400: line one line two x+…$/);
    expect(f.message.length).toBeLessThan(400);
  });
});

describe('transportFailure', () => {
  it('maps resets and refusals to a retryable NetworkError naming the code and the peer', () => {
    const reset = transportFailure(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), 'the gateway');
    expect([reset.type, reset.nonRetryable, reset.message]).toEqual([
      'NetworkError',
      false,
      'network error talking to the gateway: ECONNRESET',
    ]);
    expect(transportFailure(new Error('aborted'), 'the gateway').message).toContain('ECONNRESET');
    expect(transportFailure({ cause: { code: 'ECONNREFUSED' } }, 'the vector DB').message).toBe(
      'network error talking to the vector DB: ECONNREFUSED',
    );
  });

  it('passes our own failures through unchanged', () => {
    const rejected = routingFailure('GatewayRejected', 'nope');
    expect(transportFailure(rejected, 'the gateway')).toBe(rejected);
  });
});

describe('one status table for every service', () => {
  it.each([
    [429, 'RateLimited', 'RateLimited', 'RateLimited'],
    [503, 'UpstreamUnavailable', 'UpstreamUnavailable', 'UpstreamUnavailable'],
    [408, 'UpstreamUnavailable', 'UpstreamUnavailable', 'UpstreamUnavailable'],
    [401, 'GenesysAuthFailed', 'GatewayRejected', 'VectorStoreRejected'],
    [403, 'GenesysPermissionDenied', 'GatewayRejected', 'VectorStoreRejected'],
    [404, 'GenesysNotFound', 'GatewayRejected', 'VectorStoreRejected'],
    [409, 'GenesysBadRequest', 'GatewayConflict', 'VectorStoreRejected'],
    [302, 'GenesysBadRequest', 'GatewayRejected', 'VectorStoreRejected'],
  ])('%i -> genesys %s, gateway %s, vector store %s', (status, genesys, gateway, vectorStore) => {
    expect([
      failureTypeForStatus('genesys', status),
      failureTypeForStatus('gateway', status),
      failureTypeForStatus('vectorStore', status),
    ]).toEqual([genesys, gateway, vectorStore]);
  });

  it('reads headers case-insensitively and ignores Retry-After on a final answer', () => {
    expect(headerValue({ 'Retry-After': '3' }, 'retry-after')).toBe('3');
    expect(retryAfterFor('RateLimited', { 'RETRY-AFTER': '3' })).toBe(3000);
    expect(retryAfterFor('GatewayRejected', { 'retry-after': '3' })).toBeUndefined();
    expect(retryAfterFor('UpstreamUnavailable', { 'retry-after': '600' }, { maxMs: 1000 })).toBe(1000);
  });

  it('Genesys uses the same parser: an HTTP-date in any case of header, and no Date.parse leniency', () => {
    const now = Date.UTC(2026, 9, 21, 7, 27, 50);
    const at = (headers: Record<string, string>) =>
      classifyGenesysError({ status: 429, headers }, { operation: 'get conversation' });
    expect(retryAfterFor('RateLimited', { 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT' }, { now })).toBe(10_000);
    expect(at({ 'Retry-After': '4' }).retryAfterMs).toBe(4000);
    // Date.parse would read "2 pm" or "1" as dates; the one parser refuses them.
    expect(at({ 'retry-after': 'soon, 2 pm' }).retryAfterMs).toBeUndefined();
    expect(at({ 'inin-correlation-id': 'x', 'Retry-After': 'Sun, 06 Nov 1994 08:49:37 GMT' }).retryAfterMs).toBe(0);
  });
});
