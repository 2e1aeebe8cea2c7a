import { findSitemapPages } from '@/lib/data/find-sitemap-entries';
import { distributionResponse, XML_CONTENT_TYPE } from '@/lib/feeds/responses';
import { renderUrlset } from '@/lib/feeds/sitemap';
import { absoluteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** Manchettes, the rubriques, « La rédaction » and the authors' pages, each dated by its newest story. */
export async function GET() {
  const pages = await findSitemapPages();
  const body = renderUrlset([
    { loc: absoluteUrl('/'), lastmod: pages.latest },
    ...pages.rubriques.map((r) => ({ loc: absoluteUrl(`/${r.slug}`), lastmod: r.lastmod })),
    { loc: absoluteUrl('/auteurs'), lastmod: pages.latest },
    ...pages.authors.map((a) => ({ loc: absoluteUrl(`/auteurs/${a.slug}`), lastmod: a.lastmod })),
  ]);
  return distributionResponse(body, XML_CONTENT_TYPE);
}
