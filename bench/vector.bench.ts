/**
 * Embedded vector store upsert latency as it grows: a routing's upsert (one at a time, and 20 routings at once)
 * against a store holding 0, 10k and 100k entries. Flat means the 100k figure stays near the 0 figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLocalEmbedder } from '../domain/embedding';
import { LanceVectorStore } from '../infra/vector';
import { percentile } from './e2e/processStats';

const SIZES = [0, 10_000, 100_000];
const SEED_BATCH = 2_000;

const entry = (id: string) => ({
  interactionId: id,
  text: `customer: my parcel ${id} has not arrived\nagent: I have opened a claim with the courier\nanswer: claim opened`,
  model: 'gpt-4o-mini',
  metadata: { turns: 3, answerChars: 13 },
});

async function seed(store: LanceVectorStore, count: number): Promise<void> {
  for (let start = 0; start < count; start += SEED_BATCH) {
    const ids = Array.from({ length: Math.min(SEED_BATCH, count - start) }, (_, i) => `seed-${start + i}`);
    await Promise.all(ids.map((id) => store.upsert(entry(id))));
  }
  await store.optimize();
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  process.stdout.write('entries   one-at-a-time p50 ms   p95 ms   20 concurrent: ms per batch   upserts/s\n');
  for (const size of SIZES) {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-vectors-'));
    const store = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder() });
    try {
      await seed(store, size);
      const single: number[] = [];
      for (let i = 0; i < 40; i++) single.push(await timed(() => store.upsert(entry(`one-${i}`))));
      single.sort((a, b) => a - b);
      const rounds = 10;
      let concurrentMs = 0;
      for (let r = 0; r < rounds; r++) {
        concurrentMs += await timed(() =>
          Promise.all(Array.from({ length: 20 }, (_, i) => store.upsert(entry(`many-${r}-${i}`)))),
        );
      }
      process.stdout.write(
        `${String(size).padEnd(10)}${percentile(single, 50).toFixed(1).padEnd(23)}${percentile(single, 95).toFixed(1).padEnd(9)}` +
          `${(concurrentMs / rounds).toFixed(1).padEnd(30)}${((rounds * 20 * 1000) / concurrentMs).toFixed(0)}\n`,
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
