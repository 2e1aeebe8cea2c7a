/**
 * Sitemaps (sitemaps.org 0.9), the Google News sitemap and robots.txt, rendered from plain
 * objects. Pure.
 *
 * Layout (every file at the site's root, since a sitemap may only list URLs at or below its own
 * directory):
 *   /sitemap.xml                          a sitemap index, always (a flat list would outgrow 50,000 URLs)
 *   /sitemap-pages.xml                    Manchettes, every rubrique, every author with published stories
 *   /sitemap-articles.xml?jour=AAAA-MM-JJ the stories first published that day (UTC), oldest first
 *   /sitemap-news.xml                     Google News: stories of the last 48 hours
 * One file per day with stories, as large news sites do: the index finds those days with one index
 * probe per day (not per story), each file is one index range read with keyset pagination on
 * (publishedAt, id), and a file's address never changes — new stories only land in today's file.
 * So every request costs the same at a hundred or a million stories (about 2,800 files at a million
 * stories over eight years; the index holds up to 50,000 files, 136 years).
 */
import { z } from 'zod';
import { escapeXml, toW3cDateTime, XML_DECLARATION } from './xml';

/** The protocol's limit per file (also 50 MB uncompressed). */
export const SITEMAP_MAX_URLS = 50_000;
/** Google News reads at most 1,000 URLs per news sitemap. */
export const NEWS_SITEMAP_MAX_URLS = 1_000;
export const NEWS_SITEMAP_WINDOW_MS = 48 * 3_600_000;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';

/** `image`: the absolute address of the page's picture (Google's image extension; it reads `loc` only). */
export type TSitemapUrl = { loc: string; lastmod?: Date | null; image?: string | null };
export type TNewsSitemapUrl = { loc: string; title: string; publishedAt: Date; image?: string | null };
export type TNewsPublication = { name: string; language: string };

const lastmodOf = (lastmod: Date | null | undefined) => (lastmod ? `<lastmod>${toW3cDateTime(lastmod)}</lastmod>` : '');
const imageOf = (image: string | null | undefined) =>
  image ? `<image:image><image:loc>${escapeXml(image)}</image:loc></image:image>` : '';
/** The image namespace, declared only by a file that uses it. */
const imageNs = (urls: { image?: string | null }[]) => (urls.some((url) => url.image) ? ` xmlns:image="${IMAGE_NS}"` : '');

export function renderUrlset(urls: TSitemapUrl[]): string {
  if (urls.length > SITEMAP_MAX_URLS) throw new Error(`Un sitemap ne peut contenir plus de ${SITEMAP_MAX_URLS} adresses.`);
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}"${imageNs(urls)}>`,
    ...urls.map((url) => `  <url><loc>${escapeXml(url.loc)}</loc>${lastmodOf(url.lastmod)}${imageOf(url.image)}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export function renderSitemapIndex(sitemaps: TSitemapUrl[]): string {
  if (sitemaps.length > SITEMAP_MAX_URLS) throw new Error(`Un index de sitemaps ne peut contenir plus de ${SITEMAP_MAX_URLS} fichiers.`);
  return [
    XML_DECLARATION,
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...sitemaps.map((s) => `  <sitemap><loc>${escapeXml(s.loc)}</loc>${lastmodOf(s.lastmod)}</sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

export function renderNewsSitemap(urls: TNewsSitemapUrl[], publication: TNewsPublication): string {
  if (urls.length > NEWS_SITEMAP_MAX_URLS)
    throw new Error(`Un sitemap Google News ne peut contenir plus de ${NEWS_SITEMAP_MAX_URLS} adresses.`);
  const pub = `<news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${escapeXml(publication.language)}</news:language></news:publication>`;
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}"${imageNs(urls)}>`,
    ...urls.map((url) =>
      [
        '  <url>',
        `    <loc>${escapeXml(url.loc)}</loc>`,
        '    <news:news>',
        `      ${pub}`,
        `      <news:publication_date>${toW3cDateTime(url.publishedAt)}</news:publication_date>`,
        `      <news:title>${escapeXml(url.title)}</news:title>`,
        '    </news:news>',
        ...(url.image ? [`    ${imageOf(url.image)}`] : []),
        '  </url>',
      ].join('\n'),
    ),
    '</urlset>',
    '',
  ].join('\n');
}

/** Where a keyset page of stories starts, inclusive: a publication time and an id. */
export type TSitemapCursor = { publishedAt: Date; id: string };

const DAY_MS = 86_400_000;

/** `2026-11-27` for the UTC day containing `date`. */
export function formatSitemapDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `?jour=2026-11-27` → the start of that UTC day; null when absent, malformed or not a real date. */
export function parseSitemapDay(value: string | null): Date | null {
  const parsed = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .safeParse(value);
  if (!parsed.success) return null;
  const day = new Date(`${parsed.data}T00:00:00.000Z`);
  return !Number.isNaN(day.getTime()) && formatSitemapDay(day) === parsed.data ? day : null;
}

/** The start of the UTC day after `day`. */
export function nextSitemapDay(day: Date): Date {
  return new Date(day.getTime() + DAY_MS);
}

export type TRobots = { allow: string[]; disallow: string[]; sitemaps: string[] };

/** robots.txt for every user agent. */
export function renderRobotsTxt(robots: TRobots): string {
  return [
    'User-agent: *',
    ...robots.allow.map((path) => `Allow: ${path}`),
    ...robots.disallow.map((path) => `Disallow: ${path}`),
    '',
    ...robots.sitemaps.map((url) => `Sitemap: ${url}`),
    '',
  ].join('\n');
}
