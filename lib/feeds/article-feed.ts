/**
 * From the stories a feed lists to the RSS channel: absolute links, French typography as on the
 * pages, modification date = the latest public « mise à jour » or the publication. Pure.
 */
import type { TArticleCard } from '../data/published';
import { applyFrenchTypography } from '../french/typography';
import { shareImage } from '../media/urls';
import { joinUrl } from '../site-url';
import type { TRssChannel } from './rss';

export type TFeedInput = {
  siteUrl: string;
  title: string;
  description: string;
  /** The page the feed mirrors (`/`, `/politique`). */
  path: string;
  /** The feed's own path (`/rss.xml`, `/politique/rss.xml`). */
  selfPath: string;
  articles: TArticleCard[];
  /** lastBuildDate of an empty feed. */
  now: Date;
};

export function feedChannel(input: TFeedInput): TRssChannel {
  const items = input.articles.map((article) => {
    const share = article.image ? shareImage(article.image) : null;
    return {
      title: applyFrenchTypography(article.title),
      link: joinUrl(input.siteUrl, article.href),
      description: applyFrenchTypography(article.chapo),
      creator: article.author.name,
      category: article.rubrique.name,
      publishedAt: article.publishedAt,
      updatedAt: article.lastUpdatedAt ?? article.publishedAt,
      image: share && article.image ? { ...share, url: joinUrl(input.siteUrl, share.url), alt: article.image.alt } : undefined,
    };
  });
  // The channel last changed when its newest story was published or updated.
  const lastChange = items.reduce<Date | null>((latest, item) => (!latest || item.updatedAt > latest ? item.updatedAt : latest), null);
  return {
    title: input.title,
    link: joinUrl(input.siteUrl, input.path),
    description: input.description,
    selfUrl: joinUrl(input.siteUrl, input.selfPath),
    language: 'fr-FR',
    lastBuildDate: lastChange ?? input.now,
    items,
  };
}
