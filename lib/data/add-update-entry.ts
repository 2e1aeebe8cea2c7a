import 'server-only';
import type { UpdateKind } from '../generated/prisma/enums';
import { canMarkUpdate, type TActor } from '../auth/permissions';
import { db } from '../db';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';
import { storyChange, type TPublicChange } from './public-change';

/**
 * An editor marks a published story « mise à jour » (or correction, précision) with a public note.
 * The entry and the story's public modification date (lastUpdatedAt) move together; nothing else does.
 */
export async function addUpdateEntry(actor: TActor, articleId: string, entry: { kind: UpdateKind; note: string }, now = new Date()): Promise<TPublicChange> {
  if (!canMarkUpdate(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { status: true, title: true, rubriqueId: true, authorId: true },
    });
    if (!article) throw new NewsroomError(NOT_FOUND, 'not_found');
    if (article.status !== 'PUBLISHED') throw new NewsroomError('Seul un article publié peut être marqué « mis à jour ».', 'invalid');
    await tx.articleUpdate.create({ data: { articleId, kind: entry.kind, note: entry.note, authorId: actor.id, createdAt: now } });
    await tx.article.update({ where: { id: articleId }, data: { lastUpdatedAt: now } });
    await recordAudit({ actorId: actor.id, action: 'article.update-entry', targetType: 'article', targetId: articleId, details: { kind: entry.kind, note: entry.note, title: article.title } }, tx);
    return storyChange(tx, { id: articleId, authorId: article.authorId, rubriqueIds: [article.rubriqueId] });
  });
}
