/**
 * `npm run bench:e2e [-- --routings N --concurrency C --sqlite --eager --server-defaults --compiled --timeline]`: what a
 * routing costs end to end. Starts the dev server (in memory; --sqlite for the demo's file store; --eager sets eager
 * activity execution on explicitly; --server-defaults without DEV_SERVER_DYNAMIC_CONFIG), the simulators and one
 * worker process (--compiled: from `npm run build`'s output), warms up, runs N routings over distinct interaction ids
 * and prints throughput, latency, history size, CPU per routing and peak worker memory, next to the same pipeline
 * called directly in this process in the same run. --timeline adds where a lone routing's time goes, event by event.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { createActivities } from '../activities';
import { loadEnv } from '../config/env';
import { workflowIdFor, WORKFLOW_TYPE } from '../contracts/routing';
import { createDataConverter, loadKeyring } from '../infra/codec';
import { createLogger } from '../infra/logger';
import { buildDependencies } from '../workers/dependencies';
import { benchConversations } from './e2e/conversations';
import { routeDirectly } from './e2e/direct';
import { percentile, sampleProcess, sampleThreads, threadCpuPerRouting } from './e2e/processStats';
import { settingsOf, startBenchStack, type BenchStack } from './e2e/stack';
import { type ClientTimes, medianTimeline } from './e2e/timeline';

interface Options {
  routings: number;
  concurrency: number;
  warmup: number;
  sequential: number;
  sqlite: boolean;
  compiled: boolean;
  eager: boolean;
  serverDefaults: boolean;
  timeline: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    routings: 200,
    concurrency: 20,
    // V8 keeps optimizing the worker's code for the first few hundred routings (`--trace-opt`: 80 to 100 TurboFan
    // compilations a second at first, 10 to 40 still after 300 routings, on helper threads and the main thread): after
    // 20 routings of warm-up about 8 of a routing's measured 47 ms of worker CPU was that one-off compilation.
    warmup: 300,
    sequential: 30,
    sqlite: false,
    eager: false,
    serverDefaults: false,
    compiled: false,
    timeline: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--sqlite') options.sqlite = true;
    else if (flag === '--compiled') options.compiled = true;
    else if (flag === '--eager') options.eager = true;
    else if (flag === '--timeline') options.timeline = true;
    else if (flag === '--server-defaults') options.serverDefaults = true;
    else if (flag === '--routings' || flag === '--concurrency' || flag === '--warmup' || flag === '--sequential') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive integer`);
      options[flag.slice(2) as 'routings' | 'concurrency' | 'warmup' | 'sequential'] = value;
    } else
      throw new Error(
        `unknown option ${flag} (known: --routings N --concurrency C --warmup W --sequential S --sqlite --eager --server-defaults --compiled --timeline)`,
      );
  }
  return options;
}

/** Runs `route` for every id with at most `concurrency` in flight; returns each routing's latency in ms. */
async function runAll(
  ids: string[],
  concurrency: number,
  route: (id: string) => Promise<void>,
): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, ids.length) }, async () => {
      while (next < ids.length) {
        const id = ids[next++];
        const t0 = performance.now();
        await route(id);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), wallMs: performance.now() - started };
}

async function historyShape(client: Client, ids: string[]): Promise<{ events: number; workflowTasks: number }> {
  let events = 0;
  let workflowTasks = 0;
  for (const id of ids) {
    const history = await client.workflow.getHandle(workflowIdFor(id)).fetchHistory();
    events += history.events?.length ?? 0;
    workflowTasks +=
      history.events?.filter((e) => String(e.eventType).includes('WORKFLOW_TASK_COMPLETED') || e.eventType === 6)
        .length ?? 0;
  }
  return { events: events / ids.length, workflowTasks: workflowTasks / ids.length };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const total = options.warmup + options.routings + options.sequential;
  const conversations = benchConversations(2 * total);
  const routedIds = conversations.slice(0, total).map((c) => c.id);
  const directIds = conversations.slice(total).map((c) => c.id);
  const stack = await startBenchStack({
    sqlite: options.sqlite,
    eager: options.eager,
    serverDefaults: options.serverDefaults,
    compiled: options.compiled,
    conversations,
  });
  try {
    const routed = await Promise.race([measureRouted(stack, options, routedIds), stack.workerExit]);
    const direct = await measureDirect(stack, options, directIds);
    const store = `${options.sqlite ? 'SQLite file' : 'in memory'}; worker ${options.compiled ? 'compiled (node)' : 'from source (tsx)'}`;
    process.stdout.write(
      [
        `dev server ${store}${options.eager ? ', eager activities' : ''}${options.serverDefaults ? ", the server's default dynamic config" : ''}; one worker; ${options.routings} routings at concurrency ${options.concurrency}, ` +
          `${options.sequential} one at a time, after ${options.warmup} to warm up; gateway chunk delay 0`,
        `                       routed (Temporal)   direct (same process)`,
        `routings/s             ${fmt(routed.throughput).padEnd(20)}${fmt(direct.throughput)}`,
        `p50 / p95 latency ms   ${`${fmt(routed.p50)} / ${fmt(routed.p95)}`.padEnd(20)}${fmt(direct.p50)} / ${fmt(direct.p95)}`,
        `one at a time p50 ms   ${fmt(routed.sequentialP50).padEnd(20)}${fmt(direct.sequentialP50)}`,
        `Temporal overhead p50  ${fmt(routed.sequentialP50 - direct.sequentialP50)} ms per routing`,
        `history events         ${fmt(routed.history.events)} per routing; workflow tasks ${fmt(routed.history.workflowTasks)}`,
        `worker CPU             ${fmt(routed.workerCpuMs)} ms per routing; peak worker RSS ${fmt(routed.peakWorkerRssMb, 0)} MB`,
        `  by worker thread     ${routed.workerThreads.map((t) => `${t.name} ${fmt(t.ms)}`).join(', ')}`,
        `server CPU             ${fmt(routed.serverCpuMs)} ms per routing`,
        '',
      ].join('\n'),
    );
  } finally {
    await stack.stop();
  }
}

