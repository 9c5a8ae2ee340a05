/**
 * `npm run bench`: every bench/*.bench.ts in turn (or those named on the command line), printing figures; `--x=y` options go to the benches.
 * `npm run bench:compiled` runs this file as tsc compiled it (.bench-build/bench/run.js): the benches compiled beside it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--')); // --options belong to the benches
  const ext = path.extname(__filename); // .ts under tsx, .js when compiled
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(`.bench${ext}`))
    .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
    .sort();
  for (const file of files) {
    process.stdout.write(`\n== ${file.replace(`.bench${ext}`, '')} ==\n`);
    const bench = (await import(path.join(__dirname, file))) as { run(): Promise<void> };
    await bench.run();
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
