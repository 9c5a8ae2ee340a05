import { runCli } from '../client/cli';
import { CliContext } from '../client/context';
import { ExitCode } from '../client/output';

function cli(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = new CliContext(env, (l) => out.push(l), (l) => err.push(l));
  return { ctx, out, err };
}

describe('trigger CLI input handling (no Temporal needed)', () => {
  it('rejects a malformed interaction id naming the field, before dialling Temporal', async () => {
    const { ctx, err } = cli({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    const code = await runCli(['route', 'not a valid id!'], ctx);
    expect(code).toBe(ExitCode.usage);
    expect(err.join('\n')).toMatch(/interactionId: interactionId may contain only/);
  });

  it('rejects an unknown profile and lists the known ones', async () => {
    const { ctx, err } = cli({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    const code = await runCli(['route', 'abc-123', '--profile', 'premium'], ctx);
    expect(code).toBe(ExitCode.usage);
    expect(err.join('\n')).toMatch(/--profile: unknown profile "premium"; known: standard, complex/);
  });

  it('reports bad configuration by variable name without the value', async () => {
    const { ctx, err } = cli({ LLM_GATEWAY_URL: 'ftp://secret-host', LLM_GATEWAY_KEY: 'k' });
    const code = await runCli(['status', 'abc'], ctx);
    expect(code).toBe(ExitCode.usage);
    expect(err.join('\n')).toMatch(/LLM_GATEWAY_URL: must be an absolute http\(s\) URL/);
    expect(err.join('\n')).not.toContain('secret-host');
  });

  it('says so when Temporal cannot be reached', async () => {
    const { ctx, err } = cli({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    const code = await runCli(['status', 'abc-123'], ctx);
    expect(code).toBe(ExitCode.error);
    expect(err.join('\n')).toMatch(/cannot reach Temporal/);
  });

  it('treats an unknown command as a usage error', async () => {
    const { ctx } = cli();
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runCli(['frobnicate'], ctx)).toBe(ExitCode.usage);
    } finally {
      write.mockRestore();
    }
  });

  it('checks --media of route-batch', async () => {
    const { ctx, err } = cli();
    const code = await runCli(['route-batch', '--interval', '2026-11-20T00:00:00Z/2026-11-21T00:00:00Z', '--media', 'fax'], ctx);
    expect(code).toBe(ExitCode.usage);
    expect(err.join('\n')).toMatch(/--media: Invalid option: expected one of "voice"\|"message"/);
  });
});
