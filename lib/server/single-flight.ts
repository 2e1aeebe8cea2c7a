/**
 * Concurrent misses for the same page wait for one render, unless the cache was purged since that
 * render started: it may show what the purge removed (a CDN refetching right after a purge must not be
 * handed the old page), so a request after the purge starts a render of its own.
 */
export class SingleFlight<T> {
  private readonly running = new Map<string, { generation: number; promise: Promise<T> }>();

  /** The render of `key` started in this cache generation, if one is running. */
  current(key: string, generation: number): Promise<T> | undefined {
    const entry = this.running.get(key);
    return entry?.generation === generation ? entry.promise : undefined;
  }

  /** Registers a render (in place of one from an older generation) until it settles. */
  start(key: string, generation: number, promise: Promise<T>): void {
    const entry = { generation, promise };
    this.running.set(key, entry);
    promise
      .finally(() => {
        if (this.running.get(key) === entry) this.running.delete(key);
      })
      .catch(() => {});
  }

  get size(): number {
    return this.running.size;
  }
}
