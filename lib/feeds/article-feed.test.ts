import { describe, expect, it } from 'vitest';
import { child, childrenNamed, parseXml } from '../../tests/support/mini-xml';
import type { TFeedLive } from '../data/find-feed-live-entries';
import type { TArticleCard } from '../data/published';
import { feedChannel } from './article-feed';
import { renderRss } from './rss';

const card = (over: Partial<TArticleCard> = {}): TArticleCard => ({
  id: 'a1',
  slug: 'le-ter-roule',
  title: 'Le TER roule jusqu’à l’aéroport',
  chapo: 'Première journée.',
  href: '/economie/le-ter-roule',
  publishedAt: new Date('2026-12-07T08:00:00Z'),
  lastUpdatedAt: null,
  rubrique: { slug: 'economie', name: 'Économie' },
  author: { slug: 'julien-marchand', name: 'Julien Marchand' },
  image: null,
  live: null,
  ...over,
});

const live: TFeedLive = {
  articleId: 'a1',
  title: 'Le TER roule jusqu’à l’aéroport',
  href: '/economie/le-ter-roule',
  rubrique: { slug: 'economie', name: 'Économie' },
  entries: [
    {
      id: 'e2',
      body: '**Tarifs.** Le billet coûte 2 500 francs CFA : *seconde classe*.\n\nDeuxième paragraphe.',
      createdAt: new Date('2026-12-07T13:32:00Z'),
      editedAt: new Date('2026-12-07T14:10:00Z'),
      authorName: null,
    },
    { id: 'e1', body: 'Premier train parti.', createdAt: new Date('2026-12-07T09:05:00Z'), editedAt: null, authorName: 'Fatou Sarr' },
  ],
};

const input = (lives?: TFeedLive[]) => ({
  siteUrl: 'https://www.dakarinfo.sn',
  title: 'Dakarinfo — Manchettes',
  description: 'L’actualité.',
  path: '/',
  selfPath: '/rss.xml',
  articles: [card(), card({ id: 'a2', title: 'Autre', href: '/politique/autre', publishedAt: new Date('2026-12-07T07:00:00Z') })],
  lives,
  now: new Date('2026-12-07T15:00:00Z'),
});

describe('feedChannel with lives', () => {
  it('leaves a feed without lives as it was', () => {
    const channel = feedChannel(input());
    expect(channel.items.map((i) => i.title)).toEqual(['Le TER roule jusqu’à l’aéroport', 'Autre']);
  });

  it('marks a running live, dates it by its newest entry, and lists its entries as items newest first', () => {
    const channel = feedChannel(input([live]));
    expect(channel.items.map((i) => i.link)).toEqual([
      'https://www.dakarinfo.sn/economie/le-ter-roule#entree-e2',
      'https://www.dakarinfo.sn/economie/le-ter-roule#entree-e1',
      'https://www.dakarinfo.sn/economie/le-ter-roule',
      'https://www.dakarinfo.sn/politique/autre',
    ]);
    const [entry, older, story] = channel.items;
    expect(story.title).toBe('En direct — Le TER roule jusqu’à l’aéroport');
    expect(story.updatedAt).toEqual(live.entries[0].createdAt);
    // Paris time, as on the pages: 13 h 32 UTC is 14 h 32 in December.
    expect(entry.title).toBe('Le TER roule jusqu’à l’aéroport — 14\u00a0h\u00a032');
    expect(entry.description).toBe('Tarifs. Le billet coûte 2\u202f500 francs CFA\u00a0: seconde classe. Deuxième paragraphe.');
    expect(entry.creator).toBe('La rédaction');
    expect(entry.category).toBe('Économie');
    expect(entry.publishedAt).toEqual(live.entries[0].createdAt);
    expect(entry.updatedAt).toEqual(live.entries[0].editedAt);
    expect(older.creator).toBe('Fatou Sarr');
    expect(channel.lastBuildDate).toEqual(live.entries[0].editedAt);
  });

  it('renders well-formed RSS whose entry guid is its link', () => {
    const items = childrenNamed(child(parseXml(renderRss(feedChannel(input([live])))), 'channel'), 'item');
    expect(items).toHaveLength(4);
    expect(child(items[0], 'guid').text).toBe('https://www.dakarinfo.sn/economie/le-ter-roule#entree-e2');
  });
});
