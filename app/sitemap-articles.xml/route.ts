import type { NextRequest } from 'next/server';
import { findSitemapArticlesOfDay } from '@/lib/data/find-sitemap-entries';
import { distributionResponse, notFoundText, XML_CONTENT_TYPE } from '@/lib/feeds/responses';
import { parseSitemapDay, renderUrlset } from '@/lib/feeds/sitemap';
import { absoluteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/**
 * `?jour=2026-11-27`: the stories first published that day (UTC), oldest first, each with lastmod =
 * its latest public « mise à jour », else its publication. A day without stories is a 404.
 */
export async function GET(request: NextRequest) {
  const day = parseSitemapDay(request.nextUrl.searchParams.get('jour'));
  if (!day) return notFoundText('Sitemap introuvable.');
  const articles = await findSitemapArticlesOfDay(day);
  if (articles.length === 0) return notFoundText('Sitemap introuvable\u00a0: aucun article publié ce jour-là.');
  return distributionResponse(
    renderUrlset(articles.map((a) => ({ loc: absoluteUrl(a.path), lastmod: a.lastmod, image: a.imagePath && absoluteUrl(a.imagePath) }))),
    XML_CONTENT_TYPE,
  );
}
