import { describe, expect, it } from 'vitest';
import { documentAssetsFrom, storyAddress } from './article-document';

describe('documentAssetsFrom', () => {
  it('takes the build’s stylesheets and the icon from the head Next wrote', () => {
    const html =
      '<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="preload" as="image" imageSrcSet="/medias/a-400.webp 400w"/>' +
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="stylesheet" href="/_next/static/chunks/b.css" data-precedence="next"/>' +
      '<link rel="canonical" href="http://localhost:3000/x"/><link rel="icon" href="/icon.svg?v=1&amp;w=2" sizes="any" type="image/svg+xml"/></head>' +
      '<body><link rel="stylesheet" href="/_next/static/chunks/late.css" data-precedence="next"/></body></html>';
    expect(documentAssetsFrom(html)).toEqual({
      stylesheets: ['/_next/static/chunks/a.css', '/_next/static/chunks/b.css'],
      icon: { rel: 'icon', href: '/icon.svg?v=1&w=2', sizes: 'any', type: 'image/svg+xml' },
    });
  });

  it('learns nothing from a page without the build’s stylesheet (an error page, a fragment)', () => {
    expect(documentAssetsFrom('<html><head><title>x</title></head><body></body></html>')).toBeNull();
    expect(documentAssetsFrom('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>')).toBeNull();
    expect(documentAssetsFrom('<html><head><link rel="stylesheet" href="https://ailleurs.example/a.css" data-precedence="next"/></head>')).toBeNull();
  });
});

describe('storyAddress', () => {
  it('reads /<rubrique>/<slug> and nothing else', () => {
    expect(storyAddress('/politique/le-budget-2027')).toEqual({ rubrique: 'politique', slug: 'le-budget-2027' });
    for (const url of ['/', '/politique', '/auteurs/awa-ndiaye', '/medias/un-fichier', '/admin/articles', '/recherche/x', '/politique/le-budget?x=1', '/politique/le-budget/plus', '/Politique/le-budget', '/politique/', '//le-budget', 'politique/le-budget']) {
      expect(storyAddress(url), url).toBeNull();
    }
  });
});
