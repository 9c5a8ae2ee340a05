/**
 * One paced inference execution, streamed in the tutorial's format: `data: {chat.completion.chunk}` events, the
 * last content chunk carrying finish_reason, a usage chunk when stream_options.include_usage asks for it, and
 * `data: [DONE]`. The execution is not tied to the connection: if the client goes away mid-stream the gateway keeps
 * generating and stores the response for the key (see idempotency.ts for the billing semantics).
 */
import type { ServerResponse } from 'node:http';
import type { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
// The gateway counts with its own tokenizer (gpt-tokenizer's default encoding, o200k_base), not the router's.
import { countTokens } from 'gpt-tokenizer';
import type { InferenceRequest } from './wire';
import { tokenPieces } from './answer';
import type { StreamFault } from './faults';
import type { IdempotencyStore } from './idempotency';

export interface ExecutionContext {
  key: string;
  requestId: string;
  payload: InferenceRequest;
  answer: string;
  fault?: StreamFault;
  chunkDelayMs: () => number;
  /** True once the simulator is closing: running executions stop and count as failed. */
  stopping: () => boolean;
  res: ServerResponse;
  store: IdempotencyStore;
  events: EventEmitter;
}

export const sse = (value: unknown): string => `data: ${typeof value === 'string' ? value : JSON.stringify(value)}\n\n`;

/** The gateway bills one completion token per streamed piece and the prompt by its content alone. */
function usageOf(payload: InferenceRequest, completionTokens: number) {
  const prompt = payload.messages.reduce((n, m) => n + countTokens(m.content, { disallowedSpecial: new Set() }), 0);
  return { prompt_tokens: prompt, completion_tokens: completionTokens, total_tokens: prompt + completionTokens };
}

/** After how many content pieces a fault cuts the stream; undefined when it does not cut it. */
function cutPoint(fault: StreamFault | undefined, pieces: number): number | undefined {
  switch (fault?.kind) {
    case 'reset-mid-stream':
    case 'stall':
      return Math.min(fault.afterChunks, pieces);
    case 'error-event':
      return Math.min(fault.afterChunks ?? Math.floor(pieces / 2), pieces);
    case 'missing-done':
      return Math.min(fault.afterChunks ?? pieces, pieces);
    default:
      return undefined;
  }
}

export async function runExecution(ctx: ExecutionContext): Promise<'completed' | 'failed'> {
  const { payload, res, fault } = ctx;
  const all = tokenPieces(ctx.answer);
  const pieces = all.slice(0, payload.max_tokens);
  const finishReason = pieces.length < all.length ? 'length' : 'stop';
  const base = {
    id: `chatcmpl-${ctx.requestId}`,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: payload.model,
  };
  const frame = (delta: Record<string, string>, finish: string | null) =>
    sse({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] });

  const headers = {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    'X-Request-Id': ctx.requestId,
    'X-Idempotency-Key': ctx.key,
  };
  res.writeHead(200, headers);
  const body: string[] = [];
  const closed = new Promise<void>((resolve) => res.once('close', () => resolve()));
  // Resolves once the bytes are handed to the socket, or the connection is gone (the execution goes on regardless).
  const emit = (text: string): Promise<void> => {
    body.push(text);
    if (res.destroyed || res.writableEnded) return Promise.resolve();
    return Promise.race([new Promise<void>((resolve) => res.write(text, () => resolve())), closed]);
  };
  const settle = (outcome: 'completed' | 'failed') => {
    if (outcome === 'completed') ctx.store.complete(ctx.key, { status: 200, headers, body: body.join('') });
    else ctx.store.fail(ctx.key);
    ctx.events.emit('execution-end', { key: ctx.key, requestId: ctx.requestId, outcome });
    if (!res.writableEnded) res.end();
    return outcome;
  };

  const cutAt = cutPoint(fault, pieces.length);
  await emit(frame({ role: 'assistant', content: '' }, null));
  for (let i = 0; i < pieces.length; i++) {
    if (i === cutAt) return endWithFault();
    if (fault?.kind === 'malformed-lines' && i === Math.floor(pieces.length / 2)) {
      await emit('this line is not an SSE field\ndata: {"id":"broken","choices":[{"delta":{"content":"cut\n\n');
    }
    const delay = ctx.chunkDelayMs();
    if (delay > 0) await sleep(delay);
    if (ctx.stopping()) return settle('failed');
    const last = i === pieces.length - 1 && fault?.kind !== 'missing-done';
    await emit(frame({ content: pieces[i] }, last ? finishReason : null));
    ctx.events.emit('chunk', { key: ctx.key, requestId: ctx.requestId, sent: i + 1 });
  }
  if (cutAt === pieces.length) return endWithFault();
  if (payload.stream_options?.include_usage)
    await emit(sse({ ...base, choices: [], usage: usageOf(payload, pieces.length) }));
  await emit(sse('[DONE]'));
  // An off-script answer is still a delivered answer: only the faults that break the stream fail the execution.
  return settle(fault && fault.kind !== 'garbled-answer' ? 'failed' : 'completed');

  async function endWithFault(): Promise<'failed'> {
    switch (fault?.kind) {
      case 'reset-mid-stream':
        res.destroy(); // the client sees the connection reset with the stream half read
        break;
      case 'stall':
        await closed;
        break;
      case 'error-event':
        await emit(
          `event: error\n${sse({ error: { message: 'The model is overloaded, please retry', type: 'server_error', code: 'model_overloaded' } })}`,
        );
        break;
      default: // missing-done: a clean end with neither finish_reason nor [DONE]
        break;
    }
    return settle('failed') as 'failed';
  }
}
