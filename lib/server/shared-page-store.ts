/**
 * The page cache shared by every instance, in Redis (REDIS_URL). Each instance keeps its hot pages
 * in memory (page-cache.ts); behind that, a page rendered by any instance is stored once in Redis
 * under its surrogate keys, so another instance — a new one, one that just restarted — serves it
 * without rendering it again. A purge removes the pages of its keys from Redis in one atomic step.
 *
 * Never undone by a slow render: a purge increments an epoch, each render reads the epoch before it
 * starts, and a page is stored only if the epoch has not moved since (checked inside Redis, in the
 * same script that stores it). Public pages are rendered dynamically by Next.js and kept here, whole,
 * rather than in Next's own cache (which these pages never use).
 *
 * If Redis goes away the site keeps working on the in-memory caches alone; a purge that could not
 * reach Redis marks the shared cache as unreliable, and it is emptied before being used again.
 */
import type { Redis } from 'ioredis';
import { logger } from '../log';
import { noteWriteLsn } from '../read-replicas';
import type { TCachedPage } from './page-cache';

// KEYS: epoch, page, tag sets…; ARGV: epoch seen at render start, payload, ttl ms, url.
const STORE = `
local current = redis.call('GET', KEYS[1]) or '0'
if current ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], ARGV[4])
  redis.call('PEXPIRE', KEYS[i], ARGV[3])
end
return 1`;

// KEYS: write position; ARGV: an LSN as a decimal. Keeps the newest.
const RECORD_WRITE = `
local seen = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > seen then redis.call('SET', KEYS[1], ARGV[1]) end
return 1`;

// KEYS: epoch, write position, tag sets…; ARGV: page key prefix, the write's LSN as a decimal ('' if none).
const PURGE = `
if ARGV[2] ~= '' then
  local seen = tonumber(redis.call('GET', KEYS[2]) or '0')
  if tonumber(ARGV[2]) > seen then redis.call('SET', KEYS[2], ARGV[2]) end
end
redis.call('INCR', KEYS[1])
local dropped = 0
for i = 3, #KEYS do
  for _, url in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    dropped = dropped + redis.call('DEL', ARGV[1] .. url)
  end
  redis.call('DEL', KEYS[i])
end
return dropped`;

type TMeta = Omit<TCachedPage, 'body' | 'gzip'> & { bodyLength: number; gzipLength: number | null };

export function encodePage(page: TCachedPage): Buffer {
  const { body, gzip, ...rest } = page;
  const meta: TMeta = { ...rest, bodyLength: body.length, gzipLength: gzip ? gzip.length : null };
  const json = Buffer.from(JSON.stringify(meta));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([length, json, body, gzip ?? Buffer.alloc(0)]);
}

export function decodePage(raw: Buffer): TCachedPage | null {
  try {
    const jsonLength = raw.readUInt32BE(0);
    const { bodyLength, gzipLength, ...meta } = JSON.parse(raw.subarray(4, 4 + jsonLength).toString()) as TMeta;
    const bodyStart = 4 + jsonLength;
    const body = Buffer.from(raw.subarray(bodyStart, bodyStart + bodyLength));
    const gzip = gzipLength === null ? null : Buffer.from(raw.subarray(bodyStart + bodyLength, bodyStart + bodyLength + gzipLength));
    if (body.length !== bodyLength || (gzip && gzip.length !== gzipLength)) return null;
    return { ...meta, body, gzip };
  } catch {
    return null;
  }
}

export class SharedPageStore {
  /** A purge did not reach Redis: what it holds may be stale until it has been emptied. */
  private unreliable = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly epochKey: string;
  /** The newest write position purged (read replicas: lib/read-replicas.ts), as a decimal. */
  private readonly lsnKey: string;
  /** With read replicas: every render learns the newest write purged by any instance before it reads. */
  trackWrites = false;

  /** `prefix` namespaces every key (REDIS_PREFIX + "cache:"), so several sites can share one Redis. */
  constructor(
    private readonly redis: Redis,
    private readonly ttlMs: number,
    private readonly prefix = 'dakarinfo:cache:',
    private readonly log: (message: string) => void = (m) => logger().warn({ event: 'redis' }, m),
  ) {
    this.epochKey = `${prefix}epoch`;
    this.lsnKey = `${prefix}lsn`;
    // Back after an outage: empty the shared cache if a purge may have been missed meanwhile.
    redis.on('ready', () => {
      if (this.unreliable) void this.reset();
    });
  }

