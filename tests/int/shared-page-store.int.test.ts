import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearSharedCaches, startInvalidationBus } from '../../lib/server/invalidation-bus';
import { PageCache, type TCachedPage } from '../../lib/server/page-cache';
import { decodePage, encodePage, SharedPageStore } from '../../lib/server/shared-page-store';
import { parseLsn, processWrites } from '../../lib/read-replicas';
import { tcpReachable } from '../support/reachable';

/** The shared page cache against a real Redis (127.0.0.1:6379 on these machines; TEST_REDIS_URL elsewhere). */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const redisUp = await tcpReachable(REDIS_URL, 6379);

function page(text: string, keys: string[]): TCachedPage {
  const body = Buffer.from(`<!DOCTYPE html><p>${text}</p>`);
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body,
    gzip: Buffer.from([0x1f, 0x8b, 1, 2, 3]),
    etag: `"${text}"`,
    keys,
    storedAt: Date.now(),
  };
}

describe('page encoding', () => {
  it('round-trips status, headers, body and gzip bytes exactly', () => {
    const original = page('Thiès : le budget adopté', ['article:a1', 'layout']);
    expect(decodePage(encodePage(original))).toEqual(original);
    expect(decodePage(encodePage({ ...original, gzip: null }))).toEqual({ ...original, gzip: null });
    expect(decodePage(Buffer.from('pas une page'))).toBeNull();
    expect(decodePage(encodePage(original).subarray(0, 40))).toBeNull();
  });
});

describe.skipIf(!redisUp)('shared page cache in Redis', () => {
  const prefix = `dakarinfo-test-${randomBytes(4).toString('hex')}:cache:`;
  let a: Redis;
  let b: Redis;
  let one: SharedPageStore;
  let two: SharedPageStore;

  beforeAll(async () => {
    a = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false });
    b = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false });
    await Promise.all([a.connect(), b.connect()]);
    one = new SharedPageStore(a, 60_000, prefix, () => {});
    two = new SharedPageStore(b, 60_000, prefix, () => {});
  });

  afterAll(async () => {
    const keys = await a.keys(`${prefix}*`);
    if (keys.length) await a.del(...keys);
    await Promise.all([a.quit(), b.quit()]);
  });

  it('a page stored by one instance is served to another', async () => {
    const stored = page('Manchettes', ['list:home', 'article:x']);
    expect(await one.store('/', stored, await one.epoch())).toBe(true);
    expect(await two.get('/')).toEqual(stored);
    expect(await two.get('/inconnue')).toBeNull();
  });

  it('a purge removes exactly the pages showing its keys, for every instance', async () => {
    const epoch = await one.epoch();
    await one.store('/politique', page('Politique', ['list:rubrique:p', 'article:y']), epoch);
    await one.store('/culture', page('Culture', ['list:rubrique:c', 'article:z']), epoch);
    await one.store('/politique/y', page('Article y', ['article:y']), epoch);
    expect(await two.purge(['article:y'])).toBe(2);
    expect(await one.get('/politique')).toBeNull();
    expect(await one.get('/politique/y')).toBeNull();
    expect((await two.get('/culture'))?.etag).toBe('"Culture"');
  });

  it('a render that overlapped a purge is not stored (the purge is never undone)', async () => {
    const before = await one.epoch();
    // Another instance publishes while this render is running…
    await two.purge(['article:w']);
    expect(await one.store('/monde/w', page('Ancienne version', ['article:w']), before)).toBe(false);
    expect(await two.get('/monde/w')).toBeNull();
    // …and a render started after the purge is stored.
    expect(await one.store('/monde/w', page('Nouvelle version', ['article:w']), await one.epoch())).toBe(true);
    expect((await two.get('/monde/w'))?.etag).toBe('"Nouvelle version"');
  });

  it('pages expire with the cache lifetime', async () => {
    const shortLived = new SharedPageStore(a, 50, prefix, () => {});
    expect(await shortLived.store('/ephemere', page('Éphémère', ['layout']), await shortLived.epoch())).toBe(true);
    expect(await two.get('/ephemere')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await two.get('/ephemere')).toBeNull();
  });

  it('a purge that cannot reach Redis makes the shared cache unused until it has been emptied', async () => {
    const c = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false });
    await c.connect();
    const three = new SharedPageStore(c, 60_000, prefix, () => {});
    await one.store('/sport', page('Sport avant', ['article:s']), await one.epoch());
    const ended = new Promise((resolve) => c.once('end', resolve));
    c.disconnect();
    await ended;
    expect(await three.purge(['article:s'])).toBe(0);
    // Redis still holds the old page, but this instance no longer trusts it.
    expect(await three.get('/sport')).toBeNull();
    await c.connect();
    for (let i = 0; i < 50 && (await one.get('/sport')); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await one.get('/sport')).toBeNull();
    expect(await three.epoch()).not.toBeNull();
    three.close();
    c.disconnect();
  });
});

