import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../lib/auth/password';
import { createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();
const PASSWORD = 'un-mot-de-passe-solide';

async function account(active = true) {
  return createUser(prisma(), { role: 'EDITOR', active, passwordHash: await hashPassword(PASSWORD) });
}

const SIGN_IN_FAILED_RE = /incorrect/;

describe('sign-in', () => {
  it('signs in with the right password and records it', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const user = await account();
    const signed = await signIn({ email: user.email.toUpperCase(), password: PASSWORD }, '10.0.0.1');
    expect(signed).toMatchObject({ id: user.id, role: 'EDITOR', tokenVersion: 0 });
    expect(await prisma().auditLog.count({ where: { action: 'auth.success', actorId: user.id, ip: '10.0.0.1' } })).toBe(1);
  });

  it('says the same thing for an unknown address and a wrong password, and records both failures', async () => {
    const { signIn, SIGN_IN_FAILED } = await import('../../lib/auth/sign-in');
    const user = await account();
    await expect(signIn({ email: 'personne@dakarinfo.test', password: PASSWORD }, '10.0.0.2')).rejects.toThrow(SIGN_IN_FAILED);
    await expect(signIn({ email: user.email, password: 'faux' }, '10.0.0.3')).rejects.toThrow(SIGN_IN_FAILED);
    await expect(signIn({ email: 'pas une adresse', password: 'x' }, null)).rejects.toThrow(SIGN_IN_FAILED);
    expect(await prisma().auditLog.count({ where: { action: 'auth.failure' } })).toBeGreaterThanOrEqual(2);
  });

  it('asks for an empty field by name, without counting it as an attempt or calling it a wrong password', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const user = await account();
    const ip = '10.2.0.1';
    await expect(signIn({ email: '', password: PASSWORD }, ip)).rejects.toThrow(/^Indiquez votre adresse électronique\.$/);
    await expect(signIn({ email: user.email, password: '' }, ip)).rejects.toThrow(/^Indiquez votre mot de passe\.$/);
    await expect(signIn({ email: '  ', password: '' }, ip)).rejects.toThrow(
      /^Indiquez votre adresse électronique\. Indiquez votre mot de passe\.$/,
    );
    await expect(signIn({}, ip)).rejects.toThrow(/^Indiquez votre adresse électronique\. Indiquez votre mot de passe\.$/);
    expect(await prisma().loginThrottle.count({ where: { key: { in: [`email:${user.email}`, `ip:${ip}`] } } })).toBe(0);
    expect(await prisma().auditLog.count({ where: { ip } })).toBe(0);
    // Filled in afterwards, the right password signs in at once.
    await expect(signIn({ email: user.email, password: PASSWORD }, ip)).resolves.toMatchObject({ id: user.id });
  });

  it('refuses a deactivated account', async () => {
    const { signIn, SIGN_IN_FAILED } = await import('../../lib/auth/sign-in');
    const user = await account(false);
    await expect(signIn({ email: user.email, password: PASSWORD }, null)).rejects.toThrow(SIGN_IN_FAILED);
  });

  it('locks an account after repeated failures, refuses even the right password meanwhile, with growing delays', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const { FREE_ATTEMPTS, lockDuration } = await import('../../lib/data/login-throttle');
    const user = await account();
    const now = new Date();
    for (let i = 0; i < FREE_ATTEMPTS; i += 1)
      await expect(signIn({ email: user.email, password: 'faux' }, `10.1.0.${i}`, now)).rejects.toThrow();
    await expect(signIn({ email: user.email, password: PASSWORD }, '10.9.9.9', now)).rejects.toThrow(
      /Trop de tentatives de connexion\. Réessayez dans 30\u00a0secondes\./,
    );
    expect(await prisma().auditLog.count({ where: { action: 'auth.locked' } })).toBeGreaterThanOrEqual(1);

    const after = new Date(now.getTime() + lockDuration(FREE_ATTEMPTS) + 1000);
    await expect(signIn({ email: user.email, password: 'faux' }, '10.1.1.1', after)).rejects.toThrow(/Réessayez dans 1\u00a0minute/);
    expect(lockDuration(FREE_ATTEMPTS + 5)).toBeGreaterThan(lockDuration(FREE_ATTEMPTS + 1));
    expect(lockDuration(100)).toBe(60 * 60_000);

    const muchLater = new Date(now.getTime() + 2 * 60 * 60_000);
    await expect(signIn({ email: user.email, password: PASSWORD }, '10.9.9.9', muchLater)).resolves.toMatchObject({ id: user.id });
  });

  it('throttles an address that tries many accounts, but not a newsroom sharing one address over a few typos', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const { ADDRESS_FREE_ATTEMPTS, FREE_ATTEMPTS } = await import('../../lib/data/login-throttle');
    const victim = await account();
    const now = new Date();
    // Five journalists behind the office router each mistype once: nobody is locked out.
    for (let i = 0; i < FREE_ATTEMPTS; i += 1)
      await expect(signIn({ email: `collegue${i}@dakarinfo.test`, password: 'x' }, '10.66.0.1', now)).rejects.toThrow(SIGN_IN_FAILED_RE);
    await expect(signIn({ email: victim.email, password: PASSWORD }, '10.66.0.9', now)).resolves.toMatchObject({ id: victim.id });
    await expect(signIn({ email: `collegue9@dakarinfo.test`, password: 'x' }, '10.66.0.1', now)).rejects.toThrow(SIGN_IN_FAILED_RE);
    // Spraying accounts from one address: locked once it has failed ADDRESS_FREE_ATTEMPTS times.
    for (let i = FREE_ATTEMPTS + 1; i < ADDRESS_FREE_ATTEMPTS; i += 1)
      await expect(signIn({ email: `inconnu${i}@dakarinfo.test`, password: 'x' }, '10.66.0.1', now)).rejects.toThrow();
    await expect(signIn({ email: victim.email, password: PASSWORD }, '10.66.0.1', now)).rejects.toThrow(/Trop de tentatives/);
    await expect(signIn({ email: victim.email, password: PASSWORD }, '10.66.0.2', now)).resolves.toMatchObject({ id: victim.id });
  });

  it('ends sessions at once when a user is deactivated or their role changes', async () => {
    const { getSessionUser } = await import('../../lib/data/get-session-user');
    const { startUserSession } = await import('../../lib/data/user-sessions');
    const user = await account();
    const sessionId = await startUserSession(user.id, 3_600);
    expect(await getSessionUser({ userId: user.id, tokenVersion: 0, sessionId })).toMatchObject({ id: user.id });
    await prisma().user.update({ where: { id: user.id }, data: { role: 'JOURNALIST', tokenVersion: { increment: 1 } } });
    expect(await getSessionUser({ userId: user.id, tokenVersion: 0, sessionId })).toBeNull();
    expect(await getSessionUser({ userId: user.id, tokenVersion: 1, sessionId })).toMatchObject({ role: 'JOURNALIST' });
    await prisma().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await getSessionUser({ userId: user.id, tokenVersion: 1, sessionId })).toBeNull();
  });
});