  private get pagePrefix(): string {
    return `${this.prefix}page:`;
  }

  private pageKey(url: string): string {
    return `${this.pagePrefix}${url}`;
  }

  private tagKey(key: string): string {
    return `${this.prefix}tag:${key}`;
  }

  private get usable(): boolean {
    return !this.unreliable && this.redis.status === 'ready';
  }

  /** The epoch to hand back to store(); null when the shared cache cannot be used now. */
  async epoch(): Promise<string | null> {
    if (!this.usable) return null;
    try {
      if (!this.trackWrites) return (await this.redis.get(this.epochKey)) ?? '0';
      // Any instance's purge sets the write position before it moves the epoch (one script): a
      // render that starts after a purge reads from a replica that has replayed that write.
      const [epoch, lsn] = await this.redis.mget(this.epochKey, this.lsnKey);
      if (lsn) noteWriteLsn(BigInt(lsn));
      return epoch ?? '0';
    } catch {
      return null;
    }
  }

  async get(url: string): Promise<TCachedPage | null> {
    if (!this.usable) return null;
    try {
      const raw = await this.redis.getBuffer(this.pageKey(url));
      return raw ? decodePage(raw) : null;
    } catch {
      return null;
    }
  }

  /** Stores the page unless a purge happened since `epoch` was read; true if stored. */
  async store(url: string, page: TCachedPage, epoch: string | null): Promise<boolean> {
    if (epoch === null || !this.usable) return false;
    try {
      const keys = [this.epochKey, this.pageKey(url), ...page.keys.map((key) => this.tagKey(key))];
      const stored = await this.redis.eval(STORE, keys.length, ...keys, epoch, encodePage(page), String(this.ttlMs), url);
      return stored === 1;
    } catch {
      return false;
    }
  }

  /** Drops the pages of these keys; `lsn`: the write that changed them (read replicas). */
  async purge(keys: string[], lsn: bigint | null = null): Promise<number> {
    try {
      if (this.redis.status !== 'ready') throw new Error(`Redis ${this.redis.status}`);
      return Number(
        await this.redis.eval(
          PURGE,
          keys.length + 2,
          this.epochKey,
          this.lsnKey,
          ...keys.map((key) => this.tagKey(key)),
          this.pagePrefix,
          lsn === null ? '' : lsn.toString(),
        ),
      );
    } catch (error) {
      this.unreliable = true;
      this.log(`Purge du cache partagé (Redis) échouée, il sera vidé au retour de Redis : ${(error as Error).message}`);
      this.scheduleReset();
      return 0;
    }
  }

  /** The newest write position purged by any instance (read replicas), or null. */
  async latestWrite(): Promise<bigint | null> {
    try {
      const lsn = await this.redis.get(this.lsnKey);
      return lsn ? BigInt(lsn) : null;
    } catch {
      return null;
    }
  }

  /** Notes a write every render must see (read replicas), without purging anything: after a restore. */
  async recordWrite(lsn: bigint): Promise<void> {
    await this.redis.eval(RECORD_WRITE, 1, this.lsnKey, lsn.toString());
  }

  /** Empties the shared cache (every page and tag set under the prefix); false if it could not. */
  async reset(): Promise<boolean> {
    try {
      await this.redis.incr(this.epochKey);
      let cursor = '0';
      do {
        const [next, found] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', 500);
        const doomed = found.filter((key) => key !== this.epochKey && key !== this.lsnKey);
        if (doomed.length) await this.redis.del(...doomed);
        cursor = next;
      } while (cursor !== '0');
      this.unreliable = false;
      return true;
    } catch (error) {
      this.log(`Le cache partagé (Redis) n’a pas pu être vidé : ${(error as Error).message}`);
      this.scheduleReset();
      return false;
    }
  }

  /** Tries again every 5 s until the shared cache has been emptied. */
  private scheduleReset(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.redis.status === 'ready') void this.reset();
      else this.scheduleReset();
    }, 5_000);
    this.retry.unref();
  }

  close(): void {
    if (this.retry) clearTimeout(this.retry);
  }
}
