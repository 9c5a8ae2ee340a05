/** The embedded store stays flat: concurrent upserts share a commit, interaction_id is indexed, compaction keeps entries. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { createLocalEmbedder, type Embedder } from '../domain/embedding';
import { LanceVectorStore } from '../infra/vector';
import { UpsertBatcher } from '../infra/vector/upsertBatcher';

describe('UpsertBatcher', () => {
  it('commits items added within the window together and settles each caller with its batch', async () => {
    const commits: number[][] = [];
    const batcher = new UpsertBatcher<number>({
      windowMs: 20,
      maxBatch: 100,
      commit: async (items) => {
        commits.push(items);
        if (items.includes(13)) throw new Error('bad batch');
      },
    });
    await Promise.all([1, 2, 3].map((n) => batcher.add(n)));
    const failed = Promise.all([13, 14].map((n) => batcher.add(n)));
    await expect(failed).rejects.toThrow('bad batch');
    expect(commits).toEqual([
      [1, 2, 3],
      [13, 14],
    ]);
  });

  it('commits an upsert that finds it idle alone, and those arriving during that commit together after it', async () => {
    const commits: number[][] = [];
    let release: () => void = () => undefined;
    const batcher = new UpsertBatcher<number>({
      maxBatch: 100,
      commit: (items) => {
        commits.push(items);
        return items[0] === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
    });
    const first = batcher.add(1);
    while (commits.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3].map((n) => batcher.add(n));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(commits).toEqual([[1]]); // 2 and 3 wait for the commit in flight rather than racing it
    release();
    await Promise.all([first, ...later]);
    expect(commits).toEqual([[1], [2, 3]]);
  });

  it('under load, an upsert that finds it idle waits the busy window for the next one to share its commit', async () => {
    const commits: number[][] = [];
    const batcher = new UpsertBatcher<number>({
      busyGapMs: 60_000,
      busyWindowMs: 200,
      maxBatch: 100,
      commit: async (items) => void commits.push(items),
    });
    await batcher.add(1); // the first of a quiet spell commits alone, at once
    const second = batcher.add(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const third = batcher.add(3);
    await Promise.all([second, third]);
    expect(commits).toEqual([[1], [2, 3]]);
  });

  it('an upsert arriving after a quiet gap does not wait the busy window', async () => {
    const commits: number[][] = [];
    const batcher = new UpsertBatcher<number>({
      busyGapMs: 10,
      busyWindowMs: 60_000,
      maxBatch: 100,
      commit: async (items) => void commits.push(items),
    });
    await batcher.add(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const started = Date.now();
    await batcher.add(2);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(commits).toEqual([[1], [2]]);
  });

  it('flushes at once when a batch is full', async () => {
    const commits: number[][] = [];
    const batcher = new UpsertBatcher<number>({
      windowMs: 60_000,
      maxBatch: 2,
      commit: async (items) => void commits.push(items),
    });
    await Promise.all([1, 2].map((n) => batcher.add(n)));
    expect(commits).toEqual([[1, 2]]);
  });
});

describe('LanceVectorStore stays flat', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vectors-flat-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const countingEmbedder = (): Embedder & { calls: number } => {
    const local = createLocalEmbedder();
    const counted = { ...local, calls: 0, embed: (texts: string[]) => (counted.calls++, local.embed(texts)) };
    return counted;
  };

  it('commits concurrent upserts as one table version with one embedding call', async () => {
    const embedder = countingEmbedder();
    const store = new LanceVectorStore({ directory: dir, embedder, batchWindowMs: 50 });
    await store.upsert({ interactionId: 'warm', text: 'first entry creates the table', model: 'm' });
    const table = await (await lancedb.connect(dir)).openTable('interactions');
    const before = await table.version();
    const callsBefore = embedder.calls;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.upsert({ interactionId: `conv-${i}`, text: `answer ${i}`, model: 'm' }),
      ),
    );
    await table.checkoutLatest();
    expect((await table.version()) - before).toBe(1);
    expect(embedder.calls - callsBefore).toBe(1);
    expect(await store.countEntries()).toBe(21);
    await store.close();
  });

  it('indexes interaction_id and keeps every entry through compaction', async () => {
    const store = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder(), batchWindowMs: 1 });
    for (let i = 0; i < 12; i++) await store.upsert({ interactionId: `conv-${i}`, text: `answer ${i}`, model: 'm' });
    const table = await (await lancedb.connect(dir)).openTable('interactions');
    const fragmentsBefore = (await table.stats()).fragmentStats.numFragments;
    await store.optimize();
    await table.checkoutLatest();
    expect(fragmentsBefore).toBeGreaterThan(1);
    expect((await table.stats()).fragmentStats.numFragments).toBe(1);
    expect((await table.listIndices()).map((index) => index.columns)).toContainEqual(['interaction_id']);
    expect(await store.countEntries()).toBe(12);
    expect(await store.get('conv-7')).toMatchObject({ text: 'answer 7' });
    await store.close();
  });

  it('a removal waits for the pending upsert it undoes', async () => {
    const store = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder(), batchWindowMs: 5_000 });
    const upserted = store.upsert({ interactionId: 'conv-x', text: 'answer', model: 'm' });
    expect(await store.remove('conv-x')).toBe(true);
    await upserted;
    expect(await store.get('conv-x')).toBeUndefined();
    await store.close();
  });
});
