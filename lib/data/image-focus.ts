import 'server-only';
import { canEditArticle, type TActor } from '../auth/permissions';
import { keyFor } from '../cache/keys';
import { db } from '../db';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';
import type { TPublicChange } from './public-change';

/** A focal point in percent from the top left; null: the centre. */
export type TFocus = { focusX: number; focusY: number } | null;

/**
 * « Cadrage de l’image »: the point of a story's picture its crops (16:9, 4:3, 1:1, lib/media/urls.ts)
 * keep in view, for whoever may edit the story. The crops' addresses name the point, so the pages of
 * every story online showing the picture are purged (their structured data names the new crops).
 */
export async function setImageFocus(actor: TActor, articleId: string, focus: TFocus, ip: string | null = null): Promise<TPublicChange> {
  return db().$transaction(async (tx) => {
    const story = await tx.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true, imageId: true } });
    if (!story) throw new NewsroomError(NOT_FOUND, 'not_found');
    if (!canEditArticle(actor, story)) throw new NewsroomError(FORBIDDEN, 'forbidden');
    if (!story.imageId) throw new NewsroomError('Cet article n’a pas d’image principale à cadrer.', 'invalid');
    const point = focus && (focus.focusX !== 50 || focus.focusY !== 50) ? focus : null;
    await tx.image.update({ where: { id: story.imageId }, data: { focusX: point?.focusX ?? null, focusY: point?.focusY ?? null } });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'article.image-focus',
        targetType: 'article',
        targetId: articleId,
        details: { imageId: story.imageId, focus: point },
        ip,
      },
      tx,
    );
    const showing = await tx.article.findMany({ where: { imageId: story.imageId, status: 'PUBLISHED' }, select: { id: true }, take: 500 });
    return { keys: showing.map((s) => keyFor.article(s.id)) };
  });
}

/** A picture's size and focal point, for « Cadrage de l’image »; null when there is no such picture. */
export async function getImageFocus(
  imageId: string,
): Promise<{ id: string; width: number; height: number; focusX: number | null; focusY: number | null } | null> {
  return db().image.findUnique({ where: { id: imageId }, select: { id: true, width: true, height: true, focusX: true, focusY: true } });
}
