import { SITE_NAME } from '@/lib/site-settings';
import { findNewsSitemapArticles } from '@/lib/data/find-sitemap-entries';
import { applyFrenchTypography } from '@/lib/french/typography';
import { distributionResponse, XML_CONTENT_TYPE } from '@/lib/feeds/responses';
import { renderNewsSitemap } from '@/lib/feeds/sitemap';
import { absoluteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** Google News: the stories of the last 48 hours. */
export async function GET() {
  const articles = await findNewsSitemapArticles(new Date());
  const body = renderNewsSitemap(
    articles.map((a) => ({
      loc: absoluteUrl(a.path),
      title: applyFrenchTypography(a.title),
      publishedAt: a.publishedAt,
      image: a.imagePath && absoluteUrl(a.imagePath),
    })),
    { name: SITE_NAME, language: 'fr' },
  );
  return distributionResponse(body, XML_CONTENT_TYPE);
}
