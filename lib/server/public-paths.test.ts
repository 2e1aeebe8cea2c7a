import { describe, expect, it } from 'vitest';
import { isPublicPage, isSearchPage, publicPageUrl } from './public-paths';

describe('publicPageUrl', () => {
  it('drops what a story or the home never reads: tracking tags, click ids, anything', () => {
    expect(publicPageUrl('/?utm_source=facebook&utm_medium=social&fbclid=IwAR0abc')).toBe('/');
    expect(publicPageUrl('/politique/le-budget-vote?gclid=xyz&page=3')).toBe('/politique/le-budget-vote');
    expect(publicPageUrl('/politique/le-budget-vote?')).toBe('/politique/le-budget-vote');
    expect(publicPageUrl('/politique/le-budget-vote')).toBe('/politique/le-budget-vote');
    // A live page's older entries are its only parameter.
    expect(publicPageUrl('/politique/le-direct?avant=clx0000000000000000000000&utm_source=x')).toBe(
      '/politique/le-direct?avant=clx0000000000000000000000',
    );
  });

  it('keeps the page number of rubriques and authors', () => {
    expect(publicPageUrl('/politique?utm_campaign=lettre&page=2')).toBe('/politique?page=2');
    expect(publicPageUrl('/auteurs/awa-ndiaye?page=4&fbclid=1')).toBe('/auteurs/awa-ndiaye?page=4');
    expect(publicPageUrl('/politique?fbclid=1')).toBe('/politique');
  });

  it('keeps a search’s words, rubrique and page, in one order whatever the order given', () => {
    const a = publicPageUrl('/recherche?page=2&q=s%C3%A9cheresse&utm_medium=email&rubrique=economie');
    const b = publicPageUrl('/recherche?rubrique=economie&q=sécheresse&page=2');
    expect(a).toBe(b);
    expect(new URLSearchParams(a.split('?')[1]).get('q')).toBe('sécheresse');
    expect(publicPageUrl('/recherche?q=eau+potable')).toBe('/recherche?q=eau+potable');
    expect(publicPageUrl('/recherche?q=')).toBe('/recherche?q=');
  });

  it('keeps no more of a parameter than a page reads (200 characters)', () => {
    const long = publicPageUrl(`/recherche?q=${'é'.repeat(5000)}`);
    expect(new URLSearchParams(long.split('?')[1]).get('q')).toBe('é'.repeat(200));
    expect(publicPageUrl(`/recherche?q=${'a'.repeat(199)}b${'c'.repeat(100)}`)).toBe(`/recherche?q=${'a'.repeat(199)}b`);
  });

  it('keeps a repeated parameter as the page receives it', () => {
    expect(publicPageUrl('/politique?page=2&page=3')).toBe('/politique?page=2&page=3');
  });
});

describe('isPublicPage', () => {
  it('is the readers’ pages only', () => {
    expect(isPublicPage('GET', '/politique')).toBe(true);
    expect(isPublicPage('POST', '/politique')).toBe(false);
    expect(isPublicPage('GET', '/admin/articles')).toBe(false);
    expect(isPublicPage('GET', '/rss.xml')).toBe(false);
    // Feeds and files are Next's whatever their spelling (it answers a French 404 for an unknown rubrique).
    for (const path of [
      '/politique/rss.xml',
      '/Politique/rss.xml',
      '/sitemap-articles.xml',
      '/robots.txt',
      '/icon.svg',
      '/favicon.ico',
      '/alerte.json',
    ])
      expect(isPublicPage('GET', path), path).toBe(false);
    // Any other address is the readers' route table's, which answers 404 when it has no page there.
    for (const path of ['/wp-login.php', '/politique/un-article/suite', '/a.txt']) expect(isPublicPage('GET', path), path).toBe(true);
  });

  it('matches the newsroom, the API, pictures and build files by whole segment: a rubrique may start like them', () => {
    for (const path of ['/administration', '/connexions-rurales', '/apercus', '/mediashow', '/apiculture', '/administration/un-article']) {
      expect(isPublicPage('GET', path), path).toBe(true);
    }
    for (const path of ['/admin', '/admin/', '/connexion', '/apercu/abc', '/api/auth/session', '/_next/static/x', '/medias/x', '/medias']) {
      expect(isPublicPage('GET', path), path).toBe(false);
    }
  });
});

describe('isSearchPage', () => {
  it('is the search’s results only, not a rubrique or a story whose address starts like it', () => {
    expect(isSearchPage('/recherche')).toBe(true);
    expect(isSearchPage('/recherche?q=eau&page=2')).toBe(true);
    for (const url of ['/recherche-innovation', '/recherche-innovation/un-article', '/recherches?q=x'])
      expect(isSearchPage(url), url).toBe(false);
  });
});
