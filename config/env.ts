/**
 * Every environment variable the router reads, validated once at start-up.
 * README's configuration table mirrors ENV_DOCS; a test keeps the two (and docker-compose.yml) in step.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_TRANSCRIPT_MAX_BYTES } from '../contracts/transcript';
import { parseAttributionTags } from '../domain/gateway/attribution';
import { parseScoreBand } from '../domain/guard/injectionGuard';
import { ConfigError, describeIssues } from './errors';
import { resolveTemporalProfile, type TemporalProfile } from './temporalProfile';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const isHttpUrl = (v: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};
const url = z.string().refine(isHttpUrl, 'must be an absolute http(s) URL');
const optionalUrl = optionalString.pipe(url.optional());
const hostPort = optionalString.pipe(
  z
    .string()
    .regex(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'must be host:port, e.g. 0.0.0.0:9464')
    .optional(),
);
const flag = optionalString.pipe(z.enum(['true', 'false', '1', '0']).optional());
const positiveInt = (fallback: number) =>
  optionalString.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) {
      ctx.addIssue({ code: 'custom', message: 'must be a positive whole number' });
      return z.NEVER;
    }
    return n;
  });

/** A TCP port; 0 asks the OS for a free one (tests). */
const port = (fallback: number) =>
  optionalString.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) {
      ctx.addIssue({ code: 'custom', message: 'must be a port number (0-65535)' });
      return z.NEVER;
    }
    return n;
  });

/** Scores in this band are uncertain: around the shipped model's threshold (about 0.67), up to where attacks usually score. */
export const DEFAULT_GUARD_BAND = '0.35-0.9';
/** The guard runs inside the fetch step, whose heartbeat timeout is 30 s: a guard slower than that is no use. */
const MAX_GUARD_TIMEOUT_MS = 30_000;

