import { describe, expect, it } from 'vitest';
import { child, childrenNamed, parseXml } from '../../tests/support/mini-xml';
import {
  formatSitemapDay,
  NEWS_SITEMAP_MAX_URLS,
  nextSitemapDay,
  parseSitemapDay,
  renderNewsSitemap,
  renderRobotsTxt,
  renderSitemapIndex,
  renderUrlset,
  SITEMAP_MAX_URLS,
} from './sitemap';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

describe('pictures in sitemaps (Google’s image extension)', () => {
  it('names a story’s picture, and declares the namespace only when a file has one', () => {
    const image = 'https://www.dakarinfo.sn/medias/abc-1200.jpg?a=1&b=2';
    const root = parseXml(
      renderUrlset([
        { loc: 'https://www.dakarinfo.sn/a', image },
        { loc: 'https://www.dakarinfo.sn/b', image: null },
      ]),
    );
    expect(root.attrs['xmlns:image']).toBe('http://www.google.com/schemas/sitemap-image/1.1');
    const [withImage, without] = childrenNamed(root, 'url');
    expect(child(child(withImage, 'image:image'), 'image:loc').text).toBe(image);
    expect(childrenNamed(without, 'image:image')).toHaveLength(0);
    expect(parseXml(renderUrlset([{ loc: 'https://www.dakarinfo.sn/b' }])).attrs['xmlns:image']).toBeUndefined();
    const news = parseXml(
      renderNewsSitemap([{ loc: 'https://www.dakarinfo.sn/a', title: 'Titre', publishedAt: new Date('2026-12-02T08:00:00Z'), image }], {
        name: 'Dakarinfo',
        language: 'fr',
      }),
    );
    expect(news.attrs['xmlns:image']).toBe('http://www.google.com/schemas/sitemap-image/1.1');
    expect(child(child(child(news, 'url'), 'image:image'), 'image:loc').text).toBe(image);
  });
});

describe('renderUrlset', () => {
  it('lists URLs with their lastmod in W3C format, and without one when unknown', () => {
    const root = parseXml(
      renderUrlset([
        { loc: 'https://www.dakarinfo.sn/', lastmod: new Date('2026-11-28T08:00:00Z') },
        { loc: 'https://www.dakarinfo.sn/auteurs/awa-ndiaye' },
      ]),
    );
    expect(root.name).toBe('urlset');
    expect(root.attrs.xmlns).toBe(SITEMAP_NS);
    const urls = childrenNamed(root, 'url');
    expect(urls.map((u) => child(u, 'loc').text)).toEqual(['https://www.dakarinfo.sn/', 'https://www.dakarinfo.sn/auteurs/awa-ndiaye']);
    expect(child(urls[0], 'lastmod').text).toBe('2026-11-28T08:00:00.000Z');
    expect(childrenNamed(urls[1], 'lastmod')).toHaveLength(0);
  });

  it('escapes locations (a query string’s & above all)', () => {
    const xml = renderUrlset([{ loc: 'https://www.dakarinfo.sn/sitemap-articles.xml?a=1&b=<2>' }]);
    expect(xml).toContain('<loc>https://www.dakarinfo.sn/sitemap-articles.xml?a=1&amp;b=&lt;2&gt;</loc>');
    expect(child(child(parseXml(xml), 'url'), 'loc').text).toBe('https://www.dakarinfo.sn/sitemap-articles.xml?a=1&b=<2>');
  });

  it('refuses more URLs than the protocol allows rather than write an invalid file', () => {
    const urls = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({ loc: `https://x.sn/${i}` }));
    expect(() => renderUrlset(urls)).toThrow();
  });
});

