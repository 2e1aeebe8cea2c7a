/**
 * An admin turns a person's two-step sign-in off (lost phone, no recovery code left), from the
 * newsroom or with `npm run user -- reset-2fa --email E`: the secret and recovery codes go, their
 * sessions end, and the audit log says who did it. They enrol again at their next sign-in if their
 * role requires it, or from « Mon profil ».
 */
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { MESSAGES, parseEmail, UserAdminError, type TUserAdminContext } from './user-admin';

export async function resetTwoFactor(
  prisma: PrismaClient,
  email: unknown,
  context: TUserAdminContext = {},
): Promise<{ email: string; wasEnabled: boolean }> {
  const address = parseEmail(email);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: address }, select: { id: true, totpSecret: true } });
    if (!user) throw new UserAdminError(MESSAGES.unknownEmail);
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecret: null, tokenVersion: { increment: 1 } },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.auditLog.create({
      data: {
        actorId: context.actorId ?? null,
        action: 'user.2fa-reset',
        targetType: 'user',
        targetId: user.id,
        details: { via: context.via ?? 'cli', wasEnabled: Boolean(user.totpSecret) } as Prisma.InputJsonObject,
      },
    });
    return { email: address, wasEnabled: Boolean(user.totpSecret) };
  });
}