/** A site of its own in Redis (unique prefix): its memory page cache and shared store, emptied after `work`. */
async function withSite(work: (site: { prefix: string; memory: PageCache; shared: SharedPageStore }) => Promise<void>) {
  const prefix = `dakarinfo-test-${randomBytes(4).toString('hex')}:`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false });
  await redis.connect();
  const shared = new SharedPageStore(redis, 60_000, `${prefix}cache:`, () => {});
  try {
    await work({ prefix, memory: new PageCache(), shared });
  } finally {
    shared.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
}

const waitFor = async (done: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await done()); i += 1) await new Promise((r) => setTimeout(r, 20));
};

/** What goes over a site's purge channel, as another instance would hear it. */
async function listenToPurges(prefix: string): Promise<{ heard: string[]; listener: Redis }> {
  const listener = new Redis(REDIS_URL, { lazyConnect: true });
  await listener.connect();
  const heard: string[] = [];
  await listener.subscribe(`${prefix}purge`);
  listener.on('message', (_channel: string, message: string) => heard.push(message));
  return { heard, listener };
}

describe.skipIf(!redisUp)('a purge', () => {
  it('reaches the CDN only once no instance can serve the old page, and again a moment later', () =>
    withSite(async ({ prefix, memory, shared }) => {
      const seenByCdn: { at: number; shared: boolean; memory: boolean }[] = [];
      const bus = await startInvalidationBus(memory, {
        redisUrl: REDIS_URL,
        prefix,
        shared,
        log: () => {},
        // When the CDN asks again, what would it get?
        cdn: async () => {
          seenByCdn.push({ at: Date.now(), shared: (await shared.get('/')) !== null, memory: memory.get('/') !== undefined });
        },
      });
      try {
        const old = page('Ancienne manchette', ['list:home']);
        await shared.store('/', old, await shared.epoch());
        memory.set('/', old, memory.generation);
        const start = Date.now();
        bus.purge(['list:home']);
        // The instance took the old page back from Redis before Redis was purged: dropped again.
        memory.set('/', old, memory.generation);
        await waitFor(() => seenByCdn.length >= 2);
        expect(seenByCdn.map(({ shared: s, memory: m }) => ({ shared: s, memory: m }))).toEqual([
          { shared: false, memory: false },
          { shared: false, memory: false },
        ]);
        expect(seenByCdn[1].at - start).toBeGreaterThanOrEqual(450);
      } finally {
        await bus.close();
      }
    }));

  it('with read replicas, tells every instance where the change sits in the WAL before it drops a page', () =>
    withSite(async ({ prefix, memory, shared }) => {
      const { heard, listener } = await listenToPurges(prefix);
      const order: string[] = [];
      const bus = await startInvalidationBus(memory, {
        redisUrl: REDIS_URL,
        prefix,
        shared,
        log: () => {},
        writePosition: async () => {
          order.push('position');
          return parseLsn('2/5000');
        },
        cdn: async () => {
          order.push('cdn');
        },
      });
      try {
        expect(memory.set('/', page('Avant', ['list:home']), memory.generation)).toBe(true);
        bus.purge(['list:home']);
        // This instance keeps the page until the position is noted.
        expect(memory.get('/')).toBeDefined();
        await waitFor(() => heard.length > 0);
        expect(memory.get('/')).toBeUndefined();
        expect(order[0]).toBe('position');
        // Over the channel: the others note it before they purge.
        expect(JSON.parse(heard[0] as string)).toMatchObject({ keys: ['list:home'], lsn: '2/5000' });
        // Noted here before the purge…
        expect(processWrites().required).toBe(parseLsn('2/5000'));
        // …and in Redis, with the purge: a render on any instance reads it with the epoch, before it reads the database.
        expect(await shared.latestWrite()).toBe(parseLsn('2/5000'));
        await shared.recordWrite(parseLsn('2/6000') as bigint);
        shared.trackWrites = true;
        await shared.epoch();
        expect(processWrites().required).toBe(parseLsn('2/6000'));
      } finally {
        await bus.close();
        listener.disconnect();
      }
    }));
});

