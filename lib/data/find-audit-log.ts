import 'server-only';
import { canViewAudit, type TActor } from '../auth/permissions';
import { db } from '../db';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';

export const AUDIT_PAGE_SIZE = 50;

export type TAuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
  ip: string | null;
};

export async function findAuditLog(
  actor: TActor,
  filters: { action?: string; page: number },
): Promise<{ rows: TAuditRow[]; hasNext: boolean }> {
  if (!canViewAudit(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const rows = await db().auditLog.findMany({
    where: filters.action ? { action: { startsWith: filters.action } } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      targetType: true,
      targetId: true,
      details: true,
      ip: true,
      actor: { select: { name: true } },
    },
  });
  return {
    rows: rows.slice(0, AUDIT_PAGE_SIZE).map(({ actor: a, ...r }) => ({ ...r, actorName: a?.name ?? null })),
    hasNext: rows.length > AUDIT_PAGE_SIZE,
  };
}
