import 'server-only';
import { Prisma } from '../generated/prisma/client';
import type { ArticleStatus } from '../generated/prisma/enums';
import { db } from '../db';

/** A draft an editor sent back from review: who, when, and why. */
export type TSentBack = { byName: string; at: Date; note: string | null };

/** The workflow steps of the audit log: the newest one says where a story's review stands. */
const WORKFLOW_ACTIONS = ['article.submit', 'article.return', 'article.publish', 'article.schedule', 'article.unpublish'];

/**
 * Of these stories, the drafts whose last workflow step is an editor sending them back (not their
 * author withdrawing them), until they are submitted again. One query for any number of stories:
 * the newest workflow entry of each, from the (targetType, targetId, createdAt) index.
 */
export async function findSentBack(articles: { id: string; authorId: string; status: ArticleStatus }[]): Promise<Map<string, TSentBack>> {
  const drafts = articles.filter((a) => a.status === 'DRAFT');
  if (drafts.length === 0) return new Map();
  const rows = await db().$queryRaw<
    { targetId: string; action: string; actorId: string | null; actorName: string | null; createdAt: Date; note: string | null }[]
  >`
    SELECT DISTINCT ON (l."targetId") l."targetId", l.action, l."actorId", u.name AS "actorName", l."createdAt", l.details->>'note' AS note
    FROM "AuditLog" l LEFT JOIN "User" u ON u.id = l."actorId"
    WHERE l."targetType" = 'article' AND l."targetId" IN (${Prisma.join(drafts.map((a) => a.id))}) AND l.action IN (${Prisma.join(WORKFLOW_ACTIONS)})
    ORDER BY l."targetId", l."createdAt" DESC`;
  const authors = new Map(drafts.map((a) => [a.id, a.authorId]));
  const sentBack = new Map<string, TSentBack>();
  for (const row of rows) {
    if (row.action !== 'article.return' || row.actorId === authors.get(row.targetId)) continue;
    sentBack.set(row.targetId, { byName: row.actorName ?? 'un éditeur', at: row.createdAt, note: row.note || null });
  }
  return sentBack;
}
