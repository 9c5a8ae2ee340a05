/**
 * A loopback Genesys Cloud for tests and the demo. The official SDK reaches it through setGateway; it answers
 * with the platform's shapes, error bodies, correlation ids, Retry-After, expiring tokens and pre-signed URLs,
 * and lets tests inject faults per route and move the clock.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { API_ROUTES, DOCUMENT_PATTERN, ROUTE_PERMISSION, serveDocument, type ApiState } from './api';
import { SimClock } from './clock';
import { FaultRegistry } from './faults';
import { defaultMessage, sendError, type Exchange } from './http';
import { TokenIssuer } from './oauth';
import { Presigner } from './presign';
import { SAMPLE_CONVERSATIONS } from './samples';
import type { SimConversation, SimRequestRecord, SimRoute } from './types';

export type { SimConversation, SimFault, SimRoute, SimRequestRecord } from './types';

export const SIM_CLIENT_ID = 'sim-client-0d6f1c1e';
export const SIM_CLIENT_SECRET = 'sim-secret-only-for-the-loopback-simulator';
export const DEFAULT_TOKEN_TTL_SECONDS = 86_399;

export interface GenesysSimulatorOptions {
  /** 0 or absent = an ephemeral port. */
  port?: number;
  host?: string;
  clientId?: string;
  clientSecret?: string;
  tokenTtlSeconds?: number;
  /** Defaults to the demo samples. */
  conversations?: SimConversation[];
}

export interface GenesysSimulator {
  url: string;
  port: number;
  credentials: { clientId: string; clientSecret: string };
  faults: FaultRegistry;
  clock: SimClock;
  /** How many requests reached `route` (faulted ones included). */
  requests(route: SimRoute): number;
  /** Every request answered, in order (paths only; no headers or bodies). */
  log: SimRequestRecord[];
  addConversation(conversation: SimConversation): void;
  setTranscriptReady(conversationId: string, ready: boolean): void;
  /** Expire every issued token now, as a revocation or an elapsed lifetime would. */
  revokeTokens(): void;
  close(): Promise<void>;
}

export async function startGenesysSimulator(options: GenesysSimulatorOptions = {}): Promise<GenesysSimulator> {
  const credentials = {
    clientId: options.clientId ?? SIM_CLIENT_ID,
    clientSecret: options.clientSecret ?? SIM_CLIENT_SECRET,
  };
  const clock = new SimClock();
  const now = () => clock.now();
  const faults = new FaultRegistry();
  const tokens = new TokenIssuer(credentials, options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS, now);
  const conversations = new Map<string, SimConversation>();
  for (const c of options.conversations ?? SAMPLE_CONVERSATIONS) conversations.set(c.id, { ...c });
  const counts = new Map<SimRoute, number>();
  const log: SimRequestRecord[] = [];
  let baseUrl = '';
  const state: ApiState = { conversations, presigner: new Presigner(now), baseUrl: () => baseUrl };
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const ex: Exchange = { req, res, correlationId: randomUUID() };
    const url = new URL(req.url ?? '/', 'http://simulator');
    // A gateway may prefix paths (path_params_login / path_params_api): match on the Genesys part.
    const apiPath = url.pathname.replace(/^.*?(?=\/api\/v2\/)/, '');
    const method = req.method ?? 'GET';
    let route: SimRoute | 'unknown' = 'unknown';
    res.on('finish', () =>
      log.push({
        route,
        method,
        path: url.pathname,
        status: res.statusCode,
        hadAuthorization: Boolean(req.headers.authorization),
        correlationId: ex.correlationId,
      }),
    );

    const api = API_ROUTES.map((def) => ({ def, m: def.method === method ? def.pattern.exec(apiPath) : null })).find(
      (x) => x.m,
    );
    const doc = method === 'GET' ? DOCUMENT_PATTERN.exec(url.pathname) : null;
    if (method === 'POST' && url.pathname.endsWith('/oauth/token')) route = 'token';
    else if (api) route = api.def.route;
    else if (doc) route = 'transcriptDocument';
    if (route === 'unknown')
      return sendError(ex, 404, `No route matches ${method} ${url.pathname}.`, { code: 'not.found' });
    counts.set(route, (counts.get(route) ?? 0) + 1);

    const fault = faults.take(route);
    if (fault?.delayMs) await wait(fault.delayMs);
    if (fault?.dropConnection) {
      req.socket.destroy();
      return;
    }
    if (fault?.status) {
      const retryAfter = fault.retryAfter ?? (fault.status === 429 ? 1 : undefined);
      const permission = fault.permission ?? ROUTE_PERMISSION[route];
      return sendError(ex, fault.status, defaultMessage(fault.status, retryAfter, permission), {
        retryAfter,
        messageParams: fault.status === 403 ? { '0': permission } : undefined,
      });
    }

    if (route === 'token') return tokens.handleTokenRequest(ex);
    // Path parameters arrive percent-encoded (the SDK uses encodeURIComponent).
    const params = (match: RegExpExecArray) => match.slice(1).map((p) => decodeURIComponent(p));
    if (route === 'transcriptDocument' && doc) return serveDocument(ex, state, url, params(doc));
    if (!tokens.isAuthorized(req.headers.authorization)) {
      return sendError(ex, 401, 'No authentication bearer token specified in authorization header.', {
        code: 'authentication.required',
      });
    }
    if (api?.m) await api.def.handle(ex, state, params(api.m), url);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError({ req, res, correlationId: randomUUID() }, 500, defaultMessage(500));
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${host}:${port}`;

  return {
    url: baseUrl,
    port,
    credentials,
    faults,
    clock,
    log,
    requests: (route) => counts.get(route) ?? 0,
    addConversation: (c) => void conversations.set(c.id, { ...c }),
    setTranscriptReady: (id, ready) => {
      const c = conversations.get(id);
      if (!c) throw new Error(`simulator has no conversation ${id}`);
      c.transcriptReady = ready;
    },
    revokeTokens: () => tokens.revokeAll(),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
