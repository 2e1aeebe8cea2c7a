import 'server-only';
import { canPublish, type TActor } from '../auth/permissions';
import { db } from '../db';
import { recordAudit } from './audit';
import { ENTRY_WITHDRAWN, liveEntryChange, lockLiveEntry } from './live-entries';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';
import type { TPublicChange } from './public-change';

/**
 * What editors do to the entries of a live: withdraw one, pin one (one at a time), mark key points
 * (« L’essentiel », which an entry's author may do too). Each change is one transaction with its line
 * in the journal, and returns what to purge.
 */

/**
 * An editor withdraws an entry. Readers then see « entrée retirée à … » in its place, unless it was
 * withdrawn as a duplicate: then it leaves no public trace. A withdrawn entry is never pinned.
 */
export async function withdrawLiveEntry(
  actor: TActor,
  entryId: string,
  options: { duplicate: boolean },
  now = new Date(),
): Promise<TPublicChange> {
  if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return db().$transaction(async (tx) => {
    const entry = await lockLiveEntry(tx, entryId);
    if (entry.withdrawnAt) throw new NewsroomError('Cette entrée est déjà retirée.', 'conflict');
    await tx.liveEntry.update({
      where: { id: entryId },
      data: { withdrawnAt: now, withdrawnById: actor.id, duplicate: options.duplicate, pinnedAt: null },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'live.entry-withdraw',
        targetType: 'article',
        targetId: entry.articleId,
        details: { title: entry.article.title, entryId, duplicate: options.duplicate, body: entry.body },
      },
      tx,
    );
    return liveEntryChange(entry.articleId);
  });
}

/** An editor pins an entry above the others; the one pinned before (if any) is unpinned in the same step. */
export async function pinLiveEntry(actor: TActor, entryId: string, now = new Date()): Promise<TPublicChange> {
  return setPinned(actor, entryId, now);
}

export async function unpinLiveEntry(actor: TActor, entryId: string): Promise<TPublicChange> {
  return setPinned(actor, entryId, null);
}

async function setPinned(actor: TActor, entryId: string, pinnedAt: Date | null): Promise<TPublicChange> {
  if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return db().$transaction(async (tx) => {
    const found = await tx.liveEntry.findUnique({ where: { id: entryId }, select: { articleId: true } });
    // Pins of one live apply one after the other (the story's row is their lock): never two pinned.
    if (found) await tx.$queryRaw`SELECT 1 FROM "Article" WHERE id = ${found.articleId} FOR UPDATE`;
    const entry = await lockLiveEntry(tx, entryId);
    if (pinnedAt && entry.withdrawnAt)
      throw new NewsroomError('Cette entrée a été retirée\u00a0: elle ne peut plus être épinglée.', 'conflict');
    if (pinnedAt)
      await tx.liveEntry.updateMany({ where: { articleId: entry.articleId, pinnedAt: { not: null } }, data: { pinnedAt: null } });
    await tx.liveEntry.update({ where: { id: entryId }, data: { pinnedAt } });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'live.entry-pin',
        targetType: 'article',
        targetId: entry.articleId,
        details: { title: entry.article.title, entryId, pinned: pinnedAt !== null },
      },
      tx,
    );
    return liveEntryChange(entry.articleId);
  });
}

/** An editor, or the entry's author, puts it in « L’essentiel » or takes it out (journal: `live.entry-edit`). */
export async function setLiveKeyPoint(actor: TActor, entryId: string, keyPoint: boolean): Promise<TPublicChange> {
  return db().$transaction(async (tx) => {
    const entry = await lockLiveEntry(tx, entryId);
    if (entry.authorId !== actor.id && !canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
    if (entry.withdrawnAt) throw new NewsroomError(ENTRY_WITHDRAWN, 'conflict');
    await tx.liveEntry.update({ where: { id: entryId }, data: { keyPoint } });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'live.entry-edit',
        targetType: 'article',
        targetId: entry.articleId,
        details: { title: entry.article.title, entryId, keyPoint },
      },
      tx,
    );
    return liveEntryChange(entry.articleId);
  });
}
