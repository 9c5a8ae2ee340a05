import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalEmbedder, featureHashEmbedding } from '../domain/embedding';
import { createEmbeddingsClient } from '../infra/gateway/embeddings';
import { createLogger } from '../infra/logger';
import { createVectorStore, HttpVectorStore, LanceVectorStore } from '../infra/vector';

interface Seen {
  method: string;
  url: string;
  body: unknown;
}

/** A loopback HTTP server answering with `reply`, recording every request it saw. */
async function loopback(
  reply: (req: Seen, res: ServerResponse) => void,
): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const entry = { method: req.method ?? '', url: req.url ?? '', body: raw ? JSON.parse(raw) : undefined };
    seen.push(entry);
    reply(entry, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}
const json = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
};
const closeServer = (server: Server) => new Promise((resolve) => server.close(resolve));

describe('LanceVectorStore (embedded)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vectors-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('upserts by interaction: twice gives one entry holding the latest text', async () => {
    const store = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder() });
    expect(
      await store.upsert({ interactionId: 'conv-1', text: 'user: reset password\nanswer: done', model: 'm1' }),
    ).toEqual({ entryId: 'conv-1' });
    await store.upsert({
      interactionId: 'conv-1',
      text: 'user: reset password again\nanswer: done',
      model: 'm2',
      metadata: { turns: 1 },
    });
    await store.upsert({ interactionId: 'conv-2', text: 'user: parcel broken\nanswer: refund', model: 'm1' });
    expect(await store.countEntries()).toBe(2);
    expect(await store.get('conv-1')).toMatchObject({
      text: 'user: reset password again\nanswer: done',
      model: 'm2',
      metadata: { turns: 1 },
    });
    await store.close();
    // A new process (store) on the same directory sees the same single entry.
    const reopened = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder() });
    expect(await reopened.countEntries()).toBe(2);
    await reopened.close();
  });

  it('sees, through its open table, what another process on the same directory committed', async () => {
    // Each store keeps its table open between operations; two workers may share VECTOR_STORE_DIR.
    const first = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder() });
    const second = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder() });
    await first.upsert({ interactionId: 'conv-1', text: 'first', model: 'm1' });
    await second.upsert({ interactionId: 'conv-1', text: 'second', model: 'm2' });
    await second.upsert({ interactionId: 'conv-2', text: 'other', model: 'm2' });
    expect(await first.get('conv-1')).toMatchObject({ text: 'second', model: 'm2' });
    expect(await first.countEntries()).toBe(2);
    await first.upsert({ interactionId: 'conv-2', text: 'first again', model: 'm1' });
    expect(await first.remove('conv-1')).toBe(true);
    expect(await second.get('conv-2')).toMatchObject({ text: 'first again' });
    expect(await second.get('conv-1')).toBeUndefined();
    expect(await second.countEntries()).toBe(1);
    await first.close();
    await second.close();
  });

  it('keeps one entry when retries race', async () => {
    const store = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder() });
    await Promise.all(
      Array.from({ length: 5 }, () => store.upsert({ interactionId: 'conv-9', text: 'same', model: 'm' })),
    );
    expect(await store.countEntries()).toBe(1);
    await store.close();
  });

  it('removes an entry (compensation) and says whether there was one', async () => {
    const store = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder() });
    expect(await store.remove('conv-1')).toBe(false); // no table yet
    await store.upsert({ interactionId: 'conv-1', text: 'x', model: 'm' });
    await store.upsert({ interactionId: "conv-'2", text: 'y', model: 'm' });
    expect(await store.remove('conv-1')).toBe(true);
    expect(await store.remove('conv-1')).toBe(false);
    expect(await store.get('conv-1')).toBeUndefined();
    expect(await store.get("conv-'2")).toMatchObject({ text: 'y' }); // quoting in the filter holds
    await store.close();
  });

  it('finds the nearest interaction by shared words', async () => {
    const store = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder() });
    await store.upsert({
      interactionId: 'parcel',
      text: 'user: my parcel arrived broken and I want a refund',
      model: 'm',
    });
    await store.upsert({ interactionId: 'password', text: 'user: I forgot my password, please reset it', model: 'm' });
    const results = await store.search('please reset my forgotten password');
    expect(results.map((r) => r.interactionId)).toEqual(['password', 'parcel']);
    expect(results[0]!.distance).toBeLessThan(results[1]!.distance);
    await store.close();
  });

  it('refuses vectors of another dimension than the table holds, as a non-retryable config error', async () => {
    await new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder(256) }).upsert({
      interactionId: 'a',
      text: 'x',
      model: 'm',
    });
    const other = new LanceVectorStore({ directory: dir, embedder: createLocalEmbedder(64) });
    await expect(other.upsert({ interactionId: 'b', text: 'y', model: 'm' })).rejects.toMatchObject({
      type: 'ConfigError',
      nonRetryable: true,
    });
  });

  it('refuses a store filled by another embedder of the same dimension, naming both and how to migrate', async () => {
    const gateway = await loopback((req, res) => {
      const { input, model } = req.body as { input: string[]; model: string };
      json(res, 200, {
        data: input.map((text, index) => ({ index, embedding: featureHashEmbedding(`${model} ${text}`, 256) })),
        model,
      });
    });
    const logger = createLogger({ level: 'silent' });
    try {
      const small = createEmbeddingsClient({
        baseUrl: gateway.url,
        apiKey: 'gw-test-key',
        logger,
        model: 'text-embedding-3-small',
      });
      const first = new LanceVectorStore({ directory: dir, embedder: small });
      await first.upsert({ interactionId: 'a', text: 'x', model: 'm' });
      await first.close();
      // Same gateway, same 256 dimensions, another model: the vectors would mix silently without the identity check.
      const large = createEmbeddingsClient({
        baseUrl: gateway.url,
        apiKey: 'gw-test-key',
        logger,
        model: 'text-embedding-3-large',
        dimensions: 256,
      });
      const swapped = new LanceVectorStore({ directory: dir, embedder: large });
      const failure = await swapped.upsert({ interactionId: 'b', text: 'y', model: 'm' }).catch((e: unknown) => e);
      expect(failure).toMatchObject({ type: 'ConfigError', nonRetryable: true });
      const message = (failure as Error).message;
      expect(message).toContain('"gateway:text-embedding-3-small"');
      expect(message).toContain('"gateway:text-embedding-3-large@256"');
      expect(message).toMatch(/point VECTOR_STORE_DIR at a new directory and replay the routings/);
      await swapped.close();
      // A worker starting on that store fails at once, as a configuration error naming the directory.
      await expect(
        createVectorStore({ VECTOR_DB_URL: undefined, VECTOR_STORE_DIR: dir }, createLocalEmbedder()),
      ).rejects.toThrow(
        /holds vectors from embedder "gateway:text-embedding-3-small" but this worker embeds with "local-hash-256".*VECTOR_STORE_DIR/,
      );
      // The embedder that filled it still works.
      const again = await createVectorStore({ VECTOR_DB_URL: undefined, VECTOR_STORE_DIR: dir }, small);
      await again.upsert({ interactionId: 'c', text: 'z', model: 'm' });
      await again.close();
    } finally {
      await closeServer(gateway.server);
    }
  });

  it("checks the gateway's vectors against LLM_EMBEDDINGS_DIMENSIONS and asks for that size", async () => {
    const gateway = await loopback((req, res) => {
      const { input } = req.body as { input: string[] };
      json(res, 200, { data: input.map((text, index) => ({ index, embedding: featureHashEmbedding(text, 32) })) });
    });
    try {
      const client = createEmbeddingsClient({
        baseUrl: gateway.url,
        apiKey: 'gw-test-key',
        logger: createLogger({ level: 'silent' }),
        model: 'emb',
        dimensions: 64,
      });
      await expect(client.embed(['x'])).rejects.toMatchObject({
        type: 'ConfigError',
        message: expect.stringContaining('32-dimension'),
      });
      expect(gateway.seen[0]!.body).toEqual({ model: 'emb', input: ['x'], dimensions: 64 });
    } finally {
      await closeServer(gateway.server);
    }
  });

  it("embeds through the gateway's OpenAI-compatible /v1/embeddings when configured", async () => {
    const gateway = await loopback((req, res) => {
      const input = (req.body as { input: string[] }).input;
      json(res, 200, {
        data: input.map((text, index) => ({ index, embedding: featureHashEmbedding(text, 32) })),
        model: 'emb',
      });
    });
    try {
      const embedder = createEmbeddingsClient({
        baseUrl: gateway.url,
        apiKey: 'gw-test-key',
        logger: createLogger({ level: 'silent' }),
      });
      const store = new LanceVectorStore({ directory: dir, embedder });
      await store.upsert({ interactionId: 'conv-1', text: 'user: hello', model: 'm' });
      expect(gateway.seen[0]).toMatchObject({
        method: 'POST',
        url: '/v1/embeddings',
        body: { input: ['user: hello'] },
      });
      expect(await store.get('conv-1')).toMatchObject({ text: 'user: hello' });
      await store.close();
    } finally {
      await closeServer(gateway.server);
    }
  });
});

