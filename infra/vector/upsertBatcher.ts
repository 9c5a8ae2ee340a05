/**
 * Collects upserts from concurrent routings for a short window and commits them as one write, so the store makes
 * one data file per window instead of one per routing. Each caller still learns the outcome of its own entry: the
 * batch's commit resolves or rejects every promise in it.
 */
export interface BatcherOptions<T> {
  /** How long the first item of a batch waits for company. */
  windowMs: number;
  maxBatch: number;
  /** Writes a batch; entries later in the array supersede earlier ones with the same key. */
  commit(items: T[]): Promise<void>;
}

interface Pending<T> {
  item: T;
  resolve(): void;
  reject(error: unknown): void;
}

export class UpsertBatcher<T> {
  private pending: Pending<T>[] = [];
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: BatcherOptions<T>) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.options.maxBatch) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.options.windowMs);
    });
  }

  /** Commits whatever is waiting now; callers that must observe every earlier upsert (a removal) await this. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      await this.options.commit(batch.map((p) => p.item));
      for (const p of batch) p.resolve();
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }
}
