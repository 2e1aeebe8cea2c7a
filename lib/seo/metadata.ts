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

/** The page's canonical address and shared picture, absolute: the same for both ways of writing the head. */
function absoluteParts(site: TSite, input: TPageMetadataInput) {
  const canonical = joinUrl(site.url, input.path);
  const image = input.image ? { url: joinUrl(site.url, input.image.path), width: input.image.width, height: input.image.height, alt: input.image.alt } : undefined;
  return { canonical, image };
}

export function pageMetadata(site: TSite, input: TPageMetadataInput): Metadata {
  const { canonical, image } = absoluteParts(site, input);
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

export type THeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; name?: string; property?: string; content: string }
  | { tag: 'link'; rel: string; href: string; type?: string; title?: string };

/**
 * The same metadata as `pageMetadata`, as the tags Next.js writes for it, in its order: for the pages
 * rendered without Next (lib/render/article-document.tsx). e2e/direct-render.spec.ts checks that both
 * renderers write the same head.
 */
export function pageHeadTags(site: TSite, input: TPageMetadataInput, title: string): THeadTag[] {
  const { canonical, image } = absoluteParts(site, input);
  const property = (name: string, content: string): THeadTag => ({ tag: 'meta', property: name, content });
  const named = (name: string, content: string): THeadTag => ({ tag: 'meta', name, content });
  const tags: THeadTag[] = [
    { tag: 'title', text: title },
    named('description', input.description),
    named('application-name', site.name),
    { tag: 'link', rel: 'canonical', href: canonical },
  ];
  if (input.feed) tags.push({ tag: 'link', rel: 'alternate', type: 'application/rss+xml', title: input.feed.title, href: joinUrl(site.url, input.feed.path) });
  tags.push(
    property('og:title', input.socialTitle),
    property('og:description', input.description),
    property('og:url', canonical),
    property('og:site_name', site.name),
    property('og:locale', 'fr_FR'),
  );
  if (image) tags.push(property('og:image', image.url), property('og:image:width', String(image.width)), property('og:image:height', String(image.height)), property('og:image:alt', image.alt));
  if (input.article) {
    tags.push(
      property('og:type', 'article'),
      property('article:published_time', input.article.publishedAt.toISOString()),
      property('article:modified_time', (input.article.lastUpdatedAt ?? input.article.publishedAt).toISOString()),
      property('article:author', joinUrl(site.url, input.article.authorPath)),
      property('article:section', input.article.section),
    );
  } else tags.push(property('og:type', 'website'));
  tags.push(named('twitter:card', image ? 'summary_large_image' : 'summary'), named('twitter:title', input.socialTitle), named('twitter:description', input.description));
  if (image) tags.push(named('twitter:image', image.url), named('twitter:image:alt', image.alt));
  return tags;
}
