import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';

export type TAuditAction =
  | 'auth.success'
  | 'auth.failure'
  | 'auth.locked'
  | 'auth.2fa-enrol'
  | 'auth.2fa-disable'
  | 'auth.2fa-failure'
  | 'auth.2fa-recovery-used'
  | 'article.create'
  | 'article.submit'
  | 'article.return'
  | 'article.publish'
  | 'article.schedule'
  | 'article.unpublish'
  | 'article.edit-published'
  | 'article.live-edit-read'
  | 'article.update-entry'
  | 'article.update-entry-edit'
  | 'article.update-entry-remove'
  | 'article.restore'
  | 'article.placement'
  | 'article.image-focus'
  | 'live.open'
  | 'live.close'
  | 'live.reopen'
  | 'live.entry'
  | 'live.entry-edit'
  | 'live.entry-withdraw'
  | 'live.entry-pin'
  | 'frontpage.publish'
  | 'frontpage.restore'
  | 'alert.raise'
  | 'alert.end'
  | 'article.comment'
  | 'rubrique.create'
  | 'rubrique.update'
  | 'rubrique.rename'
  | 'rubrique.reorder'
  | 'rubrique.menu'
  | 'rubrique.delete'
  | 'user.create'
  | 'user.role'
  | 'user.deactivate'
  | 'user.reactivate'
  | 'user.password'
  | 'user.password-own'
  | 'user.profile'
  | 'user.2fa-reset'
  | 'settings.2fa-required'
  | 'settings.identity'
  | 'settings.corrections-policy'
  | 'report.create'
  | 'report.state'
  | 'article.redaction';

export type TAuditEntry = {
  actorId: string | null;
  action: TAuditAction;
  targetType?: 'article' | 'rubrique' | 'user' | 'setting' | 'frontpage' | 'alert';
  targetId?: string;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
};

type TTx = Pick<Prisma.TransactionClient, 'auditLog'>;

/** Writes an audit entry, inside the caller's transaction when given one. */
export async function recordAudit(entry: TAuditEntry, tx: TTx = db()): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: entry.details,
      ip: entry.ip ?? null,
    },
  });
}
