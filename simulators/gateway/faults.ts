/**
 * Faults a test injects into the gateway simulator, one per request, optionally only for one idempotency key or (stream
 * faults) one model.
 * Status faults are answered at admission (no execution happens, as with a real rate limiter in front of the model);
 * stream faults shape an execution, so a replayed or conflicting request never consumes them.
 */
export type StatusFault =
  | { kind: '429'; retryAfter?: string }
  | { kind: '503'; retryAfter?: string }
  | { kind: '500' | '502' | '408' }
  | { kind: '400' | '401' | '403' | '404' | '413' | '422' };

export type StreamFault =
  /** Destroys the socket after this many content chunks: the client sees a connection reset. */
  | { kind: 'reset-mid-stream'; afterChunks: number }
  /** Stops sending after this many content chunks and holds the connection open until the client gives up. */
  | { kind: 'stall'; afterChunks: number }
  /** Halfway through, sends a line that is no SSE field and a data line whose JSON is cut off. */
  | { kind: 'malformed-lines' }
  /** Sends `event: error` with an OpenAI-style error payload after this many chunks (default half) and ends. */
  | { kind: 'error-event'; afterChunks?: number }
  /** Ends the response cleanly after this many chunks (default all) with no finish_reason and no [DONE]. */
  | { kind: 'missing-done'; afterChunks?: number }
  /**
   * The model goes off script: it streams this text (default a chatty sentence) instead of its answer, and the
   * execution completes (it is stored and replayed like any other): nothing is wrong at the HTTP level.
   */
  | { kind: 'garbled-answer'; answer?: string };

/** `model` is matched by stream faults only (status faults are answered before the body is read). */
export type Fault = (StatusFault | StreamFault) & { key?: string; model?: string };
export type FaultKind = Fault['kind'];

const STREAM_KINDS = new Set<FaultKind>([
  'reset-mid-stream',
  'stall',
  'malformed-lines',
  'error-event',
  'missing-done',
  'garbled-answer',
]);
export const isStreamFault = (f: Fault): f is StreamFault & { key?: string } => STREAM_KINDS.has(f.kind);

export class FaultQueue {
  private readonly queue: Fault[] = [];

  enqueue(...faults: Fault[]): void {
    this.queue.push(...faults);
  }

  /** The next status fault for this request (answered before any execution), if one is queued. */
  takeStatusFault(key: string | undefined): (StatusFault & { key?: string }) | undefined {
    return this.take((f): f is StatusFault & { key?: string } => !isStreamFault(f), key);
  }

  /** The next stream fault for an execution of this key and model, if one is queued. */
  takeStreamFault(key: string, model?: string): (StreamFault & { key?: string }) | undefined {
    return this.take(isStreamFault, key, model);
  }

  private take<F extends Fault>(ofKind: (f: Fault) => f is F, key: string | undefined, model?: string): F | undefined {
    const index = this.queue.findIndex(
      (f) =>
        ofKind(f) &&
        (f.key === undefined || f.key === key) &&
        (f.model === undefined || model === undefined || f.model === model),
    );
    return index < 0 ? undefined : (this.queue.splice(index, 1)[0] as F);
  }

  get pending(): number {
    return this.queue.length;
  }

  clear(): void {
    this.queue.length = 0;
  }
}
