/**
 * A worker run from source bundles its workflow code in a short-lived child process: webpack and its module graph
 * (about 175 MB resident and 190 MB peak, `npm run bench:memory`) never enter the long-lived worker, which loads the
 * finished bundle. The bundle carries the encrypting failure converter, as Worker.create would build it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BundleOptions } from '@temporalio/worker';
import { FAILURE_CONVERTER_PATH } from '../infra/codec/dataConverter';

/** How every workflow bundle is built (worker from source, `npm run build`, tests): one set of options. */
export function workflowBundleOptions(): BundleOptions {
  return {
    workflowsPath: require.resolve('../workflows'),
    failureConverterPath: FAILURE_CONVERTER_PATH,
    // The SDK needs the inline source map (it maps workflow stack traces with it), not the sources inside it: without
    // them the bundle is 1.5 MB instead of 2.8, which every worker thread holds as a string, compiles and parses.
    webpackConfigHook: (config) => ({ ...config, devtool: 'inline-nosources-source-map' }),
  };
}

export function bundleWorkflowsInChildProcess(): { codePath: string } {
  const codePath = path.join(mkdtempSync(path.join(tmpdir(), 'router-workflows-')), 'workflow-bundle.js');
  execFileSync(process.execPath, [...process.execArgv, __filename, codePath], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { codePath };
}

async function writeBundle(codePath: string): Promise<void> {
  const { bundleWorkflowCode } = await import('@temporalio/worker');
  const silent = () => undefined;
  const { code } = await bundleWorkflowCode({
    ...workflowBundleOptions(),
    logger: { log: silent, trace: silent, debug: silent, info: silent, warn: silent, error: silent },
  });
  writeFileSync(codePath, code);
}

if (require.main === module) {
  writeBundle(process.argv[2]!).catch((err: unknown) => {
    process.stderr.write(`bundling the workflow code failed: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
