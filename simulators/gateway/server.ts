/**
 * A loopback LLM gateway that behaves like the real one where it matters to us: Bearer auth, the tutorial's SSE
 * stream (OpenAI chat.completion.chunk), Idempotency-Key per the IETF httpapi draft (see idempotency.ts for the
 * billing semantics), OpenAI-compatible /v1/embeddings, and faults injected per request (see faults.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { describeIssues } from '../issues';
import type { InferenceRequest } from './wire';
import { EmbeddingsRequestSchema, embeddingsResponse } from './embeddings';
import { FaultQueue } from './faults';
import { maskKey, readBody, sendError, sendJson } from './http';
import { IdempotencyStore, type ExecutionOutcome } from './idempotency';
import { handleInference } from './inference';

export const INFERENCE_PATHS = ['/v1/inference', '/v1/chat/completions'];
export const DEFAULT_API_KEY = 'sk-gw-simulator-key';

export interface GatewaySimulatorOptions {
  port?: number;
  apiKey?: string;
  /** Pause before each content chunk (default 0). */
  chunkDelayMs?: number;
  answer?: (payload: InferenceRequest) => string;
  /** Models the gateway serves; any other gets 404 model_not_found. Unset = every model. */
  models?: readonly string[];
}

export interface RequestLogEntry {
  method: string;
  path: string;
  /** Request headers, with the Authorization value replaced. */
  headers: Record<string, string>;
  idempotencyKey?: string;
  requestId?: string;
  /** The inference request body as received (tests check what reached the gateway). */
  body?: string;
  status?: number;
  outcome?: 'executed' | 'replayed' | 'conflict' | 'rejected' | 'fault' | 'embeddings';
  fault?: string;
  /** For executions: whether this one completed (false for faults and for executions stopped by close()). */
  completed?: boolean;
  /** The OpenAI-format attribution fields the request carried (`user`, `metadata`). */
  attribution?: { user?: string; metadata?: Record<string, string> };
  /** The client hung up before the response ended (an injected reset is the server's doing and does not count). */
  clientDisconnected?: boolean;
}

export interface GatewaySimulator {
  url: string;
  port: number;
  apiKey: string;
  faults: FaultQueue;
  requests: RequestLogEntry[];
  /**
   * 'request' and 'client-disconnected' (the log entry), 'execution-start' ({ key, requestId }),
   * 'chunk' ({ key, requestId, sent }), 'execution-end' ({ key, requestId, outcome }).
   */
  events: EventEmitter;
  /** Executions started (and billed) for a key, whatever their outcome. */
  executions(idempotencyKey: string): number;
  outcomes(idempotencyKey: string): ExecutionOutcome[];
  totalExecutions(): number;
  setChunkDelay(ms: number): void;
  /** Serve only these models from now on (others get 404 model_not_found); undefined serves every model. */
  setModels(models: readonly string[] | undefined): void;
  /** Resolves with the first event (past or future for log-entry events) matching the predicate; rejects after timeoutMs. */
  waitFor<T = unknown>(event: string, predicate?: (payload: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function startGatewaySimulator(options: GatewaySimulatorOptions = {}): Promise<GatewaySimulator> {
  const apiKey = options.apiKey ?? DEFAULT_API_KEY;
  const faults = new FaultQueue();
  const store = new IdempotencyStore();
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const requests: RequestLogEntry[] = [];
  let chunkDelayMs = options.chunkDelayMs ?? 0;
  let models = options.models;
  let stopping = false;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      headers[name] = name === 'authorization' ? '[redacted]' : String(value);
    }
    const entry: RequestLogEntry = { method: req.method ?? 'GET', path, headers };
    requests.push(entry);
    res.on('finish', () => void (entry.status = res.statusCode));
    res.on('close', () => {
      entry.status ??= res.statusCode;
      if (res.writableFinished || entry.fault === 'reset-mid-stream') return;
      entry.clientDisconnected = true;
      events.emit('client-disconnected', entry);
    });
    events.emit('request', entry);

    const isInference = INFERENCE_PATHS.includes(path);
    if (!isInference && path !== '/v1/embeddings') return sendError(res, 404, `Unknown path ${path}`, 'not_found');
    if (req.method !== 'POST') return sendError(res, 405, 'Only POST is allowed', 'method_not_allowed');
    const auth = req.headers.authorization ?? '';
    if (auth !== `Bearer ${apiKey}`) {
      const given = auth.replace(/^Bearer\s+/i, '');
      entry.outcome = 'rejected';
      const message = given
        ? `Incorrect API key provided: ${maskKey(given)}`
        : 'Missing bearer authentication in header';
      return sendError(res, 401, message, 'invalid_api_key');
    }
    if (isInference) {
      return handleInference(req, res, entry, {
        faults,
        store,
        events,
        answer: options.answer,
        models,
        chunkDelayMs: () => chunkDelayMs,
        stopping: () => stopping,
      });
    }
    entry.outcome = 'embeddings';
    const body = await readBody(req);
    if (body === 'too-large') return sendError(res, 413, 'Request body exceeds 1 MiB', 'request_too_large');
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, 400, 'Request body is not valid JSON', 'invalid_json');
    }
    const parsed = EmbeddingsRequestSchema.safeParse(json);
    if (!parsed.success)
      return sendError(res, 422, `Invalid embeddings request: ${describeIssues(parsed.error)}`, 'invalid_payload');
    sendJson(res, 200, embeddingsResponse(parsed.data.model, parsed.data.input));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'Simulator error', 'internal_error');
      else res.destroy();
    });
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    apiKey,
    faults,
    requests,
    events,
    executions: (key) => store.executions(key),
    outcomes: (key) => store.outcomesOf(key),
    totalExecutions: () => store.totalExecutions(),
    setChunkDelay: (ms) => void (chunkDelayMs = ms),
    setModels: (served) => void (models = served),
    waitFor<T>(event: string, predicate: (payload: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
      // Log-entry events are also answered from the past, so a test cannot miss one that already happened.
      if (event === 'request' || event === 'client-disconnected') {
        const seen = requests.find((r) => (event === 'request' || r.clientDisconnected) && predicate(r as T));
        if (seen) return Promise.resolve(seen as T);
      }
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off(event, listener);
          reject(new Error(`gateway simulator: no '${event}' event within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = (payload: T) => {
          if (!predicate(payload)) return;
          clearTimeout(timer);
          events.off(event, listener);
          resolve(payload);
        };
        events.on(event, listener);
      });
    },
    async close() {
      stopping = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
