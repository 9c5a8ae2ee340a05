import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { devServerFlags } from '../../infra/temporal/devServer';
import { findTemporalCli } from '../../infra/temporal/cli';
import { workflowBundleOptions } from '../../workers/workflowBundle';

/**
 * A real Temporal dev server (the project's CLI when found, else the SDK's download), with our search attributes and
 * the dynamic config every dev server we start runs with.
 */
export function startTemporalServer(): Promise<TestWorkflowEnvironment> {
  quietSdkLogs();
  const cli = findTemporalCli();
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: cli ? { type: 'existing-path', path: cli.path } : { type: 'cached-download' },
      ip: '127.0.0.1',
      extraArgs: ['--log-level', 'error', ...devServerFlags()],
    },
  });
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/**
 * Bundle the workflow code once per test file, as the worker bundles it; every worker in the file shares it.
 */
export function routerWorkflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflowCode({ ...workflowBundleOptions(), logger: quietBundlerLogger });
  return bundle;
}

const noop = () => undefined;
const quietBundlerLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: console.error, log: noop };

/**
 * Expected workflow failures are logged by the SDK at WARN; tests assert on them instead. A test file that
 * installed its own runtime (to capture SDK logs) keeps it.
 */
export function quietSdkLogs(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
  } catch (err) {
    if ((err as Error).name !== 'IllegalStateError') throw err;
  }
}
