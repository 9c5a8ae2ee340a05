/**
 * Settings a worker process needs before it starts (they cannot be set from inside it), kept here for every launcher:
 * the Dockerfile (and so docker-compose), `npm run worker` / `worker:compiled` and `npm run bench:e2e` carry the same
 * values (test/worker-process-tuning.test.ts checks). Measured with `npm run bench:e2e` (peak worker RSS, README
 * "What a routing costs"):
 * - glibc gives each thread that allocates its own malloc arena; LanceDB's and the core SDK's runtimes run about 25
 *   threads, and their arenas held about 100 MB. Two arenas are enough for a process whose JavaScript runs on one
 *   thread.
 * - V8's young generation grows to 3 x 16 MB semi-spaces in each isolate (main thread and workflow thread); 4 MB
 *   semi-spaces saved about 90 MB with no CPU cost we could measure.
 */
export const WORKER_PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
