import 'server-only';
import type { Role } from '../generated/prisma/enums';
import { db } from '../db';

export type TSessionUser = { id: string; name: string; email: string; role: Role; slug: string };

/**
 * The user behind a session token, checked against the database on every request: a deactivated
 * account, or a token older than the last role change or password reset, is no longer anyone.
 */
export async function getSessionUser(userId: string, tokenVersion: number): Promise<TSessionUser | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, slug: true, active: true, tokenVersion: true },
  });
  if (!user || !user.active || user.tokenVersion !== tokenVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, slug: user.slug };
}

/** For sign-in: the account and its hash, or null. */
export async function findUserForSignIn(email: string) {
  return db().user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true, tokenVersion: true },
  });
}
