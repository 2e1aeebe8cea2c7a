import 'server-only';
import type { TActor } from '../auth/permissions';
import { db } from '../db';
import type { ArticleStatus } from '../generated/prisma/enums';
import { liveStateOf, type TLiveState } from './live-state';
import { NewsroomError, NOT_FOUND } from './newsroom-errors';

/**
 * The « Fil du direct » screen: the live and all its entries, withdrawn ones included and marked.
 * Every newsroom member may post to a live, so every one may read it here.
 */
export type TLiveDeskStory = {
  id: string;
  title: string;
  status: ArticleStatus;
  publicPath: string;
  state: TLiveState;
  liveStartedAt: Date | null;
  liveEndedAt: Date | null;
};

export type TNewsroomLiveEntry = {
  id: string;
  body: string;
  image: { id: string; width: number; height: number } | null;
  imageAlt: string;
  keyPoint: boolean;
  pinned: boolean;
  createdAt: Date;
  editedAt: Date | null;
  authorId: string | null;
  authorName: string | null;
  withdrawn: { at: Date; byName: string | null; duplicate: boolean } | null;
};

/** The newest entries the screen lists (a live of thousands keeps the older ones in the database and on its public pages). */
export const NEWSROOM_ENTRIES_SHOWN = 300;

export async function getLiveDeskStory(_actor: TActor, articleId: string): Promise<TLiveDeskStory> {
  const story = await db().article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      status: true,
      slug: true,
      rubrique: { select: { slug: true } },
      liveStartedAt: true,
      liveEndedAt: true,
    },
  });
  if (!story) throw new NewsroomError(NOT_FOUND, 'not_found');
  const { rubrique, slug, ...rest } = story;
  return { ...rest, publicPath: `/${rubrique.slug}/${slug}`, state: liveStateOf(story) };
}

/** Newest first; the pinned entry where its time puts it (the screen marks it). */
export async function findLiveEntriesForNewsroom(_actor: TActor, articleId: string): Promise<TNewsroomLiveEntry[]> {
  const rows = await db().liveEntry.findMany({
    where: { articleId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: NEWSROOM_ENTRIES_SHOWN,
    select: {
      id: true,
      body: true,
      image: { select: { id: true, width: true, height: true } },
      imageAlt: true,
      keyPoint: true,
      pinnedAt: true,
      createdAt: true,
      editedAt: true,
      authorId: true,
      author: { select: { name: true } },
      withdrawnAt: true,
      withdrawnBy: { select: { name: true } },
      duplicate: true,
    },
  });
  return rows.map(({ author, pinnedAt, withdrawnAt, withdrawnBy, duplicate, ...row }) => ({
    ...row,
    pinned: pinnedAt !== null,
    authorName: author?.name ?? null,
    withdrawn: withdrawnAt ? { at: withdrawnAt, byName: withdrawnBy?.name ?? null, duplicate } : null,
  }));
}
