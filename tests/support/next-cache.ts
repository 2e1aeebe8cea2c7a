/**
 * Next's cache outside a Next server: the data functions use `unstable_cache`, which needs Next's
 * IncrementalCache. Integration tests get the real one, on the site's own handler (in memory unless
 * REDIS_URL is set), emptied before each test: every test starts from the database alone.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { beforeEach } from 'vitest';
import type { IncrementalCache as TIncrementalCache } from 'next/dist/server/lib/incremental-cache';
import DakarinfoCacheHandler, { resetNextCacheStore } from '../../lib/server/next-cache-handler.mjs';

type TGlobal = { __incrementalCache?: TIncrementalCache; AsyncLocalStorage?: typeof AsyncLocalStorage };

// What Next's server sets up before its modules load (next/dist/server/node-environment).
(globalThis as TGlobal).AsyncLocalStorage ??= AsyncLocalStorage;
const { IncrementalCache } = await import('next/dist/server/lib/incremental-cache');

(globalThis as TGlobal).__incrementalCache = new IncrementalCache({
  dev: false,
  requestHeaders: {},
  maxMemoryCacheSize: 0,
  fetchCacheKeyPrefix: '',
  previewProps: { previewModeId: 'test', previewModeSigningKey: 'test', previewModeEncryptionKey: 'test' },
  prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: 'test', previewModeSigningKey: 'test', previewModeEncryptionKey: 'test' } },
  CurCacheHandler: DakarinfoCacheHandler as never,
});

beforeEach(async () => {
  await resetNextCacheStore();
});
