import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { keyFor } from '../cache/keys';

/** What a committed write changed in public, as surrogate keys to purge (lib/cache/invalidate.ts). */
export type TPublicChange = { keys: string[] };

export const NO_PUBLIC_CHANGE: TPublicChange = { keys: [] };

/**
 * A story appeared, changed or disappeared: its own page and every page listing it (they carry its
 * key), the lists it may now enter (home, its rubriques, its author), the feeds and search, and the
 * stories whose « À lire aussi » points to it (a new or removed link shows there).
 */
export async function storyChange(
  tx: Pick<Prisma.TransactionClient, 'relatedLink'>,
  story: { id: string; authorId: string; rubriqueIds: string[] },
): Promise<TPublicChange> {
  const linkers = await tx.relatedLink.findMany({ where: { targetId: story.id }, select: { articleId: true }, take: 500 });
  return {
    keys: [
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
