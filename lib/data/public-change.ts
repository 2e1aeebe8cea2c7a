import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { keyFor } from '../cache/keys';
import { publishedWhere } from './published';

/** What a committed write changed in public, as surrogate keys to purge (lib/cache/invalidate.ts). */
export type TPublicChange = { keys: string[] };

export const NO_PUBLIC_CHANGE: TPublicChange = { keys: [] };

/**
 * A story appeared, changed or disappeared: its own page and every page listing it (they carry its
 * key), the lists it may now enter (home, its rubriques, its author), the feeds and search, and the
 * stories whose « À lire aussi » points to it (a new or removed link shows there).
 */
export async function storyChange(
  tx: Pick<Prisma.TransactionClient, 'relatedLink' | 'rubrique'>,
  story: { id: string; authorId: string; rubriqueIds: string[] },
): Promise<TPublicChange> {
  const linkers = await tx.relatedLink.findMany({ where: { targetId: story.id }, select: { articleId: true }, take: 500 });
  return {
    keys: [
      ...((await menuMayChange(tx, story.rubriqueIds)) ? [keyFor.layout] : []),
      keyFor.article(story.id),
      keyFor.home,
      ...story.rubriqueIds.map(keyFor.rubriqueList),
      keyFor.authorList(story.authorId),
      keyFor.authors,
      keyFor.feeds,
      keyFor.search,
      ...linkers.map((l) => keyFor.article(l.articleId)),
    ],
  };
}

/**
 * A rubrique no editor chose to show is in the readers' menu only while it has a story online
 * (lib/data/query-rubriques.ts). Called after the write: with one story online it may have just
 * entered the menu, with none it may have just left it — then the menu, on every page (`layout`),
 * must go. A rubrique an editor shows, or one with several stories online, keeps its place.
 */
async function menuMayChange(tx: Pick<Prisma.TransactionClient, 'rubrique'>, rubriqueIds: string[]): Promise<boolean> {
  const hidden = await tx.rubrique.findMany({
    where: { id: { in: rubriqueIds }, shownInMenu: false },
    select: { articles: { where: publishedWhere, select: { id: true }, take: 2 } },
  });
  return hidden.some((rubrique) => rubrique.articles.length < 2);
}
