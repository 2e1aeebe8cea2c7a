/**
 * What a published story tells search engines and social networks: its metadata and its structured
 * data, for its page (lib/readers/pages/article.tsx) and the newsroom's preview of it.
 */
import type { TArticlePage } from '../data/get-published-article';
import { applyFrenchTypography } from '../french/typography';
import { IMAGE_SHAPES, shapeImage, shareImage } from '../media/urls';
import { absoluteUrl } from '../site-url';
import { breadcrumbJsonLd, liveBlogJsonLd, newsArticleJsonLd } from './json-ld';
import { entryPlainText, entrySummary } from '../content/live-text';
import type { TLiveFeed } from '../data/get-live-feed';
import type { TPageMetadataInput } from './metadata';
import { sitePublisher } from './publisher';
import { siteIdentity } from '../site-settings';
import { withCorrections } from './corrections-json-ld';
import { updateDiffHref } from '../content/update-kinds';

export function articleMetadataInput(article: TArticlePage): TPageMetadataInput {
  const title = applyFrenchTypography(article.title);
  const share = article.image ? { ...shareImage(article.image), alt: article.image.alt } : undefined;
  return {
    title,
    socialTitle: title,
    description: applyFrenchTypography(article.chapo),
    path: article.href,
    article: {
      publishedAt: article.publishedAt,
      lastUpdatedAt: article.lastUpdatedAt,
      section: article.rubrique.name,
      authorPath: `/auteurs/${article.author.slug}`,
    },
    image: share ? { path: share.url, width: share.width, height: share.height, alt: share.alt } : undefined,
  };
}

/** How many of a live's newest entries its structured data carries. */
const LIVE_UPDATES_IN_JSON_LD = 10;

/** NewsArticle (a LiveBlogPosting for « En direct ») and its breadcrumb, for search engines. */
export function articleJsonLd(article: TArticlePage, liveFeed: TLiveFeed | null = null) {
  const url = absoluteUrl(article.href);
  const rubriqueUrl = absoluteUrl(`/${article.rubrique.slug}`);
  const headline = applyFrenchTypography(article.title);
  // Every shape search engines ask for, each cut around the picture's centre (lib/media/urls.ts); a
  // story without a picture of its own gives the site's default one (« Réglages du site »).
  const image = article.image ?? siteIdentity().socialImage;
  const shapes = image ? IMAGE_SHAPES.map((shape) => shapeImage(image, shape)) : [];
  const news = newsArticleJsonLd({
    url,
    headline,
    description: applyFrenchTypography(article.chapo),
    publishedAt: article.publishedAt,
    lastUpdatedAt: article.lastUpdatedAt,
    section: article.rubrique.name,
    author: { name: article.author.name, url: absoluteUrl(`/auteurs/${article.author.slug}`) },
    publisher: sitePublisher(),
    image: shapes.length > 0 ? shapes.map((shape) => ({ ...shape, url: absoluteUrl(shape.url) })) : undefined,
  });
  const main = withCorrections(
    news,
    article.updates
      .filter((update) => update.kind === 'CORRECTION')
      .map((update) => ({
        text: applyFrenchTypography(update.note),
        createdAt: update.createdAt,
        url: absoluteUrl(updateDiffHref(update.id)),
      })),
  );
  return [
    liveFeed
      ? liveBlogJsonLd(main, {
          startedAt: liveFeed.startedAt,
          endedAt: liveFeed.endedAt,
          lastEntryAt: liveFeed.lastEntryAt,
          updates: liveFeed.entries
            .filter((entry) => !entry.withdrawnAt)
            .slice(0, LIVE_UPDATES_IN_JSON_LD)
            .map((entry) => ({
              url: `${url}#entree-${entry.id}`,
              headline: entrySummary(entry.body, 110),
              body: entryPlainText(entry.body),
              publishedAt: entry.createdAt,
              editedAt: entry.editedAt,
              author: entry.author ? { name: entry.author.name, url: absoluteUrl(`/auteurs/${entry.author.slug}`) } : null,
            })),
        })
      : main,
    breadcrumbJsonLd([
      { name: 'Accueil', url: absoluteUrl('/') },
      { name: article.rubrique.name, url: rubriqueUrl },
      { name: headline, url },
    ]),
  ];
}
