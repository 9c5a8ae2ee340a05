/**
 * The embedded vector store (no server): LanceDB in VECTOR_STORE_DIR. Upserts are a merge-insert on interaction_id,
 * so a retried or replayed sync replaces the entry rather than adding one. Operations on one store are queued:
 * LanceDB commits are optimistic, and the queue keeps this process from racing itself.
 *
 * It stays flat as it grows: upserts from concurrent routings are committed together (those arriving while a commit
 * runs share the next one: one data file per commit, not per routing), interaction_id carries a scalar (btree)
 * index so the merge and the compensation's delete do not scan, and every few commits `optimize` compacts the small
 * files, folds new rows into the index and drops old table versions.
 *
 * Every row records its embedder's name; a store is refused to an embedder other than the one that filled it, since
 * vectors from two embedders are not comparable and a search over the mix would silently return nonsense.
 */
import * as lancedb from '@lancedb/lancedb';
import { Field, FixedSizeList, Float32, Schema, Utf8 } from 'apache-arrow';
import { FailureTypes, RoutingError, routingFailure } from '../../contracts/failures';
import type { Embedder } from '../../domain/embedding';
import type { StoredVectorEntry, VectorStore, VectorUpsert } from './store';
import { UpsertBatcher } from './upsertBatcher';

export interface LanceVectorStoreOptions {
  directory: string;
  embedder: Embedder;
  table?: string;
  /** How long an upsert that finds the store idle waits for others to share its commit (default 0). */
  batchWindowMs?: number;
  /**
   * Under load (an upsert less than `busyGapMs` after the previous one), how long one that finds the store idle waits
   * for company (defaults below; 0 turns it off).
   */
  busyWindowMs?: number;
  busyGapMs?: number;
  /** Commits between compactions (default 25). */
  optimizeEvery?: number;
}

/**
 * A merge-insert costs about 10 ms of LanceDB's CPU whatever the batch (a few entries add well under a millisecond
 * each). Upserts 60 ms apart or closer (about 17 routings/s) wait up to 40 ms to share one; a lone routing, or
 * routings one at a time, never wait.
 */
const BUSY_WINDOW_MS = 40;
const BUSY_GAP_MS = 60;

/** Old table versions are kept this long after a compaction, for readers still on them. */
const KEEP_OLD_VERSIONS_MS = 60_000;

interface Row {
  interaction_id: string;
  text: string;
  model: string;
  metadata: string;
  embedder: string;
  updated_at: string;
  vector: number[];
}

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

export class LanceVectorStore implements VectorStore {
  readonly kind = 'lancedb' as const;
  private readonly tableName: string;
  private connection?: Promise<lancedb.Connection>;
  /** The open table, once it exists: reused by every operation (reads still see other processes' commits). */
  private table?: lancedb.Table;
  private dimensionsChecked?: number;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly batcher: UpsertBatcher<VectorUpsert>;
  private commitsSinceOptimize = 0;
  private indexed = false;
  private embedderChecked = false;

  constructor(private readonly options: LanceVectorStoreOptions) {
    this.tableName = options.table ?? 'interactions';
    this.batcher = new UpsertBatcher({
      windowMs: options.batchWindowMs,
      busyWindowMs: options.busyWindowMs ?? BUSY_WINDOW_MS,
      busyGapMs: options.busyGapMs ?? BUSY_GAP_MS,
      maxBatch: 256,
      commit: (entries) => this.commit(entries),
    });
  }

  /** Connects now, so a bad VECTOR_STORE_DIR or a swapped embedder fails at worker start, not on the first routing. */
  async open(): Promise<void> {
    await this.connect();
    await this.serialized('open', () => this.openTable());
  }

  private get embedderName(): string {
    return this.options.embedder.name ?? 'external';
  }

  async upsert(entry: VectorUpsert): Promise<{ entryId: string }> {
    await this.batcher.add(entry);
    return { entryId: entry.interactionId };
  }

