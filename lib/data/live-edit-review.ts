import 'server-only';
import { canPublish, type TActor } from '../auth/permissions';
import { db } from '../db';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';

export const LIVE_EDIT_MESSAGES = {
  read: 'Modifications marquées comme relues.',
  alreadyRead: 'Un autre éditeur a déjà relu ces modifications.',
  changedAgain: 'L’article a été modifié de nouveau entre-temps\u00a0: relisez la dernière version avant de la marquer comme relue.',
} as const;

/**
 * An editor has read what a journalist changed in a story online (lib/data/save-article.ts marks it):
 * the story leaves the « à relire » list. Only the change the editor saw is marked read — a newer one,
 * saved meanwhile, keeps the story on the list — and a second editor's click changes nothing.
 */
export async function markLiveEditRead(actor: TActor, articleId: string, seenAt: Date): Promise<{ message: string }> {
  if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { title: true, liveEditAt: true, liveEditById: true, liveEditFromVersion: true, version: true },
    });
    if (!article) throw new NewsroomError(NOT_FOUND, 'not_found');
    if (!article.liveEditAt) return { message: LIVE_EDIT_MESSAGES.alreadyRead };
    const cleared = await tx.article.updateMany({
      where: { id: articleId, liveEditAt: seenAt },
      data: { liveEditAt: null, liveEditById: null, liveEditFromVersion: null },
    });
    if (cleared.count !== 1) throw new NewsroomError(LIVE_EDIT_MESSAGES.changedAgain, 'conflict');
    await recordAudit(
      {
        actorId: actor.id,
        action: 'article.live-edit-read',
        targetType: 'article',
        targetId: articleId,
        details: {
          title: article.title,
          editorId: article.liveEditById,
          fromVersion: article.liveEditFromVersion,
          toVersion: article.version,
        },
      },
      tx,
    );
    return { message: LIVE_EDIT_MESSAGES.read };
  });
}
