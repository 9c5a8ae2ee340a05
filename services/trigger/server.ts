/**
 * The trigger service: Genesys Cloud "conversation ended" deliveries in, one routing per conversation out.
 * POST /v1/events/genesys (Bearer token or HMAC signature) -> 202 { workflowId, outcome }; 401, 400 naming the field, 413, and 503 with
 * Retry-After when Temporal cannot take the start (the sender redelivers). Deliveries are at-least-once: the routing's
 * workflow id `route-<conversationId>` with conflict policy FAIL and reuse policy REJECT_DUPLICATE makes a second
 * delivery attach to a running routing or find a finished one, never start another.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../infra/logger';
import { EventBodyError, interpretGenesysEvent } from '../../domain/trigger/genesysEvent';
import { bearerMatches } from '../../infra/http/credentials';
import { BodyTooLargeError, readBody } from '../../infra/http/readBody';
import type { StartOutcome } from '../../client/routing';
import { TriggerCounters } from './counters';
import {
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
  TIMESTAMP_HEADER,
  verifySignature,
  type SignatureVerdict,
} from './deliveryAuth';

export const EVENTS_PATH = '/v1/events/genesys';
/** A customer.end event is about 2 KB; 64 KiB leaves room for relays that wrap it, and bounds what we buffer. */
export const MAX_BODY_BYTES = 64 * 1024;
export const RETRY_AFTER_SECONDS = 5;

export interface TriggerServerOptions {
  host: string;
  port: number;
  /** Bearer token deliveries may present. At least one of `token` and `hmacSecret` is required. */
  token?: string;
  /** Secret for `X-Router-Signature` (HMAC-SHA256 over `<timestamp>.<body>`). */
  hmacSecret?: string;
  /** Seconds since the epoch; tests move it. */
  nowSeconds?: () => number;
  defaultProfile: string;
  isKnownProfile: (name: string) => boolean;
  /** Start or attach to the routing; rejects when Temporal cannot take the start. */
  startRouting: (conversationId: string, profile: string) => Promise<{ workflowId: string; outcome: StartOutcome }>;
  logger: Logger;
}

export interface TriggerServer {
  url: string;
  counters: TriggerCounters;
  close(): Promise<void>;
}

type Rejection = Exclude<SignatureVerdict, 'valid'>;

const UNAUTHORIZED_MESSAGES: Record<Rejection, string> = {
  absent: `Authorization: Bearer <TRIGGER_TOKEN> or ${SIGNATURE_HEADER} with ${TIMESTAMP_HEADER} required`,
  stale: `${TIMESTAMP_HEADER} must be seconds since the epoch within ${SIGNATURE_TOLERANCE_SECONDS} s of the service's clock`,
  mismatch: `${SIGNATURE_HEADER} does not match the body and timestamp`,
};

function challenge(options: TriggerServerOptions): Record<string, string> {
  return options.token ? { 'WWW-Authenticate': 'Bearer' } : {};
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startTriggerServer(options: TriggerServerOptions): Promise<TriggerServer> {
  if (!options.token && !options.hmacSecret)
    throw new Error('the trigger service never runs without TRIGGER_TOKEN or TRIGGER_HMAC_SECRET');
  const counters = new TriggerCounters();
  const log = options.logger;
  const nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const bearer = (req: IncomingMessage) => bearerMatches(req.headers.authorization, options.token);
  /** The signature over the body as received (a request without a valid bearer token). */
  const signature = (req: IncomingMessage, body: Buffer): SignatureVerdict => {
    if (!options.hmacSecret) return 'absent';
    const header = (name: string) => [req.headers[name]].flat()[0];
    return verifySignature(
      options.hmacSecret,
      { signature: header(SIGNATURE_HEADER), timestamp: header(TIMESTAMP_HEADER) },
      body,
      nowSeconds(),
    );
  };
  const reject = (res: ServerResponse, why: Rejection) =>
    send(res, 401, { error: 'unauthorized', message: UNAUTHORIZED_MESSAGES[why] }, challenge(options));
  const rejectDelivery = (res: ServerResponse, why: Rejection) => {
    counters.count('unauthorized');
    return reject(res, why);
  };

  async function handleEvent(req: IncomingMessage, res: ServerResponse): Promise<void> {
    counters.count('received');
    // Bearer first: it needs no body, so a request without credentials is refused before its body is read.
    const bearerOk = bearer(req);
    if (!bearerOk && !options.hmacSecret) return rejectDelivery(res, 'absent');
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      counters.count('tooLarge');
      return send(res, 413, { error: 'body too large', message: `the body exceeds ${MAX_BODY_BYTES} bytes` });
    }
    const auth = bearerOk ? 'valid' : signature(req, raw);
    if (auth !== 'valid') return rejectDelivery(res, auth);
    let event;
    try {
      event = interpretGenesysEvent(JSON.parse(raw.toString('utf8')));
    } catch (error) {
      counters.count('invalid');
      if (error instanceof EventBodyError)
        return send(res, 400, { error: 'invalid body', field: error.field, message: error.message });
      return send(res, 400, { error: 'invalid body', field: '(root)', message: '(root): not valid JSON' });
    }
    if (event.kind === 'ignore') {
      counters.ignored(event.reason);
      log.info({ conversationId: event.conversationId, reason: event.reason }, 'event acknowledged and ignored');
      return send(res, 202, { ignored: true, reason: event.detail });
    }
    const profile = event.profile ?? options.defaultProfile;
    if (!options.isKnownProfile(profile)) {
      counters.count('invalid');
      return send(res, 400, {
        error: 'invalid body',
        field: 'profile',
        message: `profile: unknown profile "${profile}"`,
      });
    }
    try {
      const { workflowId, outcome } = await options.startRouting(event.conversationId, profile);
      counters.count(outcome);
      log.info(
        { conversationId: event.conversationId, workflowId, outcome, source: event.source, topic: event.topic },
        'routing requested',
      );
      return send(res, 202, { workflowId, outcome });
    } catch (error) {
      counters.count('unavailable');
      log.warn(
        { conversationId: event.conversationId, error: (error as Error).name, message: (error as Error).message },
        'Temporal did not take the start',
      );
      return send(
        res,
        503,
        { error: 'temporal unavailable', message: 'the routing could not be started now; deliver the event again' },
        { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      );
    }
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://trigger').pathname;
    let handled: Promise<void> | void;
    if (req.method === 'POST' && path === EVENTS_PATH) handled = handleEvent(req, res);
    else if (req.method === 'GET' && path === '/healthz') handled = send(res, 200, { ok: true });
    else if (req.method === 'GET' && path === '/v1/stats') {
      const auth = bearer(req) ? 'valid' : signature(req, Buffer.alloc(0));
      handled = auth === 'valid' ? send(res, 200, counters.snapshot()) : reject(res, auth);
    } else handled = send(res, 404, { error: 'not found', message: `POST ${EVENTS_PATH}` });
    Promise.resolve(handled).catch((error: Error) => {
      log.error({ error: error.name }, 'trigger request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    counters,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
