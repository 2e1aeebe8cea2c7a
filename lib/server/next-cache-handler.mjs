/**
 * Next.js's own cache (`cacheHandler` in next.config.js): where `unstable_cache` data and any cached
 * route output live. In this process's memory by default; in Redis when REDIS_URL is set, so that
 * every instance reads the same entries and a tag expired by one instance is expired for all.
 * Nothing is written to the instance's disk (Next's default handler would).
 *
 * Plain JavaScript: `next build` loads it too, outside the TypeScript loader. Types: next-cache-handler.d.mts.
 *
 * Tags are the surrogate keys of lib/cache/keys.ts. The HTTP layer expires them (expireTags) before
 * it purges the pages that show them (lib/server/invalidation-bus.ts), so a page re-rendered after a
 * purge cannot pick up data cached before the change. An entry whose tag expired while it was being
 * computed is not stored (RACE_WINDOW_MS), for the same reason.
 *
 * If Redis cannot be reached, reads miss (the data comes from PostgreSQL) and writes are dropped. An
 * expiry that could not be written leaves the shared entries unreliable: this instance stops reading
 * them and, as soon as Redis answers again, moves every instance to a new generation of keys (the old
 * ones are left to expire), so a lost expiry never lets old data back.
 */
import { Redis } from 'ioredis';

const MEMORY_ENTRIES = 1_000;
const RACE_WINDOW_MS = 5_000;
const TTL_SECONDS = 24 * 3600;
const RETRY_MS = 1_000;

/** The tags an entry carries: its own (`unstable_cache` tags) and, for cached routes, Next's tag header. */
function entryTags(data, ctx) {
  const tags = new Set(ctx?.tags ?? []);
  const header = data?.headers?.['x-next-cache-tags'];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  return [...tags];
}

// Buffers and Maps (cached pages, route bodies) survive the trip through JSON.
function replacer(key, value) {
  const original = this[key];
  if (Buffer.isBuffer(original)) return { __buffer: original.toString('base64') };
  if (original instanceof Map) return { __map: [...original.entries()] };
  return value;
}
function reviver(_key, value) {
  if (value && typeof value === 'object') {
    if (typeof value.__buffer === 'string') return Buffer.from(value.__buffer, 'base64');
    if (Array.isArray(value.__map)) return new Map(value.__map);
  }
  return value;
}

/** Within this process: a bounded map and the tags' expiry times. */
export function createMemoryStore() {
  const entries = new Map();
  const expired = new Map();
  return {
    kind: 'memory',
    async read(key, askedTags) {
      const entry = entries.get(key);
      if (!entry) return null;
      if (entry.lastModified < Date.now() - TTL_SECONDS * 1000) {
        entries.delete(key);
        return null;
      }
      entries.delete(key);
      entries.set(key, entry);
      const tags = [...new Set([...entry.tags, ...askedTags])];
      return { ...entry, expiries: new Map(tags.map((tag) => [tag, expired.get(tag) ?? 0])) };
    },
    /** Refused (false) when one of its tags expired after `readSince`: the data may predate the change. */
    async write(key, entry, readSince) {
      if (entry.tags.some((tag) => (expired.get(tag) ?? 0) > readSince)) return false;
      entries.delete(key);
      entries.set(key, entry);
      while (entries.size > MEMORY_ENTRIES) entries.delete(entries.keys().next().value);
      return true;
    },
    async expire(tags, at) {
      for (const tag of tags) expired.set(tag, at);
      // An expiry older than any entry can be is forgotten.
      if (expired.size > 10_000) for (const [tag, time] of expired) if (time < at - TTL_SECONDS * 1000) expired.delete(tag);
    },
    async close() {},
  };
}

// Each tag's expiry time is a key of its own, kept as long as an entry can live: no entry written
// before an expiry that old can still be there. ARGV[1]: the tag keys' prefix in both scripts.

// KEYS: generation; ARGV: tag key prefix, entry key prefix, entry key, tags the caller asks about…
// The entry and the expiry times of its tags and of the asked ones, in one round trip.
const READ = `
local generation = redis.call('GET', KEYS[1]) or '0'
local entry = redis.call('HMGET', ARGV[2] .. generation .. ':' .. ARGV[3], 'lastModified', 'tags', 'value', 'cacheControl')
if not entry[3] then return nil end
local expiries = {}
local function note(tag) expiries[#expiries + 1] = tag; expiries[#expiries + 1] = redis.call('GET', ARGV[1] .. tag) or '0' end
for _, tag in ipairs(cjson.decode(entry[2])) do note(tag) end
for i = 4, #ARGV do note(ARGV[i]) end
return {entry[1], entry[2], entry[3], entry[4] or '', unpack(expiries)}`;

// KEYS: generation; ARGV: tag key prefix, entry key prefix, entry key, lastModified, tags (JSON), value,
// cacheControl, ttl, oldest acceptable expiry. Refused when one of its tags expired while its data may have been read.
const WRITE = `
local tags = cjson.decode(ARGV[5])
for _, tag in ipairs(tags) do
  if tonumber(redis.call('GET', ARGV[1] .. tag) or '0') > tonumber(ARGV[9]) then return 0 end
end
local generation = redis.call('GET', KEYS[1]) or '0'
local key = ARGV[2] .. generation .. ':' .. ARGV[3]
redis.call('DEL', key)
redis.call('HSET', key, 'lastModified', ARGV[4], 'tags', ARGV[5], 'value', ARGV[6], 'cacheControl', ARGV[7])
redis.call('EXPIRE', key, ARGV[8])
return 1`;

