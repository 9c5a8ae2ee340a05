/**
 * The operator's CLI against a real dev server, the real worker and the simulators: every message says the routing's
 * real state, --json prints one document, --wait shows the stage on a terminal, and output survives a closed pipe.
 * The vector store is a loopback HTTP store the test can hold, to keep a routing in its post-dispatch stage.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { runCli } from '../client/cli';
import { CliContext } from '../client/context';
import { ExitCode } from '../client/output';
import { startRouting } from '../client/routing';
import { statusQuery } from '../contracts/routing';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';
import { startRouterStack, type RouterStack } from './helpers/routerStack';
import { startTemporalServer } from './helpers/temporalServer';

let testEnv: TestWorkflowEnvironment;
let stack: RouterStack;
let vectorStore: HoldableVectorStore;

beforeAll(async () => {
  testEnv = await startTemporalServer();
  vectorStore = await startHoldableVectorStore();
  stack = await startRouterStack(testEnv, { env: { VECTOR_DB_URL: vectorStore.url } });
}, 180_000);

afterAll(async () => {
  vectorStore?.release();
  await stack?.stop();
  await vectorStore?.close();
  await testEnv?.teardown();
});

afterEach(() => {
  vectorStore.release();
  stack.gateway.setChunkDelay(0);
});

interface CliRun {
  code: number;
  out: string[];
  err: string[];
  progress: string[];
}

function cliEnv(): Record<string, string | undefined> {
  return {
    TEMPORAL_ADDRESS: testEnv.address,
    TEMPORAL_TASK_QUEUE: stack.taskQueue,
    GENESYS_CLIENT_ID: stack.env.GENESYS_CLIENT_ID,
    GENESYS_CLIENT_SECRET: stack.env.GENESYS_CLIENT_SECRET,
    GENESYS_GATEWAY_URL: stack.env.GENESYS_GATEWAY_URL,
  };
}

/** Runs the CLI in-process; `progress` collects what a terminal would show while waiting. */
function cli(args: string[], progress?: string[]): Promise<CliRun> {
  const run: CliRun = { code: -1, out: [], err: [], progress: progress ?? [] };
  const plain = (lines: string[]) => (l: string) => lines.push(stripVTControlCharacters(l));
  const ctx = new CliContext(cliEnv(), plain(run.out), plain(run.err), { progress: progress && plain(progress) });
  return stack.run(async () => ({ ...run, code: await runCli(args, ctx) }));
}

function cloneSample(sampleId: string): string {
  const sample = SAMPLE_CONVERSATIONS.find((c) => c.id === sampleId)!;
  const id = randomUUID();
  stack.genesys.addConversation({ ...sample, id });
  return id;
}

async function routeToEnd(sampleId: string): Promise<string> {
  const id = cloneSample(sampleId);
  const { handle } = await startRouting(stack.client, { interactionId: id, profile: 'standard' }, stack.taskQueue);
  await stack.run(() => handle.result());
  return id;
}

async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

it('replay --json prints exactly one JSON document, with or without --wait', async () => {
  const id = await routeToEnd(SAMPLE_IDS.webMessaging);

  const started = await cli(['replay', id, '--json']);
  expect(started.code).toBe(ExitCode.ok);
  expect(started.out).toHaveLength(1);
  const replay = JSON.parse(started.out[0]);
  expect(replay).toMatchObject({ kind: 'restarted', workflowId: `route-${id}`, replayOf: expect.any(String) });
  await stack.run(() => stack.client.workflow.getHandle(replay.workflowId, replay.runId).result());

  const waited = await cli(['replay', id, '--wait', '--json']);
  expect(waited.code).toBe(ExitCode.ok);
  expect(waited.out).toHaveLength(1);
  expect(JSON.parse(waited.out[0])).toMatchObject({ finalState: 'completed', interactionId: id });
  expect(JSON.parse(waited.out[0]).runId).not.toBe(replay.runId);
});

it('route and status on a routing that already ended name its real state (blocked), as text and as JSON', async () => {
  const id = await routeToEnd(SAMPLE_IDS.promptInjection);

  const text = await cli(['route', id]);
  expect(text.code).toBe(ExitCode.usage);
  expect(text.err).toEqual([
    expect.stringMatching(
      new RegExp(
        `^error: route-${id} was already routed and ended blocked \\(prompt injection: .*\\); use \`replay ${id}\``,
      ),
    ),
  ]);

  const status = await cli(['status', id, '--json']);
  expect(status.code).toBe(ExitCode.ok);
  expect(JSON.parse(status.out[0])).toMatchObject({
    temporalStatus: 'COMPLETED',
    state: 'blocked',
    reason: expect.stringMatching(/^prompt injection/),
  });

  const json = await cli(['route', id, '--json']);
  expect(json.code).toBe(ExitCode.usage);
  expect(JSON.parse(json.out[0]).error).toMatchObject({
    kind: 'refused',
    exitCode: 2,
    finalState: 'blocked',
    workflowId: `route-${id}`,
  });
});

