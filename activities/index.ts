/**
 * Every activity the worker registers, built from its dependencies (the worker wires them).
 * The workflow imports only the type of this factory, so no activity code enters the workflow bundle.
 */
import type { ModelMatrix } from '../config/modelMatrix';
import type { PiiRules } from '../config/piiRules';
import type { GatewayClient } from '../infra/gateway/client';
import type { InjectionGuard } from '../infra/gateway/guard';
import type { GenesysTranscriptSource } from '../infra/genesys';
import type { AuditSink } from '../infra/audit';
import type { SanitizerPool } from '../infra/offload/sanitizerPool';
import type { VectorStore } from '../infra/vector';
import { createAuditActivities } from './audit';
import type { RoutingStarter } from '../client/routing';
import { createDiscoveryActivities } from './discovery';
import { createDispatchActivities } from './dispatch';
import { createFetchAndSanitizeActivities } from './fetchAndSanitize';
import { createFetchTranscriptActivities } from './fetchTranscript';
import { createSanitizeActivities } from './sanitize';
import { createVectorActivities } from './vector';

export interface ActivityDependencies {
  genesys: GenesysTranscriptSource;
  models: ModelMatrix;
  /** The deployment's PII rules (config/pii.json); built-in rules when absent. */
  piiRules?: PiiRules;
  pseudonymKey?: Buffer;
  sanitizerPool: SanitizerPool;
  gateway: GatewayClient;
  /** The guard model's second opinion on uncertain injection scores (INJECTION_GUARD_MODEL); absent = off. */
  injectionGuard?: InjectionGuard;
  vectorStore: VectorStore;
  auditSink: AuditSink;
  /** Operator tags added to the gateway request's attribution metadata (LLM_ATTRIBUTION_TAGS). */
  attributionTags?: Readonly<Record<string, string>>;
  /** Start-or-attach a routing through a Temporal client (the discovery workflow's starts); absent = no discovery. */
  startRouting?: RoutingStarter;
}

/** Everything the worker registers: the routing's activities and the discovery workflow's. */
export function createWorkerActivities(deps: ActivityDependencies) {
  return {
    ...createActivities(deps),
    ...createDiscoveryActivities({ genesys: deps.genesys, startRouting: deps.startRouting }),
  };
}

export function createActivities(deps: ActivityDependencies) {
  const fetch = createFetchTranscriptActivities(deps.genesys);
  const sanitize = createSanitizeActivities({
    models: deps.models,
    piiRules: deps.piiRules,
    pseudonymKey: deps.pseudonymKey,
    pool: deps.sanitizerPool,
    guard: deps.injectionGuard,
    attributionTags: deps.attributionTags,
  });
  return {
    // fetchTranscript and sanitizeTranscript stay registered for routings started before fetchAndSanitize existed.
    ...fetch,
    ...sanitize,
    ...createFetchAndSanitizeActivities({ ...fetch, ...sanitize }),
    ...createDispatchActivities(deps.gateway, { models: deps.models, attributionTags: deps.attributionTags }),
    ...createVectorActivities(deps.vectorStore),
    ...createAuditActivities(deps.auditSink, Object.keys(deps.models)),
  };
}
