import { findSitemapPages } from '@/lib/data/find-sitemap-entries';
import { latestPublicUpdateAt } from '@/lib/data/find-public-updates';
import { distributionResponse, XML_CONTENT_TYPE } from '@/lib/feeds/responses';
import { renderUrlset } from '@/lib/feeds/sitemap';
import { absoluteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** Manchettes, the rubriques, « La rédaction », the authors' pages (each dated by its newest story), and « Mises à jour et corrections ». */
export async function GET() {
  const [pages, updatesAt] = await Promise.all([findSitemapPages(), latestPublicUpdateAt()]);
  const body = renderUrlset([
    { loc: absoluteUrl('/'), lastmod: pages.latest },
    ...pages.rubriques.map((r) => ({ loc: absoluteUrl(`/${r.slug}`), lastmod: r.lastmod })),
    { loc: absoluteUrl('/auteurs'), lastmod: pages.latest },
    ...pages.authors.map((a) => ({ loc: absoluteUrl(`/auteurs/${a.slug}`), lastmod: a.lastmod })),
    // « Mises à jour et corrections » and its policy.
    { loc: absoluteUrl('/mises-a-jour'), lastmod: updatesAt },
    { loc: absoluteUrl('/mises-a-jour/politique') },
  ]);
  return distributionResponse(body, XML_CONTENT_TYPE);
}