export const EnvSchema = z.object({
  // Address and namespace are resolved with the profile in loadEnv (a variable overrides the profile file).
  TEMPORAL_ADDRESS: optionalString,
  TEMPORAL_NAMESPACE: optionalString,
  TEMPORAL_API_KEY: optionalString,
  TEMPORAL_TLS: flag,
  TEMPORAL_TLS_CLIENT_CERT_PATH: optionalString,
  TEMPORAL_TLS_CLIENT_KEY_PATH: optionalString,
  TEMPORAL_TLS_SERVER_CA_CERT_PATH: optionalString,
  TEMPORAL_TLS_SERVER_NAME: optionalString,
  TEMPORAL_CONFIG_FILE: optionalString,
  TEMPORAL_PROFILE: optionalString,
  TEMPORAL_TASK_QUEUE: optionalString.transform((v) => v ?? 'genesys-llm-router'),
  TEMPORAL_CLI_PATH: optionalString,
  TEMPORAL_UI_URL: optionalString.transform((v) => v ?? 'http://127.0.0.1:8233'),

  GENESYS_REGION: optionalString.transform((v) => v ?? 'mypurecloud.com'),
  GENESYS_CLIENT_ID: optionalString,
  GENESYS_CLIENT_SECRET: optionalString,
  GENESYS_GATEWAY_URL: optionalUrl,
  GENESYS_TRANSCRIPT_WAIT_SECONDS: positiveInt(900),
  GENESYS_TRANSCRIPT_MAX_BYTES: positiveInt(DEFAULT_TRANSCRIPT_MAX_BYTES),

  LLM_GATEWAY_URL: optionalUrl,
  LLM_GATEWAY_KEY: optionalString,
  LLM_GATEWAY_PATH: optionalString.transform((v) => v ?? '/v1/inference'),
  LLM_GATEWAY_FORMAT: optionalString.pipe(z.enum(['tutorial', 'openai']).optional()).transform((v) => v ?? 'tutorial'),
  LLM_RETRY_AFTER_MAX_SECONDS: positiveInt(300),
  LLM_STREAM_STALL_SECONDS: positiveInt(30),
  WORKER_MAX_CONCURRENT_DISPATCHES: positiveInt(100),
  LLM_EMBEDDINGS: optionalString.pipe(z.enum(['local', 'gateway']).optional()).transform((v) => v ?? 'local'),
  LLM_EMBEDDINGS_MODEL: optionalString.transform((v) => v ?? 'text-embedding-3-small'),
  LLM_EMBEDDINGS_DIMENSIONS: optionalString
    .pipe(
      z
        .string()
        .regex(/^[1-9]\d{0,4}$/, 'must be a positive whole number')
        .optional(),
    )
    .transform((v) => (v === undefined ? undefined : Number(v))),
  LLM_ATTRIBUTION_TAGS: optionalString.superRefine((v, ctx) => {
    try {
      parseAttributionTags(v);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
    }
  }),

  INJECTION_GUARD_MODEL: optionalString,
  INJECTION_GUARD_BAND: optionalString.transform((v, ctx) => {
    try {
      return parseScoreBand(v ?? DEFAULT_GUARD_BAND);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  }),
  INJECTION_GUARD_TIMEOUT_MS: positiveInt(2_000).refine(
    (ms) => ms <= MAX_GUARD_TIMEOUT_MS,
    `must be at most ${MAX_GUARD_TIMEOUT_MS}`,
  ),

  VECTOR_DB_URL: optionalUrl,
  VECTOR_STORE_DIR: optionalString.transform((v) => v ?? '.data/vectors'),

  AUDIT_LOG_PATH: optionalString.transform((v) => v ?? '.data/audit.jsonl'),
  AUDIT_DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
  ),

  PAYLOAD_ENCRYPTION_KEY: optionalString,
  PAYLOAD_ENCRYPTION_KEY_FILE: optionalString,
  PAYLOAD_ENCRYPTION_KEY_ID: optionalString.transform((v) => v ?? 'default'),
  CODEC_SERVER_TOKEN: optionalString,
  CODEC_SERVER_PORT: positiveInt(8888),
  CODEC_SERVER_HOST: optionalString.transform((v) => v ?? '127.0.0.1'),

  TRIGGER_PORT: port(8091),
  TRIGGER_HOST: optionalString.transform((v) => v ?? '127.0.0.1'),
  TRIGGER_TOKEN: optionalString,
  TRIGGER_HMAC_SECRET: optionalString,
  TRIGGER_PROFILE: optionalString.transform((v) => v ?? 'standard'),

  PII_PSEUDONYM_KEY: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9+/]{22,}={0,2}$/, 'must be base64 of at least 16 bytes')
      .optional(),
  ),
  ROUTER_MODELS_FILE: optionalString,
  ROUTER_PII_FILE: optionalString,

  PROMETHEUS_BIND_ADDRESS: hostPort,
  HEALTH_BIND_ADDRESS: hostPort,
  WORKER_MAX_CONCURRENT_ACTIVITIES: positiveInt(100),
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: positiveInt(40),
  WORKER_SHUTDOWN_GRACE_SECONDS: positiveInt(30),
  WORKER_DEPLOYMENT_NAME: optionalString,
  WORKER_BUILD_ID: optionalString,
  LOG_LEVEL: optionalString
    .pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional())
    .transform((v) => v ?? 'info'),
});
export type EnvVariables = z.output<typeof EnvSchema>;
/** Validated variables, with where Temporal is resolved through the profile (env over file over defaults). */
export type Env = EnvVariables & {
  TEMPORAL_ADDRESS: string;
  TEMPORAL_NAMESPACE: string;
  temporalProfile: TemporalProfile;
};

