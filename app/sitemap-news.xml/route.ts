import { findNewsSitemapArticles } from '@/lib/data/find-sitemap-entries';
import { loadSiteIdentity } from '@/lib/data/site-identity';
import { applyFrenchTypography } from '@/lib/french/typography';
import { distributionResponse, XML_CONTENT_TYPE } from '@/lib/feeds/responses';
import { renderNewsSitemap } from '@/lib/feeds/sitemap';
import { absoluteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** Google News: the stories of the last 48 hours. */
export async function GET() {
  const [articles, identity] = await Promise.all([findNewsSitemapArticles(new Date()), loadSiteIdentity()]);
  const body = renderNewsSitemap(
    articles.map((a) => ({
      loc: absoluteUrl(a.path),
      title: applyFrenchTypography(a.title),
      publishedAt: a.publishedAt,
      image: a.imagePath && absoluteUrl(a.imagePath),
    })),
    { name: identity.name, language: 'fr' },
  );
  return distributionResponse(body, XML_CONTENT_TYPE);
}
