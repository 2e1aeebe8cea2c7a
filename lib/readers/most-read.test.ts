import { describe, expect, it } from 'vitest';
import { collectRenderKeys } from '../cache/keys';
import type { TArticleCard } from '../data/published';
import { MOST_READ_SHOWN, MostReadCache } from './most-read';

const card = (id: string) => ({ id, title: `Histoire ${id}` }) as TArticleCard;

function source(ranking: string[][]) {
  const calls = { ranking: 0, cards: 0 };
  const offline = new Set<string>();
  return {
    calls,
    offline,
    source: {
      ranking: async () => ranking[Math.min(calls.ranking++, ranking.length - 1)] ?? [],
      cards: async (ids: string[]) => {
        calls.cards += 1;
        return ids.filter((id) => !offline.has(id)).map(card);
      },
    },
  };
}

describe('« Les plus lus »', () => {
  it('is purged only when the stories shown change, not when the ranking below them does', async () => {
    const first = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const { source: s } = source([first, [...first.slice(0, 5), 'g', 'f'], ['b', 'a', 'c', 'd', 'e']]);
    const cache = new MostReadCache(() => 0, s);
    expect(await cache.refresh()).toBe(false);
    expect(await cache.refresh()).toBe(false);
    expect(await cache.refresh()).toBe(true);
  });

  it('shows one more than the box (a story leaves itself out), read again after a purge only, and names its keys', async () => {
    let generation = 0;
    const { source: s, calls, offline } = source([['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']]);
    const cache = new MostReadCache(() => generation, s);
    const { result, keys } = await collectRenderKeys(() => cache.get());
    expect(result.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(result).toHaveLength(MOST_READ_SHOWN + 1);
    expect([...keys].sort()).toEqual(['article:a', 'article:b', 'article:c', 'article:d', 'article:e', 'article:f', 'list:most-read']);
    // A cached list still names its keys on the next page.
    const again = await collectRenderKeys(() => cache.get());
    expect(again.keys.has('list:most-read')).toBe(true);
    expect(calls.cards).toBe(1);
    // « b » is taken offline: its key's purge moves the generation, and the box is read again without it.
    offline.add('b');
    generation += 1;
    expect((await cache.get()).map((c) => c.id)).toEqual(['a', 'c', 'd', 'e', 'f', 'g']);
    expect(calls.cards).toBe(2);
    expect(calls.ranking).toBe(1);
  });
});
