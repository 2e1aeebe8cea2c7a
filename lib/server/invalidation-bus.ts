/**
 * Where purges go: this instance's page cache, every other instance (Redis pub/sub when REDIS_URL is
 * set), and the CDN or reverse proxy in front (PURGE_URL). Server actions reach it through
 * lib/process-bridge.ts (lib/cache/invalidate.ts), right after their transaction commits.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { logger } from '../log';
import { processBridge } from '../process-bridge';
import { formatLsn, holdReadsOnPrimary, noteWriteLsn, UNKNOWN_POSITION_HOLD_MS } from '../read-replicas';
import type { TMetrics } from './metrics';
import type { PageCache } from './page-cache';
import { SharedPageStore } from './shared-page-store';

/** Every Redis name starts with REDIS_PREFIX ("dakarinfo:"), so several sites can share one Redis. */
export const REDIS_PREFIX = process.env.REDIS_PREFIX || 'dakarinfo:';
const channelOf = (prefix: string) => `${prefix}purge`;

/** The CDN is purged a second time this long after the first (an instance that heard of the purge late). */
const CDN_REPURGE_MS = 500;

/**
 * What goes over the channel: keys to purge, or everything (after a restore); `lsn`, with read
 * replicas, the primary's write position once the change committed (lib/read-replicas.ts).
 */
type TMessage = { from: string; keys?: string[]; all?: boolean; lsn?: string; hold?: boolean };

/** Attempts to read the primary's write position after a commit (any later position is as good), and the waits between them. */
const POSITION_RETRIES_MS = [50, 100, 200, 400, 800];

/** A CDN purge: Varnish with xkey here; Fastly or Cloudflare would be another function of this shape. */
export type TCdnPurger = (keys: string[]) => Promise<void>;

export function varnishPurger(purgeUrl: string): TCdnPurger {
  return async (keys) => {
    const response = await fetch(purgeUrl, {
      method: 'PURGE',
      headers: { 'xkey-purge': keys.join(' ') },
      signal: AbortSignal.timeout(2_000),
    });
    if (!response.ok) throw new Error(`purge ${response.status}`);
  };
}

/**
 * Empties the CDN of every page (after a restore, when no key list can say what changed): a `BAN`
 * to PURGE_URL, which varnish/default.vcl turns into a ban of every object. Fastly's purge-all or
 * Cloudflare's purge_everything would be another function of this shape.
 */
