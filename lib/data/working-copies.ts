import 'server-only';
import { z } from 'zod';
import { canEditArticle, type TActor } from '../auth/permissions';
import { db } from '../db';
import type { ArticleStatus, Prisma } from '../generated/prisma/client';
import { visibleArticleWhere } from './article-visibility';
import { BODY_MAX, CHAPO_MAX, RELATED_MAX, TITLE_MAX } from '../validation/article';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';

/**
 * Autosave: a person's unsaved changes to a story, kept on the server (not a save, not a revision,
 * never public) so that a crash, a closed tab or another device loses nothing. One per person and
 * story; the story form offers it back (« Reprendre les modifications non enregistrées… ») and drops
 * it once saved or discarded.
 *
 * The fields are checked for shape and size only: what is kept is what was typed, even if a save
 * would refuse it (a title too long is still the journalist's text). Twice the save's limits.
 */
const text = (max: number) => z.string().max(max * 2);
export const ZWorkingFields = z.object({
  title: text(TITLE_MAX),
  chapo: text(CHAPO_MAX),
  body: text(BODY_MAX),
  rubriqueId: text(40),
  slug: text(TITLE_MAX),
  placement: z.enum(['NONE', 'TOP', 'LEAD']),
  related: z.array(z.string().max(40)).max(RELATED_MAX * 2),
  relatedInline: z.boolean(),
  scheduledAt: text(40),
  imageId: text(40),
  imageAlt: text(CHAPO_MAX),
  imageCaption: text(CHAPO_MAX),
  imageCredit: text(CHAPO_MAX),
});
export type TWorkingFields = z.infer<typeof ZWorkingFields>;

export type TWorkingCopy = {
  baseVersion: number;
  fields: TWorkingFields;
  savedAt: Date;
  /** The linked stories' titles as the person may see them (null: hidden from them), for the form's list. */
  linked: { id: string; title: string | null; status: ArticleStatus | null }[];
  /** The picture it names, with its size, for the form's preview. */
  image: { id: string; width: number; height: number } | null;
};

async function checkAccess(actor: TActor, articleId: string): Promise<void> {
  const article = await db().article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true } });
  if (!article) throw new NewsroomError(NOT_FOUND, 'not_found');
  if (!canEditArticle(actor, article)) throw new NewsroomError(FORBIDDEN, 'forbidden');
}

export async function keepWorkingCopy(actor: TActor, articleId: string, baseVersion: number, fields: TWorkingFields): Promise<Date> {
  await checkAccess(actor, articleId);
  const savedAt = new Date();
  const data = { baseVersion, fields: fields as Prisma.InputJsonValue, savedAt };
  await db().workingCopy.upsert({
    where: { userId_articleId: { userId: actor.id, articleId } },
    create: { userId: actor.id, articleId, ...data },
    update: data,
  });
  return savedAt;
}

/** The person's working copy of the story, if one is kept (and still readable). */
export async function findWorkingCopy(actor: TActor, articleId: string): Promise<TWorkingCopy | null> {
  const row = await db().workingCopy.findUnique({ where: { userId_articleId: { userId: actor.id, articleId } } });
  if (!row) return null;
  const fields = ZWorkingFields.safeParse(row.fields);
  if (!fields.success) return null;
  const [visible, image] = await Promise.all([
    db().article.findMany({
      where: { id: { in: fields.data.related }, ...visibleArticleWhere(actor) },
      select: { id: true, title: true, status: true },
    }),
    fields.data.imageId
      ? db().image.findUnique({ where: { id: fields.data.imageId }, select: { id: true, width: true, height: true } })
      : null,
  ]);
  const linked = fields.data.related.map((id) => visible.find((story) => story.id === id) ?? { id, title: null, status: null });
  return { baseVersion: row.baseVersion, fields: fields.data, savedAt: row.savedAt, linked, image };
}

export async function dropWorkingCopy(actor: TActor, articleId: string): Promise<void> {
  await db().workingCopy.deleteMany({ where: { userId: actor.id, articleId } });
}
