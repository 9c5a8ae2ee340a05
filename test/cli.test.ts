import { createServer, type AddressInfo, type Socket } from 'node:net';
import { runCli } from '../client/cli';
import { CliContext } from '../client/context';
import { buildListQuery } from '../client/listQuery';
import { ExitCode, exitCodeFor } from '../client/output';
import { version } from '../package.json';

function cli(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = new CliContext(
    env,
    (l) => out.push(l),
    (l) => err.push(l),
  );
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

  it('says so when Temporal cannot be reached, naming the address and the cause', async () => {
    const { ctx, err } = cli({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    const code = await runCli(['status', 'abc-123'], ctx);
    expect(code).toBe(ExitCode.error);
    expect(err).toEqual([
      'error: cannot reach Temporal at 127.0.0.1:1 (TEMPORAL_ADDRESS): connection refused (is the server running?)',
    ]);
  });

  it('names a port that accepts connections but never answers as Temporal', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const { ctx, err } = cli({ TEMPORAL_ADDRESS: address });
      expect(await runCli(['status', 'abc-123'], ctx)).toBe(ExitCode.error);
      expect(err.join('\n')).toMatch(
        new RegExp(`cannot reach Temporal at ${address} .*no Temporal frontend answered within \\d+ ms`),
      );
    } finally {
      // The gRPC client keeps re-dialling in the background: stop accepting, then drop what is open.
      const closed = new Promise((resolve) => silent.close(resolve));
      sockets.forEach((socket) => socket.destroy());
      await closed;
    }
  });

  it('names an unknown Temporal host', async () => {
    const { ctx, err } = cli({ TEMPORAL_ADDRESS: 'no-such-host.invalid:7233' });
    expect(await runCli(['status', 'abc-123'], ctx)).toBe(ExitCode.error);
    expect(err.join('\n')).toMatch(
      /cannot reach Temporal at no-such-host\.invalid:7233 .*unknown host no-such-host\.invalid/,
    );
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
    const code = await runCli(
      ['route-batch', '--interval', '2026-11-20T00:00:00Z/2026-11-21T00:00:00Z', '--media', 'fax'],
      ctx,
    );
    expect(code).toBe(ExitCode.usage);
    expect(err.join('\n')).toMatch(/--media: Invalid option: expected one of "voice"\|"message"/);
  });

  it('prints its version', async () => {
    const { ctx, out } = cli();
    expect(await runCli(['--version'], ctx)).toBe(ExitCode.ok);
    expect(out).toEqual([version]);
  });
});

describe('--json: one JSON document on stdout, errors included', () => {
  const errorOf = (out: string[]) => {
    expect(out).toHaveLength(1);
    return JSON.parse(out[0]).error;
  };

  it('reports an unreachable Temporal as JSON with the exit code', async () => {
    const { ctx, out, err } = cli({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    expect(await runCli(['status', 'abc-123', '--json'], ctx)).toBe(ExitCode.error);
    expect(errorOf(out)).toMatchObject({
      kind: 'unreachable',
      exitCode: 1,
      address: '127.0.0.1:1',
      cause: expect.stringMatching(/refused/),
    });
    expect(err).toEqual([]);
  });

  it('reports bad input, bad configuration and usage errors as JSON', async () => {
    let run = cli({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    expect(await runCli(['--json', 'route', 'not a valid id!'], run.ctx)).toBe(ExitCode.usage);
    expect(errorOf(run.out)).toMatchObject({
      kind: 'usage',
      exitCode: 2,
      message: expect.stringMatching(/interactionId: /),
    });

    run = cli({ LLM_GATEWAY_URL: 'ftp://secret-host', LLM_GATEWAY_KEY: 'k' });
    expect(await runCli(['status', 'abc', '--json'], run.ctx)).toBe(ExitCode.usage);
    expect(errorOf(run.out)).toMatchObject({ kind: 'config', message: expect.stringMatching(/LLM_GATEWAY_URL/) });

    run = cli();
    expect(await runCli(['frobnicate', '--json'], run.ctx)).toBe(ExitCode.usage);
    expect(errorOf(run.out)).toMatchObject({ kind: 'usage', message: "unknown command 'frobnicate'" });
    expect(run.err).toEqual([]);
  });

  it('is accepted by every command', async () => {
    const { ctx, out } = cli({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    for (const args of [
      ['cancel', 'x'],
      ['replay', 'x'],
      ['list'],
      ['setup'],
      ['route-batch', '-i', 'bad'],
      ['verify-audit', '-f', 'a', '-d', 'b'],
    ]) {
      out.length = 0;
      await runCli([...args, '--json'], ctx);
      expect(errorOf(out).kind).not.toBe('usage: unknown option');
      expect(errorOf(out).message).not.toMatch(/unknown option/);
    }
  });
});

describe('list options', () => {
  const now = new Date('2026-11-29T12:00:00.000Z');

  it('builds a visibility query over the typed search attributes', () => {
    expect(buildListQuery({}, now)).toBe("WorkflowType = 'routeInteraction'");
    expect(buildListQuery({ outcome: 'blocked', since: '24h' }, now)).toBe(
      "WorkflowType = 'routeInteraction' AND RoutingOutcome = 'blocked' AND StartTime > '2026-11-28T12:00:00.000Z'",
    );
    expect(buildListQuery({ since: '2026-11-20' }, now)).toBe(
      "WorkflowType = 'routeInteraction' AND StartTime > '2026-11-20T00:00:00.000Z'",
    );
    expect(buildListQuery({ since: '2026-11-20T08:30:00+01:00' }, now)).toMatch(
      /StartTime > '2026-11-20T07:30:00\.000Z'$/,
    );
  });

  it('names the option of a bad value before dialling Temporal', async () => {
    let run = cli({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    expect(await runCli(['list', '--outcome', "blocked' OR 1=1"], run.ctx)).toBe(ExitCode.usage);
    expect(run.err).toEqual([
      `error: --outcome: unknown outcome "blocked' OR 1=1"; known: completed, blocked, review, failed, cancelled`,
    ]);

    for (const since of ['yesterday', '24', '2026-13-45', '-5h']) {
      run = cli({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
      expect(await runCli(['list', '--since', since], run.ctx)).toBe(ExitCode.usage);
      expect(run.err.join('\n')).toMatch(
        /^error: --since: ".*" is neither an ISO-8601 time .* nor a duration such as 30m, 24h or 7d$/,
      );
    }

    run = cli({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    expect(await runCli(['list', '--limit', '0'], run.ctx)).toBe(ExitCode.usage);
    expect(run.err.join('\n')).toMatch(/--limit: "0" is not a positive whole number/);
  });
});

it('maps every routing outcome to its own exit code', () => {
  expect(['completed', 'blocked', 'failed', 'cancelled', 'review', 'weird'].map(exitCodeFor)).toEqual([
    0, 3, 4, 5, 6, 1,
  ]);
});
