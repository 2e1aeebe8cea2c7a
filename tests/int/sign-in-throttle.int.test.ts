import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../lib/auth/password';
import { createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

// Sign-in throttling under concurrency (issue #18, findings 2, 5 and 13): each attempt is counted
// before its password is verified, and a lock is journalled once per window, with a count.
const { prisma } = withScratchDatabase();
const PASSWORD = 'un-mot-de-passe-solide';

async function account() {
  return createUser(prisma(), { role: 'EDITOR', passwordHash: await hashPassword(PASSWORD) });
}

async function throttleRow(key: string) {
  return prisma().loginThrottle.findUnique({ where: { key } });
}

describe('sign-in throttling under concurrent attempts', () => {
  it(
    'counts each of 300 concurrent wrong guesses, verifies no more than the allowance and journals one lock',
    { timeout: 120_000 },
    async () => {
      const { signIn } = await import('../../lib/auth/sign-in');
      const { FREE_ATTEMPTS } = await import('../../lib/data/login-throttle');
      const user = await account();
      const now = new Date();
      const attempts = 300;
      const results = await Promise.allSettled(
        Array.from({ length: attempts }, () => signIn({ email: user.email, password: 'faux' }, '10.77.0.1', now)),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(0);
      // Only the allowance was verified (one « Échec de connexion » each), the others refused unverified…
      expect(await prisma().auditLog.count({ where: { action: 'auth.failure', targetId: user.id } })).toBe(FREE_ATTEMPTS);
      const refusedMessages = results.filter((r) => r.status === 'rejected' && /Trop de tentatives/.test(String(r.reason))).length;
      expect(refusedMessages).toBe(attempts - FREE_ATTEMPTS + 1);
      // …and every attempt counted: the failures on the account plus the refusals during its lock.
      const row = await throttleRow(`email:${user.email}`);
      expect(row).toMatchObject({ failures: FREE_ATTEMPTS, refused: attempts - FREE_ATTEMPTS });
      // One journal row for the lock, whose details count the refusals.
      const locks = await prisma().auditLog.findMany({ where: { action: 'auth.locked', targetId: user.id } });
      expect(locks).toHaveLength(1);
      expect(locks[0]).toMatchObject({ targetId: user.id, details: { email: user.email, refused: attempts - FREE_ATTEMPTS } });
    },
  );

  it('refuses the right password sent among concurrent wrong ones once the account is locked', { timeout: 60_000 }, async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const { FREE_ATTEMPTS } = await import('../../lib/data/login-throttle');
    const user = await account();
    const now = new Date();
    // Finding 13: 30 attempts from one address, the right password 26th.
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => signIn({ email: user.email, password: i === 25 ? PASSWORD : 'faux' }, '10.78.0.1', now)),
    );
    expect(results[25]).toMatchObject({
      status: 'rejected',
      reason: expect.objectContaining({ message: expect.stringMatching(/^Trop de tentatives de connexion/) }),
    });
    expect(await prisma().auditLog.count({ where: { action: 'auth.success', targetId: user.id } })).toBe(0);
    expect(await prisma().auditLog.count({ where: { action: 'auth.failure', targetId: user.id } })).toBe(FREE_ATTEMPTS);
  });

  it('never locks anyone out for signing in successfully, even after many sign-ins from one address', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const { ADDRESS_FREE_ATTEMPTS } = await import('../../lib/data/login-throttle');
    const user = await account();
    const now = new Date();
    for (let i = 0; i < ADDRESS_FREE_ATTEMPTS + 5; i += 1)
      await expect(signIn({ email: user.email, password: PASSWORD }, '10.79.0.1', now)).resolves.toMatchObject({ id: user.id });
    expect(await throttleRow(`email:${user.email}`)).toBeNull();
    const address = await throttleRow('ip:10.79.0.1');
    expect({ failures: address?.failures ?? 0, lockedUntil: address?.lockedUntil ?? null }).toEqual({ failures: 0, lockedUntil: null });
    // Four typos, then the right password (the fifth attempt): in, and the account's count starts again.
    for (let i = 0; i < 4; i += 1)
      await expect(signIn({ email: user.email, password: 'faux' }, '10.79.0.1', now)).rejects.toThrow(/incorrect/);
    await expect(signIn({ email: user.email, password: PASSWORD }, '10.79.0.1', now)).resolves.toMatchObject({ id: user.id });
    await expect(signIn({ email: user.email, password: 'faux' }, '10.79.0.1', now)).rejects.toThrow(/incorrect/);
    expect(await throttleRow('ip:10.79.0.1')).toMatchObject({ failures: 5, lockedUntil: null });
  });
});

