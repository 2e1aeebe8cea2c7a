import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket, connect } from 'node:net';
import { unstable_cache } from 'next/cache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import DakarinfoCacheHandler, { createRedisStore, expireTags, nextCacheKind } from '../../lib/server/next-cache-handler.mjs';
import { tcpReachable } from '../support/reachable';

/**
 * Next's own cache (next.config.js `cacheHandler`): through Next's real `unstable_cache` here, and
 * shared between two instances through a real Redis (127.0.0.1:6379 here; TEST_REDIS_URL elsewhere).
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUp = await tcpReachable(REDIS_URL, 6379);
const FETCH = { kind: 'FETCH', tags: ['layout'], softTags: ['_N_T_/layout'] };
const fetchEntry = (body: string) => ({ kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, revalidate: 300 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A TCP relay to Redis that the test can cut and restore, like a network outage. */
function relay(target: URL) {
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  let port = 0;
  const up = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 6379), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {});
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server?.close(() => resolve());
    });
  return { up, down, url: () => `redis://127.0.0.1:${port}` };
}

async function ready(store: { client: { status: string } }) {
  for (let i = 0; i < 100 && store.client.status !== 'ready'; i += 1) await sleep(20);
}

describe('Next’s cache, in this process', () => {
  it('keeps what unstable_cache computed until one of its tags is expired', async () => {
    expect(nextCacheKind()).toBe(process.env.REDIS_URL ? 'redis' : 'memory');
    let calls = 0;
    const tag = `essai-${randomBytes(3).toString('hex')}`;
    const read = unstable_cache(async () => ({ calls: ++calls, at: 'Dakar' }), ['essai', tag], { tags: [tag] });
    expect(await read()).toEqual({ calls: 1, at: 'Dakar' });
    expect(await read()).toEqual({ calls: 1, at: 'Dakar' });
    // An entry written just after the expiry could hold data read before it: it is not kept.
    await expireTags([tag]);
    expect(await read()).toEqual({ calls: 2, at: 'Dakar' });
    expect(await read()).toEqual({ calls: 3, at: 'Dakar' });
  });
});

describe.skipIf(!redisUp)('Next’s cache in Redis, shared by two instances', () => {
  const prefix = `dakarinfo-test-${randomBytes(4).toString('hex')}:next:`;
  // Instance A reaches Redis through a relay the last test cuts.
  const link = relay(new URL(REDIS_URL));
  let storeA: ReturnType<typeof createRedisStore>;
  let storeB: ReturnType<typeof createRedisStore>;
  let a: DakarinfoCacheHandler;
  let b: DakarinfoCacheHandler;

  beforeAll(async () => {
    await link.up();
    storeA = createRedisStore(link.url(), prefix);
    storeB = createRedisStore(REDIS_URL, prefix);
    a = new DakarinfoCacheHandler(undefined, storeA);
    b = new DakarinfoCacheHandler(undefined, storeB);
    await Promise.all([ready(storeA), ready(storeB)]);
  });

  afterAll(async () => {
    const keys = await storeB.client.keys(`${prefix}*`);
    if (keys.length) await storeB.client.del(...keys);
    await Promise.all([storeA.close(), storeB.close()]);
    await link.down();
  });

  it('an entry one instance stored is read by the other, Buffers and Maps intact', async () => {
    const page = { kind: 'APP_PAGE', html: '<p>Thiès</p>', rscData: Buffer.from([0, 1, 2, 250]), headers: { 'x-next-cache-tags': 'article:a1,list:home' }, status: 200, segmentData: new Map([['/page', Buffer.from('segment')]]) };
    await a.set('/politique', page, { cacheControl: { revalidate: 60, expire: 120 } });
    const read = await b.get('/politique', { kind: 'APP_PAGE' });
    expect(read?.value).toEqual(page);
    expect(read?.cacheControl).toEqual({ revalidate: 60, expire: 120 });
    // Its tags came from Next's tag header: expiring one drops it for both.
    await b.revalidateTag('list:home');
    expect(await a.get('/politique', { kind: 'APP_PAGE' })).toBeNull();
  });

  it('a tag expired on one instance drops the entry on the other, including by an implicit (path) tag', async () => {
    await sleep(10);
    await a.set('rubriques', fetchEntry('["Politique"]'), FETCH);
    expect((await b.get('rubriques', FETCH))?.value).toEqual(fetchEntry('["Politique"]'));
    await b.revalidateTag(['_N_T_/layout']);
    expect(await a.get('rubriques', FETCH)).toBeNull();
  });

  it('data computed before an expiry and stored after it is refused', async () => {
    await a.revalidateTag('layout');
    await a.set('rubriques', fetchEntry('["ancienne"]'), FETCH);
    expect(await b.get('rubriques', FETCH)).toBeNull();
  });

  it('an expiry that cannot reach Redis stops the shared entries from being read until every instance moved past them', async () => {
    await sleep(5_100); // past the window in which fresh writes under "layout" are refused
    await a.set('nav', fetchEntry('["Culture"]'), FETCH);
    expect(await b.get('nav', FETCH)).not.toBeNull();
    await link.down();
    await a.revalidateTag('layout'); // logged, not thrown: the editor's save is not failed by the cache
    expect(await a.get('nav', FETCH)).toBeNull();
    // B still reads it while A cannot tell Redis; once the link is back:
    await link.up();
    // As soon as Redis answers, a new generation: nothing written before the lost expiry is read, anywhere.
    for (let i = 0; i < 40 && (await b.get('nav', FETCH)) !== null; i += 1) await sleep(100);
    expect(await b.get('nav', FETCH)).toBeNull();
    await a.set('nav', fetchEntry('["Monde"]'), FETCH);
    expect((await b.get('nav', FETCH))?.value).toEqual(fetchEntry('["Monde"]'));
    expect((await a.get('nav', FETCH))?.value).toEqual(fetchEntry('["Monde"]'));
  }, 20_000);
});
