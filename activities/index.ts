/**
 * Every activity the worker registers, built from its dependencies (the worker wires them).
 * The workflow imports only the type of this factory, so no activity code enters the workflow bundle.
 */
import { Context } from '@temporalio/activity';
import type { ModelMatrix } from '../config/modelMatrix';
import type { RoutingSettings } from '../contracts/settings';
import type { GatewayClient } from '../infra/gateway/client';
import type { GenesysTranscriptSource } from '../infra/genesys';
import type { AuditSink } from '../infra/audit';
import type { VectorStore } from '../infra/vector';
import { createAuditActivities } from './audit';
import { createDispatchActivities } from './dispatch';
import { createFetchTranscriptActivities } from './fetchTranscript';
import { createSanitizeActivities } from './sanitize';
import { createVectorActivities } from './vector';

export interface ActivityDependencies {
  genesys: GenesysTranscriptSource;
  models: ModelMatrix;
  pseudonymKey?: Buffer;
  gateway: GatewayClient;
  vectorStore: VectorStore;
  auditSink: AuditSink;
  settings: RoutingSettings;
}

export function createActivities(deps: ActivityDependencies) {
  return {
    ...reportAttempts({
      ...createFetchTranscriptActivities(deps.genesys),
      ...createSanitizeActivities({ models: deps.models, pseudonymKey: deps.pseudonymKey }),
      ...createDispatchActivities(deps.gateway),
      ...createVectorActivities(deps.vectorStore),
      ...createAuditActivities(deps.auditSink),
    }),
    /** Local activity: the worker-side settings the workflow's activity options depend on. */
    async routingSettings(): Promise<RoutingSettings> {
      return deps.settings;
    },
  };
}

type AsyncFn = (...args: never[]) => Promise<object>;
type WithAttempt<T extends Record<string, AsyncFn>> = {
  [K in keyof T]: (...args: Parameters<T[K]>) => Promise<Awaited<ReturnType<T[K]>> & { attempt: number }>;
};

/** Each result says on which attempt it succeeded, for the routing's `status` query. */
function reportAttempts<T extends Record<string, AsyncFn>>(activities: T): WithAttempt<T> {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(activities)) {
    const activity = async (...args: never[]) => ({ ...(await fn(...args)), attempt: Context.current().info.attempt });
    Object.defineProperty(activity, 'name', { value: name });
    wrapped[name] = activity;
  }
  return wrapped as WithAttempt<T>;
}
