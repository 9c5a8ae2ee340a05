/**
 * LiteLLM's proxy, installed from PyPI by scripts/install-litellm.sh into .venv-litellm (npm run setup does it; a
 * test that finds no venv runs the script itself once), started on loopback in front of a local upstream.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const LITELLM = path.join(ROOT, '.venv-litellm', 'bin', 'litellm');

/** The litellm executable, installing it first if needed; a reason when it cannot be had on this machine. */
export function ensureLiteLLM(): { path: string } | { skip: string } {
  if (!existsSync(LITELLM)) {
    const run = spawnSync('bash', [path.join(ROOT, 'scripts', 'install-litellm.sh')], {
      encoding: 'utf8',
      timeout: 20 * 60_000,
    });
    if (!existsSync(LITELLM))
      return {
        skip: `LiteLLM proxy could not be installed from PyPI: ${(run.stderr || run.stdout || String(run.error)).trim().slice(-400)}`,
      };
  }
  return { path: LITELLM };
}

export interface LiteLlmModel {
  /** What callers ask for. */
  name: string;
  /** What LiteLLM asks the upstream for (provider-prefixed). */
  upstreamModel: string;
  inputCostPerToken: number;
  outputCostPerToken: number;
}

export interface LiteLlmProxy {
  url: string;
  masterKey: string;
  /** What LiteLLM recorded per successful call (test/fixtures/litellm/record_spend.py). */
  spendLog(): Array<{ call_id: string; user?: string; metadata: Record<string, string>; cost: number; model: string }>;
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startLiteLlmProxy(
  executable: string,
  upstreamUrl: string,
  models: LiteLlmModel[],
): Promise<LiteLlmProxy> {
  const dir = mkdtempSync(path.join(tmpdir(), 'litellm-'));
  const masterKey = 'sk-litellm-test-master';
  copyFileSync(path.join(__dirname, '..', 'fixtures', 'litellm', 'record_spend.py'), path.join(dir, 'record_spend.py'));
  const modelList = models
    .map((m) =>
      [
        `  - model_name: ${m.name}`,
        '    litellm_params:',
        `      model: ${m.upstreamModel}`,
        `      api_base: ${upstreamUrl}/v1`,
        '      api_key: upstream-provider-key',
        `      input_cost_per_token: ${m.inputCostPerToken}`,
        `      output_cost_per_token: ${m.outputCostPerToken}`,
      ].join('\n'),
    )
    .join('\n');
  const config = `model_list:\n${modelList}\nlitellm_settings:\n  callbacks: record_spend.handler\n  num_retries: 0\ngeneral_settings:\n  master_key: ${masterKey}\n`;
  writeFileSync(path.join(dir, 'config.yaml'), config);
  const spendFile = path.join(dir, 'spend.jsonl');
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    executable,
    ['--config', 'config.yaml', '--host', '127.0.0.1', '--port', String(port), '--num_workers', '1'],
    {
      cwd: dir,
      env: {
        ...process.env,
        SPEND_LOG_FILE: spendFile,
        LITELLM_LOCAL_MODEL_COST_MAP: 'True',
        LITELLM_TELEMETRY: 'False',
        PYTHONPATH: dir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`LiteLLM exited with ${child.exitCode}:\n${output.slice(-2000)}`);
    try {
      const res = await fetch(`${url}/health/liveliness`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`LiteLLM did not become ready:\n${output.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    masterKey,
    spendLog: () =>
      existsSync(spendFile)
        ? readFileSync(spendFile, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as ReturnType<LiteLlmProxy['spendLog']>[number])
        : [],
    output: () => output,
    stop,
  };
}
