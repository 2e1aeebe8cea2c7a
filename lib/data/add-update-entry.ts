import 'server-only';
import type { Prisma } from '../generated/prisma/client';
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
    if (article.status !== 'PUBLISHED') throw new NewsroomError('Seul un article publié peut être marqué «\u00a0mis à jour\u00a0».', 'invalid');
    await tx.articleUpdate.create({ data: { articleId, kind: entry.kind, note: entry.note, authorId: actor.id, createdAt: now } });
    await tx.article.update({ where: { id: articleId }, data: { lastUpdatedAt: now } });
    await recordAudit({ actorId: actor.id, action: 'article.update-entry', targetType: 'article', targetId: articleId, details: { kind: entry.kind, note: entry.note, title: article.title } }, tx);
    return storyChange(tx, { id: articleId, authorId: article.authorId, rubriqueIds: [article.rubriqueId] });
  });
}

/** The entry, its story, and what the public log would look like without it. */
async function loadEntry(tx: Prisma.TransactionClient, entryId: string) {
  const entry = await tx.articleUpdate.findUnique({
    where: { id: entryId },
    select: { id: true, kind: true, note: true, articleId: true, article: { select: { title: true, rubriqueId: true, authorId: true } } },
  });
  if (!entry) throw new NewsroomError('Cette mention n’existe plus\u00a0: rechargez la page.', 'not_found');
  // Locks the story's row: two editors changing its log one after the other see each other's work.
  await tx.$queryRaw`SELECT 1 FROM "Article" WHERE id = ${entry.articleId} FOR UPDATE`;
  return entry;
}

/**
 * An editor rewords a public note (a typo, a wrong figure in the note itself). The entry keeps its
 * time and author; the story's public modification date does not move; the old wording stays in the
 * journal.
 */
export async function editUpdateEntry(actor: TActor, entryId: string, change: { kind: UpdateKind; note: string }): Promise<TPublicChange> {
  if (!canMarkUpdate(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return db().$transaction(async (tx) => {
    const entry = await loadEntry(tx, entryId);
    await tx.articleUpdate.update({ where: { id: entryId }, data: { kind: change.kind, note: change.note } });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'article.update-entry-edit',
        targetType: 'article',
        targetId: entry.articleId,
        details: { title: entry.article.title, before: { kind: entry.kind, note: entry.note }, after: change },
      },
      tx,
    );
    return storyChange(tx, { id: entry.articleId, authorId: entry.article.authorId, rubriqueIds: [entry.article.rubriqueId] });
  });
}

/**
 * An editor withdraws an entry published by mistake. The story's public modification date goes back
 * to the latest entry left (none: the story shows no « mise à jour » any more). The journal keeps
 * the withdrawn note.
 */
export async function removeUpdateEntry(actor: TActor, entryId: string): Promise<TPublicChange> {
  if (!canMarkUpdate(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return db().$transaction(async (tx) => {
    const entry = await loadEntry(tx, entryId);
    await tx.articleUpdate.delete({ where: { id: entryId } });
    const latest = await tx.articleUpdate.findFirst({ where: { articleId: entry.articleId }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
    await tx.article.update({ where: { id: entry.articleId }, data: { lastUpdatedAt: latest?.createdAt ?? null } });
    await recordAudit(
      { actorId: actor.id, action: 'article.update-entry-remove', targetType: 'article', targetId: entry.articleId, details: { title: entry.article.title, kind: entry.kind, note: entry.note } },
      tx,
    );
    return storyChange(tx, { id: entry.articleId, authorId: entry.article.authorId, rubriqueIds: [entry.article.rubriqueId] });
  });
}
