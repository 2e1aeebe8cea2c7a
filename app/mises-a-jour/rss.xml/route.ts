import { SITE_NAME } from '@/lib/site-settings';
import { findPublicUpdates } from '@/lib/data/find-public-updates';
import { distributionResponse, RSS_CONTENT_TYPE } from '@/lib/feeds/responses';
import { renderRss } from '@/lib/feeds/rss';
import { updatesFeedChannel } from '@/lib/feeds/updates-feed';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** How many entries the feed carries. */
const FEED_SIZE = 50;

/** « Mises à jour et corrections » as RSS: the newest public entries, each linking to what it changed. */
export async function GET() {
  const { items } = await findPublicUpdates({ page: 1, pageSize: FEED_SIZE });
  return distributionResponse(
    renderRss(updatesFeedChannel({ siteUrl: siteUrl(), siteName: SITE_NAME, items, now: new Date() })),
    RSS_CONTENT_TYPE,
  );
}
