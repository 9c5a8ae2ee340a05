/**
 * Builds the workflow bundle ahead of time (run by `npm run build` from dist/): the compiled worker loads it with
 * `workflowBundle` instead of running webpack at every start. The encrypting failure converter is bundled in, as a
 * worker given the codec's data converter would do itself.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleOptions } from '../workers/workflowBundle';

async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode(workflowBundleOptions());
  const file = path.join(__dirname, '..', 'workflow-bundle.js');
  writeFileSync(file, code);
  process.stdout.write(`workflow bundle: ${file} (${(code.length / 1024).toFixed(0)} KiB)\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
