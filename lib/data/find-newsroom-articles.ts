import 'server-only';
import type { ArticleStatus, Prisma } from '../generated/prisma/client';
import { canEditArticle, canSeeAllArticles, type TActor } from '../auth/permissions';
import { db } from '../db';
import { visibleArticleWhere } from './article-visibility';
import { articleHref } from './published';
import { findSentBack, type TSentBack } from './review-state';

export const NEWSROOM_PAGE_SIZE = 25;

export type TNewsroomFilters = {
  status?: ArticleStatus;
  rubriqueId?: string;
  authorId?: string;
  q?: string;
  mine?: boolean;
  /** Editors: stories changed online by a journalist, not yet read. */ liveEdit?: boolean;
  page: number;
};

export type TNewsroomRow = {
  id: string;
  title: string;
  status: ArticleStatus;
  rubrique: string;
  author: string;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  hasUpdates: boolean;
  /** A draft an editor sent back from review, not yet submitted again: who, when, and why. */
  sentBack: TSentBack | null;
  /** The user may open it in the editor (otherwise it is a colleague's published story). */
  canEdit: boolean;
  /** Its address on the site, when it is online. */
  publicHref: string | null;
  /** Editors: changed online by this journalist since an editor last read it (lib/data/save-article.ts). */
  liveEditBy: string | null;
};

/**
 * The newsroom's list. Editors see every story; a journalist sees their own, plus what is published
 * (they may want to link to it). Newest change first.
 */
export async function findNewsroomArticles(
  actor: TActor,
  filters: TNewsroomFilters,
): Promise<{ rows: TNewsroomRow[]; hasNext: boolean; counts: Partial<Record<ArticleStatus, number>>; liveEdits: number }> {
  const editor = canSeeAllArticles(actor);
  const visibility: Prisma.ArticleWhereInput = filters.mine ? { authorId: actor.id } : visibleArticleWhere(actor);
  const where: Prisma.ArticleWhereInput = {
    AND: [
      visibility,
      filters.rubriqueId ? { rubriqueId: filters.rubriqueId } : {},
      filters.authorId ? { authorId: filters.authorId } : {},
      filters.q ? { title: { contains: filters.q, mode: 'insensitive' } } : {},
    ],
  };
  const unread: Prisma.ArticleWhereInput = { liveEditAt: { not: null } };
  const [rows, grouped, liveEdits] = await Promise.all([
    db().article.findMany({
      where: { AND: [where, filters.status ? { status: filters.status } : {}, editor && filters.liveEdit ? unread : {}] },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      skip: (filters.page - 1) * NEWSROOM_PAGE_SIZE,
      take: NEWSROOM_PAGE_SIZE + 1,
      select: {
        id: true,
        title: true,
        status: true,
        updatedAt: true,
        publishedAt: true,
        scheduledAt: true,
        lastUpdatedAt: true,
        authorId: true,
        slug: true,
        rubrique: { select: { name: true, slug: true } },
        author: { select: { name: true } },
        liveEditAt: true,
        liveEditBy: { select: { name: true } },
      },
    }),
    db().article.groupBy({ by: ['status'], where, _count: { _all: true } }),
    editor ? db().article.count({ where: { AND: [where, unread] } }) : Promise.resolve(0),
  ]);
  const page = rows.slice(0, NEWSROOM_PAGE_SIZE);
  // One more query for the whole page (the newest workflow entry of each draft), whatever its length.
  const sentBack = await findSentBack(page);
  return {
    rows: page.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      rubrique: r.rubrique.name,
      author: r.author.name,
      updatedAt: r.updatedAt,
      publishedAt: r.publishedAt,
      scheduledAt: r.scheduledAt,
      hasUpdates: r.lastUpdatedAt !== null,
      sentBack: sentBack.get(r.id) ?? null,
      // A journalist also sees colleagues' published stories: those open on the site, not in the editor.
      canEdit: canEditArticle(actor, r),
      publicHref: r.status === 'PUBLISHED' ? articleHref(r.rubrique.slug, r.slug) : null,
      liveEditBy: editor && r.liveEditAt ? (r.liveEditBy?.name ?? 'un journaliste') : null,
    })),
    hasNext: rows.length > NEWSROOM_PAGE_SIZE,
    counts: Object.fromEntries(grouped.map((g) => [g.status, g._count._all])),
    liveEdits,
  };
}

/** People who can sign a story, for the author filter. */
export async function findAuthors(): Promise<{ id: string; name: string }[]> {
  return db().user.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}
