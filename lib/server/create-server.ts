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
import { closeDatabases } from '../data/check-database';
import { processBridge } from '../process-bridge';
import { readWritePosition, replicaUrls } from '../read-replicas';
import { AlertCache } from '../readers/alert';
import { buildSiteAssets } from '../readers/assets';
import { NavigationCache } from '../readers/navigation';
import { IdentityCache } from '../readers/identity';
import { ReaderPages } from '../readers/render';
import { createDispatch } from './dispatch';
import { createFileServing } from './files';
import { createBoundedServer, httpLimitsFromEnv } from './http-server';
import { REDIS_PREFIX, startInvalidationBus } from './invalidation-bus';
import { PageCache } from './page-cache';
import { registerPreview } from './preview';
import { createPublicPages } from './public-pages';
import { PAGE_TTL_SECONDS } from './responses';
import { SharedPageStore } from './shared-page-store';

const SCHEDULER_INTERVAL_MS = 10_000;

export type TDakarinfoServer = { server: Server; cache: PageCache; close: (graceMs?: number) => Promise<void> };

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
  const cache = new PageCache(Number(process.env.PAGE_CACHE_MB ?? 64) * 1024 * 1024, PAGE_TTL_SECONDS * 1000);
  const cacheEnabled = !options.dev && process.env.PAGE_CACHE !== 'off';
  const { redis, shared, primaryPosition } = await sharedCaches(cacheEnabled);
  const writePosition = primaryPosition ? () => readWritePosition(primaryPosition) : undefined;
  const bus = await startInvalidationBus(cache, {
    redisUrl: process.env.REDIS_URL,
    purgeUrl: process.env.PURGE_URL,
    shared,
    writePosition,
  });

  // Readers' pages need nothing from Next: they can be served before Next has rendered anything.
  const assets = buildSiteAssets(options.dir);
  const alerts = new AlertCache(() => cache.generation);
  const readers = new ReaderPages(assets, new NavigationCache(() => cache.generation), alerts, new IdentityCache(() => cache.generation));
  registerPreview(readers);
  const publicPages = createPublicPages({ cache, cacheEnabled, shared, readers });

  const app = next({ dev: options.dev, dir: options.dir, port: options.port, hostname: options.hostname ?? 'localhost' });
  const handle = app.getRequestHandler();
  await app.prepare();
  const files = createFileServing(handle, assets);

  const dispatch = createDispatch({ dev: options.dev, publicPages, files, handle });

  // The first reader of each kind of page must not pay for the database's connection and the code's
  // first run: done here, before the server listens (a few seconds at most).
  await Promise.race([readers.prepare(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);

  const server = createBoundedServer(httpLimitsFromEnv(), (req, res) => {
    const work = dispatch(req, res);
    work?.catch((error: unknown) => {
      console.error('Erreur de rendu', error);
      publicPages.unavailable(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.hostname, resolve));

  // Scheduled stories: every instance asks its own app to publish what is due (idempotent across instances).
  const runScheduler = () =>
    fetch(`http://127.0.0.1:${options.port}/api/internal/publier-programmes`, {
      method: 'POST',
      headers: { [INTERNAL_SECRET_HEADER]: internalSecret },
    }).catch(() => {});
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

  return {
    server,
    cache,
    close: (graceMs = 0) =>
      new Promise<void>((resolve) => {
        // Readiness answers 503 from now on, so a load balancer stops sending traffic here; during the
        // grace period requests already on their way are still served, then the server stops accepting.
        processBridge().stopping = true;
        clearInterval(scheduler);
        clearInterval(alertEnd);
        setTimeout(() => {
          // Stop accepting, let in-flight requests finish, then drop idle keep-alive sockets.
          server.close(() => {
            shared?.close();
            void Promise.all([bus.close(), redis?.quit().catch(() => {}), closeDatabases(), primaryPosition?.end().catch(() => {})]).then(
              () => resolve(),
            );
          });
          server.closeIdleConnections();
        }, graceMs);
      }),
  };
}
