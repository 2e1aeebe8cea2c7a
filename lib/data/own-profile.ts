import 'server-only';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../auth/password';
import { checkPassword } from '../auth/password-policy';
import { keyFor } from '../cache/keys';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { MESSAGES, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../ops/user-admin';
import { recordLocksStarted, releaseAttempt, reserveAttempt, throttleKeys } from './login-throttle';
import { NewsroomError } from './newsroom-errors';
import { NO_PUBLIC_CHANGE, type TPublicChange } from './public-change';
import { publishedWhere } from './published';
import type { TAuditAction } from './audit';
import { profileLockoutMessage } from '../auth/lockout-message';

/**
 * « Mon profil »: what every newsroom member changes on their own account (display name, public
 * presentation, password). Every function acts on `me.id`, the signed-in user from the session,
 * never on an id from a form. Rules shared with account administration (lib/ops/user-admin.ts):
 * the same name limit and password policy, the same argon2id hashing, the same audit log.
 */

/** The presentation shown on the public author page (and as its description): a few lines, like a rubrique's. */
export const BIO_MAX_LENGTH = 300;

const NBSP = '\u00a0';
const noNul = (value: string) => !value.includes('\u0000');
const noControl = (value: string) => !/[\u0000-\u001f\u007f]/.test(value);

export const PROFILE_MESSAGES = {
  nameInvalid: 'Le nom contient un caractère invalide.',
  bioTooLong: `La présentation ne doit pas dépasser ${BIO_MAX_LENGTH} caractères.`,
  bioInvalid: 'La présentation contient un caractère invalide.',
  currentRequired: 'Saisissez votre mot de passe actuel.',
  currentWrong: 'Mot de passe actuel incorrect.',
  confirmMismatch: 'Les deux saisies du nouveau mot de passe ne correspondent pas.',
  sameAsCurrent: 'Le nouveau mot de passe doit être différent de l’actuel.',
  changedMeanwhile: `Votre compte a été modifié entre-temps${NBSP}: rechargez la page, puis recommencez.`,
  gone: `Votre session n’est plus valable${NBSP}: reconnectez-vous.`,
} as const;

export const ZOwnProfile = z.object({
  name: z
    .string({ error: MESSAGES.nameRequired })
    .trim()
    .min(1, { error: MESSAGES.nameRequired })
    .max(NAME_MAX_LENGTH, { error: MESSAGES.nameTooLong })
    .refine(noControl, { error: PROFILE_MESSAGES.nameInvalid }),
  bio: z
    .string()
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(BIO_MAX_LENGTH, { error: PROFILE_MESSAGES.bioTooLong }).refine(noNul, { error: PROFILE_MESSAGES.bioInvalid })),
});
export type TOwnProfile = z.infer<typeof ZOwnProfile>;

/**
 * The password form's shape (12 to 1 024 characters, both entries equal). The rest of the policy —
 * not guessable, not made of one's name — needs the account, and is checked by changeOwnPassword.
 */
export const ZOwnPassword = z
  .object({
    currentPassword: z
      .string()
      .min(1, { error: PROFILE_MESSAGES.currentRequired })
      .max(PASSWORD_MAX_LENGTH, { error: PROFILE_MESSAGES.currentWrong }),
    newPassword: z
      .string({ error: MESSAGES.passwordRequired })
      .min(1, { error: MESSAGES.passwordRequired })
      .min(PASSWORD_MIN_LENGTH, { error: MESSAGES.passwordTooShort })
      .max(PASSWORD_MAX_LENGTH, { error: MESSAGES.passwordTooLong }),
    confirmPassword: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword !== value.newPassword)
      ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: PROFILE_MESSAGES.confirmMismatch });
    else if (value.newPassword === value.currentPassword)
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: PROFILE_MESSAGES.sameAsCurrent });
  });
export type TOwnPassword = z.infer<typeof ZOwnPassword>;

/** The signed-in user; `sessionId`, their current session, is the one a password change keeps open. */
type TMe = { id: string; sessionId?: string };

export async function getOwnProfile(me: TMe): Promise<{ name: string; bio: string; email: string; slug: string } | null> {
  return db().user.findUnique({ where: { id: me.id }, select: { name: true, bio: true, email: true, slug: true } });
}

async function auditTx(
  tx: Prisma.TransactionClient,
  me: TMe,
  action: Extract<TAuditAction, 'user.profile' | 'user.password-own'>,
  details: Record<string, unknown>,
  ip: string | null,
) {
  await tx.auditLog.create({
    data: {
      actorId: me.id,
      action,
      targetType: 'user',
      targetId: me.id,
      details: { via: 'profil', ...details } as Prisma.InputJsonObject,
      ip,
    },
  });
}

