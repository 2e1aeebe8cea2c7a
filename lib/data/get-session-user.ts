import 'server-only';
import { sessionLifetime } from '../auth/session-lifetime';
import type { Role } from '../generated/prisma/enums';
import { db } from '../db';
import { touchUserSession } from './user-sessions';

import type { TGateFacts } from './account-gate';

/** `gate`: what lib/data/account-gate.ts needs, read with the rest (no second query per request). */
export type TSessionUser = { id: string; name: string; email: string; role: Role; slug: string; sessionId: string; gate: TGateFacts };

/** What a session token carries about its user and its session. */
export type TSessionClaims = { userId: string; tokenVersion: number; sessionId: string };

const MINUTE = 60_000;

/**
 * The user behind a session token, checked against the database on every request (one read: the
 * session row with its user). Nobody when the session was ended (sign-out, another password), is past
 * its absolute end or has been idle too long, when the account is deactivated, or when the token is
 * older than the last role change or password reset. Activity is noted at most once a minute, unless
 * `activity` is false: a request a page sends by itself (the edit page's presence heartbeat) must not
 * keep an unattended session from going idle.
 */
export async function getSessionUser(claims: TSessionClaims, now = new Date(), activity = true): Promise<TSessionUser | null> {
  const session = await db().userSession.findUnique({
    where: { id: claims.sessionId },
    select: {
      userId: true,
      expiresAt: true,
      lastSeenAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          slug: true,
          active: true,
          tokenVersion: true,
          mustChangePassword: true,
          totpSecret: true,
        },
      },
    },
  });
  if (!session || session.userId !== claims.userId || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= sessionLifetime().idleSeconds * 1000) return null;
  const { user } = session;
  if (!user.active || user.tokenVersion !== claims.tokenVersion) return null;
  if (activity && now.getTime() - session.lastSeenAt.getTime() >= MINUTE) await touchUserSession(claims.sessionId, now);
  const gate = { role: user.role, mustChangePassword: user.mustChangePassword, hasTwoFactor: user.totpSecret !== null };
  return { id: user.id, name: user.name, email: user.email, role: user.role, slug: user.slug, sessionId: claims.sessionId, gate };
}

/** For sign-in: the account and its hash, or null. */
export async function findUserForSignIn(email: string) {
  return db().user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true, tokenVersion: true },
  });
}
