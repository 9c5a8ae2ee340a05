import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createVectorActivities, type VectorSyncInput } from '../activities/vector';
import type { VectorSyncResult } from '../contracts/results';
import { createLocalEmbedder } from '../domain/embedding';
import { LanceVectorStore } from '../infra/vector';

const input: VectorSyncInput = {
  interactionId: 'conv-42',
  context: [
    { role: 'system', content: 'You are a precise routing assistant.' },
    { role: 'user', content: 'My card [CARD_1] was charged twice, email me at [EMAIL_1]' },
  ],
  answer: 'Route to billing disputes.',
  model: 'gpt-4o-mini',
};

describe('vector activities', () => {
  let dir: string;
  let store: LanceVectorStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vector-act-'));
    store = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder() });
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('syncs the sanitized turns and the answer, once however often it is retried', async () => {
    const { syncToVectorStore } = createVectorActivities(store);
    const first: VectorSyncResult = await new MockActivityEnvironment({ attempt: 1 }).run(syncToVectorStore, input);
    await new MockActivityEnvironment({ attempt: 2 }).run(syncToVectorStore, input);
    expect(first).toEqual({ status: 'synced', entryId: 'conv-42', store: 'lancedb', attempt: 1 });
    expect(await store.countEntries()).toBe(1);
    const entry = await store.get('conv-42');
    expect(entry?.text).toBe(
      'user: My card [CARD_1] was charged twice, email me at [EMAIL_1]\nanswer: Route to billing disputes.',
    );
    expect(entry?.metadata).toEqual({ turns: 1, answerChars: input.answer.length });
  });

  it('removes the entry as compensation', async () => {
    const { syncToVectorStore, removeFromVectorStore } = createVectorActivities(store);
    const env = new MockActivityEnvironment();
    await env.run(syncToVectorStore, input);
    expect(await env.run(removeFromVectorStore, { interactionId: 'conv-42' })).toEqual({ removed: true, attempt: 1 });
    expect(await env.run(removeFromVectorStore, { interactionId: 'conv-42' })).toEqual({ removed: false, attempt: 1 });
    expect(await store.get('conv-42')).toBeUndefined();
  });

  it('refuses invalid input as non-retryable, naming the field', async () => {
    const { syncToVectorStore } = createVectorActivities(store);
    const bad = { ...input, interactionId: 'no spaces allowed' };
    await expect(new MockActivityEnvironment().run(syncToVectorStore, bad)).rejects.toMatchObject({
      type: 'InvalidInput',
      nonRetryable: true,
      message: expect.stringMatching(/^syncToVectorStore: interactionId: /),
    });
  });
});
