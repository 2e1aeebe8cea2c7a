/**
 * Which search results deserve a place in the page cache: those asked for a second time. A flood of
 * distinct random searches (`?q=<new every time>`) would otherwise push Manchettes and the stories out
 * of the cache, each stored once and never read again. The first request of a search is only noted —
 * as a digest, in a set that starts afresh past `capacity` (TinyLFU's "doorkeeper") — and its second
 * is kept: a search readers share (a name in the news) is cached from its second reader on.
 */
import { createHash } from 'node:crypto';

export class SecondRequestAdmission {
  private seen = new Set<string>();

  constructor(private readonly capacity = 20_000) {}

  /** True when `key` was asked for before (so its page may be kept); false the first time. */
  admit(key: string): boolean {
    const digest = createHash('sha1').update(key).digest('base64url');
    if (this.seen.has(digest)) return true;
    if (this.seen.size >= this.capacity) this.seen = new Set();
    this.seen.add(digest);
    return false;
  }
}
