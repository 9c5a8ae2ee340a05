import { NativeConnection, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { DataConverter } from '@temporalio/common';
import { createActivities, type ActivityDependencies } from '../activities';

export interface RouterWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dependencies: ActivityDependencies;
  dataConverter?: DataConverter;
  /** Tests bundle once and share; the process entry point lets the worker bundle workflowsPath. */
  workflowBundle?: WorkflowBundleWithSourceMap;
}

export function createRouterWorker(options: RouterWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: require.resolve('../workflows') }),
    activities: createActivities(options.dependencies),
    dataConverter: options.dataConverter,
    // Gives in-flight dispatches time to notice cancellation and abort their HTTP request on shutdown.
    shutdownGraceTime: '10 seconds',
  });
}