/** One line per variable for README's table. */
export const ENV_DOCS: Record<keyof EnvVariables, string> = {
  TEMPORAL_ADDRESS: 'Temporal frontend host:port; overrides the profile (default 127.0.0.1:7233)',
  TEMPORAL_NAMESPACE: 'Temporal namespace; overrides the profile (default `default`)',
  TEMPORAL_API_KEY:
    'Temporal Cloud / server API key, sent as `authorization: Bearer`; turns TLS on unless TEMPORAL_TLS=false (never logged)',
  TEMPORAL_TLS: '`true` connects with TLS (system roots unless a CA is given); `false` forces plain text',
  TEMPORAL_TLS_CLIENT_CERT_PATH: 'PEM client certificate for mTLS (with TEMPORAL_TLS_CLIENT_KEY_PATH)',
  TEMPORAL_TLS_CLIENT_KEY_PATH: 'PEM private key of the mTLS client certificate',
  TEMPORAL_TLS_SERVER_CA_CERT_PATH: 'PEM CA that signed the server certificate (private CAs)',
  TEMPORAL_TLS_SERVER_NAME: 'Server name to verify instead of the address host (SNI override)',
  TEMPORAL_CONFIG_FILE:
    'TOML profile file as the Temporal CLI reads it (default ~/.config/temporalio/temporal.toml when present)',
  TEMPORAL_PROFILE: 'Profile of the config file to use (default `default`)',
  TEMPORAL_TASK_QUEUE: 'Task queue the worker polls (default `genesys-llm-router`)',
  TEMPORAL_CLI_PATH:
    'Path of the `temporal` CLI the launcher runs (else PATH, then .venv/bin/temporal, then the SDK download)',
  TEMPORAL_UI_URL: 'Web UI base URL printed in links (default http://127.0.0.1:8233)',
  GENESYS_REGION: 'Genesys Cloud region key (`eu_west_1`) or host (`mypurecloud.ie`); default mypurecloud.com',
  GENESYS_CLIENT_ID: 'OAuth client-credentials id; unset = the demo starts the Genesys simulator',
  GENESYS_CLIENT_SECRET: 'OAuth client secret (never logged)',
  GENESYS_GATEWAY_URL:
    'Route all SDK calls through this gateway/proxy host (SDK setGateway), e.g. http://127.0.0.1:8089',
  GENESYS_TRANSCRIPT_WAIT_SECONDS: 'How long a transcript that is not ready yet (404) is retried (default 900)',
  GENESYS_TRANSCRIPT_MAX_BYTES:
    "Largest transcript download accepted; over it the routing fails at once as TranscriptTooLarge (default 1000000, well under Temporal's 2 MB payload limit)",
  LLM_GATEWAY_URL: 'LLM gateway base URL; unset = the demo starts the gateway simulator',
  LLM_GATEWAY_KEY: 'Bearer key for the gateway (never logged)',
  LLM_GATEWAY_PATH: 'Inference path (default /v1/inference; /v1/chat/completions for OpenAI-compatible gateways)',
  LLM_GATEWAY_FORMAT: '`tutorial` (default) or `openai` (adds stream_options.include_usage)',
  LLM_RETRY_AFTER_MAX_SECONDS: 'Ceiling on a gateway Retry-After honoured as the next retry delay (default 300)',
  LLM_STREAM_STALL_SECONDS:
    'A gateway stream silent this long is abandoned and retried with the same key; the dispatch heartbeat timeout is twice this (default 30)',
  WORKER_MAX_CONCURRENT_DISPATCHES:
    "Gateway streams one worker process runs at once, on its own task queue `<TEMPORAL_TASK_QUEUE>-dispatch`, apart from the other steps' slots (default 100)",
  LLM_EMBEDDINGS: "`local` (default, no download) or `gateway` (the gateway's /v1/embeddings)",
  LLM_EMBEDDINGS_MODEL:
    'Embeddings model the gateway is asked for (default text-embedding-3-small); the vector store refuses vectors from another embedder',
  LLM_EMBEDDINGS_DIMENSIONS:
    "Vector size to ask the gateway for (OpenAI `dimensions`) and to check every answer and the store against; default: the model's own",
  LLM_ATTRIBUTION_TAGS:
    'Extra `key=value` tags, comma-separated, sent in the request `metadata` for spend attribution (OpenAI format only), e.g. `team=cx,env=prod`',
  INJECTION_GUARD_MODEL:
    'Guard model the gateway serves for a second opinion on uncertain injection scores; unset = off (the local verdict alone). It sees the redacted, fitted turns only',
  INJECTION_GUARD_BAND: `Local injection scores the guard is asked about, \`low-high\` inclusive (default ${DEFAULT_GUARD_BAND}); others keep the local verdict`,
  INJECTION_GUARD_TIMEOUT_MS: `How long the guard may take before the local verdict stands, reported as \`timeout\` (default 2000, at most ${MAX_GUARD_TIMEOUT_MS})`,
  VECTOR_DB_URL: 'HTTP vector store endpoint; unset = the embedded LanceDB store',
  VECTOR_STORE_DIR: 'Directory of the embedded vector store (default .data/vectors)',
  AUDIT_LOG_PATH: 'Append-only JSONL audit file (default .data/audit.jsonl)',
  AUDIT_DATABASE_URL: 'PostgreSQL audit sink, e.g. postgres://postgres@127.0.0.1:5432/test (used instead of the file)',
  PAYLOAD_ENCRYPTION_KEY: 'Base64 AES-256 key for the payload codec (32 bytes)',
  PAYLOAD_ENCRYPTION_KEY_FILE:
    'File holding keys as JSON `{ "keyId": "base64key", ... }`; the active one is PAYLOAD_ENCRYPTION_KEY_ID',
  PAYLOAD_ENCRYPTION_KEY_ID: 'Id of the key that encrypts new payloads (default `default`)',
  CODEC_SERVER_TOKEN: 'Bearer token the codec server requires from the Web UI',
  CODEC_SERVER_PORT: 'Port of the codec server (default 8888)',
  CODEC_SERVER_HOST: 'Address the codec server binds (default 127.0.0.1; 0.0.0.0 in a container)',
  TRIGGER_PORT: 'Port of the trigger service, `npm run trigger` (default 8091; 0 = any free port)',
  TRIGGER_HOST: 'Address the trigger service binds (default 127.0.0.1; 0.0.0.0 in a container behind TLS)',
  TRIGGER_TOKEN:
    'Bearer token Genesys deliveries must present to the trigger service (it needs this or TRIGGER_HMAC_SECRET; never logged)',
  TRIGGER_HMAC_SECRET:
    'Secret a relay of your own signs deliveries with (`X-Router-Signature: v1=<HMAC-SHA256 of "<timestamp>.<body>">` and `X-Router-Timestamp`); unset = bearer only',
  TRIGGER_PROFILE: 'Model profile for routings started by events that name none (default `standard`)',
  PII_PSEUDONYM_KEY: 'Base64 HMAC key: redact as consistent pseudonyms (`[EMAIL_1]`) instead of `[EMAIL_REDACTED]`',
  ROUTER_MODELS_FILE: 'Model matrix JSON (default config/models.json)',
  ROUTER_PII_FILE: 'PII rules JSON: account/policy/member number cues and shapes (default config/pii.json)',
  PROMETHEUS_BIND_ADDRESS:
    "host:port of the worker's Prometheus /metrics (SDK and router metrics); unset = off (the demo turns it on)",
  HEALTH_BIND_ADDRESS: "host:port of the worker's /healthz and /readyz; unset = off",
  WORKER_MAX_CONCURRENT_ACTIVITIES:
    'Activities one worker runs at once (default 100: measured by the worker-concurrency bench, see Tuning)',
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: 'Workflow tasks one worker runs at once (default 40, the SDK default)',
  WORKER_SHUTDOWN_GRACE_SECONDS:
    'On SIGTERM, how long in-flight activities may finish before they are cancelled (default 30)',
  WORKER_DEPLOYMENT_NAME:
    'Turns on Worker Deployment Versioning under this deployment name; routings are pinned to their version (unset = unversioned)',
  WORKER_BUILD_ID: "Build id of this worker's version (default the package version, e.g. 0.1.0)",
  LOG_LEVEL: 'pino level (default info)',
};

