/**
 * `npm run bench:memory`: where a worker's resident memory goes. Each component is loaded in a fresh Node process
 * (through tsx, as `npm run worker` runs) and measured after a forced GC: resident memory over the bare process,
 * and the peak (maxRSS) for work with a transient peak, like bundling the workflow code with webpack.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const COMPONENTS: Record<string, string> = {
  'bare process (node + tsx)': '',
  '@temporalio/worker (native bridge)': `require('@temporalio/worker');`,
  'libphonenumber-js/max (phone metadata)': `require('libphonenumber-js/max').findPhoneNumbersInText('call +1 415 555 0100', 'US');`,
  'gpt-tokenizer o200k_base (rank table)': `require('gpt-tokenizer/encoding/o200k_base').countTokens('hello');`,
  'sanitizer, one small transcript': `require('./domain/sanitizer').sanitizeTranscript([{ role: 'user', content: 'mail a@b.co, call +1 415 555 0100' }], { modelId: 'gpt-4o-mini', temperature: 0, maxContextWindow: 8192, maxTokens: 256, systemPrompt: 's', injectionPolicy: 'block' });`,
  '@lancedb/lancedb + apache-arrow (loaded)': `require('@lancedb/lancedb'); require('apache-arrow');`,
  'workflow bundle, built with webpack': `await require('@temporalio/worker').bundleWorkflowCode({ workflowsPath: require.resolve('./workflows'), logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } });`,
};

function measure(code: string): { rssMb: number; peakMb: number } {
  const script = `(async () => { ${code} global.gc(); await new Promise((r) => setTimeout(r, 200)); global.gc();
    process.stdout.write(JSON.stringify({ rss: process.memoryUsage().rss, peak: process.resourceUsage().maxRSS * 1024 })); })();`;
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const { rss, peak } = JSON.parse(out) as { rss: number; peak: number };
  return { rssMb: rss / 2 ** 20, peakMb: peak / 2 ** 20 };
}

const base = measure('');
process.stdout.write(`${'component'.padEnd(42)}resident MB   peak MB (over the bare process)\n`);
for (const [name, code] of Object.entries(COMPONENTS)) {
  const m = code ? measure(code) : base;
  const delta = (n: number, b: number) => (code ? `+${(n - b).toFixed(0)}` : n.toFixed(0));
  process.stdout.write(`${name.padEnd(42)}${delta(m.rssMb, base.rssMb).padEnd(14)}${delta(m.peakMb, base.peakMb)}\n`);
}
