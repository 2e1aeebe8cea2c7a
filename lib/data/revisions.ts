import 'server-only';
import { canEditArticle, type TActor } from '../auth/permissions';
import { db } from '../db';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';
import { saveArticle, type TSaveResult } from './save-article';

export type TRevisionSummary = { version: number; title: string; createdAt: Date; authorName: string | null; words: number };
export type TRevision = {
  version: number;
  title: string;
  chapo: string;
  body: string;
  slug: string;
  createdAt: Date;
  authorName: string | null;
  imageId: string | null;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
};

async function checkAccess(actor: TActor, articleId: string) {
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: { authorId: true, status: true, title: true, version: true },
  });
  if (!article) throw new NewsroomError(NOT_FOUND, 'not_found');
  if (!canEditArticle(actor, article)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return article;
}

/** A story's history, newest first. */
export async function findRevisions(
  actor: TActor,
  articleId: string,
): Promise<{ title: string; version: number; revisions: TRevisionSummary[] }> {
  const article = await checkAccess(actor, articleId);
  const rows = await db().revision.findMany({
    where: { articleId },
    orderBy: { version: 'desc' },
    take: 200,
    select: { version: true, title: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return {
    title: article.title,
    version: article.version,
    revisions: rows.map((r) => ({
      version: r.version,
      title: r.title,
      createdAt: r.createdAt,
      authorName: r.author?.name ?? null,
      words: r.body.split(/\s+/).filter(Boolean).length,
    })),
  };
}

export async function getRevision(actor: TActor, articleId: string, version: number): Promise<TRevision> {
  await checkAccess(actor, articleId);
  const row = await db().revision.findUnique({
    where: { articleId_version: { articleId, version } },
    select: {
      version: true,
      title: true,
      chapo: true,
      body: true,
      slug: true,
      createdAt: true,
      imageId: true,
      imageAlt: true,
      imageCaption: true,
      imageCredit: true,
      author: { select: { name: true } },
    },
  });
  if (!row) throw new NewsroomError('Cette version n’existe pas.', 'not_found');
  return { ...row, authorName: row.author?.name ?? null };
}

/** Restores an old version's text as a new revision (the history keeps everything). */
export async function restoreRevision(actor: TActor, articleId: string, version: number, baseVersion: number): Promise<TSaveResult> {
  const revision = await getRevision(actor, articleId, version);
  const current = await db().article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      rubriqueId: true,
      slug: true,
      placement: true,
      imageId: true,
      imageAlt: true,
      imageCaption: true,
      imageCredit: true,
      related: { orderBy: { position: 'asc' }, select: { targetId: true, inline: true } },
    },
  });
  const result = await saveArticle(
    actor,
    articleId,
    baseVersion,
    {
      title: revision.title,
      chapo: revision.chapo,
      body: revision.body,
      rubriqueId: current.rubriqueId,
      slug: current.slug,
      placement: current.placement,
      related: current.related.map((r) => r.targetId),
      relatedInline: current.related[0]?.inline ?? false,
      // Like its place and links, the story keeps its current picture: a version restores the text.
      imageId: current.imageId,
      imageAlt: current.imageAlt,
      imageCaption: current.imageCaption,
      imageCredit: current.imageCredit,
    },
    'save',
  );
  await recordAudit({
    actorId: actor.id,
    action: 'article.restore',
    targetType: 'article',
    targetId: articleId,
    details: { restoredVersion: version, newVersion: result.version },
  });
  return result;
}
