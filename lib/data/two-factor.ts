import 'server-only';
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, readSecondFactor } from '../auth/two-factor';
import { db } from '../db';
import type { Role } from '../generated/prisma/enums';
import { recordAudit } from './audit';
import { NewsroomError } from './newsroom-errors';
import { isTwoFactorRequired } from './site-settings';

/**
 * Two-step sign-in, the stored part: the TOTP secret (pending until a first code confirms it), the last
 * time step accepted (a code is good once), and the hashed recovery codes (each good once).
 */

export const TWO_FACTOR_MESSAGES = {
  wrongCode: 'Code incorrect ou expiré. Saisissez le code affiché en ce moment par votre application.',
  alreadyOn: 'La double authentification est déjà activée sur votre compte.',
  noPending: 'La configuration a expiré. Rechargez la page pour obtenir un nouveau QR code.',
  requiredForRole: 'La double authentification est obligatoire pour votre rôle\u00a0: elle ne peut pas être désactivée.',
  notOn: 'La double authentification n’est pas activée sur votre compte.',
} as const;

export type TTwoFactorStatus = { enabled: boolean; enabledAt: Date | null; recoveryLeft: number };

export async function getTwoFactorStatus(userId: string): Promise<TTwoFactorStatus> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true, totpSecret: true } });
  const enabled = Boolean(user?.totpSecret && user.totpEnabledAt);
  const recoveryLeft = enabled ? await db().recoveryCode.count({ where: { userId, usedAt: null } }) : 0;
  return { enabled, enabledAt: enabled ? (user?.totpEnabledAt ?? null) : null, recoveryLeft };
}

/** Editors and admins while the site requires it: they may not turn two-step sign-in off. */
export async function isTwoFactorRequiredFor(role: Role): Promise<boolean> {
  return (role === 'EDITOR' || role === 'ADMIN') && (await isTwoFactorRequired());
}

/**
 * The secret to show at enrolment: the one already waiting (a reload shows the same QR code), or a
 * fresh one. Null once two-step sign-in is on.
 */
export async function ensurePendingTotpSecret(userId: string): Promise<{ secret: string; email: string } | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, totpSecret: true, totpPendingSecret: true } });
  if (!user || user.totpSecret) return null;
  if (user.totpPendingSecret) return { secret: user.totpPendingSecret, email: user.email };
  const secret = newTotpSecret();
  // Two tabs at once: the first secret written wins, and both show it.
  await db().user.updateMany({ where: { id: userId, totpSecret: null, totpPendingSecret: null }, data: { totpPendingSecret: secret } });
  const after = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { totpPendingSecret: true } });
  return after.totpPendingSecret ? { secret: after.totpPendingSecret, email: user.email } : null;
}

/**
 * Turns two-step sign-in on once `code` proves the app holds the pending secret; returns the ten
 * recovery codes, shown once (only their hashes are kept).
 */
export async function confirmTotpEnrolment(userId: string, code: string, ip: string | null = null, now = new Date()): Promise<string[]> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpPendingSecret: true } });
  if (!user) throw new NewsroomError(TWO_FACTOR_MESSAGES.noPending, 'not_found');
  if (user.totpSecret) throw new NewsroomError(TWO_FACTOR_MESSAGES.alreadyOn, 'conflict');
  if (!user.totpPendingSecret) throw new NewsroomError(TWO_FACTOR_MESSAGES.noPending, 'conflict');
  const typed = readSecondFactor(code);
  const step = typed?.kind === 'totp' ? matchTotp(user.totpPendingSecret, typed.code, now) : null;
  if (step === null) throw new NewsroomError(TWO_FACTOR_MESSAGES.wrongCode, 'invalid', 'code');
  const codes = newRecoveryCodes();
  await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpSecret: null, totpPendingSecret: user.totpPendingSecret },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    if (count !== 1) throw new NewsroomError(TWO_FACTOR_MESSAGES.alreadyOn, 'conflict');
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })) });
    await recordAudit({ actorId: userId, action: 'auth.2fa-enrol', targetType: 'user', targetId: userId, ip }, tx);
  });
  return codes;
}

export type TSecondFactorCheck = 'off' | 'totp' | 'recovery' | 'wrong';

/**
 * Checks a code for an account: 'off' when it has no two-step sign-in, 'totp' or 'recovery' when the
 * code is good (and is now used up: the time step is recorded, the recovery code marked), 'wrong'
 * otherwise — including a code already used, or an older one.
 */
export async function consumeSecondFactor(userId: string, input: unknown, now = new Date()): Promise<TSecondFactorCheck> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  const secret = user?.totpSecret;
  if (!secret) return 'off';
  const typed = readSecondFactor(input);
  if (!typed) return 'wrong';
  if (typed.kind === 'recovery') {
    const { count } = await db().recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(typed.code), usedAt: null },
      data: { usedAt: now },
    });
    return count === 1 ? 'recovery' : 'wrong';
  }
  const step = matchTotp(secret, typed.code, now);
  if (step === null) return 'wrong';
  // One UPDATE decides: of two sign-ins with the same code at once, one gets it.
  const { count } = await db().user.updateMany({
    where: { id: userId, totpSecret: secret, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1 ? 'totp' : 'wrong';
}

/** Whether the account signs in with a code (read at sign-in, after the password). */
export async function hasTwoFactor(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  return Boolean(user?.totpSecret);
}

/** Turns two-step sign-in off for oneself (the caller has checked a current code): secret and recovery codes go. */
export async function disableOwnTwoFactor(me: { id: string; role: Role }, ip: string | null = null): Promise<void> {
  if (await isTwoFactorRequiredFor(me.role)) throw new NewsroomError(TWO_FACTOR_MESSAGES.requiredForRole, 'forbidden');
  await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: me.id, totpSecret: { not: null } },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecret: null },
    });
    if (count !== 1) throw new NewsroomError(TWO_FACTOR_MESSAGES.notOn, 'conflict');
    await tx.recoveryCode.deleteMany({ where: { userId: me.id } });
    await recordAudit(
      { actorId: me.id, action: 'auth.2fa-disable', targetType: 'user', targetId: me.id, details: { via: 'profil' }, ip },
      tx,
    );
  });
}
