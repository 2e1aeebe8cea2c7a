import 'server-only';
import { canEditArticle, type TActor } from '../auth/permissions';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';

/**
 * Who else has a story's edit page open, and who is typing in it (« Moussa Diop modifie cet article
 * depuis 14 h 02 »). Each open page sends a heartbeat every few seconds (app/api/articles/[id]/presence);
 * nobody is ever locked out: this only says who is there, saves still merge (lib/data/save-article.ts).
 */

/** A page not heard from for this long is closed (a crash, a lost connection, a sleeping laptop). */
export const PRESENCE_FRESH_MS = 30_000;
/** Rows this old are deleted by the next heartbeat on the story. */
const PRESENCE_FORGET_MS = 60_000;

export type TPresence = {
  userId: string;
  name: string;
  /** When they opened the page (a page closed and opened again later starts again). */
  openedAt: Date;
  /** Since when they have been changing the story without saving; null while they only read it. */
  typingSince: Date | null;
};

// Times go to PostgreSQL as epoch milliseconds (as in login-throttle.ts): Prisma keeps DateTime as UTC
// in `timestamp(3)`, and this avoids any time zone conversion of a parameter.
const at = (date: Date) => Prisma.sql`(to_timestamp(${date.getTime()}::float8 / 1000) AT TIME ZONE 'UTC')`;

async function checkAccess(actor: TActor, articleId: string): Promise<void> {
  const article = await db().article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true } });
  if (!article) throw new NewsroomError(NOT_FOUND, 'not_found');
  if (!canEditArticle(actor, article)) throw new NewsroomError(FORBIDDEN, 'forbidden');
}

/**
 * The person's heartbeat on the story's page, then the others seen there lately (those typing first).
 * `typing` keeps the first time they started (until they stop or save); a row gone stale counts as a
 * new opening.
 */
export async function recordPresence(actor: TActor, articleId: string, typing: boolean, now = new Date()): Promise<TPresence[]> {
  await checkAccess(actor, articleId);
  const stale = at(new Date(now.getTime() - PRESENCE_FRESH_MS));
  await db().$executeRaw`
    INSERT INTO "EditingPresence" AS p ("userId", "articleId", "openedAt", "seenAt", "typingSince")
    VALUES (${actor.id}, ${articleId}, ${at(now)}, ${at(now)}, ${typing ? at(now) : null})
    ON CONFLICT ("userId", "articleId") DO UPDATE SET
      "openedAt" = CASE WHEN p."seenAt" < ${stale} THEN ${at(now)} ELSE p."openedAt" END,
      "seenAt" = ${at(now)},
      "typingSince" = CASE
        WHEN NOT ${typing}::boolean THEN NULL
        WHEN p."seenAt" < ${stale} OR p."typingSince" IS NULL THEN ${at(now)}
        ELSE p."typingSince" END`;
  await db().editingPresence.deleteMany({ where: { articleId, seenAt: { lt: new Date(now.getTime() - PRESENCE_FORGET_MS) } } });
  return findOthersPresent(actor, articleId, now);
}

/** The others with the story's page open, seen in the last PRESENCE_FRESH_MS: those typing first, then by arrival. */
async function findOthersPresent(actor: TActor, articleId: string, now: Date): Promise<TPresence[]> {
  const rows = await db().editingPresence.findMany({
    where: {
      articleId,
      userId: { not: actor.id },
      seenAt: { gte: new Date(now.getTime() - PRESENCE_FRESH_MS) },
      user: { active: true },
    },
    orderBy: [{ openedAt: 'asc' }, { userId: 'asc' }],
    select: { userId: true, openedAt: true, typingSince: true, user: { select: { name: true } } },
  });
  const present = rows.map((row) => ({ userId: row.userId, name: row.user.name, openedAt: row.openedAt, typingSince: row.typingSince }));
  return [...present.filter((p) => p.typingSince), ...present.filter((p) => !p.typingSince)];
}

/** The person closed the page (or left it for another): they are no longer shown. */
export async function leavePresence(actor: TActor, articleId: string): Promise<void> {
  await db().editingPresence.deleteMany({ where: { userId: actor.id, articleId } });
}
