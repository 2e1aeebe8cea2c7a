import { describe, expect, it } from 'vitest';
import { pageMetadata } from './metadata';

const site = { name: 'Dakarinfo', url: 'https://www.dakarinfo.sn' };

describe('pageMetadata', () => {
  it('gives a rubrique its canonical address, OpenGraph, Twitter card and feed', () => {
    expect(
      pageMetadata(site, {
        title: 'Politique',
        socialTitle: 'Politique',
        description: 'La vie politique.',
        path: '/politique',
        feed: { path: '/politique/rss.xml', title: 'Dakarinfo — Politique' },
      }),
    ).toEqual({
      title: 'Politique',
      description: 'La vie politique.',
      alternates: {
        canonical: 'https://www.dakarinfo.sn/politique',
        types: { 'application/rss+xml': [{ url: 'https://www.dakarinfo.sn/politique/rss.xml', title: 'Dakarinfo — Politique' }] },
      },
      openGraph: {
        url: 'https://www.dakarinfo.sn/politique',
        siteName: 'Dakarinfo',
        locale: 'fr_FR',
        title: 'Politique',
        description: 'La vie politique.',
        type: 'website',
      },
      twitter: { card: 'summary', title: 'Politique', description: 'La vie politique.' },
    });
  });

  it('makes the home canonical the root with its slash, and has no feed when none is given', () => {
    const meta = pageMetadata(site, { title: { absolute: 'Dakarinfo' }, socialTitle: 'Dakarinfo', description: 'd', path: '/' });
    expect(meta.alternates).toEqual({ canonical: 'https://www.dakarinfo.sn/' });
    expect(meta.title).toEqual({ absolute: 'Dakarinfo' });
  });

  it('describes an article: type, dates (modified = latest « mise à jour » or publication), section, author page', () => {
    const publishedAt = new Date('2026-11-27T19:47:00Z');
    const article = { publishedAt, lastUpdatedAt: null, section: 'Politique', authorPath: '/auteurs/awa-ndiaye' };
    const meta = pageMetadata(site, { title: 'Le budget', socialTitle: 'Le budget', description: 'Chapô', path: '/politique/le-budget', article });
    expect(meta.openGraph).toEqual({
      url: 'https://www.dakarinfo.sn/politique/le-budget',
      siteName: 'Dakarinfo',
      locale: 'fr_FR',
      title: 'Le budget',
      description: 'Chapô',
      type: 'article',
      publishedTime: '2026-11-27T19:47:00.000Z',
      modifiedTime: '2026-11-27T19:47:00.000Z',
      section: 'Politique',
      authors: ['https://www.dakarinfo.sn/auteurs/awa-ndiaye'],
    });
    const updated = pageMetadata(site, {
      title: 'Le budget',
      socialTitle: 'Le budget',
      description: 'Chapô',
      path: '/politique/le-budget',
      article: { ...article, lastUpdatedAt: new Date('2026-11-28T09:00:00Z') },
    });
    expect(updated.openGraph).toMatchObject({ publishedTime: '2026-11-27T19:47:00.000Z', modifiedTime: '2026-11-28T09:00:00.000Z' });
  });
});
