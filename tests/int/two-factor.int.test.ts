import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '../../lib/auth/password';
import { timeStep, totpCode } from '../../lib/auth/two-factor';
import { createUser, createSession } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; tv: number; sid?: string } } }));
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getServerSession: vi.fn(async () => session.current),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { prisma } = withScratchDatabase();
const PASSWORD = 'un-mot-de-passe-solide';
const T0 = new Date('2026-12-07T10:00:05Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

beforeEach(async () => {
  session.current = null;
  await prisma().loginThrottle.deleteMany({});
  await prisma().siteSetting.deleteMany({});
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

/** An account with two-step sign-in on, enrolled at T0: its secret and recovery codes. */
async function enrolled(role: 'JOURNALIST' | 'EDITOR' | 'ADMIN' = 'EDITOR') {
  const { ensurePendingTotpSecret, confirmTotpEnrolment } = await import('../../lib/data/two-factor');
  const user = await createUser(prisma(), { role, passwordHash: await hashPassword(PASSWORD) });
  const pending = await ensurePendingTotpSecret(user.id);
  if (!pending) throw new Error('pas de secret');
  const recoveryCodes = await confirmTotpEnrolment(user.id, totpCode(pending.secret, T0), '10.5.0.1', T0);
  return { user, secret: pending.secret, recoveryCodes };
}

describe('two-step enrolment', () => {
  it('shows one pending secret until a right code confirms it, then keeps ten hashed single-use recovery codes', async () => {
    const { ensurePendingTotpSecret, confirmTotpEnrolment, getTwoFactorStatus, TWO_FACTOR_MESSAGES } =
      await import('../../lib/data/two-factor');
    const user = await createUser(prisma(), { passwordHash: await hashPassword(PASSWORD) });
    const first = await ensurePendingTotpSecret(user.id);
    expect(first?.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await ensurePendingTotpSecret(user.id)).toEqual(first);
    const secret = first?.secret as string;

    await expect(confirmTotpEnrolment(user.id, '000000', null, T0)).rejects.toThrow(TWO_FACTOR_MESSAGES.wrongCode);
    expect((await getTwoFactorStatus(user.id)).enabled).toBe(false);

    const codes = await confirmTotpEnrolment(user.id, totpCode(secret, T0), '10.5.0.2', T0);
    expect(codes).toHaveLength(10);
    const stored = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ totpSecret: secret, totpPendingSecret: null, totpLastStep: timeStep(T0) });
    const rows = await prisma().recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(codes.map((c) => c.replace(/-/g, ''))).not.toContain(row.codeHash);
    expect(await getTwoFactorStatus(user.id)).toMatchObject({ enabled: true, recoveryLeft: 10 });
    expect(await ensurePendingTotpSecret(user.id)).toBeNull();
    expect(await prisma().auditLog.count({ where: { action: 'auth.2fa-enrol', targetId: user.id, ip: '10.5.0.2' } })).toBe(1);
    await expect(confirmTotpEnrolment(user.id, totpCode(secret, later(30)), null, later(30))).rejects.toThrow(
      TWO_FACTOR_MESSAGES.alreadyOn,
    );
  });
});

describe('signing in with two-step sign-in', () => {
  it('asks for the code after a right password (not counted as a failure), then accepts a right code once', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const { CODE_REQUIRED, CODE_WRONG } = await import('../../lib/auth/second-step-messages');
    const { user, secret } = await enrolled();
    const ip = '10.6.0.1';

    await expect(signIn({ email: user.email, password: PASSWORD }, ip, later(40))).rejects.toThrow(CODE_REQUIRED);
    // The attempt counted before the password was checked is given back: nothing counts, nothing locks.
    expect((await prisma().loginThrottle.findMany()).map((row) => [row.failures, row.lockedUntil])).toEqual([
      [0, null],
      [0, null],
    ]);
    // A wrong password with a right code is still a wrong password.
    await expect(
      signIn({ email: user.email, password: 'faux-mot-de-passe', code: totpCode(secret, later(40)) }, ip, later(40)),
    ).rejects.toThrow(/incorrect/);

    const code = totpCode(secret, later(40));
    await expect(signIn({ email: user.email, password: PASSWORD, code }, ip, later(40))).resolves.toMatchObject({ id: user.id });
    // The same code again, in its window: refused as a replay, and counted.
    await expect(signIn({ email: user.email, password: PASSWORD, code }, ip, later(45))).rejects.toThrow(CODE_WRONG);
    // The enrolment's code (an older step) too.
    await expect(signIn({ email: user.email, password: PASSWORD, code: totpCode(secret, T0) }, ip, later(45))).rejects.toThrow(CODE_WRONG);
    expect(await prisma().auditLog.count({ where: { action: 'auth.2fa-failure', targetId: user.id } })).toBe(2);
    expect((await prisma().loginThrottle.findUniqueOrThrow({ where: { key: `email:${user.email}` } })).failures).toBe(2);
    // The next step's code signs in, and clears the account's failures.
    await expect(
      signIn({ email: user.email, password: PASSWORD, code: totpCode(secret, later(70)) }, ip, later(70)),
    ).resolves.toMatchObject({ id: user.id });
    expect(await prisma().loginThrottle.count({ where: { key: `email:${user.email}` } })).toBe(0);
  });

  it('accepts each recovery code once, in any case and spacing, and records its use', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const { CODE_WRONG } = await import('../../lib/auth/second-step-messages');
    const { getTwoFactorStatus } = await import('../../lib/data/two-factor');
    const { user, recoveryCodes } = await enrolled();
    const code = recoveryCodes[3] as string;
    await expect(
      signIn({ email: user.email, password: PASSWORD, code: ` ${code.toLowerCase()} ` }, null, later(40)),
    ).resolves.toMatchObject({ id: user.id });
    await expect(signIn({ email: user.email, password: PASSWORD, code }, null, later(50))).rejects.toThrow(CODE_WRONG);
    expect(await prisma().auditLog.count({ where: { action: 'auth.2fa-recovery-used', targetId: user.id } })).toBe(1);
    expect((await getTwoFactorStatus(user.id)).recoveryLeft).toBe(9);
    await expect(signIn({ email: user.email, password: PASSWORD, code: recoveryCodes[4] }, null, later(60))).resolves.toMatchObject({
      id: user.id,
    });
  });

  it('locks the account after repeated wrong codes, like wrong passwords, refusing even a right code meanwhile', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const { FREE_ATTEMPTS } = await import('../../lib/data/login-throttle');
    const { user, secret } = await enrolled();
    const now = later(40);
    const wrong = totpCode(secret, later(-3600));
    for (let i = 0; i < FREE_ATTEMPTS; i += 1)
      await expect(signIn({ email: user.email, password: PASSWORD, code: wrong }, `10.7.0.${i}`, now)).rejects.toThrow();
    await expect(signIn({ email: user.email, password: PASSWORD, code: totpCode(secret, now) }, '10.7.9.9', now)).rejects.toThrow(
      /Trop de tentatives de connexion/,
    );
    expect(await prisma().auditLog.count({ where: { action: 'auth.2fa-failure', targetId: user.id } })).toBe(FREE_ATTEMPTS);
  });

  it('after an admin’s reset (newsroom or npm run user -- reset-2fa), signs in with the password alone and ends the sessions', async () => {
    const { signIn } = await import('../../lib/auth/sign-in');
    const { resetUserTwoFactor } = await import('../../lib/data/manage-users');
    const { resetTwoFactor } = await import('../../lib/ops/two-factor-admin');
    const admin = await createUser(prisma(), { role: 'ADMIN' });
    const { user } = await enrolled();
    await resetUserTwoFactor(admin, user.id);
    const after = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, tokenVersion: user.tokenVersion + 1 });
    expect(await prisma().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma().auditLog.findFirstOrThrow({ where: { action: 'user.2fa-reset', targetId: user.id } })).toMatchObject({
      actorId: admin.id,
      details: { via: 'admin', wasEnabled: true },
    });
    await expect(signIn({ email: user.email, password: PASSWORD }, null, later(40))).resolves.toMatchObject({ id: user.id });

    const other = await enrolled('JOURNALIST');
    await expect(resetTwoFactor(prisma(), other.user.email.toUpperCase())).resolves.toEqual({ email: other.user.email, wasEnabled: true });
    expect(await prisma().auditLog.findFirstOrThrow({ where: { action: 'user.2fa-reset', targetId: other.user.id } })).toMatchObject({
      actorId: null,
      details: { via: 'cli' },
    });
    await expect(resetTwoFactor(prisma(), 'personne@dakarinfo.test')).rejects.toThrow('Aucun compte pour cette adresse.');
  });
});