describe('the journal during a lock', () => {
  it('writes one « Connexion bloquée » row per lock window, counting the refused attempts, not one row per request', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const { FREE_ATTEMPTS, lockDuration } = await import('../../lib/data/login-throttle');
    const user = await account();
    const now = new Date();
    for (let i = 0; i < FREE_ATTEMPTS; i += 1)
      await expect(signIn({ email: user.email, password: 'faux' }, `10.80.0.${i}`, now)).rejects.toThrow();
    // Fifty anonymous requests during the lock, right password or not.
    for (let i = 0; i < 50; i += 1)
      await expect(signIn({ email: user.email, password: i % 2 ? PASSWORD : 'faux' }, `10.80.1.${i}`, now)).rejects.toThrow(
        /Trop de tentatives/,
      );
    const first = await prisma().auditLog.findMany({ where: { action: 'auth.locked', targetId: user.id } });
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ targetType: 'user', targetId: user.id, ip: '10.80.0.4', details: { email: user.email, refused: 50 } });
    expect(await prisma().auditLog.count({ where: { action: 'auth.failure', targetId: user.id } })).toBe(FREE_ATTEMPTS);

    // The next window: one more failure after the lock ends starts a second lock, hence a second row.
    const later = new Date(now.getTime() + lockDuration(FREE_ATTEMPTS) + 1000);
    await expect(signIn({ email: user.email, password: 'faux' }, '10.80.2.1', later)).rejects.toThrow(/Réessayez dans 1\u00a0minute/);
    for (let i = 0; i < 3; i += 1)
      await expect(signIn({ email: user.email, password: PASSWORD }, '10.80.2.2', later)).rejects.toThrow(/Trop de tentatives/);
    const rows = await prisma().auditLog.findMany({ where: { action: 'auth.locked', targetId: user.id }, orderBy: { createdAt: 'asc' } });
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ details: { refused: 3 } });
    expect(rows[0]).toMatchObject({ details: { refused: 50 } });
  });

  it('journals an address’s lock once too, without naming an account', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const { ADDRESS_FREE_ATTEMPTS } = await import('../../lib/data/login-throttle');
    const now = new Date();
    for (let i = 0; i < ADDRESS_FREE_ATTEMPTS; i += 1)
      await expect(signIn({ email: `inconnu${i}@dakarinfo.test`, password: 'x' }, '10.81.0.1', now)).rejects.toThrow();
    for (let i = 0; i < 10; i += 1)
      await expect(signIn({ email: `autre${i}@dakarinfo.test`, password: 'x' }, '10.81.0.1', now)).rejects.toThrow(/Trop de tentatives/);
    const rows = await prisma().auditLog.findMany({ where: { action: 'auth.locked', ip: '10.81.0.1' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetId: null, details: { address: '10.81.0.1', refused: 10 } });
  });
});

describe('addresses', () => {
  it('counts IPv6 guesses by /64: fresh addresses of one block share one allowance', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const { ADDRESS_FREE_ATTEMPTS } = await import('../../lib/data/login-throttle');
    const now = new Date();
    for (let i = 0; i < ADDRESS_FREE_ATTEMPTS; i += 1)
      await expect(
        signIn({ email: `v6-${i}@dakarinfo.test`, password: 'x' }, `2001:db8:5:6::${(i + 1).toString(16)}`, now),
      ).rejects.toThrow(/incorrect|Trop/);
    await expect(signIn({ email: 'v6-suivant@dakarinfo.test', password: 'x' }, '2001:db8:5:6:ffff::1', now)).rejects.toThrow(
      /Trop de tentatives/,
    );
    expect(await prisma().loginThrottle.findUnique({ where: { key: 'ip:2001:db8:5:6::/64' } })).toMatchObject({
      failures: ADDRESS_FREE_ATTEMPTS,
    });
  });
});
