import { findFeedArticles } from '@/lib/data/find-feed-articles';
import { findFeedLives } from '@/lib/data/find-feed-live-entries';
import { findRubriqueRedirect } from '@/lib/data/find-rubrique-redirect';
import { getRubriqueBySlug } from '@/lib/data/get-rubrique-by-slug';
import { loadSiteIdentity } from '@/lib/data/site-identity';
import { logoUrl } from '@/lib/media/urls';
import { feedChannel } from '@/lib/feeds/article-feed';
import { distributionResponse, movedResponse, notFoundText, RSS_CONTENT_TYPE } from '@/lib/feeds/responses';
import { renderRss } from '@/lib/feeds/rss';
import { siteUrl } from '@/lib/site-url';
import { parseSlug } from '@/lib/validation/public-params';

export const dynamic = 'force-dynamic';

/** A rubrique's feed: `/politique/rss.xml`; at a rubrique's old address, 301 to its current one. */
export async function GET(_request: Request, context: { params: Promise<{ rubrique: string }> }) {
  const slug = parseSlug((await context.params).rubrique);
  const rubrique = slug ? await getRubriqueBySlug(slug) : null;
  if (!rubrique) {
    const moved = slug ? await findRubriqueRedirect(slug) : null;
    return moved ? movedResponse(`/${moved}/rss.xml`) : notFoundText('Rubrique introuvable\u00a0: ce flux n’existe pas.');
  }
  const [articles, lives, identity] = await Promise.all([
    findFeedArticles({ rubriqueId: rubrique.id }),
    findFeedLives({ rubriqueId: rubrique.id }),
    loadSiteIdentity(),
  ]);
  const channel = feedChannel({
    siteUrl: siteUrl(),
    title: `${identity.name} — ${rubrique.name}`,
    description: rubrique.description || `Les derniers articles de la rubrique ${rubrique.name} sur ${identity.name}.`,
    logoPath: identity.logo ? logoUrl(identity.logo) : undefined,
    path: `/${rubrique.slug}`,
    selfPath: `/${rubrique.slug}/rss.xml`,
    articles,
    lives,
    now: new Date(),
  });
  return distributionResponse(renderRss(channel), RSS_CONTENT_TYPE);
}
