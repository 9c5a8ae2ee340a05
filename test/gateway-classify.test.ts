import { classifyGatewayResponse, classifyTransportError } from '../domain/gateway/classify';
import { routingFailure } from '../contracts/failures';

const KEY = 'sk-gw-test-0123456789abcdef';
const opts = { retryAfterMaxMs: 300_000, secrets: [KEY], now: Date.UTC(2026, 9, 21, 7, 27, 50) };
const errorBody = (message: string, code = 'some_code') => JSON.stringify({ error: { message, type: 'invalid_request_error', code } });

describe('classifyGatewayResponse', () => {
  it('429 honours Retry-After in both forms, capped by the ceiling', () => {
    const delta = classifyGatewayResponse(429, { 'Retry-After': '2' }, errorBody('slow down'), opts);
    expect(delta.type).toBe('RateLimited');
    expect(delta.nextRetryDelay).toBe(2000);
    expect(delta.nonRetryable).toBe(false);
    const date = classifyGatewayResponse(429, { 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' }, '', opts);
    expect(date.nextRetryDelay).toBe(10_000);
    const capped = classifyGatewayResponse(429, { 'retry-after': '3600' }, '', { ...opts, retryAfterMaxMs: 5000 });
    expect(capped.nextRetryDelay).toBe(5000);
    const invalid = classifyGatewayResponse(429, { 'retry-after': 'later' }, '', opts);
    expect(invalid.nextRetryDelay).toBeUndefined();
  });

  it('503 honours Retry-After; 500, 502 and 408 are retryable without it', () => {
    const unavailable = classifyGatewayResponse(503, { 'retry-after': '7' }, 'maintenance', opts);
    expect(unavailable.type).toBe('UpstreamUnavailable');
    expect(unavailable.nextRetryDelay).toBe(7000);
    for (const status of [500, 502, 408]) {
      const f = classifyGatewayResponse(status, {}, '', opts);
      expect([f.type, f.nonRetryable, f.message]).toEqual(['UpstreamUnavailable', false, `gateway unavailable: HTTP ${status}`]);
    }
  });

  it('409 is a retryable GatewayConflict', () => {
    const f = classifyGatewayResponse(409, { 'retry-after': '1' }, errorBody('request in progress', 'idempotency_key_in_use'), opts);
    expect([f.type, f.nonRetryable, f.nextRetryDelay]).toEqual(['GatewayConflict', false, 1000]);
  });

  it.each([400, 401, 403, 404, 413, 422])('%i is a non-retryable GatewayRejected naming the status and the gateway text', (status) => {
    const f = classifyGatewayResponse(status, { 'retry-after': '5' }, errorBody(`bad thing for key ${KEY}`), opts);
    expect(f.type).toBe('GatewayRejected');
    expect(f.nonRetryable).toBe(true);
    expect(f.nextRetryDelay).toBeUndefined();
    expect(f.message).toContain(`HTTP ${status}`);
    expect(f.message).toContain('bad thing for key');
    expect(f.message).not.toContain(KEY);
  });

  it('scrubs masked key echoes and bearer tokens from the gateway text', () => {
    const f = classifyGatewayResponse(401, {}, errorBody('Incorrect API key provided: sk-gw-te************cdef. Header was Bearer abc.def'), opts);
    expect(f.message).not.toMatch(/sk-gw-te|cdef|abc\.def/);
    expect(f.message).toContain('Incorrect API key provided');
  });

  it('reads plain-text bodies and keeps them to one short line', () => {
    const f = classifyGatewayResponse(400, {}, `line one\nline two ${'x'.repeat(1000)}`, opts);
    expect(f.message).toMatch(/^gateway rejected the request: HTTP 400: line one line two x+…$/);
    expect(f.message.length).toBeLessThan(400);
  });
});

describe('classifyTransportError', () => {
  it('maps resets and refusals to a retryable NetworkError naming the code', () => {
    const reset = classifyTransportError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    expect([reset.type, reset.nonRetryable, reset.message]).toEqual(['NetworkError', false, 'network error talking to the gateway: ECONNRESET']);
    expect(classifyTransportError(new Error('aborted')).message).toContain('ECONNRESET');
    expect(classifyTransportError({ cause: { code: 'ECONNREFUSED' } }).message).toContain('ECONNREFUSED');
  });

  it('passes our own failures through unchanged', () => {
    const rejected = routingFailure('GatewayRejected', 'nope');
    expect(classifyTransportError(rejected)).toBe(rejected);
  });
});