/**
 * Saves the display name and the presentation. The slug (the author page's address) does not follow
 * the name: links to it stay valid. Returns the public pages to purge: the author page for either
 * field, and every page showing one of their published stories for the name (cards, bylines).
 */
export async function updateOwnProfile(
  me: TMe,
  input: TOwnProfile,
  ip: string | null = null,
): Promise<{ changed: boolean; change: TPublicChange }> {
  const data = ZOwnProfile.parse(input);
  return db().$transaction(async (tx) => {
    // Two tabs saving at once apply one after the other: the journal's previous name is the real one.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${me.id} FOR UPDATE`;
    const before = await tx.user.findUnique({ where: { id: me.id }, select: { name: true, bio: true, active: true } });
    if (!before || !before.active) throw new NewsroomError(PROFILE_MESSAGES.gone, 'not_found');
    const nameChanged = before.name !== data.name;
    const bioChanged = before.bio !== data.bio;
    if (!nameChanged && !bioChanged) return { changed: false, change: NO_PUBLIC_CHANGE };
    await tx.user.update({ where: { id: me.id }, data: { name: data.name, bio: data.bio } });
    await auditTx(tx, me, 'user.profile', { ...(nameChanged ? { name: data.name, previousName: before.name } : {}), bioChanged }, ip);
    const stories = nameChanged ? await tx.article.findMany({ where: { ...publishedWhere, authorId: me.id }, select: { id: true } }) : [];
    // A new name also shows in search results and feeds (bylines), which carry their own keys.
    const lists = nameChanged ? [keyFor.search, keyFor.feeds] : [];
    return {
      changed: true,
      change: { keys: [keyFor.authorList(me.id), keyFor.authors, ...lists, ...stories.map((s) => keyFor.article(s.id))] },
    };
  });
}

/**
 * Changes the signed-in user's password after checking the current one. A wrong current password
 * counts as a failed sign-in for the account (same lockout as /connexion, shared with it), so the form
 * is no way round the throttling; during a lockout even the right password is refused. On success the
 * token version goes up and every other session row ends: every other session of the account ends at once. Returns the new version,
 * for the caller to re-issue the current session with it.
 */
export async function changeOwnPassword(
  me: TMe,
  input: TOwnPassword,
  ip: string | null = null,
  now = new Date(),
): Promise<{ tokenVersion: number }> {
  const data = ZOwnPassword.parse(input);
  const user = await db().user.findUnique({
    where: { id: me.id },
    select: { name: true, email: true, passwordHash: true, tokenVersion: true, active: true },
  });
  if (!user || !user.active) throw new NewsroomError(PROFILE_MESSAGES.gone, 'not_found');
  const verdict = checkPassword(data.newPassword, { name: user.name, email: user.email });
  if (!verdict.ok) throw new NewsroomError(verdict.message, 'invalid', 'newPassword');
  const keys = throttleKeys(user.email, ip);

  // Counted before the check, like a sign-in: concurrent guesses cannot all start inside one window.
  const attempt = await reserveAttempt(keys, now);
  if (!attempt.granted) throw new NewsroomError(profileLockoutMessage(attempt.lockedUntil, now), 'invalid', 'currentPassword');

  // argon2's verify compares in constant time; the work is the same whether the password is right or not.
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    await db().auditLog.create({
      data: {
        actorId: me.id,
        action: 'auth.failure',
        targetType: 'user',
        targetId: me.id,
        details: { email: user.email, via: 'profil' },
        ip,
      },
    });
    await recordLocksStarted(attempt, { email: user.email, userId: me.id, ip, via: 'profil' });
    throw new NewsroomError(
      attempt.lockedUntil ? profileLockoutMessage(attempt.lockedUntil, now) : PROFILE_MESSAGES.currentWrong,
      'invalid',
      'currentPassword',
    );
  }
  await releaseAttempt(attempt, [keys[0] as string], now);

  const passwordHash = await hashPassword(data.newPassword);
  return db().$transaction(async (tx) => {
    // Only over the row that was checked: a concurrent change (another tab, an admin's reset) wins.
    const { count } = await tx.user.updateMany({
      where: { id: me.id, active: true, passwordHash: user.passwordHash, tokenVersion: user.tokenVersion },
      // Their own choice: a temporary password an admin gave is temporary no more.
      data: { passwordHash, mustChangePassword: false, tokenVersion: { increment: 1 } },
    });
    if (count !== 1) throw new NewsroomError(PROFILE_MESSAGES.changedMeanwhile, 'conflict');
    // The new token version already refuses every other session; their rows end too.
    await tx.userSession.updateMany({
      where: { userId: me.id, revokedAt: null, ...(me.sessionId ? { NOT: { id: me.sessionId } } : {}) },
      data: { revokedAt: now },
    });
    await auditTx(tx, me, 'user.password-own', {}, ip);
    return { tokenVersion: user.tokenVersion + 1 };
  });
}
