import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd, siteJsonLd, type TNewsArticleInput } from './json-ld';

const input: TNewsArticleInput = {
  url: 'https://www.dakarinfo.sn/politique/le-budget-adopte',
  headline: 'Le budget adopté',
  description: 'L’Assemblée a voté le texte.',
  publishedAt: new Date('2026-11-27T19:47:00Z'),
  lastUpdatedAt: null,
  section: 'Politique',
  author: { name: 'Awa Ndiaye', url: 'https://www.dakarinfo.sn/auteurs/awa-ndiaye' },
  publisher: { name: 'Dakarinfo', url: 'https://www.dakarinfo.sn/' },
};

describe('newsArticleJsonLd', () => {
  it('describes the story, its author page, its publisher and section', () => {
    expect(newsArticleJsonLd(input)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Le budget adopté',
      description: 'L’Assemblée a voté le texte.',
      url: 'https://www.dakarinfo.sn/politique/le-budget-adopte',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://www.dakarinfo.sn/politique/le-budget-adopte' },
      datePublished: '2026-11-27T19:47:00.000Z',
      dateModified: '2026-11-27T19:47:00.000Z',
      author: { '@type': 'Person', name: 'Awa Ndiaye', url: 'https://www.dakarinfo.sn/auteurs/awa-ndiaye' },
      publisher: { '@type': 'Organization', name: 'Dakarinfo', url: 'https://www.dakarinfo.sn/' },
      articleSection: 'Politique',
      inLanguage: 'fr-FR',
      isAccessibleForFree: true,
    });
  });

  it('moves dateModified to the latest « mise à jour », never datePublished', () => {
    const data = newsArticleJsonLd({ ...input, lastUpdatedAt: new Date('2026-11-28T09:15:00Z') });
    expect(data.datePublished).toBe('2026-11-27T19:47:00.000Z');
    expect(data.dateModified).toBe('2026-11-28T09:15:00.000Z');
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the crumbs from 1', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Accueil', url: 'https://x.sn/' },
        { name: 'Politique', url: 'https://x.sn/politique' },
        { name: 'Le budget', url: 'https://x.sn/politique/le-budget' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Accueil', item: 'https://x.sn/' },
        { '@type': 'ListItem', position: 2, name: 'Politique', item: 'https://x.sn/politique' },
        { '@type': 'ListItem', position: 3, name: 'Le budget', item: 'https://x.sn/politique/le-budget' },
      ],
    });
  });
});

describe('serializeJsonLd', () => {
  const hostile = 'Fin</script><script>alert(1)</script><!-- & > \u2028\u2029 «\u00a0été\u00a0»';

  it('leaves no <, >, & or line separators in the output', () => {
    const out = serializeJsonLd(newsArticleJsonLd({ ...input, headline: hostile, description: '</SCRIPT >' }));
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(out).toContain('Fin\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
  });

  it('parses back to exactly the same data', () => {
    const data = newsArticleJsonLd({ ...input, headline: hostile });
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
    expect(JSON.parse(serializeJsonLd([data, breadcrumbJsonLd([{ name: hostile, url: 'https://x.sn/?a=1&b=2' }])]))).toEqual([
      data,
      breadcrumbJsonLd([{ name: hostile, url: 'https://x.sn/?a=1&b=2' }]),
    ]);
  });

  it('cannot be broken out of when placed in a script element', () => {
    const html = `<script type="application/ld+json">${serializeJsonLd({ headline: hostile })}</script>`;
    // The HTML tokenizer ends a script at the first "</script" (any case): it must be the real one.
    expect(html.toLowerCase().indexOf('</script')).toBe(html.length - '</script>'.length);
    expect(html).not.toContain('<!--');
  });
});

describe('siteJsonLd', () => {
  it('describes the newsroom with its logo and the site with its search box', () => {
    const [organisation, website] = siteJsonLd({
      name: 'Dakarinfo',
      url: 'https://www.dakarinfo.sn/',
      logo: { url: 'https://www.dakarinfo.sn/medias/abc-900.png', width: 900, height: 240 },
      description: 'Manchettes, politique et culture françaises',
    });
    expect(organisation).toMatchObject({
      '@type': 'NewsMediaOrganization',
      '@id': 'https://www.dakarinfo.sn/#organisation',
      logo: { '@type': 'ImageObject', url: 'https://www.dakarinfo.sn/medias/abc-900.png', width: 900, height: 240 },
    });
    expect(website).toMatchObject({
      '@type': 'WebSite',
      publisher: { '@id': 'https://www.dakarinfo.sn/#organisation' },
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://www.dakarinfo.sn/recherche?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});

describe('newsArticleJsonLd, publisher and pictures', () => {
  it('gives the publisher’s logo and every shape of the picture', () => {
    const data = newsArticleJsonLd({
      ...input,
      publisher: { ...input.publisher, logo: { url: 'https://www.dakarinfo.sn/icon.svg' } },
      image: [
        { url: 'https://x.sn/a-16x9.jpg', width: 1200, height: 675 },
        { url: 'https://x.sn/a-4x3.jpg', width: 1200, height: 900 },
        { url: 'https://x.sn/a-1x1.jpg', width: 1200, height: 1200 },
      ],
    });
    expect(data.publisher).toEqual({
      '@type': 'Organization',
      name: 'Dakarinfo',
      url: 'https://www.dakarinfo.sn/',
      logo: { '@type': 'ImageObject', url: 'https://www.dakarinfo.sn/icon.svg' },
    });
    expect((data.image as { height: number }[]).map((i) => i.height)).toEqual([675, 900, 1200]);
  });
});
