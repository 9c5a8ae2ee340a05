/**
 * Turns the gateway's SSE byte stream into one answer. eventsource-parser does the SSE framing (lines split across
 * network chunks, CRLF/CR/LF, comments, multi-line data, `event:` types); this file decides what the events mean.
 *
 * Decisions, and why:
 * - `event: error`, or any data payload carrying `{"error": ...}`, is a StreamError: the gateway said it failed.
 * - A data payload that is not JSON (and not `[DONE]`) is a GatewayMalformedResponse, NOT skipped: a skipped line may
 *   be a content delta, and skipping it would hand the workflow a silently corrupted answer marked as a success.
 *   Lines that are not SSE fields at all are ignored, as the SSE spec requires, and counted in `ignoredLines`.
 * - One event whose data lines are each a JSON chunk (the tutorial prints chunks without blank lines between them)
 *   is read as those chunks, since the combined text is not JSON but every line is.
 * - Named events other than `message` and `error` (keep-alives such as `event: ping`) are ignored and counted.
 * - An event left unterminated when the stream ends is still read (lenient, unlike the SSE spec's discard), except
 *   that unparseable trailing data then counts as truncation: a connection cut mid-line is not a malformed gateway.
 * - The stream is complete when it saw `[DONE]` or a finish_reason; otherwise `finish()` throws StreamTruncated.
 *   Anything after `[DONE]` is ignored.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { FailureTypes, routingFailure, type RoutingError } from '../../contracts/failures';
import { ChatCompletionChunkSchema, DONE_SENTINEL, type GatewayUsage } from './chunks';
import { fromJson, modelRefusal } from './gatewayError';

export interface StreamProgress {
  bytes: number;
  /** SSE events carrying data (chunks). */
  chunks: number;
  /** Completion characters so far. */
  chars: number;
}

export interface StreamOutcome extends StreamProgress {
  answer: string;
  finishReason: string | null;
  usage?: GatewayUsage;
  sawDone: boolean;
  responseId?: string;
  model?: string;
  /** Clock reading when the first non-empty content delta arrived. */
  firstContentAt?: number;
  ignoredEvents: number;
  ignoredLines: number;
}

export interface StreamAccumulator {
  /** Feeds raw bytes or already-decoded text; throws the routing failure the stream turned into. */
  feed(chunk: Uint8Array | string): void;
  /** Ends the stream; throws StreamTruncated if it never completed. */
  finish(): StreamOutcome;
  progress(): StreamProgress;
}

