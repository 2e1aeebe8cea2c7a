import { findPublicUpdates } from '@/lib/data/find-public-updates';
import { loadSiteIdentity } from '@/lib/data/site-identity';
import { distributionResponse, RSS_CONTENT_TYPE } from '@/lib/feeds/responses';
import { renderRss } from '@/lib/feeds/rss';
import { updatesFeedChannel } from '@/lib/feeds/updates-feed';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** How many entries the feed carries. */
const FEED_SIZE = 50;

/** « Mises à jour et corrections » as RSS: the newest public entries, each linking to what it changed. */
export async function GET() {
  // The site's name as the admins set it (« Réglages du site »).
  const [{ items }, identity] = await Promise.all([findPublicUpdates({ page: 1, pageSize: FEED_SIZE }), loadSiteIdentity()]);
  return distributionResponse(
    renderRss(updatesFeedChannel({ siteUrl: siteUrl(), siteName: identity.name, items, now: new Date() })),
    RSS_CONTENT_TYPE,
  );
}
