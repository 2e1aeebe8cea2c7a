/**
 * Dakarinfo's HTTP server: one Node layer that answers readers itself and passes the rest to Next.js.
 *   - Readers' pages are rendered by lib/readers (React's server renderer, no script) and served from
 *     an in-memory page cache purged exactly when a write changes what they show (public-pages.ts,
 *     invalidation-bus.ts); the readers' stylesheet and icon are its own files (files.ts).
 *   - Next.js serves the newsroom (/admin, /connexion), its server actions, the API, pictures, feeds
 *     and sitemaps.
 *   - Before either: early answers (early-answers.ts), the client's address, body limits.
 *   - Lifecycle: the scheduler of programmed stories, and a drain of in-flight requests on SIGTERM.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { Redis } from 'ioredis';
import next from 'next';
import pg from 'pg';
import { INTERNAL_SECRET_HEADER } from '../auth/internal-secret';
import { keyFor } from '../cache/keys';
import { addReads, pruneReads } from '../data/article-reads';
import { checkReplicas, closeDatabases } from '../data/check-database';
import { logger } from '../log';
import { processBridge } from '../process-bridge';
import { readWritePosition, replicaUrls } from '../read-replicas';
import { AlertCache } from '../readers/alert';
import { buildSiteAssets } from '../readers/assets';
import { MostReadCache } from '../readers/most-read';
import { NavigationCache } from '../readers/navigation';
import { IdentityCache } from '../readers/identity';
import { ReaderPages } from '../readers/render';
import { createDispatch } from './dispatch';
import { createFileServing } from './files';
import { createBoundedServer, httpLimitsFromEnv } from './http-server';
import { REDIS_PREFIX, startInvalidationBus } from './invalidation-bus';
import { connectMetrics, createMetrics, type TMetrics } from './metrics';
import { PageCache } from './page-cache';
import { registerPreview } from './preview';
import { ReadCounter } from './read-counter';
import { createPublicPages } from './public-pages';
import { PAGE_TTL_SECONDS } from './responses';
import { SharedPageStore } from './shared-page-store';

const SCHEDULER_INTERVAL_MS = 10_000;
/** « Les plus lus »: reads counted in memory are added to the database this often (READS_FLUSH_MS)… */
const READS_FLUSH_MS = Number(process.env.READS_FLUSH_MS ?? 10_000);
/** …and the ranking is read again this often, its pages purged only when it changed (MOST_READ_REFRESH_MS). */
const MOST_READ_REFRESH_MS = Number(process.env.MOST_READ_REFRESH_MS ?? 300_000);
/** Reads older than this are deleted (the box looks back a day). */
const READS_KEPT_MS = 48 * 60 * 60 * 1000;

export type TDakarinfoServer = { server: Server; cache: PageCache; metrics: TMetrics; close: (graceMs?: number) => Promise<void> };

/** The caches' shared parts: Redis for pages, and the primary's write position with read replicas. */
async function sharedCaches(cacheEnabled: boolean) {
  // With REDIS_URL, pages rendered by any instance are also kept in Redis for all of them.
  const redis =
    cacheEnabled && process.env.REDIS_URL
      ? new Redis(process.env.REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1_000 })
      : null;
  redis?.on('error', () => {}); // reported by the invalidation bus's own connections
  await redis?.connect().catch(() => {});
  const shared = redis ? new SharedPageStore(redis, PAGE_TTL_SECONDS * 1000, `${REDIS_PREFIX}cache:`) : null;
  // Read replicas (DATABASE_REPLICA_URLS): every purge first notes where the change sits in the
  // primary's WAL, so that no page is rendered again from a replica that has not replayed it.
  const primaryPosition =
    replicaUrls().length > 0 && process.env.DATABASE_URL
      ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, connectionTimeoutMillis: 2_000 })
      : null;
  primaryPosition?.on('error', () => {});
  if (shared && primaryPosition) shared.trackWrites = true;
  return { redis, shared, primaryPosition };
}

