import 'server-only';
import { readDb } from '../db';
import { cardSelect, newestFirst, publishedWhere, toCard, type TArticleCard } from './published';

/** Stories per RSS feed. */
export const FEED_SIZE = 30;

/**
 * The latest published stories for an RSS feed, newest first: the whole site's (Manchettes feed)
 * or one rubrique's. One bounded query on the (status, publishedAt, id) indexes.
 */
export async function findFeedArticles(options: { rubriqueId?: string; take?: number } = {}): Promise<TArticleCard[]> {
  const rows = await (
    await readDb()
  ).article.findMany({
    where: { ...publishedWhere, ...(options.rubriqueId ? { rubriqueId: options.rubriqueId } : {}) },
    orderBy: newestFirst,
    take: Math.min(options.take ?? FEED_SIZE, FEED_SIZE),
    select: cardSelect,
  });
  return rows.map(toCard);
}
