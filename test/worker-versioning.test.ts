/**
 * Worker Deployment Versioning on a real dev server: a versioned worker serves routings once its version is made
 * current (the deploy step), and each routing is PINNED to the version that started it.
 */
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { version as packageVersion } from '../package.json';
import { loadEnv } from '../config/env';
import { startRouting } from '../client/routing';
import { SAMPLE_IDS } from '../simulators/genesys/samples';
import { workerVersion } from '../workers/options';
import { startRouterStack, type RouterStack } from './helpers/routerStack';
import { addSampleCopy } from './helpers/samples';
import { startTemporalServer } from './helpers/temporalServer';

const version = { deploymentName: `router-${process.pid}`, buildId: '0.1.0-test' };
let testEnv: TestWorkflowEnvironment;
let stack: RouterStack;

beforeAll(async () => {
  testEnv = await startTemporalServer();
  stack = await startRouterStack(testEnv, { version });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await testEnv?.teardown();
});

it('takes the build id from WORKER_BUILD_ID, else the package version; no deployment name means unversioned', () => {
  expect(workerVersion(loadEnv({}))).toBeUndefined();
  expect(workerVersion(loadEnv({ WORKER_DEPLOYMENT_NAME: 'router', WORKER_BUILD_ID: 'abc123' }))).toEqual({
    deploymentName: 'router',
    buildId: 'abc123',
  });
  expect(workerVersion(loadEnv({ WORKER_DEPLOYMENT_NAME: 'router' }))?.buildId).toBe(packageVersion);
});

it('routes on the current version and pins the routing to it', async () => {
  // The deploy step: the worker's polls register the version; then it is made current.
  for (;;) {
    try {
      await stack.client.workflowService.setWorkerDeploymentCurrentVersion({
        namespace: 'default',
        ...version,
        identity: 'jest',
      });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const id = addSampleCopy(stack.genesys, SAMPLE_IDS.webMessaging);
  const { handle } = await startRouting(stack.client, { interactionId: id, profile: 'standard' }, stack.taskQueue);
  expect((await stack.run(() => handle.result())).finalState).toBe('completed');

  const { raw } = await handle.describe();
  const versioning = raw.workflowExecutionInfo?.versioningInfo;
  expect(versioning?.behavior).toBe(temporal.api.enums.v1.VersioningBehavior.VERSIONING_BEHAVIOR_PINNED);
  expect(versioning?.deploymentVersion).toMatchObject(version);
}, 120_000);
