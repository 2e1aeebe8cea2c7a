import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hashPassword, verifyPassword } from '../../lib/auth/password';
import { addUser, resetPassword, UserAdminError } from '../../lib/ops/user-admin';
import { createRubrique, createUser, createSession } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

// Server actions outside a Next request: the session comes from this stub; database, policy and audit are real.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; tv: number; sid?: string } } }));
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getServerSession: vi.fn(async () => session.current),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { prisma } = withScratchDatabase();
const STRONG = 'Le baobab de Thiès fleurit en mai';
let counter = 0;
const uniqueEmail = () => `provisoire-${Date.now().toString(36)}-${(counter += 1)}@dakarinfo.test`;

beforeEach(async () => {
  session.current = null;
  await prisma().loginThrottle.deleteMany({});
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

async function signInAs(user: { id: string; tokenVersion: number }) {
  session.current = await createSession(prisma(), user.id, user.tokenVersion);
}

const flagOf = async (id: string) =>
  (await prisma().user.findUniqueOrThrow({ where: { id }, select: { mustChangePassword: true } })).mustChangePassword;

describe('the password policy wherever a password is set', () => {
  it('refuses a guessable password or one made of the person’s name, from the command line’s functions, and writes nothing', async () => {
    const email = uniqueEmail();
    await expect(addUser(prisma(), { email, name: 'Aminata Sow', role: 'JOURNALIST', password: 'motdepasse123456' })).rejects.toThrow(
      /^Ce mot de passe est trop facile à deviner\./,
    );
    await expect(addUser(prisma(), { email, name: 'Aminata Sow', role: 'JOURNALIST', password: 'AminataSow.2024' })).rejects.toThrow(
      'Le mot de passe ne doit pas comporter de données personnelles ou liées au site.',
    );
    expect(await prisma().user.findUnique({ where: { email } })).toBeNull();

    await addUser(prisma(), { email, name: 'Aminata Sow', role: 'JOURNALIST', password: STRONG });
    await expect(resetPassword(prisma(), email, 'azertyuiopqsd')).rejects.toThrow(UserAdminError);
    await expect(resetPassword(prisma(), email, 'sow.aminata.1990')).rejects.toThrow(/trop facile à deviner/);
    const stored = await prisma().user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(stored.passwordHash, STRONG)).toBe(true);
  });

  it('« Mon profil » refuses a weak new password and one made of one’s own name, with zxcvbn’s French advice', async () => {
    const { changeOwnPasswordAction } = await import('../../lib/actions/profile-actions');
    const user = await createUser(prisma(), { name: 'Ousmane Diallo', passwordHash: await hashPassword(STRONG) });
    await signInAs(user);
    for (const weak of ['password1234', 'OusmaneDiallo2024!']) {
      const result = await changeOwnPasswordAction(
        { ok: false },
        form({ currentPassword: STRONG, newPassword: weak, confirmPassword: weak }),
      );
      expect(result, weak).toMatchObject({
        ok: false,
        fieldErrors: { newPassword: expect.stringMatching(/^Ce mot de passe est trop facile à deviner\. /) },
      });
    }
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });
});

describe('a temporary password is changed at the first sign-in', () => {
  it('flags an account an admin creates or resets, in the newsroom and from the command line', async () => {
    const { createUserAccount, resetUserPassword } = await import('../../lib/data/manage-users');
    const admin = await createUser(prisma(), { role: 'ADMIN' });
    const fromCli = await addUser(prisma(), { email: uniqueEmail(), name: 'Cheikh Ba', role: 'EDITOR', password: STRONG });
    expect(await flagOf(fromCli.id)).toBe(true);
    const fromAdmin = await createUserAccount(admin, {
      email: uniqueEmail(),
      name: 'Rokhaya Gueye',
      role: 'JOURNALIST',
      password: 'Kd7pX-m2QwZ-r9TbN-4hVcE',
    });
    expect(await flagOf(fromAdmin.id)).toBe(true);

    const own = await createUser(prisma(), { passwordHash: await hashPassword(STRONG) });
    expect(await flagOf(own.id)).toBe(false);
    await resetPassword(prisma(), own.email, 'Kd7pX-m2QwZ-r9TbN-4hVcE');
    expect(await flagOf(own.id)).toBe(true);
    await prisma().user.update({ where: { id: own.id }, data: { mustChangePassword: false } });
    await resetUserPassword(admin, own.id, 'Gh3nM-x8PlR-t5YwK-2jBsD');
    expect(await flagOf(own.id)).toBe(true);
  });

  it('refuses every action until the person has chosen their own, then lets them through', async () => {
    const { createRubriqueAction } = await import('../../lib/actions/rubrique-actions');
    const { changeOwnPasswordAction, updateOwnProfileAction, chooseOwnPasswordAction } = await import('../../lib/actions/profile-actions');
    const { createArticleAction } = await import('../../lib/actions/article-actions');
    const { findAccountGate } = await import('../../lib/data/account-gate');
    const rubrique = await createRubrique(prisma());
    const temporary = 'Kd7pX-m2QwZ-r9TbN-4hVcE';
    const summary = await addUser(prisma(), { email: uniqueEmail(), name: 'Mariama Ndour', role: 'EDITOR', password: temporary });
    const user = await prisma().user.findUniqueOrThrow({ where: { id: summary.id } });
    await signInAs(user);
    expect(await findAccountGate(user.id)).toBe('password');

    const auditBefore = await prisma().auditLog.count();
    const refused = [
      await createRubriqueAction({ ok: false }, form({ name: 'Société', description: '' })),
      await createArticleAction(form({ title: 'Pas encore', chapo: '', body: '', rubriqueId: rubrique.id })),
      await updateOwnProfileAction({ ok: false }, form({ name: 'Autre nom', bio: '' })),
      await changeOwnPasswordAction({ ok: false }, form({ currentPassword: temporary, newPassword: STRONG, confirmPassword: STRONG })),
    ];
    for (const result of refused)
      expect(result).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^Votre mot de passe est provisoire\u00a0: choisissez le vôtre/),
      });
    expect(await prisma().auditLog.count()).toBe(auditBefore);
    expect(await prisma().rubrique.count({ where: { name: 'Société' } })).toBe(0);

    // The first-sign-in screen's action: the same policy, the temporary password as the current one.
    expect(
      await chooseOwnPasswordAction(
        { ok: false },
        form({ currentPassword: temporary, newPassword: 'motdepasse123456', confirmPassword: 'motdepasse123456' }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: expect.stringMatching(/trop facile à deviner/) },
    });
    expect(
      await chooseOwnPasswordAction(
        { ok: false },
        form({ currentPassword: 'pas-le-provisoire', newPassword: STRONG, confirmPassword: STRONG }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: 'Mot de passe actuel incorrect.' },
    });
    await expect(
      chooseOwnPasswordAction({ ok: false }, form({ currentPassword: temporary, newPassword: STRONG, confirmPassword: STRONG })),
    ).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;/),
    });
    const after = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword(after.passwordHash, STRONG)).toBe(true);
    expect(await findAccountGate(user.id)).toBeNull();

    await signInAs(after);
    expect(await createRubriqueAction({ ok: false }, form({ name: 'Société', description: '' }))).toMatchObject({ ok: true });
  });
});
