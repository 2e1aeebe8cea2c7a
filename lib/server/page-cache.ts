/**
 * Public pages, rendered once and kept in memory with the surrogate keys of what they show.
 * A purge drops exactly the pages carrying one of the purged keys. A page whose render overlapped
 * a purge is not stored (it may have read data from before the write), so a purge is never undone.
 */
import type { OutgoingHttpHeaders } from 'node:http';

export type TCachedPage = {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  keys: string[];
  storedAt: number;
};

/** Longer addresses are not kept (a page's own parameters are far shorter: lib/server/public-paths.ts). */
export const MAX_CACHED_URL_LENGTH = 2048;

/** What an entry costs in memory, as counted against the limit: its bytes, and its address and keys (UTF-16). */
function weight(url: string, entry: TCachedPage): number {
  return entry.body.length + (entry.gzip?.length ?? 0) + 2 * (url.length + entry.keys.reduce((sum, key) => sum + key.length, 0));
}

export class PageCache {
  private readonly entries = new Map<string, TCachedPage>();
  private readonly byKey = new Map<string, Set<string>>();
  private bytes = 0;
  /** Incremented by every purge: a render that saw another generation is not stored. */
  generation = 0;

  /**
   * `ttlMs` bounds what no write purges: the date in the masthead, the hour a story was published
   * relative to "now". Every change that a write makes is purged at once, whatever the TTL.
   */
  constructor(
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  get(url: string, now = Date.now()): TCachedPage | undefined {
    const entry = this.entries.get(url);
    if (entry && now - entry.storedAt > this.ttlMs) {
      this.delete(url);
      return undefined;
    }
    if (entry) {
      // Least recently used goes first: re-insert on read.
      this.entries.delete(url);
      this.entries.set(url, entry);
    }
    return entry;
  }

  set(url: string, entry: TCachedPage, renderedInGeneration: number): boolean {
    if (renderedInGeneration !== this.generation) return false;
    // An absurdly long address is served, not kept: its key alone would weigh more than most pages.
    if (url.length > MAX_CACHED_URL_LENGTH) return false;
    this.delete(url);
    this.entries.set(url, entry);
    this.bytes += weight(url, entry);
    for (const key of entry.keys) {
      let urls = this.byKey.get(key);
      if (!urls) this.byKey.set(key, (urls = new Set()));
      urls.add(url);
    }
    while (this.bytes > this.maxBytes && this.entries.size > 1) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    return true;
  }

  /** Drops every page showing one of `keys`; returns how many. */
  purge(keys: Iterable<string>): number {
    this.generation += 1;
    let dropped = 0;
    for (const key of keys) {
      for (const url of this.byKey.get(key) ?? []) {
        if (this.delete(url)) dropped += 1;
      }
      this.byKey.delete(key);
    }
    return dropped;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.byKey.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(url: string): boolean {
    const entry = this.entries.get(url);
    if (!entry) return false;
    this.entries.delete(url);
    this.bytes -= weight(url, entry);
    for (const key of entry.keys) {
      const urls = this.byKey.get(key);
      urls?.delete(url);
      if (urls && urls.size === 0) this.byKey.delete(key);
    }
    return true;
  }
}