it('cancel past dispatch says it is too late and sends nothing; the routing completes', async () => {
  const id = cloneSample(SAMPLE_IDS.webMessaging);
  vectorStore.hold();
  const { handle } = await startRouting(stack.client, { interactionId: id, profile: 'standard' }, stack.taskQueue);
  await eventually(() => (vectorStore.waiting > 0 ? true : undefined), 'the vector upsert');
  expect((await handle.query(statusQuery)).stage).toBe('syncing');

  const tooLate = await cli(['cancel', id, '--json']);
  expect(tooLate.code).toBe(ExitCode.usage);
  expect(JSON.parse(tooLate.out[0]).error).toMatchObject({ kind: 'refused', stage: 'syncing' });
  expect(JSON.parse(tooLate.out[0]).error.message).toMatch(
    /^too late to cancel route-.*: it is past dispatch \(stage syncing\)/,
  );

  vectorStore.release();
  expect((await stack.run(() => handle.result())).finalState).toBe('completed');

  const finished = await cli(['cancel', id]);
  expect(finished.code).toBe(ExitCode.usage);
  expect(finished.err).toEqual([`error: route-${id} has already finished: completed; there is nothing to cancel`]);
});

it('cancel before dispatch ends is sent, and --wait reports the cancelled routing', async () => {
  const id = cloneSample(SAMPLE_IDS.webMessaging);
  stack.gateway.setChunkDelay(200);
  const { handle } = await startRouting(stack.client, { interactionId: id, profile: 'standard' }, stack.taskQueue);
  await eventually(
    async () => ((await handle.query(statusQuery)).stage === 'dispatching' ? true : undefined),
    'dispatch',
  );

  const run = await cli(['cancel', id, '--reason', 'wrong queue', '--wait']);
  expect(run.out[0]).toBe(`cancellation sent to route-${id} at stage dispatching`);
  expect(run.out.join('\n')).toMatch(/state\s+cancelled \(wrong queue\)/);
  expect(run.code).toBe(ExitCode.cancelled);
});

it('--wait shows each stage as it changes where a terminal is, and keeps it out of stdout', async () => {
  const id = cloneSample(SAMPLE_IDS.webMessaging);
  vectorStore.hold();
  const progress: string[] = [];
  const running = cli(['route', id, '--wait'], progress);
  await eventually(() => (progress.includes('… syncing') ? true : undefined), 'the syncing stage on the terminal');
  vectorStore.release();
  const run = await running;

  expect(run.code).toBe(ExitCode.ok);
  expect(progress.at(-1)).toMatch(/^… (syncing|auditing|done)$/);
  expect(new Set(progress).size).toBe(progress.length); // one line per change
  expect(run.out.join('\n')).not.toContain('…');
  expect(run.out.join('\n')).toMatch(/state\s+completed/);
});

describe('the CLI process', () => {
  const bin = path.join(__dirname, '..', 'client', 'bin.js');

  /** Runs the real bin with its stdout pipe closed by the reader before anything is written (`| head -0`). */
  function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], {
        env: { PATH: process.env.PATH, ...cliEnv() },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stderr }));
    });
  }

  it('survives a closed stdout pipe (`status … | head`) without a stack trace', async () => {
    const id = await routeToEnd(SAMPLE_IDS.webMessaging);
    const { code, stderr } = await stack.run(() => runWithClosedStdout(['status', id]));
    expect(stderr).toBe('');
    expect(code).toBe(ExitCode.ok);
  }, 60_000);

  it('waits quietly when stderr is not a terminal, and still exits with the final state', async () => {
    const id = cloneSample(SAMPLE_IDS.promptInjection);
    const { code, stderr } = await stack.run(() => runWithClosedStdout(['route', id, '--wait']));
    expect(stderr).toBe('');
    expect(code).toBe(ExitCode.blocked);
  }, 60_000);
});

interface HoldableVectorStore {
  url: string;
  /** Upserts that arrived while held and are waiting for release(). */
  readonly waiting: number;
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/** The HTTP vector DB's wire format (POST upsert, DELETE/GET by id), with upserts that can be held. */
async function startHoldableVectorStore(): Promise<HoldableVectorStore> {
  let held = false;
  const queue: Array<() => void> = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      const answer = () => {
        res.setHeader('Content-Type', 'application/json');
        if (req.method === 'POST') res.end(JSON.stringify({ id: randomUUID() }));
        else if (req.method === 'GET') res.writeHead(404).end('{}');
        else res.end('{}');
      };
      if (held && req.method === 'POST') queue.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/vectors`,
    get waiting() {
      return queue.length;
    },
    hold: () => void (held = true),
    release: () => {
      held = false;
      queue.splice(0).forEach((answer) => answer());
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
