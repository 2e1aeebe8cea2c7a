/**
 * Where purges go: this instance's page cache, every other instance (Redis pub/sub when REDIS_URL is
 * set), and the CDN or reverse proxy in front (PURGE_URL). Server actions reach it through
 * globalThis (lib/cache/invalidate.ts), right after their transaction commits.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { expireTags } from './next-cache-handler.mjs';
import type { PageCache } from './page-cache';
import type { SharedPageStore } from './shared-page-store';

/** Every Redis name starts with REDIS_PREFIX ("dakarinfo:"), so several sites can share one Redis. */
export const REDIS_PREFIX = process.env.REDIS_PREFIX || 'dakarinfo:';
const CHANNEL = `${REDIS_PREFIX}purge`;

/** A CDN purge: Varnish with xkey here; Fastly or Cloudflare would be another function of this shape. */
export type TCdnPurger = (keys: string[]) => Promise<void>;

export function varnishPurger(purgeUrl: string): TCdnPurger {
  return async (keys) => {
    const response = await fetch(purgeUrl, { method: 'PURGE', headers: { 'xkey-purge': keys.join(' ') }, signal: AbortSignal.timeout(2_000) });
    if (!response.ok) throw new Error(`purge ${response.status}`);
  };
}

export type TInvalidationBus = { purge(keys: string[]): void; close(): Promise<void> };

type TGlobal = { __dakarinfoInvalidation?: { purge(keys: string[]): void } };

export async function startInvalidationBus(
  cache: PageCache,
  options: { redisUrl?: string; purgeUrl?: string; shared?: SharedPageStore | null; log?: (m: string) => void },
): Promise<TInvalidationBus> {
  const log = options.log ?? ((m: string) => console.error(m));
  const instance = randomBytes(6).toString('hex');
  const cdn = options.purgeUrl ? varnishPurger(options.purgeUrl) : null;
  let publisher: Redis | null = null;
  let subscriber: Redis | null = null;

  if (options.redisUrl) {
    publisher = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
    subscriber = new Redis(options.redisUrl, { lazyConnect: true });
    for (const client of [publisher, subscriber]) client.on('error', (error: Error) => log(`Redis : ${error.message}`));
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(CHANNEL);
    subscriber.on('message', (_channel: string, message: string) => {
      try {
        const { from, keys } = JSON.parse(message) as { from: string; keys: string[] };
        if (from !== instance && Array.isArray(keys)) cache.purge(keys.map(String));
      } catch {
        // not one of ours
      }
    });
    // A reconnection may have missed purges: start from an empty cache rather than a stale one.
    subscriber.on('ready', () => cache.clear());
  }

  const bus: TInvalidationBus = {
    purge(keys) {
      if (keys.length === 0) return;
      cache.purge(keys);
      // Next's cached data under these keys (lib/server/next-cache-handler.mjs) is expired before the
      // pages are purged anywhere else, so no instance re-renders a page from it; this instance purges
      // again then, dropping what it rendered in between.
      const dataExpired = expireTags(keys).catch((error: Error) => log(`Expiration du cache de Next échouée : ${error.message}`));
      void dataExpired.then(() => {
        cache.purge(keys);
        // The shared cache first, then the other instances: when they hear of the purge, Redis no
        // longer holds the old pages for them to pick up again.
        void (options.shared?.purge(keys) ?? Promise.resolve(0)).finally(() => {
          publisher?.publish(CHANNEL, JSON.stringify({ from: instance, keys })).catch((error: Error) => log(`Purge Redis échouée : ${error.message}`));
        });
        cdn?.(keys).catch((error: Error) => log(`Purge du cache HTTP (PURGE_URL) échouée : ${error.message}`));
      });
    },
    async close() {
      await Promise.all([publisher?.quit().catch(() => {}), subscriber?.quit().catch(() => {})]);
    },
  };
  (globalThis as TGlobal).__dakarinfoInvalidation = bus;
  return bus;
}
