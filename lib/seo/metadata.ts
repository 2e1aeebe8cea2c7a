/**
 * The head every readers' page carries: canonical address, OpenGraph, Twitter card and, where a
 * page has one, its RSS feed. Pure: the site's name and address are passed in, so pages build them
 * per request (the address comes from the environment at run time, see lib/site-url.ts). The
 * document around it (charset, viewport, stylesheet, icon) is lib/readers/document.tsx.
 */
import { joinUrl } from '../site-url';

export type TSite = { name: string; url: string };

export type TPageMetadataInput = {
  /** The document title: a string goes through the site's template « %s — Dakarinfo » (lib/site-settings.ts). */
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

/** The page's canonical address and shared picture, absolute. */
function absoluteParts(site: TSite, input: TPageMetadataInput) {
  const canonical = joinUrl(site.url, input.path);
  const image = input.image
    ? { url: joinUrl(site.url, input.image.path), width: input.image.width, height: input.image.height, alt: input.image.alt }
    : undefined;
  return { canonical, image };
}

export type THeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; name?: string; property?: string; content: string }
  | { tag: 'link'; rel: string; href: string; type?: string; title?: string };

/** The tags of a page that has its own canonical address (every page but search and the status pages). */
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
  if (input.feed)
    tags.push({
      tag: 'link',
      rel: 'alternate',
      type: 'application/rss+xml',
      title: input.feed.title,
      href: joinUrl(site.url, input.feed.path),
    });
  tags.push(
    property('og:title', input.socialTitle),
    property('og:description', input.description),
    property('og:url', canonical),
    property('og:site_name', site.name),
    property('og:locale', 'fr_FR'),
  );
  if (image)
    tags.push(
      property('og:image', image.url),
      property('og:image:width', String(image.width)),
      property('og:image:height', String(image.height)),
      property('og:image:alt', image.alt),
    );
  if (input.article) {
    tags.push(
      property('og:type', 'article'),
      property('article:published_time', input.article.publishedAt.toISOString()),
      property('article:modified_time', (input.article.lastUpdatedAt ?? input.article.publishedAt).toISOString()),
      property('article:author', joinUrl(site.url, input.article.authorPath)),
      property('article:section', input.article.section),
    );
  } else tags.push(property('og:type', 'website'));
  tags.push(
    named('twitter:card', image ? 'summary_large_image' : 'summary'),
    named('twitter:title', input.socialTitle),
    named('twitter:description', input.description),
  );
  if (image) tags.push(named('twitter:image', image.url), named('twitter:image:alt', image.alt));
  return tags;
}

/**
 * The head of a page that is not a document of its own for search engines: a search's results, a 404,
 * a 410, the 503. Its title, the site's line, and `robots` (`noindex` at least).
 */
export function statusHeadTags(site: TSite, title: string, description: string, robots: string): THeadTag[] {
  return [
    { tag: 'title', text: title },
    { tag: 'meta', name: 'description', content: description },
    { tag: 'meta', name: 'application-name', content: site.name },
    { tag: 'meta', name: 'robots', content: robots },
  ];
}
