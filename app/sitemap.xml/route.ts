import { findSitemapDays, findSitemapPages } from '@/lib/data/find-sitemap-entries';
import { distributionResponse, XML_CONTENT_TYPE } from '@/lib/feeds/responses';
import { formatSitemapDay, renderSitemapIndex } from '@/lib/feeds/sitemap';
import { absoluteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** The sitemap index: the pages file, then one file per day with published stories (lib/feeds/sitemap.ts). */
export async function GET() {
  const [pages, days] = await Promise.all([findSitemapPages(), findSitemapDays()]);
  const body = renderSitemapIndex([
    { loc: absoluteUrl('/sitemap-pages.xml'), lastmod: pages.latest },
    // Each day file's lastmod: its newest publication or « mise à jour » (lib/data/find-sitemap-entries.ts).
    ...days.map(({ day, lastmod }) => ({ loc: absoluteUrl(`/sitemap-articles.xml?jour=${formatSitemapDay(day)}`), lastmod })),
  ]);
  return distributionResponse(body, XML_CONTENT_TYPE);
}
