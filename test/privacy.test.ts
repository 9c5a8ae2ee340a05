/**
 * Issue 6's privacy test: route a transcript seeded with known PII through the whole system (real Temporal dev
 * server, real worker and adapters, both simulators) with encryption on, and look for the PII and the secrets
 * (Genesys client secret, gateway key, payload key) in everything the system keeps: the history as fetched WITHOUT
 * the codec, the logs (ours and the SDK's), the audit sink (JSONL and PostgreSQL), and the vector store.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Client as TemporalClient, WorkflowFailedError } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { Client as PgClient } from 'pg';
import { startRouting } from '../client/routing';
import { AesGcmPayloadCodec, createDataConverter, createKeyring, ENCRYPTED_ENCODING } from '../infra/codec';
import { isPublicText } from '../infra/codec/encryptionCodec';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { startRouterStack, type RouterStack } from './helpers/routerStack';
import { startTemporalServer } from './helpers/temporalServer';

const DATABASE_URL = process.env.AUDIT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PII = [
  'jordan.miller@example.com',
  '415-555-0142',
  '4111 1111 1111 1111',
  '4111111111111111',
  '078-05-1120',
  'Jordan Miller',
];
/** Issue 12: the participants' names (from Genesys, in the transcript as said) and the address the customer gives. */
const NAMES_AND_ADDRESSES = [
  'Alex Rivera',
  'this is Alex',
  'Hi Alex',
  'Jordan here',
  'Mr. Miller',
  '42 Maple Street',
  'IL 62704',
];
const key = randomBytes(32);
const keyring = createKeyring('privacy-test', { 'privacy-test': key });

// The SDK's own log lines (workflow and activity loggers) are logs too: capture them before the runtime starts.
const sdkLogLines: string[] = [];
Runtime.install({
  logger: new DefaultLogger('DEBUG', (entry) =>
    sdkLogLines.push(JSON.stringify({ ...entry, timestampNanos: undefined })),
  ),
});

/** Every string and every byte field (as UTF-8 and as base64) of a fetched history, concatenated. */
function everyText(value: unknown, seen = new Set<unknown>()): string {
  if (value instanceof Uint8Array)
    return `${Buffer.from(value).toString('utf8')}\n${Buffer.from(value).toString('base64')}`;
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object' || seen.has(value))
    return typeof value === 'number' ? String(value) : '';
  seen.add(value);
  return Object.values(value as Record<string, unknown>)
    .map((v) => everyText(v, seen))
    .join('\n');
}

/**
 * Payload messages in a history (objects with data and metadata), with their path. Two kinds are never given to a
 * codec, so they are left out of the "all encrypted" check (the text scan still covers them): search attributes,
 * which is why they must never carry PII, and the SDK's own local-activity marker bookkeeping (`details.data`:
 * activity type, attempt and times), whose user result travels encrypted beside it in `details.result`, and the
 * SDK's patch marker (`details.patch-data`: the patch id, a constant of ours, and a flag).
 */
const NOT_CODEC_ENCODED = [
  /(^|\.)searchAttributes\./,
  /markerRecordedEventAttributes\.details\.data\./,
  /markerRecordedEventAttributes\.details\.patch-data\./,
];
function payloadsIn(value: unknown, path = '', found: Payload[] = [], seen = new Set<unknown>()): Payload[] {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array || seen.has(value)) return found;
  seen.add(value);
  const candidate = value as Payload;
  const isPayload =
    candidate.metadata && typeof candidate.metadata === 'object' && candidate.data instanceof Uint8Array;
  if (isPayload && !NOT_CODEC_ENCODED.some((pattern) => pattern.test(path))) found.push(candidate);
  for (const [key, child] of Object.entries(value as Record<string, unknown>))
    payloadsIn(child, `${path}${key}.`, found, seen);
  return found;
}

async function filesText(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    if ((await stat(path)).isFile()) parts.push((await readFile(path)).toString('latin1'));
  }
  return parts.join('\n');
}

let testEnv: TestWorkflowEnvironment;
beforeAll(async () => {
  testEnv = await startTemporalServer();
}, 180_000);
afterAll(() => testEnv?.teardown());