  /** One embedding call and one merge-insert for every upsert of the window; the last entry per interaction wins. */
  private commit(entries: VectorUpsert[]): Promise<void> {
    return this.serialized('upsert', async () => {
      const latest = [...new Map(entries.map((e) => [e.interactionId, e])).values()];
      const vectors = await this.options.embedder.embed(latest.map((e) => e.text));
      if (vectors.length !== latest.length || vectors.some((v) => !v?.length)) {
        throw routingFailure(FailureTypes.VectorStoreError, 'the embedder returned no vector');
      }
      const table = await this.openTable(vectors[0]!.length, true);
      const updatedAt = new Date().toISOString();
      const rows: Row[] = latest.map((entry, i) => ({
        interaction_id: entry.interactionId,
        text: entry.text,
        model: entry.model,
        metadata: JSON.stringify(entry.metadata ?? {}),
        embedder: this.embedderName,
        updated_at: updatedAt,
        vector: vectors[i]!,
      }));
      await table!
        .mergeInsert('interaction_id')
        .whenMatchedUpdateAll()
        .whenNotMatchedInsertAll()
        .execute(rows as unknown as Record<string, unknown>[]);
      if (++this.commitsSinceOptimize >= (this.options.optimizeEvery ?? 25)) this.scheduleOptimize();
    });
  }

  /** Compaction runs in the queue after the commit that asked for it, so that commit's callers are not held. */
  private scheduleOptimize(): void {
    this.commitsSinceOptimize = 0;
    void this.optimize().catch(() => undefined);
  }

  /** Compacts data files, indexes rows added since the last run and removes table versions older than a minute. */
  optimize(): Promise<void> {
    return this.serialized('optimize', async () => {
      const table = await this.openTable();
      await table?.optimize({ cleanupOlderThan: new Date(Date.now() - KEEP_OLD_VERSIONS_MS) });
    });
  }

  async remove(interactionId: string): Promise<boolean> {
    await this.batcher.flush(); // a compensation must see the upsert it undoes
    return this.serialized('remove', async () => {
      const table = await this.openTable();
      if (!table) return false;
      const filter = `interaction_id = ${quote(interactionId)}`;
      if ((await table.countRows(filter)) === 0) return false;
      await table.delete(filter);
      return true;
    });
  }

  async get(interactionId: string): Promise<StoredVectorEntry | undefined> {
    await this.batcher.flush();
    return this.serialized('get', async () => {
      const table = await this.openTable();
      if (!table) return undefined;
      const rows = (await table
        .query()
        .where(`interaction_id = ${quote(interactionId)}`)
        .limit(2)
        .toArray()) as Row[];
      const row = rows[0];
      return (
        row && {
          interactionId: row.interaction_id,
          text: row.text,
          model: row.model,
          metadata: JSON.parse(row.metadata),
          updatedAt: row.updated_at,
        }
      );
    });
  }

  /** Interaction ids nearest to `text`, closest first (what the index is for). */
  search(text: string, limit = 5): Promise<{ interactionId: string; distance: number }[]> {
    return this.serialized('search', async () => {
      const [vector] = await this.options.embedder.embed([text]);
      const table = await this.openTable();
      if (!table || !vector) return [];
      const rows = (await table.vectorSearch(vector).limit(limit).toArray()) as (Row & { _distance: number })[];
      return rows.map((row) => ({ interactionId: row.interaction_id, distance: row._distance }));
    });
  }

  async countEntries(): Promise<number> {
    await this.batcher.flush();
    return this.serialized('count', async () => (await (await this.openTable())?.countRows()) ?? 0);
  }

  async close(): Promise<void> {
    await this.batcher.flush();
    await this.queue;
    this.table?.close();
    this.table = undefined;
    if (this.connection) (await this.connection).close();
  }

