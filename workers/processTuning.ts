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
 * - V8 lets an isolate's old generation grow after a collection by a factor that depends on the heap limit: 4 for a
 *   limit of 2 GB or more (Node's default here is about 4 GB), scaled from 1.3 at 256 MB to 2 just under 2 GB. A 1 GB
 *   limit took the compiled worker's peak under `npm run bench:e2e` from 418-436 MB to about 335; 512 MB (four pairs
 *   alternated with 1 GB: 323-340 MB against 340-358, worker CPU per routing no different) took off another 4 to 18.
 *   512 MB is still about six times the main heap's live size. The SDK sizes its default workflow cache from this
 *   limit (about 190 cached workflows at 512 MB, 500 at 1 GB); past that, an evicted routing replays its history on
 *   its next task.
 * - V8 collects garbage with helper threads by default; their coordination cost more CPU than it saved a worker
 *   whose heaps are small. With `--single-threaded-gc` the compiled worker spent 5 to 10 ms less CPU per routing
 *   under `npm run bench:e2e` (seven runs alternated with the default, lower in every pair), with peak RSS unchanged.
 *   Node refuses that flag in NODE_OPTIONS, so the image passes it on the command line.
 */
export const WORKER_PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
/** Flags Node accepts in NODE_OPTIONS (the image sets them there, so `node` run by hand in a container has them). */
export const WORKER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=4', '--max-old-space-size=512'];
/** Every flag a worker starts with: NODE_OPTIONS' and the command-line-only ones. */
export const WORKER_NODE_FLAGS: readonly string[] = [...WORKER_NODE_OPTIONS, '--single-threaded-gc'];
