import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { keyFor } from '../cache/keys';

/** What a committed write changed in public, as surrogate keys to purge (lib/cache/invalidate.ts). */
export type TPublicChange = { keys: string[] };

export const NO_PUBLIC_CHANGE: TPublicChange = { keys: [] };

type TStory = { id: string; authorId: string; rubriqueIds: string[] };

/** The stories whose « À lire aussi » points to `storyId` (a change to it shows on their pages). */
export async function linkingStories(client: Pick<Prisma.TransactionClient, 'relatedLink'>, storyId: string): Promise<string[]> {
  const linkers = await client.relatedLink.findMany({ where: { targetId: storyId }, select: { articleId: true }, take: 500 });
  return linkers.map((l) => l.articleId);
}

/**
 * A story appeared, changed or disappeared: its own page and every page listing it (they carry its
 * key), the lists it may now enter (home, its rubriques, its author), the feeds and search, and the
 * stories whose « À lire aussi » points to it (`linkers`: a new or removed link shows there).
 */
export function storyChangeKeys(story: TStory, linkers: string[]): TPublicChange {
  return {
    keys: [
      keyFor.article(story.id),
      keyFor.home,
      ...story.rubriqueIds.map(keyFor.rubriqueList),
      keyFor.authorList(story.authorId),
      keyFor.authors,
      keyFor.feeds,
      keyFor.search,
      ...linkers.map(keyFor.article),
    ],
  };
}

/** storyChangeKeys, with the linking stories read through `tx`. */
export async function storyChange(tx: Pick<Prisma.TransactionClient, 'relatedLink'>, story: TStory): Promise<TPublicChange> {
  return storyChangeKeys(story, await linkingStories(tx, story.id));
}
