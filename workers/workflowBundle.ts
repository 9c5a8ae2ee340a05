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
    // Evaluated once in the shared sandbox, before its globals are frozen: no stack traces per workflow promise.
    preloadModules: [NO_PROMISE_STACK_TRACES],
    // The SDK needs the inline source map (it maps workflow stack traces with it), not the sources inside it: without
    // them the bundle is 1.5 MB instead of 2.8, which every worker thread holds as a string, compiles and parses.
    // zod exports every locale's messages as `locales` (the router uses none; the default English ones are imported
    // on their own). The sources import zod as ES modules, so webpack drops the unused locales; compiled code
    // require()s zod's CommonJS build, where it cannot: the bundle carried them all (2.2 MB instead of 1.7).
    webpackConfigHook: (config) => ({
      ...config,
      devtool: 'inline-nosources-source-map',
      resolve: {
        ...config.resolve,
        alias: { ...aliasesOf(config.resolve?.alias), ...Object.fromEntries(ZOD_LOCALES.map((file) => [file, false])) },
      },
    }),
  };
}

const NO_PROMISE_STACK_TRACES = require.resolve('../workflows/noPromiseStackTraces');

/** zod's `locales` module, in its CommonJS and ES module builds: bundled as an empty module. */
const ZOD_LOCALES = ['index.cjs', 'index.js'].map((file) =>
  path.join(path.dirname(require.resolve('zod')), 'v4', 'locales', file),
);

type WebpackAlias = NonNullable<
  NonNullable<Parameters<NonNullable<BundleOptions['webpackConfigHook']>>[0]['resolve']>['alias']
>;

function aliasesOf(alias: WebpackAlias | undefined): Exclude<WebpackAlias, unknown[]> {
  if (alias === undefined) return {};
  if (Array.isArray(alias)) throw new Error('the workflow bundler set webpack aliases as an array; expected an object');
  return alias;
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