export const SECRET_VARIABLES = [
  'TEMPORAL_API_KEY',
  'GENESYS_CLIENT_SECRET',
  'LLM_GATEWAY_KEY',
  'PAYLOAD_ENCRYPTION_KEY',
  'CODEC_SERVER_TOKEN',
  'TRIGGER_TOKEN',
  'TRIGGER_HMAC_SECRET',
  'PII_PSEUDONYM_KEY',
] as const;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const picked: Record<string, string | undefined> = {};
  for (const key of Object.keys(EnvSchema.shape)) picked[key] = source[key];
  const parsed = EnvSchema.safeParse(picked);
  if (!parsed.success) throw new ConfigError(`invalid configuration: ${describeIssues(parsed.error)}`);
  const env = parsed.data;
  const missing: string[] = [];
  if (env.GENESYS_CLIENT_ID && !env.GENESYS_CLIENT_SECRET)
    missing.push('GENESYS_CLIENT_SECRET: required when GENESYS_CLIENT_ID is set');
  if (env.GENESYS_CLIENT_SECRET && !env.GENESYS_CLIENT_ID)
    missing.push('GENESYS_CLIENT_ID: required when GENESYS_CLIENT_SECRET is set');
  if (env.LLM_GATEWAY_URL && !env.LLM_GATEWAY_KEY)
    missing.push('LLM_GATEWAY_KEY: required when LLM_GATEWAY_URL is set');
  if (env.TEMPORAL_CONFIG_FILE && !existsSync(env.TEMPORAL_CONFIG_FILE))
    missing.push('TEMPORAL_CONFIG_FILE: no such file');
  if (Boolean(env.TEMPORAL_TLS_CLIENT_CERT_PATH) !== Boolean(env.TEMPORAL_TLS_CLIENT_KEY_PATH)) {
    missing.push('TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH: set both or neither');
  }
  if (missing.length) throw new ConfigError(`invalid configuration: ${missing.join('; ')}`);
  const temporalProfile = resolveTemporalProfile(source);
  return {
    ...env,
    TEMPORAL_ADDRESS: temporalProfile.address,
    TEMPORAL_NAMESPACE: temporalProfile.namespace,
    temporalProfile,
  };
}
