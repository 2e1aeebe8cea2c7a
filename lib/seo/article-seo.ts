/**
 * What a published story tells search engines and social networks: its metadata and its structured
 * data, for its page (lib/readers/pages/article.tsx) and the newsroom's preview of it.
 */
import { SITE_NAME } from '../site-settings';
import type { TArticlePage } from '../data/get-published-article';
import { applyFrenchTypography } from '../french/typography';
import { shareImage } from '../media/urls';
import { absoluteUrl } from '../site-url';
import { breadcrumbJsonLd, newsArticleJsonLd } from './json-ld';
import type { TPageMetadataInput } from './metadata';

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

/** NewsArticle and its breadcrumb, for search engines. */
export function articleJsonLd(article: TArticlePage) {
  const url = absoluteUrl(article.href);
  const rubriqueUrl = absoluteUrl(`/${article.rubrique.slug}`);
  const headline = applyFrenchTypography(article.title);
  const share = article.image ? shareImage(article.image) : undefined;
  return [
    newsArticleJsonLd({
      url,
      headline,
      description: applyFrenchTypography(article.chapo),
      publishedAt: article.publishedAt,
      lastUpdatedAt: article.lastUpdatedAt,
      section: article.rubrique.name,
      author: { name: article.author.name, url: absoluteUrl(`/auteurs/${article.author.slug}`) },
      publisher: { name: SITE_NAME, url: absoluteUrl('/') },
      image: share ? { ...share, url: absoluteUrl(share.url) } : undefined,
    }),
    breadcrumbJsonLd([
      { name: 'Accueil', url: absoluteUrl('/') },
      { name: article.rubrique.name, url: rubriqueUrl },
      { name: headline, url },
    ]),
  ];
}
