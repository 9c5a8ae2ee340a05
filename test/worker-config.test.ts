import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/** Runs the worker entry point with only the given variables and returns how it ended. */
function runWorker(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--require', 'tsx/cjs', path.join(ROOT, 'workers', 'main.ts')],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, timeout: 60_000 },
      (error, _stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stderr }),
    );
  });
}

const configured = {
  GENESYS_CLIENT_ID: 'id',
  GENESYS_CLIENT_SECRET: 'genesys-secret-never-printed',
  LLM_GATEWAY_URL: 'http://127.0.0.1:1',
  LLM_GATEWAY_KEY: 'gateway-key-never-printed',
  TEMPORAL_ADDRESS: '127.0.0.1:1',
};

describe('worker process start-up', () => {
  it('refuses to run without a payload key, so history never holds transcripts in clear text', async () => {
    const { code, stderr } = await runWorker(configured);
    expect(code).toBe(1);
    expect(stderr).toMatch(/PAYLOAD_ENCRYPTION_KEY or PAYLOAD_ENCRYPTION_KEY_FILE is required/);
    expect(stderr).not.toMatch(/never-printed/);
  }, 60_000);

  it('names the missing endpoints and points at the demo', async () => {
    const { code, stderr } = await runWorker({ PAYLOAD_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, LLM_GATEWAY_URL, LLM_GATEWAY_KEY/);
    expect(stderr).toMatch(/npm run demo/);
  }, 60_000);

  it('names the Temporal address and the cause when it cannot connect, never the API key', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'worker-config-'));
    try {
      const { code, stderr } = await runWorker({
        ...configured,
        PAYLOAD_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
        TEMPORAL_API_KEY: 'temporal-key-never-printed',
        VECTOR_STORE_DIR: path.join(dir, 'vectors'),
        AUDIT_LOG_PATH: path.join(dir, 'audit.jsonl'),
      });
      expect(code).toBe(1);
      expect(stderr).toMatch(/cannot reach Temporal at 127\.0\.0\.1:1 \(TEMPORAL_ADDRESS\): .+ \(over TLS\)/);
      expect(stderr).not.toMatch(/never-printed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