/** In Redis, under `prefix` (REDIS_PREFIX + "next:"), shared by every instance that uses the same. */
export function createRedisStore(url, prefix) {
  const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  client.on('error', () => {});
  client.defineCommand('cacheRead', { numberOfKeys: 1, lua: READ });
  client.defineCommand('cacheWrite', { numberOfKeys: 1, lua: WRITE });
  const generationKey = `${prefix}generation`;
  const tagPrefix = `${prefix}tag:`;
  const entryPrefix = `${prefix}entry:`;
  let unreliable = false;
  let retry = null;

  const recover = () => {
    if (retry) return;
    retry = setInterval(() => {
      client
        .incr(generationKey)
        .then(() => {
          unreliable = false;
          clearInterval(retry);
          retry = null;
        })
        .catch(() => {});
    }, RETRY_MS);
    retry.unref?.();
  };

  return {
    kind: 'redis',
    client,
    async read(key, askedTags) {
      if (unreliable) return null;
      const row = await client.cacheRead(generationKey, tagPrefix, entryPrefix, key, ...askedTags);
      if (!row) return null;
      const [lastModified, tags, value, cacheControl, ...pairs] = row;
      const expiries = new Map();
      for (let i = 0; i < pairs.length; i += 2) expiries.set(pairs[i], Number(pairs[i + 1]));
      return {
        lastModified: Number(lastModified),
        tags: JSON.parse(tags),
        value: JSON.parse(value, reviver),
        cacheControl: cacheControl ? JSON.parse(cacheControl) : undefined,
        expiries,
      };
    },
    async write(key, entry, readSince) {
      if (unreliable) return false;
      const cacheControl = entry.cacheControl ? JSON.stringify(entry.cacheControl) : '';
      return (await client.cacheWrite(generationKey, tagPrefix, entryPrefix, key, String(entry.lastModified), JSON.stringify(entry.tags), JSON.stringify(entry.value, replacer), cacheControl, String(TTL_SECONDS), String(readSince))) === 1;
    },
    async expire(tags, at) {
      try {
        const batch = client.multi();
        for (const tag of tags) batch.set(tagPrefix + tag, String(at), 'EX', TTL_SECONDS + 60);
        const results = await batch.exec();
        const failed = results?.find(([error]) => error);
        if (!results || failed) throw failed?.[0] ?? new Error('transaction annulée');
      } catch (error) {
        unreliable = true;
        recover();
        throw error;
      }
    },
    async close() {
      if (retry) clearInterval(retry);
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** One store per process, shared by every copy of this module (Next and the HTTP layer load it separately). */
function store() {
  const holder = globalThis;
  holder.__dakarinfoNextCache ??= process.env.REDIS_URL ? createRedisStore(process.env.REDIS_URL, `${process.env.REDIS_PREFIX || 'dakarinfo:'}next:`) : createMemoryStore();
  return holder.__dakarinfoNextCache;
}

/** Where Next's cache lives, for logs and tests: "redis" or "memory". */
export function nextCacheKind() {
  return store().kind;
}

/**
 * Expires tags now, on every instance. Rejects if the expiry could not be recorded (Redis away): the
 * shared entries are then no longer read until every instance has moved to a new generation.
 */
export async function expireTags(tags) {
  if (tags.length === 0) return;
  await store().expire([...new Set(tags)], Date.now());
}

/** For tests: forget this process's store (the next call builds a new one from the environment). */
export async function resetNextCacheStore() {
  const holder = globalThis;
  const current = holder.__dakarinfoNextCache;
  holder.__dakarinfoNextCache = undefined;
  await current?.close();
}

/** Next's CacheHandler interface (next/dist/server/lib/incremental-cache). */
export default class DakarinfoCacheHandler {
  /** Next passes its context only: the process's store. Tests pass a store of their own. */
  constructor(_ctx, own) {
    this.own = own;
  }

  // Next creates a handler per IncrementalCache (per request); the store is per process.
  get store() {
    return this.own ?? store();
  }

  async get(key, ctx) {
    try {
      const entry = await this.store.read(key, [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]);
      if (!entry) return null;
      // Dropped if any of its tags, or of the caller's (Next's implicit path tags), expired since it was
      // written, in the same millisecond included (what is written after an expiry is refused by set).
      const now = Date.now();
      for (const at of entry.expiries.values()) if (at >= entry.lastModified && at <= now && at > 0) return null;
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    } catch {
      return null;
    }
  }

  async set(key, data, ctx) {
    if (data === null) return;
    const now = Date.now();
    const entry = { lastModified: now, tags: entryTags(data, ctx), value: data, cacheControl: ctx?.cacheControl };
    try {
      // What was computed just before an expiry of one of its tags may be old data: the store refuses it.
      await this.store.write(key, entry, now - RACE_WINDOW_MS);
    } catch {
      // A cache that cannot be written is a miss next time, nothing more.
    }
  }

  async revalidateTag(tags) {
    const list = [...new Set(typeof tags === 'string' ? [tags] : tags)];
    if (list.length === 0) return;
    // Never fails the caller: an expiry that did not reach Redis has already made the shared entries unreliable.
    await this.store.expire(list, Date.now()).catch((error) => console.error(`Cache de Next : expiration impossible (${error.message})`));
  }

  resetRequestCache() {}
}
