/**
 * HTTP responses for the distribution files (feeds, sitemaps, robots.txt). Caches may keep them a
 * minute and serve a stale copy for five more while they fetch a fresh one; browsers always ask.
 */
export const DISTRIBUTION_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';
export const TEXT_CONTENT_TYPE = 'text/plain; charset=utf-8';

export function distributionResponse(body: string, contentType: string): Response {
  return new Response(body, { status: 200, headers: { 'Content-Type': contentType, 'Cache-Control': DISTRIBUTION_CACHE_CONTROL } });
}

/** A French 404 in plain text: feeds and sitemaps are read by programs, not shown as pages. */
export function notFoundText(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { 'Content-Type': TEXT_CONTENT_TYPE, 'Cache-Control': DISTRIBUTION_CACHE_CONTROL },
  });
}
