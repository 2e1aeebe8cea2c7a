import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { canViewAudit, type TActor } from '../auth/permissions';
import { db } from '../db';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';

export const AUDIT_PAGE_SIZE = 50;

export type TAuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  actorId: string | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  /** When the entry is about a person's account (`targetType` « user »): that person's name. */
  targetName: string | null;
  details: unknown;
  ip: string | null;
};

/** The kinds of entries the journal filters on: the first part of `action`. */
export type TAuditFilter = 'auth' | 'article' | 'rubrique' | 'user';

/**
 * The journal, newest first, a page at a time. One query: whoever acted and, for an account's entry,
 * whose account it was (an admin's role change, deactivation, reset…), joined in.
 */
export async function findAuditLog(
  actor: TActor,
  filters: { action?: TAuditFilter; page: number },
): Promise<{ rows: TAuditRow[]; hasNext: boolean }> {
  if (!canViewAudit(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const where = filters.action ? Prisma.sql`WHERE l.action LIKE ${`${filters.action}.%`}` : Prisma.empty;
  const rows = await db().$queryRaw<TAuditRow[]>`
    SELECT l.id, l."createdAt", l.action, l."actorId", l."targetType", l."targetId", l.details, l.ip,
           a.name AS "actorName", t.name AS "targetName"
    FROM "AuditLog" l
    LEFT JOIN "User" a ON a.id = l."actorId"
    LEFT JOIN "User" t ON l."targetType" = 'user' AND t.id = l."targetId"
    ${where}
    ORDER BY l."createdAt" DESC, l.id DESC
    OFFSET ${(filters.page - 1) * AUDIT_PAGE_SIZE} LIMIT ${AUDIT_PAGE_SIZE + 1}`;
  return { rows: rows.slice(0, AUDIT_PAGE_SIZE), hasNext: rows.length > AUDIT_PAGE_SIZE };
}
