import { describe, expect, it } from 'vitest';
import { pageHeadTags, statusHeadTags, type THeadTag } from './metadata';

const site = { name: 'Dakarinfo', url: 'https://www.dakarinfo.sn' };

/** The tags as `name=content` lines, for readable expectations. */
const lines = (tags: THeadTag[]) =>
  tags.map((tag) =>
    tag.tag === 'title'
      ? `title=${tag.text}`
      : tag.tag === 'link'
        ? `link ${tag.rel}${tag.type ? ` ${tag.type}` : ''}=${tag.href}`
        : `${tag.name ?? tag.property}=${tag.content}`,
  );

describe('pageHeadTags', () => {
  it('gives a rubrique its canonical address, OpenGraph, Twitter card and feed', () => {
    const tags = pageHeadTags(
      site,
      {
        title: 'Politique',
        socialTitle: 'Politique',
        description: 'La vie politique.',
        path: '/politique',
        feed: { path: '/politique/rss.xml', title: 'Dakarinfo — Politique' },
      },
      'Politique — Dakarinfo',
    );
    expect(lines(tags)).toEqual([
      'title=Politique — Dakarinfo',
      'description=La vie politique.',
      'application-name=Dakarinfo',
      'link canonical=https://www.dakarinfo.sn/politique',
      'link alternate application/rss+xml=https://www.dakarinfo.sn/politique/rss.xml',
      'og:title=Politique',
      'og:description=La vie politique.',
      'og:url=https://www.dakarinfo.sn/politique',
      'og:site_name=Dakarinfo',
      'og:locale=fr_FR',
      'og:type=website',
      'twitter:card=summary',
      'twitter:title=Politique',
      'twitter:description=La vie politique.',
    ]);
  });

  it('makes the home canonical the root with its slash, and has no feed when none is given', () => {
    const tags = lines(
      pageHeadTags(site, { title: { absolute: 'Dakarinfo' }, socialTitle: 'Dakarinfo', description: 'd', path: '/' }, 'Dakarinfo'),
    );
    expect(tags).toContain('link canonical=https://www.dakarinfo.sn/');
    expect(tags.filter((line) => line.startsWith('link alternate'))).toEqual([]);
  });

  it('describes an article: type, dates (modified = latest « mise à jour » or publication), section, author page, picture', () => {
    const publishedAt = new Date('2026-11-27T19:47:00Z');
    const article = { publishedAt, lastUpdatedAt: null, section: 'Politique', authorPath: '/auteurs/awa-ndiaye' };
    const input = { title: 'Le budget', socialTitle: 'Le budget', description: 'Chapô', path: '/politique/le-budget', article };
    expect(lines(pageHeadTags(site, input, 'Le budget — Dakarinfo'))).toEqual(
      expect.arrayContaining([
        'og:type=article',
        'article:published_time=2026-11-27T19:47:00.000Z',
        'article:modified_time=2026-11-27T19:47:00.000Z',
        'article:author=https://www.dakarinfo.sn/auteurs/awa-ndiaye',
        'article:section=Politique',
      ]),
    );
    const updated = lines(pageHeadTags(site, { ...input, article: { ...article, lastUpdatedAt: new Date('2026-11-28T09:00:00Z') } }, 't'));
    expect(updated).toContain('article:modified_time=2026-11-28T09:00:00.000Z');
    const pictured = lines(
      pageHeadTags(site, { ...input, image: { path: '/medias/x-1200.jpg', width: 1200, height: 630, alt: 'Le port' } }, 't'),
    );
    expect(pictured).toEqual(
      expect.arrayContaining([
        'og:image=https://www.dakarinfo.sn/medias/x-1200.jpg',
        'twitter:card=summary_large_image',
        'twitter:image:alt=Le port',
      ]),
    );
  });
});

describe('documentTitle', () => {
  it('puts a title in the site’s template as it is written, « $ » included', async () => {
    const { documentTitle } = await import('../site-settings');
    expect(documentTitle('Le S$&P 500')).toBe('Le S$&P 500 — Dakarinfo');
    expect(documentTitle("«\u00a0$'\u00a0» — Recherche")).toBe("«\u00a0$'\u00a0» — Recherche — Dakarinfo");
    expect(documentTitle({ absolute: 'Dakarinfo' })).toBe('Dakarinfo');
  });
});

describe('statusHeadTags', () => {
  it('keeps a page out of search engines, with the site’s line and no canonical address', () => {
    expect(lines(statusHeadTags(site, 'Page introuvable — Dakarinfo', 'L’actualité', 'noindex'))).toEqual([
      'title=Page introuvable — Dakarinfo',
      'description=L’actualité',
      'application-name=Dakarinfo',
      'robots=noindex',
    ]);
  });
});
