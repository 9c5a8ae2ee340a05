/**
 * Temporal codec server (https://docs.temporal.io/production-deployment/data-encryption): POST /encode and /decode
 * with `{ payloads: [{ metadata: { key: base64 }, data: base64 }] }`, so the Web UI and `temporal --codec-endpoint`
 * can show decoded payloads. Unlike the samples' server it requires `Authorization: Bearer <token>` or, for the Web UI
 * (which cannot send a custom token), a session cookie got by exchanging the token at /session (see sessions.ts):
 * only holders of the token can read history in clear text. CORS admits the Web UI's origins with credentials
 * (echoed origin, never `*`), including the preflight; a cookie is honoured only from those origins.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Payload } from '@temporalio/common';
import { z } from 'zod';
import { describeIssues } from '../../config/errors';
import { AesGcmPayloadCodec, PayloadDecryptionError } from './encryptionCodec';
import type { Keyring } from './keyring';
import { BodyTooLargeError, readBody } from '../http/readBody';
import { bearerMatches } from '../http/credentials';
import { handleSessionRoute, SessionStore } from './sessions';

export const DEFAULT_UI_ORIGINS = ['http://127.0.0.1:8233', 'http://localhost:8233'];
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface CodecServerOptions {
  port: number;
  keyring: Keyring;
  token: string;
  /** Extra allowed browser origin (e.g. a Web UI on another host); the local dev UI origins are always allowed. */
  corsOrigin?: string;
  host?: string;
  /** Lifetime of a Web UI session (default 8 h). */
  sessionTtlMs?: number;
}

export interface CodecServer {
  url: string;
  close(): Promise<void>;
}

const JsonPayloadSchema = z.object({
  metadata: z.record(z.string(), z.base64()).nullish(),
  data: z.base64().nullish(),
});
const BodySchema = z.object({ payloads: z.array(JsonPayloadSchema) });
type JsonPayload = z.infer<typeof JsonPayloadSchema>;

const fromJson = ({ metadata, data }: JsonPayload): Payload => ({
  metadata: metadata
    ? Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')]))
    : undefined,
  data: data ? Buffer.from(data, 'base64') : undefined,
});
const toJson = ({ metadata, data }: Payload): JsonPayload => ({
  metadata: metadata
    ? Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, Buffer.from(v).toString('base64')]))
    : undefined,
  data: data ? Buffer.from(data).toString('base64') : undefined,
});

function send(res: ServerResponse, status: number, body?: unknown): void {
  res.statusCode = status;
  if (body === undefined) return void res.end();
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}

export async function startCodecServer(options: CodecServerOptions): Promise<CodecServer> {
  if (!options.token) throw new Error('codec server token must not be empty (CODEC_SERVER_TOKEN)');
  const codec = new AesGcmPayloadCodec(options.keyring);
  const allowedOrigins = new Set([
    ...DEFAULT_UI_ORIGINS,
    ...(options.corsOrigin ? [new URL(options.corsOrigin).origin] : []),
  ]);
  let sessions: SessionStore | undefined; // named after the port, known once listening

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = req.headers.origin;
    const originAllowed = origin !== undefined && allowedOrigins.has(origin);
    res.setHeader('Vary', 'Origin');
    if (originAllowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
    }
    if (req.method === 'OPTIONS') {
      // Browsers send neither Authorization nor cookies on a preflight; it only learns what the real request may carry.
      if (!originAllowed) return send(res, 403, { error: 'origin not allowed' });
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Namespace');
      res.setHeader('Access-Control-Max-Age', '600');
      return send(res, 204);
    }
    const path = new URL(req.url ?? '/', 'http://codec').pathname;
    // Liveness for an orchestrator's health check: no token, nothing about keys or payloads.
    if (path === '/healthz')
      return req.method === 'GET' ? send(res, 200, { status: 'ok' }) : send(res, 405, { error: 'use GET' });
    if (path === '/session' || path.startsWith('/session/')) return handleSessionRoute(sessions!, req, res, path);
    // `/{namespace}/decode` too: the CLI's --codec-endpoint may template the namespace into the path.
    const operation = /^(?:\/[^/]+)?\/(encode|decode)$/.exec(path)?.[1];
    if (!operation) return send(res, 404, { error: 'use POST /encode or /decode, or GET /session' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
    // A session cookie counts only from an allowed origin: other pages on the same site cannot ride on it.
    const viaSession = originAllowed && sessions!.validSession(req) !== undefined;
    if (!viaSession && !bearerMatches(req.headers.authorization, options.token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="codec"');
      return send(res, 401, { error: 'missing or wrong bearer token (or no valid session: sign in at /session)' });
    }
    let body: z.infer<typeof BodySchema>;
    try {
      const parsed = BodySchema.safeParse(JSON.parse((await readBody(req, MAX_BODY_BYTES)).toString('utf8')));
      if (!parsed.success) return send(res, 400, { error: `invalid body: ${describeIssues(parsed.error)}` });
      body = parsed.data;
    } catch (error) {
      const tooLarge = error instanceof BodyTooLargeError;
      return send(res, tooLarge ? 413 : 400, { error: tooLarge ? 'body too large' : 'body is not JSON' });
    }
    const payloads = body.payloads.map(fromJson);
    try {
      const result = operation === 'encode' ? await codec.encode(payloads) : await codec.decode(payloads);
      return send(res, 200, { payloads: result.map(toJson) });
    } catch (error) {
      if (error instanceof PayloadDecryptionError) return send(res, 400, { error: error.message });
      throw error;
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, { error: 'codec failure' }));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  sessions = new SessionStore({
    token: options.token,
    cookieName: `codec_session_${port}`,
    ttlMs: options.sessionTtlMs,
  });
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
