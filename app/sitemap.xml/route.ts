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
    // No lastmod per day: a « mise à jour » can change an old day's file, and finding the latest
    // one per day would read every story. Crawlers then revisit the files on their own schedule.
    ...days.map((day) => ({ loc: absoluteUrl(`/sitemap-articles.xml?jour=${formatSitemapDay(day)}`) })),
  ]);
  return distributionResponse(body, XML_CONTENT_TYPE);
}
