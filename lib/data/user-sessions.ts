import 'server-only';
import { db } from '../db';

/**
 * A session row per sign-in (its id is in the session token): what lets a session end on the server,
 * at its absolute end, after a spell of inactivity, or at sign-out, even if a copy of the cookie was kept.
 */

/** Starts a session for a successful sign-in; the user's ended sessions are cleared out meanwhile. */
export async function startUserSession(userId: string, absoluteSeconds: number, now = new Date()): Promise<string> {
  await db().userSession.deleteMany({ where: { userId, OR: [{ expiresAt: { lte: now } }, { revokedAt: { not: null } }] } });
  const session = await db().userSession.create({
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + absoluteSeconds * 1000) },
    select: { id: true },
  });
  return session.id;
}

/** Sign-out: this session ends for every copy of its token. */
export async function endUserSession(sessionId: string, now = new Date()): Promise<void> {
  await db().userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Activity, written at most once a minute per session (getSessionUser runs on every request). */
export async function touchUserSession(sessionId: string, now = new Date()): Promise<void> {
  await db().userSession.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: new Date(now.getTime() - 60_000) } },
    data: { lastSeenAt: now },
  });
}
