/**
 * The metadata every public page carries: canonical address, OpenGraph, Twitter card and, where a
 * page has one, its RSS feed. Pure: the site's name and address are passed in, so pages build them
 * per request (the address comes from the environment at run time, see lib/site-url.ts).
 */
import type { Metadata } from 'next';
import { joinUrl } from '../site-url';

export type TSite = { name: string; url: string };

export type TPageMetadataInput = {
  /** The document title: a string goes through the root layout's template « %s — Dakarinfo ». */
  title: string | { absolute: string };
  /** The title shown by social networks (they show the site's name beside it). */
  socialTitle: string;
  description: string;
  /** The page's own path, with `?page=N` beyond the first page: its canonical address. */
  path: string;
  feed?: { path: string; title: string };
  article?: { publishedAt: Date; lastUpdatedAt: Date | null; section: string; authorPath: string };
  /** The picture networks show beside a shared link (a path on this site, with its size and what it shows). */
  image?: { path: string; width: number; height: number; alt: string };
};

export function pageMetadata(site: TSite, input: TPageMetadataInput): Metadata {
  const canonical = joinUrl(site.url, input.path);
  const image = input.image ? { url: joinUrl(site.url, input.image.path), width: input.image.width, height: input.image.height, alt: input.image.alt } : undefined;
  const common = { url: canonical, siteName: site.name, locale: 'fr_FR', title: input.socialTitle, description: input.description, ...(image ? { images: [image] } : {}) };
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical,
      ...(input.feed ? { types: { 'application/rss+xml': [{ url: joinUrl(site.url, input.feed.path), title: input.feed.title }] } } : {}),
    },
    openGraph: input.article
      ? {
          ...common,
          type: 'article',
          publishedTime: input.article.publishedAt.toISOString(),
          // Moved only by a public « mise à jour », like the JSON-LD's dateModified.
          modifiedTime: (input.article.lastUpdatedAt ?? input.article.publishedAt).toISOString(),
          section: input.article.section,
          authors: [joinUrl(site.url, input.article.authorPath)],
        }
      : { ...common, type: 'website' },
    // With a picture, networks show it large above the title.
    twitter: image
      ? { card: 'summary_large_image', title: input.socialTitle, description: input.description, images: [{ url: image.url, alt: image.alt }] }
      : { card: 'summary', title: input.socialTitle, description: input.description },
  };
}