export function createStreamAccumulator(
  options: { now?: () => number; secrets?: readonly string[] } = {},
): StreamAccumulator {
  const now = options.now ?? Date.now;
  const decoder = new TextDecoder('utf-8'); // strips a leading BOM, joins multi-byte characters split across chunks
  const state: StreamOutcome = {
    answer: '',
    finishReason: null,
    sawDone: false,
    bytes: 0,
    chunks: 0,
    chars: 0,
    ignoredEvents: 0,
    ignoredLines: 0,
  };
  let failure: RoutingError | undefined;
  let firstText = true;
  let flushing = false;

  const fail = (f: RoutingError): void => {
    failure ??= f;
  };

  const handleData = (data: string): void => {
    if (data === DONE_SENTINEL) {
      state.sawDone = true;
      return;
    }
    const json = safeJson(data);
    if (json !== undefined) return handlePayload(json);
    // Gateways that send `data:` lines without blank lines between them deliver one event of several lines:
    // each line is parsed once here and handled in order.
    const lines = data.split('\n');
    const parsed = lines.length > 1 ? lines.map((line) => (line === DONE_SENTINEL ? DONE : safeJson(line))) : [];
    if (parsed.length > 0 && parsed.every((value) => value !== undefined)) {
      for (const value of parsed) {
        if (value === DONE) state.sawDone = true;
        else if (!state.sawDone) handlePayload(value);
      }
      return;
    }
    // An unterminated last line cut by the connection is a truncation, which finish() reports, not garbage.
    if (flushing) return void state.ignoredLines++;
    fail(
      routingFailure(
        FailureTypes.GatewayMalformedResponse,
        `gateway sent a data line that is not JSON after ${state.chunks} chunks`,
        {
          details: { afterChunks: state.chunks },
        },
      ),
    );
  };

  const handlePayload = (json: unknown): void => {
    // Only payloads with an `error` member go through the error schema: one schema check per chunk, not two.
    const error =
      typeof json === 'object' && json !== null && 'error' in json ? fromJson(json, options.secrets) : undefined;
    if (error) return fail(streamError(error, state.chunks));
    const chunk = ChatCompletionChunkSchema.safeParse(json);
    if (!chunk.success) {
      return fail(
        routingFailure(
          FailureTypes.GatewayMalformedResponse,
          `gateway sent a chunk that is not a chat.completion.chunk after ${state.chunks} chunks`,
          {
            details: { afterChunks: state.chunks },
          },
        ),
      );
    }
    state.chunks++;
    const { id, model, choices, usage } = chunk.data;
    state.responseId ??= id;
    state.model ??= model;
    if (usage) state.usage = usage;
    const choice = choices.find((c) => (c.index ?? 0) === 0);
    const content = choice?.delta?.content;
    if (content) {
      state.firstContentAt ??= now();
      state.answer += content;
      state.chars = state.answer.length;
    }
    if (choice?.finish_reason) state.finishReason = choice.finish_reason;
  };

  const onEvent = (event: EventSourceMessage): void => {
    if (failure || state.sawDone) return;
    if (event.event === 'error') {
      const error = safeJson(event.data);
      const text = (error !== undefined && fromJson(error, options.secrets)) || {
        message: '',
        code: undefined,
        type: undefined,
      };
      return fail(streamError({ ...text, message: text.message || 'error event' }, state.chunks));
    }
    if (event.event !== undefined && event.event !== 'message') {
      state.ignoredEvents++;
      return;
    }
    handleData(event.data);
  };

  const parser = createParser({ onEvent, onError: () => void state.ignoredLines++ });

  const feedText = (text: string): void => {
    if (firstText && text.length > 0) {
      firstText = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM in text that was decoded elsewhere
    }
    parser.feed(text);
    if (failure) throw failure;
  };

  return {
    feed(chunk) {
      if (failure) throw failure;
      if (typeof chunk === 'string') {
        state.bytes += Buffer.byteLength(chunk);
        feedText(chunk);
      } else {
        state.bytes += chunk.byteLength;
        feedText(decoder.decode(chunk, { stream: true }));
      }
    },
    finish() {
      if (failure) throw failure;
      // A last event the server did not end with a blank line still counts (the tutorial prints no blank lines).
      flushing = true;
      feedText(`${decoder.decode()}\n\n`);
      if (!state.sawDone && state.finishReason === null) {
        throw routingFailure(
          FailureTypes.StreamTruncated,
          `gateway stream ended after ${state.chunks} chunks without [DONE] or a finish_reason`,
          {
            details: { chunks: state.chunks, chars: state.chars },
          },
        );
      }
      return { ...state };
    },
    progress: () => ({ bytes: state.bytes, chunks: state.chunks, chars: state.chars }),
  };
}

/**
 * Errors that another attempt cannot cure: the request itself was refused (too long, filtered, malformed).
 * Retrying them would only bill another execution.
 */
const PERMANENT_STREAM_ERRORS = new Set([
  'context_length_exceeded',
  'content_filter',
  'content_policy_violation',
  'invalid_request_error',
  'invalid_api_key',
  'model_not_found',
]);

function streamError(error: { message: string; code?: string; type?: string }, afterChunks: number): RoutingError {
  const { message } = error;
  const code = error.code ?? error.type;
  const permanent = code && PERMANENT_STREAM_ERRORS.has(code) ? FailureTypes.GatewayRejected : undefined;
  const type = modelRefusal(error) ?? permanent ?? FailureTypes.StreamError;
  return routingFailure(type, `gateway reported an error mid-stream${code ? ` (${code})` : ''}: ${message}`, {
    details: { gatewayCode: code, afterChunks },
  });
}

/** Marks `[DONE]` among parsed lines (JSON never parses to a symbol). */
const DONE = Symbol('done');

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
