import 'server-only';
import type { ArticleStatus, Placement } from '../generated/prisma/enums';
import { canEditArticle, type TActor } from '../auth/permissions';
import { db } from '../db';
import { canSeeArticle } from './article-visibility';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';
import { findSentBack, type TSentBack } from './review-state';

export type TEditableArticle = {
  id: string;
  title: string;
  chapo: string;
  body: string;
  slug: string;
  rubriqueId: string;
  rubriqueSlug: string;
  placement: Placement;
  status: ArticleStatus;
  version: number;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  lastUpdatedAt: Date | null;
  updatedAt: Date;
  author: { id: string; name: string };
  /**
   * « À lire aussi », in order. A story the actor may not see (an editor linked it, it was unpublished
   * since) keeps its place and id, so that saving keeps the link, but not its title or status: null.
   */
  related: { id: string; title: string | null; status: ArticleStatus | null; inline: boolean }[];
  updates: { id: string; kind: 'MISE_A_JOUR' | 'CORRECTION' | 'PRECISION'; note: string; createdAt: Date; authorName: string | null }[];
  lastEditorName: string | null;
  /** A draft an editor sent back from review: who, when, and why (until it is submitted again). */
  sentBack: TSentBack | null;
  /** Changed online by a journalist since an editor last read it (lib/data/save-article.ts). */
  liveEdit: { at: Date; byName: string | null; fromVersion: number } | null;
  /** The main picture and its words (alt, caption and credit are '' when not typed). */
  image: { id: string; width: number; height: number } | null;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
};

/** A story as the editor form needs it, if the actor may edit it. */
export async function getEditableArticle(actor: TActor, id: string): Promise<TEditableArticle> {
  const row = await db().article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      chapo: true,
      body: true,
      slug: true,
      rubriqueId: true,
      rubrique: { select: { slug: true } },
      placement: true,
      status: true,
      version: true,
      publishedAt: true,
      scheduledAt: true,
      lastUpdatedAt: true,
      updatedAt: true,
      liveEditAt: true,
      liveEditFromVersion: true,
      liveEditBy: { select: { name: true } },
      image: { select: { id: true, width: true, height: true } },
      imageAlt: true,
      imageCaption: true,
      imageCredit: true,
      authorId: true,
      author: { select: { id: true, name: true } },
      related: {
        orderBy: { position: 'asc' },
        select: { inline: true, target: { select: { id: true, title: true, status: true, authorId: true } } },
      },
      updates: {
        orderBy: { createdAt: 'desc' },
        select: { id: true, kind: true, note: true, createdAt: true, author: { select: { name: true } } },
      },
      revisions: { orderBy: { version: 'desc' }, take: 1, select: { author: { select: { name: true } } } },
    },
  });
  if (!row) throw new NewsroomError(NOT_FOUND, 'not_found');
  if (!canEditArticle(actor, row)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return {
    id: row.id,
    title: row.title,
    chapo: row.chapo,
    body: row.body,
    slug: row.slug,
    rubriqueId: row.rubriqueId,
    rubriqueSlug: row.rubrique.slug,
    placement: row.placement,
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt,
    scheduledAt: row.scheduledAt,
    lastUpdatedAt: row.lastUpdatedAt,
    updatedAt: row.updatedAt,
    author: row.author,
    related: row.related.map(({ target, inline }) =>
      canSeeArticle(actor, target)
        ? { id: target.id, title: target.title, status: target.status, inline }
        : { id: target.id, title: null, status: null, inline },
    ),
    updates: row.updates.map((u) => ({ id: u.id, kind: u.kind, note: u.note, createdAt: u.createdAt, authorName: u.author?.name ?? null })),
    lastEditorName: row.revisions[0]?.author?.name ?? null,
    sentBack: (await findSentBack([row])).get(row.id) ?? null,
    image: row.image,
    imageAlt: row.imageAlt,
    imageCaption: row.imageCaption,
    imageCredit: row.imageCredit,
    liveEdit: row.liveEditAt
      ? { at: row.liveEditAt, byName: row.liveEditBy?.name ?? null, fromVersion: row.liveEditFromVersion ?? row.version - 1 }
      : null,
  };
}