describe.each([
  ['JSONL', false],
  ['PostgreSQL', true],
])('privacy with the %s audit sink', (_sink, usePostgres) => {
  let stack: RouterStack;
  let schema: string | undefined;
  let pg: PgClient | undefined;

  beforeAll(async () => {
    const env: Record<string, string> = {
      PAYLOAD_ENCRYPTION_KEY: key.toString('base64'),
      PAYLOAD_ENCRYPTION_KEY_ID: 'privacy-test',
    };
    if (usePostgres) {
      // A schema of its own (via search_path), dropped afterwards: the sink creates its table there.
      schema = `privacy_${randomBytes(5).toString('hex')}`;
      pg = new PgClient({ connectionString: DATABASE_URL });
      await pg.connect();
      await pg.query(`CREATE SCHEMA ${schema}`);
      env.AUDIT_DATABASE_URL = `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    }
    stack = await startRouterStack(testEnv, { env, dataConverter: createDataConverter(keyring) });
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    if (pg && schema) await pg.query(`DROP SCHEMA ${schema} CASCADE`);
    await pg?.end();
  });

  it('keeps PII and secrets out of history, logs, audit and vector store', async () => {
    const secrets = [
      stack.env.GENESYS_CLIENT_SECRET!,
      stack.env.LLM_GATEWAY_KEY!,
      Buffer.from(`${stack.env.GENESYS_CLIENT_ID}:${stack.env.GENESYS_CLIENT_SECRET}`).toString('base64'), // a leaked Basic header
      key.toString('base64'),
    ];
    const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === SAMPLE_IDS.piiVoiceCall)!;
    const completedId = randomUUID();
    stack.genesys.addConversation({ ...sample, id: completedId });
    const failedId = randomUUID();
    stack.genesys.addConversation({ ...sample, id: failedId });

    // A worker runs once: both routings happen inside one run.
    const { completed, result, failed, failure } = await stack.run(async () => {
      const completed = await startRouting(
        stack.client,
        { interactionId: completedId, requestedBy: 'privacy-test' },
        stack.taskQueue,
      );
      const result = await completed.handle.result();
      // A routing that fails (gateway 403, non-retryable) puts failure messages into history: they must be encrypted too.
      stack.gateway.faults.enqueue({ kind: '403' });
      const failed = await startRouting(stack.client, { interactionId: failedId }, stack.taskQueue);
      const failure = await failed.handle.result().then(
        () => undefined,
        (error: Error) => error,
      );
      return { completed, result, failed, failure };
    });
    expect(result.finalState).toBe('completed');
    expect(result.sanitization?.report.piiTotal).toBeGreaterThanOrEqual(4);
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    expect((failure as WorkflowFailedError).cause?.message).toMatch(/403/); // decoded by the client's codec

    // History as anyone with Temporal access sees it: a client with no codec.
    const plainClient = new TemporalClient({
      connection: testEnv.connection,
      namespace: testEnv.namespace ?? 'default',
    });
    const histories = await Promise.all(
      [completed, failed].map(({ workflowId, runId }) =>
        plainClient.workflow.getHandle(workflowId, runId).fetchHistory(),
      ),
    );
    const historyText = histories.map((h) => everyText(h)).join('\n');
    const payloads = histories.flatMap((h) => payloadsIn(h));
    const encrypted = payloads.filter((p) => Buffer.from(p.metadata?.encoding ?? []).toString() === ENCRYPTED_ENCODING);
    expect(encrypted.length).toBeGreaterThan(10);
    // Inputs, results, memo, heartbeats, failure attributes: all encrypted. Only the UI's summaries and current details
    // stay readable, by design, and they hold stage names and ids only (the scan below would see a leak there too).
    const clear = payloads.filter((p) => !encrypted.includes(p));
    expect(clear.length).toBeGreaterThan(0);
    for (const p of clear) expect(isPublicText(p)).toBe(true);
    expect(encrypted.length + clear.length).toBe(payloads.length);
    expect(historyText.includes('Encoded failure')).toBe(true);

    // Control: decoded with the codec, the history's text is readable (the answer is there), so the scan above can see
    // a leak; and even encrypted, the raw transcript is not in it (one activity fetches and sanitizes).
    const decodedText = everyText(await new AesGcmPayloadCodec(keyring).decode(encrypted));
    expect(result.answer).toBeTruthy();
    expect(decodedText.includes(result.answer!.slice(0, 40))).toBe(true);
    expect(decodedText.includes('jordan.miller@example.com')).toBe(false);

    const auditText = usePostgres
      ? JSON.stringify((await pg!.query(`SELECT * FROM ${schema}.audit_records`)).rows)
      : await readFile(stack.env.AUDIT_LOG_PATH, 'utf8');
    expect(auditText).toContain(completedId);
    expect(auditText).toContain('"failed"');

    const entry = await stack.dependencies.vectorStore.get(completedId);
    expect(entry?.text).toContain('answer:');
    expect(entry?.text).toMatch(/\[[A-Z_]+[^\]]*\]/); // the sanitizer's placeholders stand where the PII was
    const vectorText = `${JSON.stringify(entry)}\n${await filesText(stack.env.VECTOR_STORE_DIR)}`;
    const logText = [...stack.logLines, ...sdkLogLines].join('\n');
    expect(logText).toContain(completed.workflowId); // logs correlate by workflow id

    // What the gateway received: the sanitized payload, placeholders where the names and the address were.
    const gatewayText = stack.gateway.requests.map((r) => r.body ?? '').join('\n');
    expect(gatewayText).toContain('[PERSON_');
    expect(gatewayText).toContain('[ADDRESS_');
    expect(decodedText.includes('Alex Rivera')).toBe(false); // the participants, like the transcript, never enter history

    const places = {
      history: historyText,
      logs: logText,
      audit: auditText,
      vectorStore: vectorText,
      gateway: gatewayText,
    };
    const leaks = Object.entries(places).flatMap(([place, text]) =>
      [...PII, ...NAMES_AND_ADDRESSES, ...secrets]
        .filter((needle) => text.includes(needle))
        .map((needle) => `${place}: ${needle.slice(0, 6)}...`),
    );
    expect(leaks).toEqual([]);
  });
});