async function measureRouted(stack: BenchStack, options: Options, ids: string[]) {
  const connection = await Connection.connect({ address: stack.address });
  const client = new Client({ connection, dataConverter: createDataConverter(loadKeyring(stack.env)) });
  const clientTimes = new Map<string, ClientTimes>();
  const route = async (interactionId: string) => {
    const start = Date.now();
    const result = (await client.workflow.execute(WORKFLOW_TYPE, {
      taskQueue: stack.env.TEMPORAL_TASK_QUEUE,
      workflowId: workflowIdFor(interactionId),
      args: [{ interactionId, profile: 'standard' }],
    })) as { finalState: string };
    clientTimes.set(interactionId, { start, end: Date.now() });
    if (result.finalState !== 'completed') throw new Error(`routing ${interactionId} ended ${result.finalState}`);
  };
  const warmupIds = ids.slice(0, options.warmup);
  const measuredIds = ids.slice(options.warmup, options.warmup + options.routings);
  const sequentialIds = ids.slice(options.warmup + options.routings);
  await runAll(warmupIds, options.concurrency, route);
  const workerBefore = sampleProcess(stack.workerPid);
  const threadsBefore = sampleThreads(stack.workerPid);
  const serverBefore = sampleProcess(stack.serverPid);
  const measured = await runAll(measuredIds, options.concurrency, route);
  const workerAfter = sampleProcess(stack.workerPid);
  const threadsAfter = sampleThreads(stack.workerPid);
  const serverAfter = sampleProcess(stack.serverPid);
  const sequential = await runAll(sequentialIds, 1, route);
  const history = await historyShape(client, measuredIds.slice(0, 20));
  if (options.timeline) {
    const sequentialTimes = new Map(sequentialIds.map((id) => [id, clientTimes.get(id)!]));
    process.stdout.write(`${(await medianTimeline(client, sequentialTimes)).join('\n')}\n`);
  }
  await connection.close();
  return {
    throughput: (measuredIds.length * 1000) / measured.wallMs,
    p50: percentile(measured.latencies, 50),
    p95: percentile(measured.latencies, 95),
    sequentialP50: percentile(sequential.latencies, 50),
    history,
    workerCpuMs: (workerAfter.cpuMs - workerBefore.cpuMs) / measuredIds.length,
    workerThreads: threadCpuPerRouting(threadsBefore, threadsAfter, measuredIds.length),
    serverCpuMs: (serverAfter.cpuMs - serverBefore.cpuMs) / measuredIds.length,
    peakWorkerRssMb: sampleProcess(stack.workerPid).peakRssMb,
  };
}

async function measureDirect(stack: BenchStack, options: Options, ids: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-direct-'));
  const env = loadEnv({
    ...settingsOf(stack.env),
    AUDIT_LOG_PATH: path.join(dir, 'audit.jsonl'),
    VECTOR_STORE_DIR: path.join(dir, 'vectors'),
  });
  const dependencies = await buildDependencies(env, createLogger({ level: 'silent' }));
  const activities = createActivities(dependencies);
  try {
    const route = (id: string) => routeDirectly(activities, id);
    await runAll(ids.slice(0, options.warmup), options.concurrency, route);
    const measured = await runAll(
      ids.slice(options.warmup, options.warmup + options.routings),
      options.concurrency,
      route,
    );
    const sequential = await runAll(ids.slice(options.warmup + options.routings), 1, route);
    return {
      throughput: (options.routings * 1000) / measured.wallMs,
      p50: percentile(measured.latencies, 50),
      p95: percentile(measured.latencies, 95),
      sequentialP50: percentile(sequential.latencies, 50),
    };
  } finally {
    await dependencies.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench:e2e failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
