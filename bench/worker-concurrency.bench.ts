/**
 * What one activity slot costs, to choose WORKER_MAX_CONCURRENT_ACTIVITIES: N dispatches streaming at once (the
 * real gateway client, as the dispatch activity runs it, against the simulator paced like a model: a chunk every
 * 20 ms, 150 chunks), measuring CPU per dispatch, the process's memory growth and event-loop delay. The simulator
 * runs in this process, so the figures are an upper bound on the worker's share.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startGatewaySimulator } from '../simulators/gateway/server';
import { benchGatewayClient } from './gatewayBench';

const LEVELS = [1, 25, 100, 200];
const CHUNK_DELAY_MS = 20;
const WORDS = 150;

export async function run(): Promise<void> {
  const answer = Array.from({ length: WORDS }, (_, i) => `token${i}`).join(' ');
  const sim = await startGatewaySimulator({ chunkDelayMs: CHUNK_DELAY_MS, answer: () => answer });
  const client = benchGatewayClient(sim);
  const dispatch = (key: string) =>
    client.streamInference({
      idempotencyKey: key,
      payload: {
        model: 'gpt-4o-mini',
        temperature: 0.2,
        max_tokens: WORDS + 10,
        stream: true,
        messages: [{ role: 'user', content: 'bench' }],
      },
    });
  try {
    await dispatch('warm-up');
    console.log(
      `concurrent dispatches, ${WORDS} chunks each, one every ${CHUNK_DELAY_MS} ms (contended machine: compare levels, not absolutes)`,
    );
    for (const n of LEVELS) {
      global.gc?.();
      const rssBefore = process.memoryUsage().rss;
      let rssPeak = rssBefore;
      const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 25);
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const cpuBefore = process.cpuUsage();
      const started = Date.now();
      const results = await Promise.all(Array.from({ length: n }, (_, i) => dispatch(`bench-${n}-${i}-${started}`)));
      const wallMs = Date.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      delay.disable();
      clearInterval(sampler);
      if (results.some((r) => r.answer !== answer)) throw new Error('a dispatch answered something else');
      const cpuMs = (cpu.user + cpu.system) / 1000;
      console.log(
        `  ${String(n).padStart(3)} at once: ${wallMs} ms wall, CPU ${(cpuMs / n).toFixed(1)} ms per dispatch ` +
          `(${((cpuMs / wallMs) * 100).toFixed(0)}% of one core), memory +${((rssPeak - rssBefore) / 1024 / 1024).toFixed(1)} MiB ` +
          `(${((rssPeak - rssBefore) / 1024 / n).toFixed(0)} KiB per dispatch), event-loop delay p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`,
      );
    }
  } finally {
    await sim.close();
  }
}
