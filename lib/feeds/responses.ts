import { keyFor } from '../cache/keys';

/**
 * HTTP responses for the distribution files (feeds, sitemaps, robots.txt). Caches may keep them a
 * minute and serve a stale copy for five more while they fetch a fresh one; browsers always ask.
 */
export const DISTRIBUTION_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';
export const TEXT_CONTENT_TYPE = 'text/plain; charset=utf-8';

/**
 * A cache in front that purges by key (PURGE_URL: Varnish, a CDN) drops the feeds and sitemaps with
 * `list:feeds`, which every story change and every change of a rubrique's address purge
 * (lib/data/public-change.ts, lib/data/rubrique-admin.ts). Sent on the same terms as the pages'
 * keys (lib/server/responses.ts); this one names nothing private.
 */
const FEED_SURROGATE_KEYS: Record<string, string> =
  process.env.PURGE_URL || process.env.SURROGATE_KEYS === '1' ? { 'Surrogate-Key': keyFor.feeds } : {};

export function distributionResponse(body: string, contentType: string): Response {
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': contentType, 'Cache-Control': DISTRIBUTION_CACHE_CONTROL, ...FEED_SURROGATE_KEYS },
  });
}

/** A French 404 in plain text: feeds and sitemaps are read by programs, not shown as pages. */
export function notFoundText(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { 'Content-Type': TEXT_CONTENT_TYPE, 'Cache-Control': DISTRIBUTION_CACHE_CONTROL },
  });
}

/** A feed that moved (its rubrique's address changed): readers' programs follow the 301 and keep the new one. */
export function movedResponse(path: string): Response {
  return new Response(null, { status: 301, headers: { Location: path, 'Cache-Control': DISTRIBUTION_CACHE_CONTROL } });
}
