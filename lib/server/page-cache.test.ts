import { describe, expect, it } from 'vitest';
import { PageCache, type TCachedPage } from './page-cache';

const page = (keys: string[], size = 10): TCachedPage => ({
  status: 200,
  headers: {},
  body: Buffer.alloc(size),
  gzip: null,
  etag: 'x',
  keys,
  storedAt: Date.now(),
});

describe('PageCache', () => {
  it('purges exactly the pages that show a key', () => {
    const cache = new PageCache();
    cache.set('/', page(['list:home', 'article:a', 'article:b']), cache.generation);
    cache.set('/politique', page(['list:rubrique:p', 'article:a']), cache.generation);
    cache.set('/culture', page(['list:rubrique:c', 'article:c']), cache.generation);
    expect(cache.purge(['article:a'])).toBe(2);
    expect(cache.get('/')).toBeUndefined();
    expect(cache.get('/politique')).toBeUndefined();
    expect(cache.get('/culture')).toBeDefined();
  });

  it('does not store a page whose render overlapped a purge', () => {
    const cache = new PageCache();
    const started = cache.generation;
    cache.purge(['article:a']);
    expect(cache.set('/', page(['article:a']), started)).toBe(false);
    expect(cache.get('/')).toBeUndefined();
  });

  it('lets a page expire after its time to live', () => {
    const cache = new PageCache(1024, 1000);
    cache.set('/', { ...page(['list:home']), storedAt: 10_000 }, cache.generation);
    expect(cache.get('/', 10_500)).toBeDefined();
    expect(cache.get('/', 11_001)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used pages beyond its size', () => {
    // Each entry weighs 16: 10 bytes of page, its address and its key (2 × 3 characters).
    const cache = new PageCache(40);
    cache.set('/a', page(['k'], 10), cache.generation);
    cache.set('/b', page(['k'], 10), cache.generation);
    cache.get('/a');
    cache.set('/c', page(['k'], 10), cache.generation);
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.get('/c')).toBeDefined();
    expect(cache.purge(['k'])).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('counts an address against the limit, and keeps no absurdly long one', () => {
    // 2,000 characters of address weigh 4 kB: two such entries exceed 6 kB, whatever their small pages.
    const cache = new PageCache(6_000);
    cache.set(`/recherche?q=${'a'.repeat(1_985)}`, page(['list:search']), cache.generation);
    cache.set(`/recherche?q=${'b'.repeat(1_985)}`, page(['list:search']), cache.generation);
    expect(cache.size).toBe(1);
    expect(cache.set(`/recherche?q=${'c'.repeat(3_000)}`, page(['list:search']), cache.generation)).toBe(false);
    expect(cache.get(`/recherche?q=${'c'.repeat(3_000)}`)).toBeUndefined();
  });
});
