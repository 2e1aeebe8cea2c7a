/**
 * From the stories a feed lists to the RSS channel: absolute links, French typography as on the
 * pages, modification date = the latest public « mise à jour » or the publication. Pure.
 *
 * A running live (« En direct ») is an item titled « En direct — … », modified by its newest entry;
 * its newest entries are items of their own, each linking to the live's page at `#entree-<id>`
 * (also their guid), titled « <live> — 14 h 32 », their text as plain text. Items newest first.
 */
import { bodyToPlainText } from '../content/render-body';
import type { TFeedLive } from '../data/find-feed-live-entries';
import type { TArticleCard } from '../data/published';
import { formatTime } from '../french/dates';
import { applyFrenchTypography } from '../french/typography';
import { shareImage } from '../media/urls';
import { joinUrl } from '../site-url';
import type { TRssChannel, TRssItem } from './rss';

export const LIVE_TITLE_PREFIX = 'En direct — ';
/** Credited when an entry's author's account is gone. */
const NEWSROOM = 'La rédaction';

export type TFeedInput = {
  siteUrl: string;
  title: string;
  description: string;
  /** The page the feed mirrors (`/`, `/politique`). */
  path: string;
  /** The feed's own path (`/rss.xml`, `/politique/rss.xml`). */
  selfPath: string;
  articles: TArticleCard[];
  /** The running lives of the feed, with their newest entries (lib/data/find-feed-live-entries.ts). */
  lives?: TFeedLive[];
  /** lastBuildDate of an empty feed. */
  now: Date;
  /** The site's logo, a path on the site (lib/media/urls.ts `logoUrl`), when the newsroom set one. */
  logoPath?: string;
};

function liveEntryItems(siteUrl: string, live: TFeedLive): TRssItem[] {
  return live.entries.map((entry) => {
    const link = joinUrl(siteUrl, `${live.href}#entree-${entry.id}`);
    return {
      title: applyFrenchTypography(`${live.title} — ${formatTime(entry.createdAt)}`),
      link,
      description: applyFrenchTypography(bodyToPlainText(entry.body).replace(/\s+/g, ' ').trim()),
      creator: entry.authorName ?? NEWSROOM,
      category: live.rubrique.name,
      publishedAt: entry.createdAt,
      updatedAt: entry.editedAt ?? entry.createdAt,
    };
  });
}

export function feedChannel(input: TFeedInput): TRssChannel {
  const lives = new Map((input.lives ?? []).map((live) => [live.articleId, live]));
  const storyItems: TRssItem[] = input.articles.map((article) => {
    const share = article.image ? shareImage(article.image) : null;
    const live = lives.get(article.id);
    const updatedAt = article.lastUpdatedAt ?? article.publishedAt;
    const newestEntry = live?.entries[0]?.createdAt;
    return {
      title: applyFrenchTypography(live ? `${LIVE_TITLE_PREFIX}${article.title}` : article.title),
      link: joinUrl(input.siteUrl, article.href),
      description: applyFrenchTypography(article.chapo),
      creator: article.author.name,
      category: article.rubrique.name,
      publishedAt: article.publishedAt,
      updatedAt: newestEntry && newestEntry > updatedAt ? newestEntry : updatedAt,
      image: share && article.image ? { ...share, url: joinUrl(input.siteUrl, share.url), alt: article.image.alt } : undefined,
    };
  });
  const entryItems = [...lives.values()].flatMap((live) => liveEntryItems(input.siteUrl, live));
  // Newest first; a stable sort keeps the stories' own order (id tie-break) among equal dates.
  const items = [...storyItems, ...entryItems].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  // The channel last changed when its newest story was published or updated.
  const lastChange = items.reduce<Date | null>((latest, item) => (!latest || item.updatedAt > latest ? item.updatedAt : latest), null);
  return {
    title: input.title,
    link: joinUrl(input.siteUrl, input.path),
    description: input.description,
    selfUrl: joinUrl(input.siteUrl, input.selfPath),
    language: 'fr-FR',
    lastBuildDate: lastChange ?? input.now,
    ...(input.logoPath ? { image: { url: joinUrl(input.siteUrl, input.logoPath) } } : {}),
    items,
  };
}
