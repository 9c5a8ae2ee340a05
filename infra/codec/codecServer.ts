/**
 * Temporal codec server (https://docs.temporal.io/production-deployment/data-encryption): POST /encode and /decode
 * with `{ payloads: [{ metadata: { key: base64 }, data: base64 }] }`, so the Web UI and `temporal --codec-endpoint`
 * can show decoded payloads. Unlike the samples' server it requires `Authorization: Bearer <token>`: only holders of
 * the token can read history in clear text. CORS admits the Web UI's origin, including its preflight.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Payload } from '@temporalio/common';
import { z } from 'zod';
import { describeIssues } from '../../config/errors';
import { AesGcmPayloadCodec, PayloadDecryptionError } from './encryptionCodec';
import type { Keyring } from './keyring';
import { BodyTooLargeError, readBody } from '../http/readBody';

export const DEFAULT_UI_ORIGINS = ['http://127.0.0.1:8233', 'http://localhost:8233'];
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface CodecServerOptions {
  port: number;
  keyring: Keyring;
  token: string;
  /** Extra allowed browser origin (e.g. a Web UI on another host); the local dev UI origins are always allowed. */
  corsOrigin?: string;
  host?: string;
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
  metadata: metadata ? Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')])) : undefined,
  data: data ? Buffer.from(data, 'base64') : undefined,
});
const toJson = ({ metadata, data }: Payload): JsonPayload => ({
  metadata: metadata ? Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, Buffer.from(v).toString('base64')])) : undefined,
  data: data ? Buffer.from(data).toString('base64') : undefined,
});

/** Compares digests so neither the length nor a prefix of the token leaks through timing. */
function tokenMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(token)) && presented.length > 0;
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  res.statusCode = status;
  if (body === undefined) return void res.end();
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}

export async function startCodecServer(options: CodecServerOptions): Promise<CodecServer> {
  if (!options.token) throw new Error('codec server token must not be empty (CODEC_SERVER_TOKEN)');
  const codec = new AesGcmPayloadCodec(options.keyring);
  const allowedOrigins = new Set([...DEFAULT_UI_ORIGINS, ...(options.corsOrigin ? [new URL(options.corsOrigin).origin] : [])]);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = req.headers.origin;
    if (origin && allowedOrigins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      // Browsers send no Authorization on a preflight; it only learns what the real request may carry.
      if (!origin || !allowedOrigins.has(origin)) return send(res, 403, { error: 'origin not allowed' });
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Namespace');
      res.setHeader('Access-Control-Max-Age', '600');
      return send(res, 204);
    }
    // `/{namespace}/decode` too: the CLI's --codec-endpoint may template the namespace into the path.
    const operation = /^(?:\/[^/]+)?\/(encode|decode)$/.exec(new URL(req.url ?? '/', 'http://codec').pathname)?.[1];
    if (!operation) return send(res, 404, { error: 'use POST /encode or /decode' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
    if (!tokenMatches(req.headers.authorization, options.token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="codec"');
      return send(res, 401, { error: 'missing or wrong bearer token' });
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
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
