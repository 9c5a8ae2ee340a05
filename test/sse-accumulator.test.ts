import { RoutingError } from '../contracts/failures';
import { createStreamAccumulator, type StreamOutcome } from '../domain/gateway/sseAccumulator';

const chunk = (content: string | null, finish: string | null = null, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    id: 'resp_001',
    object: 'chat.completion.chunk',
    model: 'gpt-4o-mini',
    choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }],
    ...extra,
  });

const ANSWER = 'Intent: order_status — café ☕ 🚀 routes to Orders.';
const PIECES = ['Intent:', ' order_status', ' — café', ' ☕ 🚀', ' routes to Orders.'];

/** A stream exercising every framing feature at once: BOM, CRLF/CR/LF, comments, named events, multi-line data. */
function richStream(): string {
  const multiLine = chunk(PIECES[1])
    .replace('"choices":', '\n"choices":')
    .split('\n')
    .map((l) => `data: ${l}`)
    .join('\r\n');
  return [
    '\uFEFF: keep-alive comment\n',
    `data: ${chunk(PIECES[0])}\r\n\r\n`,
    `${multiLine}\r\n\r\n`,
    'event: ping\ndata: {}\n\n',
    `event: message\rdata: ${chunk(PIECES[2])}\r\r`,
    `id: 7\ndata:${chunk(PIECES[3])}\n\n`,
    `data: ${chunk(PIECES[4], 'stop')}\n\n`,
    `data: ${JSON.stringify({ id: 'resp_001', choices: [], usage: { prompt_tokens: 12, completion_tokens: 9, total_tokens: 21 } })}\n\n`,
    'data: [DONE]\n\n',
  ].join('');
}

function run(parts: Array<Uint8Array | string>): StreamOutcome {
  const acc = createStreamAccumulator();
  for (const p of parts) acc.feed(p);
  return acc.finish();
}

/** Domain code raises a plain RoutingError; the activity boundary converts it. */
function failureOf(fn: () => unknown): RoutingError {
  try {
    fn();
  } catch (err) {
    if (err instanceof RoutingError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('SSE accumulator', () => {
  const bytes = Buffer.from(richStream(), 'utf8');

  it('reads the rich stream in one piece', () => {
    const out = run([bytes]);
    expect(out.answer).toBe(ANSWER);
    expect(out.finishReason).toBe('stop');
    expect(out.sawDone).toBe(true);
    expect(out.usage).toMatchObject({ prompt_tokens: 12, completion_tokens: 9, total_tokens: 21 });
    expect(out.chunks).toBe(6); // five content chunks and the usage chunk
    expect(out.ignoredEvents).toBe(1); // the ping
    expect(out.bytes).toBe(bytes.length);
  });

  it('parses to the same answer when split at every byte boundary', () => {
    for (let i = 1; i < bytes.length; i++) {
      const out = run([bytes.subarray(0, i), bytes.subarray(i)]);
      if (out.answer !== ANSWER || !out.sawDone || out.finishReason !== 'stop')
        throw new Error(`split at byte ${i} gave ${JSON.stringify(out.answer)}`);
    }
  });

  it('parses to the same answer fed one byte at a time', () => {
    const out = run(Array.from(bytes, (b) => Uint8Array.of(b)));
    expect(out.answer).toBe(ANSWER);
    expect(out.usage?.total_tokens).toBe(21);
  });

  it('strips a BOM from text decoded elsewhere', () => {
    expect(run([`\uFEFFdata: ${chunk('hi', 'stop')}\n\n`]).answer).toBe('hi');
  });

  it('reads the tutorial format (data lines without blank lines between them)', () => {
    const out = run([`data: ${chunk('I')}\ndata: ${chunk(' can')}\ndata: [DONE]\n`]);
    expect(out.answer).toBe('I can');
    expect(out.sawDone).toBe(true);
  });

  it('accepts a finish_reason without [DONE], and ignores anything after [DONE]', () => {
    expect(run([`data: ${chunk('ok', 'length')}\n\n`]).finishReason).toBe('length');
    expect(run([`data: ${chunk('a', 'stop')}\n\ndata: [DONE]\n\ndata: ${chunk('zzz')}\n\n`]).answer).toBe('a');
  });

  it('turns an error event into a StreamError carrying the gateway text', () => {
    const acc = createStreamAccumulator();
    acc.feed(`data: ${chunk('part')}\n\n`);
    const f = failureOf(() =>
      acc.feed('event: error\ndata: {"error":{"message":"model overloaded","code":"overloaded"}}\n\n'),
    );
    expect(f.type).toBe('StreamError');
    expect(f.message).toContain('model overloaded');
    expect(f.message).toContain('overloaded');
    expect(f.nonRetryable).toBe(false);
    expect(() => acc.finish()).toThrow(f); // the failure sticks
  });

  it('fails a mid-stream error that no retry can cure (context length, content filter) without retry', () => {
    const expected = {
      context_length_exceeded: 'ContextLengthExceeded',
      model_not_found: 'ModelUnavailable',
      content_filter: 'GatewayRejected',
    };
    for (const [code, type] of Object.entries(expected)) {
      const f = failureOf(() =>
        run([`data: ${chunk('x')}\n\nevent: error\ndata: {"error":{"message":"refused","code":"${code}"}}\n\n`]),
      );
      expect(f).toMatchObject({ type, nonRetryable: true });
      expect(f.message).toContain(code);
    }
  });

  it('turns an {"error": ...} data payload into a StreamError', () => {
    const f = failureOf(() => run([`data: ${chunk('x')}\n\ndata: {"error":"upstream died"}\n\n`]));
    expect(f.type).toBe('StreamError');
    expect(f.message).toContain('upstream died');
  });

  it('fails a non-JSON data line as GatewayMalformedResponse instead of skipping it', () => {
    const f = failureOf(() =>
      run([`data: ${chunk('a')}\n\ndata: {"choices":[{"delta":{"content":"b\n\ndata: [DONE]\n\n`]),
    );
    expect(f.type).toBe('GatewayMalformedResponse');
    expect(f.message).toContain('after 1 chunks');
  });

  it('ignores lines that are not SSE fields, as the SSE spec requires', () => {
    const out = run([`garbage line\ndata: ${chunk('ok', 'stop')}\n\n`]);
    expect(out.answer).toBe('ok');
    expect(out.ignoredLines).toBe(1);
  });

  it('reports a stream without [DONE] and without finish_reason as StreamTruncated', () => {
    const f = failureOf(() => run([`data: ${chunk('half an ans')}\n\n`]));
    expect(f.type).toBe('StreamTruncated');
    expect(f.message).toContain('after 1 chunks');
  });

  it('treats a connection cut mid-line as truncation, not as a malformed gateway', () => {
    const f = failureOf(() => run([`data: ${chunk('a')}\n\ndata: {"choices":[{"del`]));
    expect(f.type).toBe('StreamTruncated');
  });

  it('records when the first content arrived and reports progress', () => {
    let clock = 100;
    const acc = createStreamAccumulator({ now: () => clock });
    acc.feed(`data: ${chunk(null)}\n\n`);
    clock = 250;
    acc.feed(`data: ${chunk('hey')}\n\n`);
    expect(acc.progress()).toEqual({ bytes: expect.any(Number), chunks: 2, chars: 3 });
    clock = 400;
    acc.feed('data: [DONE]\n\n');
    expect(acc.finish().firstContentAt).toBe(250);
  });
});