describe('renderSitemapIndex', () => {
  it('lists child sitemaps', () => {
    const root = parseXml(
      renderSitemapIndex([
        { loc: 'https://www.dakarinfo.sn/sitemap-pages.xml', lastmod: new Date('2026-11-28T08:00:00Z') },
        { loc: 'https://www.dakarinfo.sn/sitemap-articles.xml?jour=2026-11-27' },
      ]),
    );
    expect(root.name).toBe('sitemapindex');
    expect(root.attrs.xmlns).toBe(SITEMAP_NS);
    const maps = childrenNamed(root, 'sitemap');
    expect(maps.map((m) => child(m, 'loc').text)).toEqual([
      'https://www.dakarinfo.sn/sitemap-pages.xml',
      'https://www.dakarinfo.sn/sitemap-articles.xml?jour=2026-11-27',
    ]);
    expect(child(maps[0], 'lastmod').text).toBe('2026-11-28T08:00:00.000Z');
  });
});

describe('renderNewsSitemap', () => {
  it('writes the Google News elements for each story, title escaped', () => {
    const title = 'Budget : « oui » à 60 % & <rejet> des amendements';
    const root = parseXml(
      renderNewsSitemap([{ loc: 'https://www.dakarinfo.sn/politique/budget', title, publishedAt: new Date('2026-11-28T07:00:00Z') }], {
        name: 'Dakarinfo',
        language: 'fr',
      }),
    );
    expect(root.attrs['xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const url = child(root, 'url');
    expect(child(url, 'loc').text).toBe('https://www.dakarinfo.sn/politique/budget');
    const news = child(url, 'news:news');
    expect(child(child(news, 'news:publication'), 'news:name').text).toBe('Dakarinfo');
    expect(child(child(news, 'news:publication'), 'news:language').text).toBe('fr');
    expect(child(news, 'news:publication_date').text).toBe('2026-11-28T07:00:00.000Z');
    expect(child(news, 'news:title').text).toBe(title);
  });

  it('is a valid empty urlset when nothing was published in the window', () => {
    expect(childrenNamed(parseXml(renderNewsSitemap([], { name: 'Dakarinfo', language: 'fr' })), 'url')).toHaveLength(0);
  });

  it('refuses more than Google News reads', () => {
    const urls = Array.from({ length: NEWS_SITEMAP_MAX_URLS + 1 }, (_, i) => ({
      loc: `https://x.sn/${i}`,
      title: 't',
      publishedAt: new Date(),
    }));
    expect(() => renderNewsSitemap(urls, { name: 'Dakarinfo', language: 'fr' })).toThrow();
  });
});

describe('sitemap days', () => {
  it('name the UTC day of a date and read it back as its start', () => {
    expect(formatSitemapDay(new Date('2026-11-27T23:59:59.999Z'))).toBe('2026-11-27');
    // 00:30 in Paris on the 28th is still the 27th in UTC.
    expect(formatSitemapDay(new Date('2026-11-28T00:30:00+01:00'))).toBe('2026-11-27');
    expect(parseSitemapDay('2026-11-27')).toEqual(new Date('2026-11-27T00:00:00.000Z'));
    expect(nextSitemapDay(new Date('2026-12-31T00:00:00.000Z'))).toEqual(new Date('2027-01-01T00:00:00.000Z'));
  });

  it('refuse what is not a real day', () => {
    for (const bad of [
      null,
      '',
      '2026-11',
      '2026-1-27',
      '2026-02-30',
      '2026-13-01',
      '27-11-2026',
      '2026-11-27T00:00',
      ' 2026-11-27',
      "2026-11-27'",
    ]) {
      expect(parseSitemapDay(bad), String(bad)).toBeNull();
    }
    expect(parseSitemapDay('2028-02-29')).toEqual(new Date('2028-02-29T00:00:00.000Z'));
  });
});

describe('renderRobotsTxt', () => {
  it('allows, disallows and points to the sitemaps', () => {
    expect(
      renderRobotsTxt({
        allow: ['/'],
        disallow: ['/admin', '/api/'],
        sitemaps: ['https://www.dakarinfo.sn/sitemap.xml', 'https://www.dakarinfo.sn/sitemap-news.xml'],
      }),
    ).toBe(
      [
        'User-agent: *',
        'Allow: /',
        'Disallow: /admin',
        'Disallow: /api/',
        '',
        'Sitemap: https://www.dakarinfo.sn/sitemap.xml',
        'Sitemap: https://www.dakarinfo.sn/sitemap-news.xml',
        '',
      ].join('\n'),
    );
  });
});
