import 'server-only';
import { canEditArticle, type TActor } from '../auth/permissions';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { ZCommentBody } from '../validation/article-comment';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';

/**
 * A story's « Discussion »: the desk talks about a story without touching its text. Whoever may open
 * the story in the editor may read and write there (`canEditArticle`, as `getEditableArticle`); the
 * messages are never public and stay in the story's history.
 */
export type TArticleComment = { id: string; body: string; createdAt: Date; authorId: string | null; authorName: string | null };

/** The newest messages a thread shows (older ones stay in the database). */
export const COMMENTS_SHOWN = 200;

const SELECT = { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } } as const;

type TClient = Pick<Prisma.TransactionClient, 'article'>;

async function checkAccess(actor: TActor, articleId: string, client: TClient = db()) {
  const article = await client.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true, title: true } });
  if (!article) throw new NewsroomError(NOT_FOUND, 'not_found');
  if (!canEditArticle(actor, article)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return article;
}

const toComment = ({
  author,
  ...row
}: {
  id: string;
  body: string;
  createdAt: Date;
  authorId: string | null;
  author: { name: string } | null;
}) => ({
  ...row,
  authorName: author?.name ?? null,
});

/** The story's thread, oldest first (the newest last, as a conversation reads). */
export async function findArticleComments(actor: TActor, articleId: string): Promise<TArticleComment[]> {
  await checkAccess(actor, articleId);
  const rows = await db().articleComment.findMany({
    where: { articleId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: COMMENTS_SHOWN,
    select: SELECT,
  });
  return rows.reverse().map(toComment);
}

/** Adds a message to the story's thread (trimmed, 1 to 2,000 characters), with its line in the journal. */
export async function addArticleComment(actor: TActor, articleId: string, body: string): Promise<TArticleComment> {
  const parsed = ZCommentBody.safeParse(body);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Message invalide.';
    throw new NewsroomError(message, 'invalid', 'body');
  }
  return db().$transaction(async (tx) => {
    const article = await checkAccess(actor, articleId, tx);
    const row = await tx.articleComment.create({ data: { articleId, authorId: actor.id, body: parsed.data }, select: SELECT });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'article.comment',
        targetType: 'article',
        targetId: articleId,
        details: { title: article.title, commentId: row.id },
      },
      tx,
    );
    return toComment(row);
  });
}