describe('HttpVectorStore (VECTOR_DB_URL)', () => {
  it('posts the tutorial shape, reads back, and deletes by interaction for compensation', async () => {
    const entries = new Map<string, unknown>();
    const db = await loopback((req, res) => {
      const id = decodeURIComponent(req.url.replace(/^\/vectors\/?/, ''));
      if (req.method === 'POST') {
        entries.set((req.body as { interactionId: string }).interactionId, req.body);
        return json(res, 201, { id: `vec-${(req.body as { interactionId: string }).interactionId}` });
      }
      if (!entries.has(id)) return json(res, 404, { error: 'not found' });
      if (req.method === 'GET') return json(res, 200, entries.get(id));
      entries.delete(id);
      return json(res, 204);
    });
    try {
      const store = new HttpVectorStore({ url: `${db.url}/vectors/` });
      expect(
        await store.upsert({
          interactionId: 'conv-1',
          text: 'user: hi\nanswer: hello',
          model: 'gpt-4o-mini',
          metadata: { turns: 1 },
        }),
      ).toEqual({ entryId: 'vec-conv-1' });
      const posted = db.seen[0]!;
      expect(posted).toMatchObject({ method: 'POST', url: '/vectors' });
      expect(Object.keys(posted.body as object).sort()).toEqual([
        'embeddingContext',
        'interactionId',
        'model',
        'timestamp',
      ]);
      expect(posted.body).toMatchObject({
        interactionId: 'conv-1',
        embeddingContext: 'user: hi\nanswer: hello',
        model: 'gpt-4o-mini',
      });
      expect(new Date((posted.body as { timestamp: string }).timestamp).toISOString()).toBe(
        (posted.body as { timestamp: string }).timestamp,
      );
      expect(await store.get('conv-1')).toMatchObject({
        interactionId: 'conv-1',
        text: 'user: hi\nanswer: hello',
        model: 'gpt-4o-mini',
      });
      expect(await store.remove('conv-1')).toBe(true);
      expect(db.seen.at(-1)).toMatchObject({ method: 'DELETE', url: '/vectors/conv-1' });
      expect(await store.remove('conv-1')).toBe(false);
      expect(await store.get('conv-1')).toBeUndefined();
    } finally {
      await closeServer(db.server);
    }
  });

  it('maps answers to failure types: 429 with Retry-After, 5xx retryable, 4xx refused for good', async () => {
    let next = { status: 429, headers: { 'Retry-After': '7' } as Record<string, string> };
    const db = await loopback((_req, res) => json(res, next.status, { error: 'nope' }, next.headers));
    try {
      const store = new HttpVectorStore({ url: db.url });
      const upsert = () => store.upsert({ interactionId: 'c', text: 't', model: 'm' });
      await expect(upsert()).rejects.toMatchObject({ type: 'RateLimited', nonRetryable: false, retryAfterMs: 7000 });
      next = { status: 503, headers: {} };
      await expect(upsert()).rejects.toMatchObject({ type: 'UpstreamUnavailable', nonRetryable: false });
      next = { status: 401, headers: {} };
      await expect(store.remove('c')).rejects.toMatchObject({
        type: 'VectorStoreRejected',
        nonRetryable: true,
        message: 'vector DB refused remove (401)',
      });
    } finally {
      await closeServer(db.server);
    }
  });

  it('turns an unreachable vector DB into a retryable NetworkError', async () => {
    const db = await loopback((_req, res) => json(res, 200, {}));
    await closeServer(db.server);
    await expect(
      new HttpVectorStore({ url: db.url }).upsert({ interactionId: 'c', text: 't', model: 'm' }),
    ).rejects.toMatchObject({
      type: 'NetworkError',
      nonRetryable: false,
    });
  });
});

describe('createVectorStore', () => {
  it('picks the HTTP store when VECTOR_DB_URL is set, else the embedded one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vectors-'));
    try {
      const embedded = await createVectorStore(
        { VECTOR_DB_URL: undefined, VECTOR_STORE_DIR: dir },
        createLocalEmbedder(),
      );
      const http = await createVectorStore(
        { VECTOR_DB_URL: 'http://127.0.0.1:9/vectors', VECTOR_STORE_DIR: dir },
        createLocalEmbedder(),
      );
      expect([embedded.kind, http.kind]).toEqual(['lancedb', 'http']);
      await Promise.all([embedded.close(), http.close()]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
