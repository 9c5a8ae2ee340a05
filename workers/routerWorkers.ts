/**
 * The router's two workers in one process, run and stopped as one: the workflow worker polls the task queue for
 * workflows and the short steps; the dispatch worker polls `<task queue>-dispatch` (contracts/taskQueues.ts) for
 * streams only, with its own slot limit, so a burst of slow streams cannot starve fetch, vector sync or audit.
 */
import { Worker, type State, type WorkerOptions } from '@temporalio/worker';
import { dispatchTaskQueue } from '../contracts/taskQueues';

type StepActivities = { dispatchToGateway: (...args: never[]) => Promise<unknown> } & Record<
  string,
  (...args: never[]) => Promise<unknown>
>;

export interface RouterWorkerPairOptions extends WorkerOptions {
  activities: StepActivities;
  /** Streams one process runs at once (DISPATCH_MAX_CONCURRENT_STREAMS); unset = the SDK's default. */
  maxConcurrentDispatches?: number;
}

export interface RouterWorkers {
  workflows: Worker;
  dispatch: Worker;
  run(): Promise<void>;
  runUntil<T>(until: Promise<T>): Promise<T>;
  shutdown(): void;
  /** RUNNING only while both poll; otherwise the state of the one that is not. */
  getState(): State;
}

export async function createRouterWorkerPair(options: RouterWorkerPairOptions): Promise<RouterWorkers> {
  const { maxConcurrentDispatches, ...workflowOptions } = options;
  const { workflowBundle: _b, workflowsPath: _p, maxConcurrentWorkflowTaskExecutions: _w, ...shared } = workflowOptions;
  // Every activity stays registered on the workflow queue: routings started before dispatch had its own queue
  // still schedule it there.
  const workflows = await Worker.create(workflowOptions);
  const dispatch = await Worker.create({
    ...shared,
    taskQueue: dispatchTaskQueue(options.taskQueue),
    activities: { dispatchToGateway: options.activities.dispatchToGateway },
    ...(maxConcurrentDispatches ? { maxConcurrentActivityTaskExecutions: maxConcurrentDispatches } : {}),
  });
  const both = [workflows, dispatch];
  const shutdown = () => {
    for (const worker of both) if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  const run = async () => {
    // One failing stops the other, so the process never runs half a router.
    const runs = both.map((worker) => worker.run().finally(shutdown));
    const settled = await Promise.allSettled(runs);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
  };
  return {
    workflows,
    dispatch,
    run,
    async runUntil<T>(until: Promise<T>): Promise<T> {
      const running = run();
      try {
        return await Promise.race([until, running.then(() => Promise.reject(new Error('the workers stopped first')))]);
      } finally {
        shutdown();
        await running;
      }
    },
    shutdown,
    getState: () => both.map((w) => w.getState()).find((s) => s !== 'RUNNING') ?? 'RUNNING',
  };
}
