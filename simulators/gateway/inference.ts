/**
 * POST /v1/inference and /v1/chat/completions: admission (status faults), body validation with the gateway's own
 * wire schema (./wire.ts), the Idempotency-Key rules, then a paced execution.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { describeIssues } from '../issues';
import { InferenceRequestSchema, type InferenceRequest } from './wire';
import { simulatedAnswer } from './answer';
import { classifierAnswer, GARBLED_ANSWER, isClassifierRequest } from './classifier';
import { runExecution } from './execution';
import type { FaultQueue, StatusFault } from './faults';
import { headerString, readBody, sendError } from './http';
import { fingerprintOf, type IdempotencyStore } from './idempotency';
import type { RequestLogEntry } from './server';

export interface InferenceDeps {
  faults: FaultQueue;
  store: IdempotencyStore;
  events: EventEmitter;
  chunkDelayMs: () => number;
  stopping: () => boolean;
  answer?: (payload: InferenceRequest) => string;
  /** Models served; others get OpenAI's 404 model_not_found (as a gateway without that model does). Unset = all. */
  models?: readonly string[];
}

const STATUS_FAULT_TEXT: Record<StatusFault['kind'], [string, string]> = {
  '429': ['Rate limit reached for requests', 'rate_limit_exceeded'],
  '503': ['The gateway is temporarily unavailable', 'service_unavailable'],
  '500': ['The server had an error while processing your request', 'internal_error'],
  '502': ['Bad gateway', 'bad_gateway'],
  '408': ['Request timed out', 'request_timeout'],
  '400': ['Invalid request', 'invalid_request'],
  '401': ['Invalid authentication', 'invalid_api_key'],
  '403': ['Project does not have access to this model', 'model_not_allowed'],
  '404': ['The model does not exist', 'model_not_found'],
  '413': ['Request body too large', 'request_too_large'],
  '422': ['Unprocessable request', 'unprocessable_entity'],
};

export async function handleInference(
  req: IncomingMessage,
  res: ServerResponse,
  entry: RequestLogEntry,
  deps: InferenceDeps,
): Promise<void> {
  const key = headerString(req.headers['idempotency-key']);
  entry.idempotencyKey = key;
  const admissionFault = deps.faults.takeStatusFault(key);
  if (admissionFault) {
    entry.outcome = 'fault';
    entry.fault = admissionFault.kind;
    const [message, code] = STATUS_FAULT_TEXT[admissionFault.kind];
    const retryAfter =
      'retryAfter' in admissionFault && admissionFault.retryAfter !== undefined
        ? { 'Retry-After': admissionFault.retryAfter }
        : undefined;
    return sendError(res, Number(admissionFault.kind), message, code, retryAfter);
  }

  const body = await readBody(req);
  if (body === 'too-large') return reject(413, 'Request body exceeds 1 MiB', 'request_too_large');
  entry.body = body.toString('utf8');
  if (!key) return reject(400, 'Idempotency-Key header is required for this endpoint', 'idempotency_key_missing');
  if (key.length > 255) return reject(400, 'Idempotency-Key must be at most 255 characters', 'idempotency_key_invalid');

  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return reject(400, 'Request body is not valid JSON', 'invalid_json');
  }
  // X-Request-Format: strict also refuses fields the schema does not know.
  const strict = headerString(req.headers['x-request-format']) === 'strict';
  const parsed = (strict ? InferenceRequestSchema.strict() : InferenceRequestSchema).safeParse(json);
  if (!parsed.success) {
    return reject(422, `Invalid inference payload: ${describeIssues(parsed.error)}`, 'invalid_payload');
  }

  if (parsed.data.user !== undefined || parsed.data.metadata !== undefined) {
    entry.attribution = { user: parsed.data.user, metadata: parsed.data.metadata };
  }
  if (deps.models && !deps.models.includes(parsed.data.model)) {
    return reject(
      404,
      `The model \`${parsed.data.model}\` does not exist or you do not have access to it.`,
      'model_not_found',
    );
  }

  const admission = deps.store.admit(key, fingerprintOf(body));
  if (admission.decision === 'mismatch')
    return reject(422, 'Idempotency-Key was already used with a different request body', 'idempotency_key_reused');
  if (admission.decision === 'conflict') {
    entry.outcome = 'conflict';
    return sendError(
      res,
      409,
      'A request with this Idempotency-Key is still being processed',
      'idempotency_key_in_use',
      { 'Retry-After': '1' },
    );
  }
  if (admission.decision === 'replay') {
    entry.outcome = 'replayed';
    res.writeHead(admission.response.status, { ...admission.response.headers, 'Idempotent-Replayed': 'true' });
    res.end(admission.response.body);
    return;
  }

  const fault = deps.faults.takeStreamFault(key, parsed.data.model);
  entry.outcome = 'executed';
  entry.fault = fault?.kind;
  const requestId = `req_${randomBytes(8).toString('hex')}`;
  entry.requestId = requestId;
  deps.events.emit('execution-start', { key, requestId });
  const outcome = await runExecution({
    key,
    requestId,
    payload: parsed.data,
    answer: answerFor(parsed.data),
    fault,
    chunkDelayMs: deps.chunkDelayMs,
    stopping: deps.stopping,
    res,
    store: deps.store,
    events: deps.events,
  });
  entry.completed = outcome === 'completed';

  /** A classifier request (a guard's) gets a verdict; anything else the routing summary, unless a fault says otherwise. */
  function answerFor(payload: InferenceRequest): string {
    if (fault?.kind === 'garbled-answer') return fault.answer ?? GARBLED_ANSWER;
    if (isClassifierRequest(payload)) return classifierAnswer(payload);
    return (deps.answer ?? simulatedAnswer)(payload);
  }

  function reject(status: number, message: string, code: string): void {
    entry.outcome = 'rejected';
    sendError(res, status, message, code);
  }
}