describe.skipIf(!redisUp)('with read replicas, a write position that cannot be read', () => {
  it('is read again (any later position covers the commit); if it never answers, every instance reads from the primary', () =>
    withSite(async ({ prefix, memory, shared }) => {
      const { heard, listener } = await listenToPurges(prefix);
      let failures = 2;
      const flaky = async () => {
        if (failures-- > 0) throw new Error('délai dépassé');
        return parseLsn('4/20');
      };
      const bus = await startInvalidationBus(memory, { redisUrl: REDIS_URL, prefix, shared, log: () => {}, writePosition: flaky });
      const down = await startInvalidationBus(new PageCache(), {
        redisUrl: REDIS_URL,
        prefix,
        shared,
        log: () => {},
        writePosition: async () => {
          throw new Error('base principale injoignable');
        },
      });
      try {
        bus.purge(['list:home']);
        await waitFor(() => heard.length > 0);
        expect(JSON.parse(heard[0] as string)).toMatchObject({ keys: ['list:home'], lsn: '4/20' });

        expect(memory.set('/', page('Avant', ['list:home']), memory.generation)).toBe(true);
        down.purge(['list:home']);
        await waitFor(() => heard.length > 1);
        const message = JSON.parse(heard[1] as string) as { lsn?: string; hold?: boolean };
        expect(message.hold).toBe(true);
        expect(message.lsn).toBeUndefined();
        // The purge happens all the same, on every instance.
        await waitFor(() => memory.get('/') === undefined);
        expect(memory.get('/')).toBeUndefined();
      } finally {
        await Promise.all([bus.close(), down.close()]);
        listener.disconnect();
      }
    }));

  it('an instance that starts (or reconnects) learns the newest position purged from Redis', () =>
    withSite(async ({ prefix, memory, shared }) => {
      await shared.recordWrite(parseLsn('5/0') as bigint);
      expect(processWrites().required < (parseLsn('5/0') as bigint)).toBe(true);
      shared.trackWrites = true;
      const bus = await startInvalidationBus(memory, { redisUrl: REDIS_URL, prefix, shared, log: () => {} });
      try {
        expect(processWrites().required).toBe(parseLsn('5/0'));
      } finally {
        await bus.close();
      }
    }));
});

describe.skipIf(!redisUp)('after a restore', () => {
  it('every cache is emptied: the shared pages and each running instance’s memory', () =>
    withSite(async ({ prefix, memory, shared }) => {
      const bus = await startInvalidationBus(memory, { redisUrl: REDIS_URL, prefix, log: () => {} });
      try {
        const before = page('Avant la restauration', ['layout']);
        expect(memory.set('/', before, memory.generation)).toBe(true);
        expect(await shared.store('/', before, await shared.epoch())).toBe(true);

        expect(await clearSharedCaches(REDIS_URL, prefix)).toEqual({ instances: 1 });
        await waitFor(() => memory.get('/') === undefined);
        expect(memory.get('/')).toBeUndefined();
        expect(await shared.get('/')).toBeNull();
      } finally {
        await bus.close();
      }
    }));

  it('with read replicas, every instance learns where the restore ends in the WAL before its cache empties', () =>
    withSite(async ({ prefix, shared }) => {
      const { heard, listener } = await listenToPurges(prefix);
      try {
        expect(await clearSharedCaches(REDIS_URL, prefix, parseLsn('6/10'))).toEqual({ instances: 1 });
        await waitFor(() => heard.length > 0);
        expect(JSON.parse(heard[0] as string)).toMatchObject({ all: true, lsn: '6/10' });
        // Kept in Redis through the reset, for renders on every instance; an older position never replaces it.
        await shared.recordWrite(parseLsn('1/0') as bigint);
        expect(await shared.latestWrite()).toBe(parseLsn('6/10'));
        expect(processWrites().required < (parseLsn('6/10') as bigint)).toBe(true);
        shared.trackWrites = true;
        await shared.epoch();
        expect(processWrites().required).toBe(parseLsn('6/10'));
      } finally {
        listener.disconnect();
      }
    }));
});
