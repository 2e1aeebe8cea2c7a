import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { UpdateKind } from '../generated/prisma/enums';
import { canMarkUpdate, type TActor } from '../auth/permissions';
import { db } from '../db';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';
import { keyFor } from '../cache/keys';
import { storyChange, type TPublicChange } from './public-change';

/** An entry added, reworded or withdrawn: the story's pages, and « Mises à jour et corrections » with its feed. */
async function entryChange(tx: Prisma.TransactionClient, story: { id: string; authorId: string; rubriqueIds: string[] }) {
  const change = await storyChange(tx, story);
  return { keys: [...change.keys, keyFor.updates] };
}

/**
 * An editor marks a published story « mise à jour » (or correction, précision) with a public note.
 * The entry and the story's public modification date (lastUpdatedAt) move together; nothing else does.
 */
export async function addUpdateEntry(
  actor: TActor,
  articleId: string,
  entry: { kind: UpdateKind; note: string },
  now = new Date(),
): Promise<TPublicChange & { entryId: string }> {
  if (!canMarkUpdate(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return db().$transaction(async (tx) => {
    // The story's row is locked for the whole log change: entries added, reworded or withdrawn at the
    // same moment apply one after the other, and lastUpdatedAt always names the newest entry.
    await lockStory(tx, articleId);
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { status: true, title: true, rubriqueId: true, authorId: true, lastUpdatedAt: true },
    });
    if (!article) throw new NewsroomError(NOT_FOUND, 'not_found');
    if (article.status !== 'PUBLISHED')
      throw new NewsroomError('Seul un article publié peut être marqué «\u00a0mis à jour\u00a0».', 'invalid');
    const created = await tx.articleUpdate.create({
      data: { articleId, kind: entry.kind, note: entry.note, authorId: actor.id, createdAt: now },
      select: { id: true },
    });
    const latest = article.lastUpdatedAt && article.lastUpdatedAt > now ? article.lastUpdatedAt : now;
    await tx.article.update({ where: { id: articleId }, data: { lastUpdatedAt: latest } });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'article.update-entry',
        targetType: 'article',
        targetId: articleId,
        details: { kind: entry.kind, note: entry.note, title: article.title },
      },
      tx,
    );
    const change = await entryChange(tx, { id: articleId, authorId: article.authorId, rubriqueIds: [article.rubriqueId] });
    return { ...change, entryId: created.id };
  });
}

async function lockStory(tx: Prisma.TransactionClient, articleId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
}

const ENTRY_GONE = 'Cette mention n’existe plus\u00a0: rechargez la page.';

/** The entry and its story, read once the story is locked (another editor may have just changed it). */
async function loadEntry(tx: Prisma.TransactionClient, entryId: string) {
  const found = await tx.articleUpdate.findUnique({ where: { id: entryId }, select: { articleId: true } });
  if (!found) throw new NewsroomError(ENTRY_GONE, 'not_found');
  await lockStory(tx, found.articleId);
  const entry = await tx.articleUpdate.findUnique({
    where: { id: entryId },
    select: { id: true, kind: true, note: true, articleId: true, article: { select: { title: true, rubriqueId: true, authorId: true } } },
  });
  if (!entry) throw new NewsroomError(ENTRY_GONE, 'not_found');
  return entry;
}

/**
 * An editor rewords a public note (a typo, a wrong figure in the note itself). The entry keeps its
 * time and author; the story's public modification date does not move; the old wording stays in the
 * journal.
 */
export async function editUpdateEntry(
  actor: TActor,
  entryId: string,
  change: { kind: UpdateKind; note: string },
  /** The wording the editor started from: if someone reworded it since, nothing is overwritten. */
  previousNote?: string,
): Promise<TPublicChange> {
  if (!canMarkUpdate(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return db().$transaction(async (tx) => {
    const entry = await loadEntry(tx, entryId);
    if (previousNote !== undefined && previousNote !== entry.note) {
      throw new NewsroomError(
        'Quelqu’un a modifié cette note entre-temps\u00a0: rien n’a été écrasé. Votre version reste dans le champ\u202f; rechargez la page pour voir l’autre.',
        'conflict',
      );
    }
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
    return entryChange(tx, { id: entry.articleId, authorId: entry.article.authorId, rubriqueIds: [entry.article.rubriqueId] });
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
    const latest = await tx.articleUpdate.findFirst({
      where: { articleId: entry.articleId },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    });
    await tx.article.update({ where: { id: entry.articleId }, data: { lastUpdatedAt: latest?.createdAt ?? null } });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'article.update-entry-remove',
        targetType: 'article',
        targetId: entry.articleId,
        details: { title: entry.article.title, kind: entry.kind, note: entry.note },
      },
      tx,
    );
    return entryChange(tx, { id: entry.articleId, authorId: entry.article.authorId, rubriqueIds: [entry.article.rubriqueId] });
  });
}