describe('required for editors and admins once an admin turns it on', () => {
  it('sends editors and admins without it to enrolment, refuses their actions meanwhile, leaves journalists free', async () => {
    const { setTwoFactorRequiredAction } = await import('../../lib/actions/user-actions');
    const { createRubriqueAction } = await import('../../lib/actions/rubrique-actions');
    const { confirmTwoFactorAction, disableTwoFactorAction } = await import('../../lib/actions/two-factor-actions');
    const { findAccountGate } = await import('../../lib/data/account-gate');
    const { ensurePendingTotpSecret } = await import('../../lib/data/two-factor');
    const admin = await createUser(prisma(), { role: 'ADMIN' });
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    const journalist = await createUser(prisma(), { role: 'JOURNALIST' });
    const enrolledEditor = await enrolled('EDITOR');
    const optional = await enrolled('JOURNALIST');

    // Only an admin changes the setting.
    session.current = await createSession(prisma(), editor.id, 0);
    expect(await setTwoFactorRequiredAction({ ok: false }, form({ required: '1' }))).toMatchObject({ ok: false });
    expect(await findAccountGate(editor.id)).toBeNull();
    session.current = await createSession(prisma(), admin.id, 0);
    expect(await setTwoFactorRequiredAction({ ok: false }, form({ required: '1' }))).toMatchObject({ ok: true });
    expect(await prisma().auditLog.count({ where: { action: 'settings.2fa-required', actorId: admin.id } })).toBe(1);

    expect(await findAccountGate(editor.id)).toBe('two-factor');
    expect(await findAccountGate(admin.id)).toBe('two-factor');
    expect(await findAccountGate(journalist.id)).toBeNull();
    expect(await findAccountGate(enrolledEditor.user.id)).toBeNull();
    // A temporary password comes first.
    await prisma().user.update({ where: { id: editor.id }, data: { mustChangePassword: true } });
    expect(await findAccountGate(editor.id)).toBe('password');
    await prisma().user.update({ where: { id: editor.id }, data: { mustChangePassword: false } });

    session.current = await createSession(prisma(), editor.id, 0);
    expect(await createRubriqueAction({ ok: false }, form({ name: 'Économie', description: '' }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^La double authentification est obligatoire pour votre rôle/),
    });
    expect(await prisma().rubrique.count()).toBe(0);
    // The enrolment screen's action is let through; then everything is.
    const pending = await ensurePendingTotpSecret(editor.id);
    const enrolment = await confirmTwoFactorAction({ ok: false }, form({ code: totpCode(pending?.secret as string) }));
    expect(enrolment).toMatchObject({ ok: true, recoveryCodes: expect.any(Array) });
    expect(await findAccountGate(editor.id)).toBeNull();
    expect(await createRubriqueAction({ ok: false }, form({ name: 'Économie', description: '' }))).toMatchObject({ ok: true });

    // While required, an editor cannot turn it off; a journalist can, with a current code.
    session.current = await createSession(prisma(), enrolledEditor.user.id, 0);
    expect(await disableTwoFactorAction({ ok: false }, form({ code: enrolledEditor.recoveryCodes[0] as string }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/obligatoire pour votre rôle/),
    });
    expect(await prisma().recoveryCode.count({ where: { userId: enrolledEditor.user.id, usedAt: null } })).toBe(10);
    session.current = await createSession(prisma(), optional.user.id, 0);
    expect(await disableTwoFactorAction({ ok: false }, form({ code: '123456' }))).toMatchObject({ ok: false });
    expect(await disableTwoFactorAction({ ok: false }, form({ code: optional.recoveryCodes[0] as string }))).toMatchObject({ ok: true });
    expect(await prisma().user.findUniqueOrThrow({ where: { id: optional.user.id } })).toMatchObject({ totpSecret: null });
    expect(await prisma().auditLog.count({ where: { action: 'auth.2fa-disable', targetId: optional.user.id } })).toBe(1);
  });
});
