import { describe, expect, it, vi } from 'vitest';
import { decode } from 'next-auth/jwt';
import { hashPassword } from '../../lib/auth/password';
import { createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

// Sessions end on the server (issue #18, finding 4): at most 12 hours after signing in, after 2 hours
// without activity, and at sign-out, even for a kept copy of the token.
const SECRET = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'int-secret-only-for-tests-0123456789abcdef';
  return 'int-secret-only-for-tests-0123456789abcdef';
});

const { prisma } = withScratchDatabase();
const PASSWORD = 'un-mot-de-passe-solide';
const HOUR = 3_600_000;
const MINUTE = 60_000;

async function account() {
  return createUser(prisma(), { role: 'EDITOR', passwordHash: await hashPassword(PASSWORD) });
}

/** Signs in through next-auth's own options (authorize, then the jwt callback and encoder) and returns the token. */
async function signInToken(email: string) {
  const { authOptions } = await import('../../lib/auth/options');
  const provider = authOptions.providers[0] as unknown as {
    options: { authorize: (c: unknown, r: unknown) => Promise<Record<string, unknown>> };
  };
  const user = await provider.options.authorize({ email, password: PASSWORD }, { headers: { 'x-dakarinfo-client-ip': '10.90.0.1' } });
  const callbacks = authOptions.callbacks as Required<NonNullable<typeof authOptions.callbacks>>;
  const token = await callbacks.jwt({ token: { name: String(user.name), email: String(user.email) }, user: user as never, account: null });
  const encoded = await authOptions.jwt?.encode?.({ token, secret: SECRET, maxAge: authOptions.session?.maxAge });
  return { token, encoded: encoded as string, authOptions };
}

describe('sessions', () => {
  it('a sign-in opens a session row, whose id and sign-in time are in the token', async () => {
    const user = await account();
    const { token, encoded } = await signInToken(user.email);
    expect(token).toMatchObject({ uid: user.id, tv: 0, sid: expect.any(String), sat: expect.any(Number) });
    const row = await prisma().userSession.findUniqueOrThrow({ where: { id: token.sid as string } });
    expect(row).toMatchObject({ userId: user.id, revokedAt: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * HOUR);
    // The token itself expires 12 hours after the sign-in, however often it is re-issued.
    const decoded = await decode({ token: encoded, secret: SECRET });
    expect(Number(decoded?.exp) - Number(token.sat)).toBeLessThanOrEqual(12 * 3600);
  });

  it('is never re-issued past 12 hours after signing in, however often it is read', async () => {
    const { authOptions } = await import('../../lib/auth/options');
    const elevenHoursAgo = Math.floor(Date.now() / 1000) - 11 * 3600;
    // next-auth re-encodes the token on every GET /api/auth/session with the full maxAge: capped here.
    const encoded = await authOptions.jwt?.encode?.({
      token: { uid: 'u', sat: elevenHoursAgo },
      secret: SECRET,
      maxAge: authOptions.session?.maxAge,
    });
    const decoded = await decode({ token: encoded as string, secret: SECRET });
    expect(Number(decoded?.exp)).toBeLessThanOrEqual(elevenHoursAgo + 12 * 3600);
    const expired = await authOptions.jwt?.encode?.({
      token: { uid: 'u', sat: elevenHoursAgo - 2 * 3600 },
      secret: SECRET,
      maxAge: authOptions.session?.maxAge,
    });
    await expect(decode({ token: expired as string, secret: SECRET })).rejects.toThrow();
  });

  it('ends 12 hours after signing in, even when used all along', async () => {
    const { getSessionUser } = await import('../../lib/data/get-session-user');
    const { startUserSession } = await import('../../lib/data/user-sessions');
    const user = await account();
    const start = new Date();
    const sessionId = await startUserSession(user.id, 12 * 3600, start);
    const claims = { userId: user.id, tokenVersion: 0, sessionId };
    for (let hour = 1; hour < 12; hour += 1)
      expect(await getSessionUser(claims, new Date(start.getTime() + hour * HOUR))).toMatchObject({ id: user.id, sessionId });
    expect(await getSessionUser(claims, new Date(start.getTime() + 12 * HOUR - MINUTE))).toMatchObject({ id: user.id });
    expect(await getSessionUser(claims, new Date(start.getTime() + 12 * HOUR + 1000))).toBeNull();
  });

  it('ends after 2 hours without activity; activity is written at most once a minute', async () => {
    const { getSessionUser } = await import('../../lib/data/get-session-user');
    const { startUserSession } = await import('../../lib/data/user-sessions');
    const user = await account();
    const start = new Date();
    const sessionId = await startUserSession(user.id, 12 * 3600, start);
    const claims = { userId: user.id, tokenVersion: 0, sessionId };
    const lastSeen = async () => (await prisma().userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime();

    expect(await getSessionUser(claims, new Date(start.getTime() + 30_000))).not.toBeNull();
    expect(await lastSeen()).toBe(start.getTime());
    const active = new Date(start.getTime() + 2 * HOUR - MINUTE);
    expect(await getSessionUser(claims, active)).not.toBeNull();
    expect(await lastSeen()).toBe(active.getTime());
    // Two hours after that last activity, the session is over, and stays over.
    expect(await getSessionUser(claims, new Date(active.getTime() + 2 * HOUR - 1000))).not.toBeNull();
    const idle = new Date(active.getTime() + 2 * HOUR - 1000 + 2 * HOUR);
    expect(await getSessionUser(claims, idle)).toBeNull();
    expect(await getSessionUser(claims, new Date(idle.getTime() + 1000))).toBeNull();
  });

  it('signing out ends the session on the server: a kept copy of the token is nobody afterwards', async () => {
    const { getSessionUser } = await import('../../lib/data/get-session-user');
    const user = await account();
    const { token, encoded, authOptions } = await signInToken(user.email);
    const kept = await decode({ token: encoded, secret: SECRET });
    const claims = { userId: String(kept?.uid), tokenVersion: Number(kept?.tv), sessionId: String(kept?.sid) };
    expect(await getSessionUser(claims)).toMatchObject({ id: user.id });
    // A second sign-in (another browser) is a session of its own.
    const other = await signInToken(user.email);

    await authOptions.events?.signOut?.({ token, session: null as never });
    expect(await getSessionUser(claims)).toBeNull();
    expect(await prisma().userSession.findUniqueOrThrow({ where: { id: claims.sessionId } })).toMatchObject({
      revokedAt: expect.any(Date),
    });
    expect(await getSessionUser({ userId: user.id, tokenVersion: 0, sessionId: String(other.token.sid) })).toMatchObject({ id: user.id });
  });

  it('refuses a token naming another user’s session, or no session at all', async () => {
    const { getSessionUser } = await import('../../lib/data/get-session-user');
    const { startUserSession } = await import('../../lib/data/user-sessions');
    const [alice, bob] = [await account(), await account()];
    const aliceSession = await startUserSession(alice.id, 3600);
    expect(await getSessionUser({ userId: bob.id, tokenVersion: 0, sessionId: aliceSession })).toBeNull();
    expect(await getSessionUser({ userId: bob.id, tokenVersion: 0, sessionId: 'inexistante' })).toBeNull();
  });
});
