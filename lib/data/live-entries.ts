import 'server-only';
import { canPublish, type TActor } from '../auth/permissions';
import { keyFor } from '../cache/keys';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { liveEntryProblem, ZLiveEntryContent, type TLiveEntryContent, type TLiveEntryInput } from '../validation/live-entry';
import { recordAudit } from './audit';
import { liveStateOf } from './live-state';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';
import type { TPublicChange } from './public-change';

/**
 * The entries of a live page. Each is its own row: two journalists posting at the same second write
 * two rows and never touch the story's `version`. A post holds a shared lock on the story's row, so
 * posts run side by side while closing the live (which takes the row for itself) waits for them, and
 * no entry slips into a live just closed.
 */
export const LIVE_CLOSED = 'Ce direct est terminé\u00a0: rouvrez-le pour publier.';
export const NOT_A_LIVE = 'Cet article n’est pas un direct.';
export const ENTRY_GONE = 'Cette entrée n’existe plus\u00a0: rechargez la page.';
export const ENTRY_WITHDRAWN = 'Cette entrée a été retirée\u00a0: elle ne peut plus être modifiée.';

/** An entry changed: the live's page (and every card of it) and the feeds that carry its newest entries. */
export const liveEntryChange = (articleId: string): TPublicChange => ({ keys: [keyFor.article(articleId), keyFor.feeds] });

function parseContent(input: TLiveEntryInput): TLiveEntryContent {
  const parsed = ZLiveEntryContent.safeParse(input);
  if (parsed.success) return parsed.data;
  const { message, field } = liveEntryProblem(parsed.error);
  throw new NewsroomError(message, 'invalid', field);
}

async function checkImage(tx: Prisma.TransactionClient, imageId: string | null) {
  if (imageId && !(await tx.image.findUnique({ where: { id: imageId }, select: { id: true } })))
    throw new NewsroomError('Cette image n’existe plus\u00a0: envoyez-la de nouveau.', 'invalid', 'imageId');
}

/** Any newsroom member posts to a running live: text (Markdown), maybe a picture, maybe one of « L’essentiel ». */
export async function postLiveEntry(
  actor: TActor,
  articleId: string,
  input: TLiveEntryInput & { keyPoint?: boolean },
  now = new Date(),
): Promise<{ id: string; change: TPublicChange }> {
  const content = parseContent(input);
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Article" WHERE id = ${articleId} FOR SHARE`;
    const story = await tx.article.findUnique({
      where: { id: articleId },
      select: { title: true, liveStartedAt: true, liveEndedAt: true },
    });
    if (!story) throw new NewsroomError(NOT_FOUND, 'not_found');
    const state = liveStateOf(story);
    if (state === 'none') throw new NewsroomError(NOT_A_LIVE, 'invalid');
    if (state === 'closed') throw new NewsroomError(LIVE_CLOSED, 'conflict');
    await checkImage(tx, content.imageId);
    const entry = await tx.liveEntry.create({
      data: { articleId, authorId: actor.id, ...content, keyPoint: input.keyPoint ?? false, createdAt: now },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'live.entry',
        targetType: 'article',
        targetId: articleId,
        details: { title: story.title, entryId: entry.id, keyPoint: input.keyPoint ?? false },
      },
      tx,
    );
    return { id: entry.id, change: liveEntryChange(articleId) };
  });
}

/** The entry and its live's title, its row locked for the change (another editor may be acting on it). */
export async function lockLiveEntry(tx: Prisma.TransactionClient, entryId: string) {
  await tx.$queryRaw`SELECT 1 FROM "LiveEntry" WHERE id = ${entryId} FOR UPDATE`;
  const entry = await tx.liveEntry.findUnique({
    where: { id: entryId },
    select: {
      id: true,
      articleId: true,
      authorId: true,
      body: true,
      imageId: true,
      imageAlt: true,
      keyPoint: true,
      pinnedAt: true,
      withdrawnAt: true,
      article: { select: { title: true } },
    },
  });
  if (!entry) throw new NewsroomError(ENTRY_GONE, 'not_found');
  return entry;
}

/**
 * Its author or an editor rewords an entry (or changes its picture); readers see « modifiée à … ».
 * A withdrawn entry stays as it was. The journal keeps the words before and after.
 */
export async function editLiveEntry(actor: TActor, entryId: string, input: TLiveEntryInput, now = new Date()): Promise<TPublicChange> {
  const content = parseContent(input);
  return db().$transaction(async (tx) => {
    const entry = await lockLiveEntry(tx, entryId);
    if (entry.authorId !== actor.id && !canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
    if (entry.withdrawnAt) throw new NewsroomError(ENTRY_WITHDRAWN, 'conflict');
    await checkImage(tx, content.imageId);
    await tx.liveEntry.update({ where: { id: entryId }, data: { ...content, editedAt: now } });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'live.entry-edit',
        targetType: 'article',
        targetId: entry.articleId,
        details: {
          title: entry.article.title,
          entryId,
          before: { body: entry.body, imageId: entry.imageId, imageAlt: entry.imageAlt },
          after: content,
        },
      },
      tx,
    );
    return liveEntryChange(entry.articleId);
  });
}
