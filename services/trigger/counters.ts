/** What the trigger service did with its deliveries, for GET /v1/stats and the logs. Counts only, never ids. */
export type CounterName =
  'received' | 'started' | 'attached' | 'already-routed' | 'unauthorized' | 'invalid' | 'tooLarge' | 'unavailable';

export class TriggerCounters {
  private readonly counts = new Map<string, number>();

  count(name: CounterName): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** An acknowledged event the router does not route: another topic, or a medium other than voice and messaging. */
  ignored(reason: 'topic' | 'media'): void {
    const key = `ignored.${reason}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  get(name: CounterName | 'ignored.topic' | 'ignored.media'): number {
    return this.counts.get(name) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}
