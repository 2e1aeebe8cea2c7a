import 'server-only';
import { keyFor, noteKeys } from '../cache/keys';
import { readDb } from '../db';
import { articleHref, publishedWhere } from './published';

/** Running lives a feed carries, and entries of each: the feed stays bounded (FEED_SIZE stories + these). */
export const FEED_LIVES = 3;
export const FEED_LIVE_ENTRIES = 10;

export type TFeedLiveEntry = {
  id: string;
  /** Markdown, as posted. */
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  /** Null when the author's account is gone. */
  authorName: string | null;
};

export type TFeedLive = {
  articleId: string;
  title: string;
  href: string;
  rubrique: { slug: string; name: string };
  /** Newest first, withdrawn ones left out. */
  entries: TFeedLiveEntry[];
};

/**
 * The published stories running as a live (opened, not closed), newest live first, each with its
 * newest entries that are not withdrawn: the whole site's (Manchettes feed) or one rubrique's.
 * Two bounded queries: the lives, then their entries on the (articleId, createdAt, id) index.
 */
export async function findFeedLives(options: { rubriqueId?: string } = {}): Promise<TFeedLive[]> {
  const rows = await (
    await readDb()
  ).article.findMany({
    where: {
      ...publishedWhere,
      liveStartedAt: { not: null },
      liveEndedAt: null,
      ...(options.rubriqueId ? { rubriqueId: options.rubriqueId } : {}),
    },
    orderBy: [{ liveStartedAt: 'desc' }, { id: 'desc' }],
    take: FEED_LIVES,
    select: {
      id: true,
      slug: true,
      title: true,
      rubrique: { select: { slug: true, name: true } },
      liveEntries: {
        where: { withdrawnAt: null },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: FEED_LIVE_ENTRIES,
        select: { id: true, body: true, createdAt: true, editedAt: true, author: { select: { name: true } } },
      },
    },
  });
  return rows.map((row) => {
    noteKeys(keyFor.article(row.id));
    return {
      articleId: row.id,
      title: row.title,
      href: articleHref(row.rubrique.slug, row.slug),
      rubrique: row.rubrique,
      entries: row.liveEntries.map((entry) => ({
        id: entry.id,
        body: entry.body,
        createdAt: entry.createdAt,
        editedAt: entry.editedAt,
        authorName: entry.author?.name ?? null,
      })),
    };
  });
}
