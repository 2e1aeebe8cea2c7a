import 'server-only';
import { canManageUsers, type TActor } from '../auth/permissions';
import { db } from '../db';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';

/** Site-wide settings kept in PostgreSQL, so every instance agrees at once. */
const TWO_FACTOR_REQUIRED = 'twoFactorRequired';

/** Whether editors and admins must use two-step sign-in (off until an admin turns it on). */
export async function isTwoFactorRequired(): Promise<boolean> {
  const row = await db().siteSetting.findUnique({ where: { key: TWO_FACTOR_REQUIRED }, select: { value: true } });
  return row?.value === true;
}

export async function setTwoFactorRequired(actor: TActor, required: boolean, ip: string | null = null): Promise<void> {
  if (!canManageUsers(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  await db().$transaction(async (tx) => {
    await tx.siteSetting.upsert({
      where: { key: TWO_FACTOR_REQUIRED },
      create: { key: TWO_FACTOR_REQUIRED, value: required, updatedById: actor.id },
      update: { value: required, updatedById: actor.id },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'settings.2fa-required',
        targetType: 'setting',
        targetId: TWO_FACTOR_REQUIRED,
        details: { required },
        ip,
      },
      tx,
    );
  });
}
