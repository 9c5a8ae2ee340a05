/**
 * Wires every activity dependency from validated configuration. The only place that knows which
 * concrete adapter stands behind each port.
 */
import type { ActivityDependencies } from '../activities';
import type { Env } from '../config/env';
import { ConfigError } from '../config/errors';
import { loadModelMatrix, modelIds, modelSettings, modelsCountedByEstimate } from '../config/modelMatrix';
import { loadPiiRules } from '../config/piiRules';
import { parseAttributionTags } from '../domain/gateway/attribution';
import { ESTIMATE_NAME, tokenCounterFor } from '../domain/sanitizer/tokenizer';
import { createAuditSink } from '../infra/audit';
import { createGatewayClient, createEmbeddingsClient } from '../infra/gateway/client';
import { createInjectionGuard } from '../infra/gateway/guard';
import { inBand } from '../domain/guard/injectionGuard';
import { shippedModel } from '../domain/sanitizer/injection/model';
import { genesysSourceFromEnv } from '../infra/genesys';
import type { Logger } from '../infra/logger';
import { createSanitizerPool } from '../infra/offload/sanitizerPool';
import { createVectorStore } from '../infra/vector';
import { createLocalEmbedder, type Embedder } from '../domain/embedding';

export async function buildDependencies(
  env: Env,
  logger: Logger,
): Promise<ActivityDependencies & { close(): Promise<void> }> {
  const missing = [
    !env.GENESYS_CLIENT_ID && 'GENESYS_CLIENT_ID',
    !env.GENESYS_CLIENT_SECRET && 'GENESYS_CLIENT_SECRET',
    !env.LLM_GATEWAY_URL && 'LLM_GATEWAY_URL',
    !env.LLM_GATEWAY_KEY && 'LLM_GATEWAY_KEY',
  ].filter(Boolean);
  if (missing.length) {
    throw new ConfigError(
      `the worker needs ${missing.join(', ')} (or run \`npm run demo\`, which starts the simulators and sets them)`,
    );
  }
  const models = loadModelMatrix(env.ROUTER_MODELS_FILE);
  // The profiles' rank tables load now, before the stores and the SDK allocate: a table's module is megabytes of
  // literals, and its parser's freed memory stays in glibc's heap. Freed first, it is reused by what comes after;
  // freed at the first routing, it was left above everything else (bench:e2e: peak RSS about 20 to 28 MB lower).
  for (const modelId of modelIds(models)) tokenCounterFor(modelId, modelSettings(models, modelId).tokenizer).count('');
  const piiRules = loadPiiRules(env.ROUTER_PII_FILE);
  // First, so a JSONL file another worker writes (or an unreachable audit database) stops this one before it polls.
  const auditSink = createAuditSink(env);
  await auditSink.open();
  // Once per model, at start: an alias the tokenizer cannot place is counted with the estimate until the matrix says.
  for (const modelId of modelsCountedByEstimate(models)) {
    logger.warn(
      { modelId, tokenizer: ESTIMATE_NAME },
      `model ${modelId} names no known tokenizer: counting with ${ESTIMATE_NAME}; set "tokenizer" in the model matrix for an exact count`,
    );
  }
  const genesys = genesysSourceFromEnv(env, logger.child({ component: 'genesys' }));
  const gateway = createGatewayClient({
    baseUrl: env.LLM_GATEWAY_URL!,
    apiKey: env.LLM_GATEWAY_KEY!,
    path: env.LLM_GATEWAY_PATH,
    format: env.LLM_GATEWAY_FORMAT,
    retryAfterMaxSeconds: env.LLM_RETRY_AFTER_MAX_SECONDS,
    stallTimeoutSeconds: env.LLM_STREAM_STALL_SECONDS,
    logger: logger.child({ component: 'gateway' }),
  });
  // The guard goes through the same gateway client (path, format, key), with requests of its own.
  const injectionGuard = env.INJECTION_GUARD_MODEL
    ? createInjectionGuard(gateway, {
        model: env.INJECTION_GUARD_MODEL,
        band: env.INJECTION_GUARD_BAND,
        timeoutMs: env.INJECTION_GUARD_TIMEOUT_MS,
      })
    : undefined;
  if (injectionGuard) {
    const { low, high } = env.INJECTION_GUARD_BAND;
    const { threshold } = shippedModel();
    const settings = { model: env.INJECTION_GUARD_MODEL, band: `${low}-${high}`, threshold };
    logger.info({ ...settings, timeoutMs: env.INJECTION_GUARD_TIMEOUT_MS }, 'injection guard on');
    // Legitimate (a guard that only looks for misses, or only for false alarms), but usually a band left behind by a
    // retrained model: said once, at start.
    if (!inBand(threshold, env.INJECTION_GUARD_BAND)) {
      logger.warn(
        settings,
        "the injection model's threshold is outside INJECTION_GUARD_BAND: the guard can move verdicts one way only",
      );
    }
  }
  const embedder: Embedder =
    env.LLM_EMBEDDINGS === 'gateway'
      ? createEmbeddingsClient({
          baseUrl: env.LLM_GATEWAY_URL!,
          apiKey: env.LLM_GATEWAY_KEY!,
          logger,
          model: env.LLM_EMBEDDINGS_MODEL,
          dimensions: env.LLM_EMBEDDINGS_DIMENSIONS,
        })
      : createLocalEmbedder();
  const vectorStore = await createVectorStore(env, embedder).catch(async (error: unknown) => {
    await auditSink.close();
    throw error;
  });
  const sanitizerPool = createSanitizerPool();
  return {
    genesys,
    models,
    piiRules,
    pseudonymKey: env.PII_PSEUDONYM_KEY ? Buffer.from(env.PII_PSEUDONYM_KEY, 'base64') : undefined,
    sanitizerPool,
    gateway,
    injectionGuard,
    vectorStore,
    auditSink,
    attributionTags: parseAttributionTags(env.LLM_ATTRIBUTION_TAGS),
    async close() {
      await Promise.allSettled([vectorStore.close(), auditSink.close(), sanitizerPool.close()]);
    },
  };
}
