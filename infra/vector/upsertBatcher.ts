/**
 * Group commit for upserts from concurrent routings: an upsert that finds the store idle is committed at once (after
 * `windowMs`, default 0); upserts that arrive while a commit runs wait for it and are then committed together. Under
 * load the store makes one data file per commit instead of one per routing, and a lone routing never waits for
 * company that is not coming. When upserts arrive close together (the previous one less than `busyGapMs` before),
 * one that finds the store idle waits `busyWindowMs` for the next: a commit costs about the same CPU for one entry
 * as for a few, and under load the store is idle when most upserts arrive. Each caller still learns the outcome of
 * its own entry: the batch's commit resolves or rejects every promise in it.
 */
export interface BatcherOptions<T> {
  /** How long an upsert that finds the store idle waits for company (default 0: the next turn of the event loop). */
  windowMs?: number;
  /** How long an upsert that finds the store idle waits when the previous one arrived under `busyGapMs` before. */
  busyWindowMs?: number;
  busyGapMs?: number;
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
  private committing?: Promise<void>;
  private lastArrival = -Infinity;

  constructor(private readonly options: BatcherOptions<T>) {}

  add(item: T): Promise<void> {
    const now = performance.now();
    const busy = now - this.lastArrival < (this.options.busyGapMs ?? 0);
    this.lastArrival = now;
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.committing) return; // the commit in flight takes this one with the others waiting when it ends
      if (this.pending.length >= this.options.maxBatch) void this.flush();
      else {
        const windowMs = busy
          ? Math.max(this.options.busyWindowMs ?? 0, this.options.windowMs ?? 0)
          : this.options.windowMs;
        this.timer ??= setTimeout(() => void this.flush(), windowMs ?? 0);
      }
    });
  }

  /**
   * Commits whatever is waiting now, after the commit in flight, one commit after another, each taking up to maxBatch
   * of the upserts waiting, until none waits; callers that must observe every earlier upsert (a removal) await this.
   */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.committing) return this.committing;
    if (this.pending.length === 0) return Promise.resolve();
    this.committing = (async () => {
      while (this.pending.length) {
        const batch = this.pending.splice(0, this.options.maxBatch);
        try {
          await this.options.commit(batch.map((p) => p.item));
          for (const p of batch) p.resolve();
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
      this.committing = undefined;
    })();
    return this.committing;
  }
}
