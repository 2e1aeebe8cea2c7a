import { findFeedArticles } from '@/lib/data/find-feed-articles';
import { findFeedLives } from '@/lib/data/find-feed-live-entries';
import { loadSiteIdentity } from '@/lib/data/site-identity';
import { logoUrl } from '@/lib/media/urls';
import { feedChannel } from '@/lib/feeds/article-feed';
import { distributionResponse, RSS_CONTENT_TYPE } from '@/lib/feeds/responses';
import { renderRss } from '@/lib/feeds/rss';
import { siteUrl } from '@/lib/site-url';

// Read per request for now, like the pages: a publish is in the feed at once (caches keep it 60 s).
export const dynamic = 'force-dynamic';

/** The Manchettes feed: the latest stories of every rubrique, and the running lives’ newest entries. */
export async function GET() {
  const [articles, lives, identity] = await Promise.all([findFeedArticles(), findFeedLives(), loadSiteIdentity()]);
  const channel = feedChannel({
    siteUrl: siteUrl(),
    title: `${identity.name} — Manchettes`,
    description: identity.tagline,
    logoPath: identity.logo ? logoUrl(identity.logo) : undefined,
    path: '/',
    selfPath: '/rss.xml',
    articles,
    lives,
    now: new Date(),
  });
  return distributionResponse(renderRss(channel), RSS_CONTENT_TYPE);
}
