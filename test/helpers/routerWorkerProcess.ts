/**
 * A router worker in its own process, configured by environment like `npm run worker`, but loading the workflow
 * bundle a test built once (argv[2]) instead of bundling again. Prints `polling` once it polls the task queue.
 */
import { loadEnv } from '../../config/env';
import { createLogger } from '../../infra/logger';
import { createRouterWorkerFromEnv } from '../../workers/worker';

async function main(): Promise<void> {
  const env = loadEnv();
  const router = await createRouterWorkerFromEnv(env, createLogger({ level: env.LOG_LEVEL, name: 'worker' }), {
    workflowBundle: { codePath: process.argv[2]! },
  });
  const running = router.worker.run(); // SIGTERM shuts it down after in-flight tasks
  process.stdout.write('polling\n');
  try {
    await running;
  } finally {
    await router.close();
  }
}

main().catch((error: unknown) => {
  process.stdout.write(`failed: ${(error as Error).message}\n`);
  process.exit(1);
});
