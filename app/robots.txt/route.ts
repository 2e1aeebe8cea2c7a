import { distributionResponse, TEXT_CONTENT_TYPE } from '@/lib/feeds/responses';
import { renderRobotsTxt } from '@/lib/feeds/sitemap';
import { absoluteUrl } from '@/lib/site-url';

// Per request: the sitemap addresses come from SITE_URL at run time, not at build time.
export const dynamic = 'force-dynamic';

export function GET() {
  const body = renderRobotsTxt({
    allow: ['/'],
    // The newsroom, sign-in, search results (endless and thin) and the API are not for crawlers.
    disallow: ['/admin', '/connexion', '/recherche', '/api/'],
    sitemaps: [absoluteUrl('/sitemap.xml'), absoluteUrl('/sitemap-news.xml')],
  });
  return distributionResponse(body, TEXT_CONTENT_TYPE);
}
