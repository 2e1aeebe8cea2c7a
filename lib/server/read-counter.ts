/**
 * « Les plus lus »: counting reads whatever answered the reader's page (Varnish, the page cache,
 * Redis or a render). Each story's page carries a one-pixel image, `/lu/<story id>.gif`, that no cache
 * keeps (`no-store`; Varnish passes `/lu/`): every reader whose browser shows the page asks this
 * instance for it, and nothing else is needed — no script, no cookie, no identifier.
 *
 * A read is counted in this instance's memory, never written per read: `flush` adds the counts to the
 * database in one statement (lib/data/article-reads.ts `addReads`), every few seconds and when the
 * server stops. Nothing about the reader is kept, not even in memory: only « story X, one more read »
 * (CNIL's exemption from consent for audience measurement asks no more). Robots and prefetches
 * (a browser preparing a page nobody has opened yet) are not counted.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { READ_BEACON } from '../content/read-beacon';

/** A transparent 1×1 GIF (43 bytes). */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Robots, link previews and tools that fetch pages; a browser's own words are never in this list. */
const ROBOT =
  /bot\b|bot\/|crawl|spider|slurp|archiver|facebookexternalhit|meta-externalagent|embedly|preview|pinterest|vkshare|w3c_validator|validator\.nu|lighthouse|pa11y|curl\/|wget\/|python-|httpx|aiohttp|go-http-client|java\/|okhttp|libwww|axios\/|node-fetch|undici|wrk\//i;

/** Whether `req` is a reader's browser showing the page, not a robot nor a prefetch. */
export function isCountedRead(req: IncomingMessage): boolean {
  if (req.method !== 'GET') return false;
  const agent = req.headers['user-agent'];
  if (!agent || ROBOT.test(agent)) return false;
  // Prefetch and prerender (Chrome's Sec-Purpose, older Purpose / X-Purpose / X-Moz): nobody reads yet.
  const purpose = [req.headers['sec-purpose'], req.headers.purpose, req.headers['x-purpose'], req.headers['x-moz']].join(' ');
  if (/prefetch|prerender|preview/i.test(purpose)) return false;
  // A browser says what the request is for: the beacon is an image, not a page someone opened.
  const dest = req.headers['sec-fetch-dest'];
  return dest === undefined || dest === 'image';
}

export type TReadWriter = (counts: ReadonlyMap<string, number>, at: Date) => Promise<unknown>;

export class ReadCounter {
  private counts = new Map<string, number>();
  private flushing: Promise<void> | null = null;
  /** Reads counted since the start, and reads dropped (too many stories at once, or a failed write). */
  counted = 0;
  dropped = 0;

  /**
   * `write` adds a batch to the database. `maxStories`: distinct stories kept between two flushes;
   * past it, reads of stories not yet in the batch are dropped (ids are whatever clients send).
   */
  constructor(
    private readonly write: TReadWriter,
    private readonly maxStories = 20_000,
  ) {}

  /** One more read of `articleId`. */
  note(articleId: string): void {
    const known = this.counts.get(articleId);
    if (known === undefined && this.counts.size >= this.maxStories) {
      this.dropped += 1;
      return;
    }
    this.counts.set(articleId, (known ?? 0) + 1);
    this.counted += 1;
  }

  /** Reads waiting for the next flush. */
  get pending(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  /**
   * Writes what was counted since the last flush, in one batch. A failed write (the database away)
   * puts the counts back for the next flush, within `maxStories`. One flush at a time.
   */
  flush(now = new Date()): Promise<void> {
    this.flushing ??= (async () => {
      const batch = this.counts;
      if (batch.size === 0) return;
      this.counts = new Map();
      try {
        await this.write(batch, now);
      } catch {
        for (const [id, count] of batch) {
          const known = this.counts.get(id);
          if (known === undefined && this.counts.size >= this.maxStories) this.dropped += count;
          else this.counts.set(id, (known ?? 0) + count);
        }
      }
    })().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /**
   * Answers `/lu/<id>.gif` (GET or HEAD) with the pixel, counting the read if it is one; returns false
   * for any other path. The pixel is the same for every id: it tells nothing of what is counted.
   */
  answer(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    const match = READ_BEACON.exec(pathname);
    if (!match) return false;
    if (isCountedRead(req)) this.note(match[1]);
    res.statusCode = 200;
    res.setHeader('content-type', 'image/gif');
    res.setHeader('content-length', PIXEL.length);
    res.setHeader('cache-control', 'no-store');
    res.end(req.method === 'HEAD' ? undefined : PIXEL);
    return true;
  }
}