  private serialized<T>(operation: string, work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work).catch((error: unknown) => {
      if (error instanceof RoutingError) throw error;
      // LanceDB messages can quote filters and paths; the operation name is enough for the history.
      throw routingFailure(FailureTypes.VectorStoreError, `embedded vector store ${operation} failed`);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Another process may share the directory (a second worker, the CLI): with a read consistency interval of 0 every
   * read through the cached table first checks for its commits, as opening the table afresh did; writes always
   * commit on the latest version.
   */
  private connect(): Promise<lancedb.Connection> {
    this.connection ??= lancedb.connect(this.options.directory, { readConsistencyInterval: 0 });
    return this.connection;
  }

  /**
   * The table, created on the first upsert with the embedder's dimension; undefined if it does not exist yet.
   * Opened once: listing the tables, opening one and reading its schema on every commit cost about a third of a
   * commit's CPU.
   */
  private async openTable(dimensions?: number, create = false): Promise<lancedb.Table | undefined> {
    if (this.table && (dimensions === undefined || dimensions === this.dimensionsChecked)) return this.table;
    const db = await this.connect();
    if (!(await db.tableNames()).includes(this.tableName)) {
      if (!create || !dimensions) return undefined;
      const created = await db.createEmptyTable(this.tableName, schemaFor(dimensions), { existOk: true });
      await this.ensureIndex(created);
      return this.checkDimensions(created, dimensions);
    }
    const table = this.table ?? (await db.openTable(this.tableName));
    if (!this.embedderChecked) {
      const [row] = (await table.query().select(['embedder']).limit(1).toArray()) as Pick<Row, 'embedder'>[];
      if (row && !sameEmbedder(row.embedder, this.embedderName))
        throw this.embedderMismatch(`embedder "${row.embedder}"`);
      this.embedderChecked = true;
    }
    await this.ensureIndex(table);
    return dimensions === undefined ? (this.table = table) : this.checkDimensions(table, dimensions);
  }

  private async checkDimensions(table: lancedb.Table, dimensions: number): Promise<lancedb.Table> {
    const field = (await table.schema()).fields.find((f) => f.name === 'vector');
    const stored = (field?.type as FixedSizeList | undefined)?.listSize;
    if (stored !== dimensions)
      throw this.embedderMismatch(`${stored}-dimension vectors`, ` (${dimensions} dimensions)`);
    this.dimensionsChecked = dimensions;
    return (this.table = table);
  }

  /** The merge on interaction_id and the compensation's delete look rows up through this index instead of scanning. */
  private async ensureIndex(table: lancedb.Table): Promise<void> {
    if (this.indexed) return;
    const indices = await table.listIndices();
    if (!indices.some((index) => index.columns.includes('interaction_id'))) {
      await table.createIndex('interaction_id', { config: lancedb.Index.btree() });
    }
    this.indexed = true;
  }

  private embedderMismatch(stored: string, current = ''): RoutingError {
    return routingFailure(
      FailureTypes.ConfigError,
      `the vector store holds vectors from ${stored} but this worker embeds with "${this.embedderName}"${current}; ` +
        'vectors from different embedders cannot be mixed. To migrate, point VECTOR_STORE_DIR at a new directory and ' +
        'replay the routings to re-index them, or set LLM_EMBEDDINGS / LLM_EMBEDDINGS_MODEL / LLM_EMBEDDINGS_DIMENSIONS back',
    );
  }
}

/**
 * Stores written before embedders were named hold "external" for any gateway embedder: accepted for a gateway embedder
 * (the dimension check still applies), since which model filled them cannot be known.
 */
const sameEmbedder = (stored: string, current: string): boolean =>
  stored === current || (stored === 'external' && current.startsWith('gateway:'));

function schemaFor(dimensions: number): Schema {
  return new Schema([
    new Field('interaction_id', new Utf8(), false),
    new Field('text', new Utf8(), false),
    new Field('model', new Utf8(), false),
    new Field('metadata', new Utf8(), false),
    new Field('embedder', new Utf8(), false),
    new Field('updated_at', new Utf8(), false),
    new Field('vector', new FixedSizeList(dimensions, new Field('item', new Float32(), true)), false),
  ]);
}