export async function createDakarinfoServer(options: {
  dev: boolean;
  dir: string;
  port: number;
  hostname?: string;
}): Promise<TDakarinfoServer> {
  const internalSecret = randomBytes(24).toString('base64url');
  process.env.DAKARINFO_INTERNAL_SECRET = internalSecret;
  const log = logger();
  // Prometheus (GET /api/metrics, lib/server/metrics.ts); Next's copy of lib/ reports sign-ins through the bridge.
  const metrics = createMetrics({
    replicaLag: async () =>
      (await checkReplicas()).map((health, index) => ({
        replica: String(index + 1),
        bytes: health.etat === 'injoignable' || health.etat === 'pas une réplique' ? null : (health.retardOctets ?? 0),
      })),
  });
  connectMetrics(metrics);
  const cache = new PageCache(Number(process.env.PAGE_CACHE_MB ?? 64) * 1024 * 1024, PAGE_TTL_SECONDS * 1000);
  const cacheEnabled = !options.dev && process.env.PAGE_CACHE !== 'off';
  const { redis, shared, primaryPosition } = await sharedCaches(cacheEnabled);
  const writePosition = primaryPosition ? () => readWritePosition(primaryPosition) : undefined;
  const bus = await startInvalidationBus(cache, {
    redisUrl: process.env.REDIS_URL,
    purgeUrl: process.env.PURGE_URL,
    shared,
    writePosition,
    metrics,
  });

  // Readers' pages need nothing from Next: they can be served before Next has rendered anything.
  const assets = buildSiteAssets(options.dir);
  const alerts = new AlertCache(() => cache.generation);
  const mostRead = new MostReadCache(() => cache.generation);
  const readers = new ReaderPages(
    assets,
    new NavigationCache(() => cache.generation),
    alerts,
    new IdentityCache(() => cache.generation),
    mostRead,
  );
  const reads = new ReadCounter(addReads);
  registerPreview(readers);
  const publicPages = createPublicPages({ cache, cacheEnabled, shared, readers, metrics });

  const app = next({ dev: options.dev, dir: options.dir, port: options.port, hostname: options.hostname ?? 'localhost' });
  const handle = app.getRequestHandler();
  await app.prepare();
  const files = createFileServing(handle, assets);

  const dispatch = createDispatch({ dev: options.dev, publicPages, files, handle, log, metrics, reads });

  // The first reader of each kind of page must not pay for the database's connection and the code's
  // first run: done here, before the server listens (a few seconds at most).
  await Promise.race([readers.prepare(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);

  const server = createBoundedServer(httpLimitsFromEnv(), (req, res) => {
    const work = dispatch(req, res);
    work?.catch((error: unknown) => {
      log.error({ event: 'request', reqId: req.headers['x-request-id'], err: error }, 'Erreur de rendu');
      publicPages.unavailable(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.hostname, resolve));

  // Scheduled stories: every instance asks its own app to publish what is due (idempotent across instances).
  const runScheduler = () =>
    fetch(`http://127.0.0.1:${options.port}/api/internal/publier-programmes`, {
      method: 'POST',
      headers: { [INTERNAL_SECRET_HEADER]: internalSecret },
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(`statut ${response.status}`);
        const { purged } = (await response.json()) as { purged?: number };
        metrics.schedulerRun('ok');
        if (purged) log.info({ event: 'scheduler', purged }, 'Programmateur\u00a0: articles publiés ou épinglages échus');
      })
      .catch((error: unknown) => {
        metrics.schedulerRun('error');
        if (!processBridge().stopping) log.warn({ event: 'scheduler', err: error }, 'Programmateur en échec');
      });
  const scheduler = setInterval(runScheduler, SCHEDULER_INTERVAL_MS);
  scheduler.unref();
  void runScheduler();
  // « Alerte info » ends on time with no request from the newsroom: once the alert this instance's
  // pages showed is over, they are purged here, in the shared cache and at the CDN (the bus). Every
  // instance does it; a purge twice is harmless.
  const alertEnd = setInterval(() => {
    if (alerts.endedSince()) bus.purge([keyFor.layout]);
  }, 500);
  alertEnd.unref();
  // « Les plus lus »: reads go to the database in batches; the box's pages are purged only when the
  // ranking's top changed. Every instance does both: the counts add up, a purge twice is harmless.
  const readsFlush = setInterval(() => void reads.flush(), READS_FLUSH_MS);
  readsFlush.unref();
  const mostReadRefresh = setInterval(() => {
    mostRead
      .refresh()
      .then((changed) => {
        if (changed) bus.purge([keyFor.mostRead]);
        return pruneReads(new Date(Date.now() - READS_KEPT_MS));
      })
      .catch(() => {});
  }, MOST_READ_REFRESH_MS);
  mostReadRefresh.unref();

  return {
    server,
    cache,
    metrics,
    close: (graceMs = 0) =>
      new Promise<void>((resolve) => {
        // Readiness answers 503 from now on, so a load balancer stops sending traffic here; during the
        // grace period requests already on their way are still served, then the server stops accepting.
        processBridge().stopping = true;
        clearInterval(scheduler);
        clearInterval(alertEnd);
        clearInterval(readsFlush);
        clearInterval(mostReadRefresh);
        setTimeout(() => {
          // Stop accepting, let in-flight requests finish, then drop idle keep-alive sockets.
          server.close(() => {
            shared?.close();
            // The reads counted since the last batch are not lost with the process.
            void reads
              .flush()
              .catch(() => {})
              .then(() =>
                Promise.all([bus.close(), redis?.quit().catch(() => {}), closeDatabases(), primaryPosition?.end().catch(() => {})]),
              )
              .then(() => resolve());
          });
          server.closeIdleConnections();
        }, graceMs);
      }),
  };
}