export async function varnishBanAll(purgeUrl: string): Promise<void> {
  const response = await fetch(purgeUrl, { method: 'BAN', signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`BAN ${response.status}`);
}

export type TInvalidationBus = { purge(keys: string[]): void; close(): Promise<void> };

export async function startInvalidationBus(
  cache: PageCache,
  options: {
    redisUrl?: string;
    purgeUrl?: string;
    cdn?: TCdnPurger;
    shared?: SharedPageStore | null;
    log?: (m: string) => void;
    prefix?: string;
    /**
     * With read replicas: the primary's current WAL position, read after the change committed and
     * noted before anything is purged, so no page is rendered again from a replica behind it.
     */
    writePosition?: () => Promise<bigint | null>;
    /** Times each step of a purge's fan-out (lib/server/metrics.ts). */
    metrics?: TMetrics | null;
  },
): Promise<TInvalidationBus> {
  const log = options.log ?? ((m: string) => logger().warn({ event: 'purge' }, m));
  const metrics = options.metrics ?? null;
  const since = (started: number) => (performance.now() - started) / 1000;
  const CHANNEL = channelOf(options.prefix ?? REDIS_PREFIX);
  const instance = randomBytes(6).toString('hex');
  const cdn = options.cdn ?? (options.purgeUrl ? varnishPurger(options.purgeUrl) : null);
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
        const { from, keys, all, lsn, hold } = JSON.parse(message) as TMessage;
        if (from === instance) return;
        noteWriteLsn(lsn);
        if (hold === true) holdReadsOnPrimary(UNKNOWN_POSITION_HOLD_MS);
        if (all === true) cache.clear();
        else if (Array.isArray(keys)) cache.purge(keys.map(String));
      } catch {
        // not one of ours
      }
    });
    // A reconnection may have missed purges: start from an empty cache rather than a stale one, and
    // from the newest write position any instance purged (read replicas), since messages were missed.
    subscriber.on('ready', () => void catchUpOnWrites().then(() => cache.clear()));
    await catchUpOnWrites();
  }

  /**
   * The write's position on the primary, noted here first (read replicas), or null. Read again a few
   * times if it fails (any later position covers the commit); meanwhile this instance still serves the
   * old pages from its cache, which is not purged yet. If it stays unknown, no replica can be shown to
   * have the change: every instance reads from the primary for a minute (`hold` in the message).
   */
  async function notedWritePosition(): Promise<bigint | null> {
    if (!options.writePosition) return null;
    let lastError: Error | null = null;
    for (const wait of [0, ...POSITION_RETRIES_MS]) {
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        const lsn = await options.writePosition();
        if (lsn !== null) {
          noteWriteLsn(lsn);
          return lsn;
        }
      } catch (error) {
        lastError = error as Error;
      }
    }
    log(
      `Position d’écriture de la base principale illisible : lectures sur la base principale pendant une minute${lastError ? ` (${lastError.message})` : ''}.`,
    );
    holdReadsOnPrimary(UNKNOWN_POSITION_HOLD_MS);
    return null;
  }

  /** The newest write position any instance purged, from Redis (read replicas): at start and after a reconnection. */
  async function catchUpOnWrites(): Promise<void> {
    if (options.shared?.trackWrites) noteWriteLsn(await options.shared.latestWrite());
  }

  const bus: TInvalidationBus = {
    purge(keys) {
      if (keys.length === 0) return;
      // Without replicas, this instance drops the pages at once; with them, once the write position is noted.
      if (!options.writePosition) cache.purge(keys);
      // In order, each step relying on the one before: whatever is asked for again while the purge
      // runs must be rendered afresh, not taken from a cache the purge has not reached yet.
      void (async () => {
        const started = performance.now();
        // 0. with read replicas, where the change sits in the primary's WAL: no render reads a replica behind it;
        const lsn = await notedWritePosition();
        if (options.writePosition) cache.purge(keys);
        // 1. the pages shared in Redis, so no instance picks the old page up again;
        if (options.shared) {
          const step = performance.now();
          await options.shared.purge(keys, lsn);
          metrics?.purge('shared', since(step));
        }
        // 2. this instance again (what it rendered or took from Redis meanwhile), then the others;
        cache.purge(keys);
        const told = performance.now();
        await publisher
          ?.publish(
            CHANNEL,
            JSON.stringify({
              from: instance,
              keys,
              ...(lsn !== null ? { lsn: formatLsn(lsn) } : options.writePosition ? { hold: true } : {}),
            } satisfies TMessage),
          )
          .catch((error: Error) => log(`Purge Redis échouée : ${error.message}`));
        if (publisher) metrics?.purge('instances', since(told));
        // 3. the CDN last, since it fetches again from the instances; once more a moment later, for an
        //    instance that heard of the purge late.
        if (cdn) {
          const purgeCdn = () => cdn(keys).catch((error: Error) => log(`Purge du cache HTTP (PURGE_URL) échouée : ${error.message}`));
          const step = performance.now();
          await purgeCdn();
          metrics?.purge('cdn', since(step));
          setTimeout(() => void purgeCdn(), CDN_REPURGE_MS).unref();
        }
        metrics?.purge('all', since(started));
        logger().debug({ event: 'purge', keys: keys.length, ms: Math.round(since(started) * 10_000) / 10 }, 'Purge diffusée');
      })();
    },
    async close() {
      await Promise.all([publisher?.quit().catch(() => {}), subscriber?.quit().catch(() => {})]);
    },
  };
  processBridge().purge = (keys) => bus.purge(keys);
  return bus;
}

/**
 * After the database was replaced (a restore): every cached page shared in Redis is dropped, and every running instance empties its own page cache. Returns how many
 * instances heard it. A CDN in front (PURGE_URL) is not emptied here.
 */
export async function clearSharedCaches(
  redisUrl: string,
  prefix = REDIS_PREFIX,
  lsn: bigint | null = null,
  hold = false,
): Promise<{ instances: number }> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
  redis.on('error', () => {});
  const pages = new SharedPageStore(redis, 0, `${prefix}cache:`, () => {});
  try {
    await redis.connect();
    // With read replicas: the restore's position in the primary's WAL, known before any cache empties.
    if (lsn !== null) await pages.recordWrite(lsn);
    if (!(await pages.reset())) throw new Error('le cache partagé des pages n’a pas pu être vidé');
    const instances = await redis.publish(
      channelOf(prefix),
      JSON.stringify({
        from: 'restauration',
        all: true,
        ...(lsn === null ? {} : { lsn: formatLsn(lsn) }),
        ...(hold ? { hold: true } : {}),
      } satisfies TMessage),
    );
    return { instances };
  } finally {
    pages.close();
    redis.disconnect();
  }
}
