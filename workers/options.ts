/** Worker options that come from the environment: concurrency, shutdown grace and the deployment version. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkerDeploymentOptions } from '@temporalio/worker';
import type { Env } from '../config/env';
import { ConfigError } from '../config/errors';

export interface WorkerTuning {
  maxConcurrentActivityTaskExecutions: number;
  maxConcurrentWorkflowTaskExecutions: number;
  shutdownGraceTime: number;
}

export interface WorkerVersion {
  deploymentName: string;
  buildId: string;
}

export function tuningOptions(
  env: Pick<
    Env,
    'WORKER_MAX_CONCURRENT_ACTIVITIES' | 'WORKER_MAX_CONCURRENT_WORKFLOW_TASKS' | 'WORKER_SHUTDOWN_GRACE_SECONDS'
  >,
): WorkerTuning {
  return {
    maxConcurrentActivityTaskExecutions: env.WORKER_MAX_CONCURRENT_ACTIVITIES,
    maxConcurrentWorkflowTaskExecutions: env.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
    shutdownGraceTime: env.WORKER_SHUTDOWN_GRACE_SECONDS * 1000,
  };
}

/**
 * Routings last seconds to minutes: each stays PINNED to the version that started it, so a deploy never replays an
 * old run on changed workflow code; new routings go to whichever version is current.
 */
export function deploymentOptions(version: WorkerVersion): WorkerDeploymentOptions {
  return { version, useWorkerVersioning: true, defaultVersioningBehavior: 'PINNED' };
}

/** Versioning is opt-in: WORKER_DEPLOYMENT_NAME turns it on; the build id defaults to the package version. */
export function workerVersion(env: Pick<Env, 'WORKER_DEPLOYMENT_NAME' | 'WORKER_BUILD_ID'>): WorkerVersion | undefined {
  if (!env.WORKER_DEPLOYMENT_NAME) return undefined;
  return { deploymentName: env.WORKER_DEPLOYMENT_NAME, buildId: env.WORKER_BUILD_ID ?? packageVersion() };
}

/** package.json's version, found from source (workers/) and from the compiled tree (dist/workers/) alike. */
function packageVersion(): string {
  for (const up of ['..', '../..']) {
    const file = path.join(__dirname, up, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  throw new ConfigError('WORKER_BUILD_ID is required: package.json was not found to take its version');
}
