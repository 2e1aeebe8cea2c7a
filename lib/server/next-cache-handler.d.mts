/** Types of next-cache-handler.mjs (plain JavaScript, loaded by `next build` as well). */
export declare function nextCacheKind(): 'memory' | 'redis';
export declare function expireTags(tags: string[]): Promise<void>;
export declare function resetNextCacheStore(): Promise<void>;

export type TNextCacheStore = { kind: 'memory' | 'redis'; close(): Promise<void> };
export declare function createMemoryStore(): TNextCacheStore;
export declare function createRedisStore(url: string, prefix: string): TNextCacheStore & { client: import('ioredis').Redis };

type TContext = { tags?: string[]; softTags?: string[]; cacheControl?: unknown; kind?: string };
type TEntry = { lastModified: number; value: unknown; cacheControl?: unknown };

export default class DakarinfoCacheHandler {
  constructor(ctx?: unknown, own?: TNextCacheStore);
  get(key: string, ctx?: TContext): Promise<TEntry | null>;
  set(key: string, data: unknown, ctx?: TContext): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
