import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decode, encode } from 'next-auth/jwt';
import { hashPassword, verifyPassword } from '../../lib/auth/password';
import { processBridge } from '../../lib/process-bridge';
import { createArticle, createRubrique, createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

// « Mon profil »'s server actions outside a Next request: the session, the cookie jar and the request
// headers come from these stubs; the database, hashing, throttling and audit log are real.
const stubs = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'int-secret-only-for-tests-0123456789abcdef';
  return {
    session: { current: null as null | { user: { id: string; tv: number; sid?: string } } },
    jar: new Map<string, { value: string; options?: Record<string, unknown> }>(),
    purge: vi.fn<(keys: string[]) => void>(),
  };
});
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getServerSession: vi.fn(async () => stubs.session.current),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (stubs.jar.has(name) ? { name, value: stubs.jar.get(name)?.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) => stubs.jar.set(name, { value, options }),
  }),
  headers: async () => new Headers({ 'x-dakarinfo-client-ip': '203.0.113.7' }),
}));

const SECRET = 'int-secret-only-for-tests-0123456789abcdef';
const COOKIE = 'next-auth.session-token';
const PASSWORD = 'ancien-mot-de-passe-solide';
const NEW_PASSWORD = 'nouvelle phrase de passe';

const { prisma } = withScratchDatabase();

beforeEach(async () => {
  // Sign-in throttling counts per address too, and every test comes from the same one.
  await prisma().loginThrottle.deleteMany({});
  stubs.session.current = null;
  stubs.jar.clear();
  stubs.purge.mockClear();
  processBridge().purge = stubs.purge;
});
afterEach(() => {
  processBridge().purge = null;
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

/** A member with a known password, signed in: the stubbed session and a real next-auth cookie. */
async function signedIn(role: 'JOURNALIST' | 'EDITOR' | 'ADMIN' = 'JOURNALIST') {
  const user = await createUser(prisma(), { role, passwordHash: await hashPassword(PASSWORD) });
  const { startUserSession } = await import('../../lib/data/user-sessions');
  const sid = await startUserSession(user.id, 3_600);
  stubs.session.current = { user: { id: user.id, tv: user.tokenVersion, sid } };
  const token = await encode({
    token: { uid: user.id, role, tv: user.tokenVersion, sid, name: user.name, email: user.email },
    secret: SECRET,
    maxAge: 3_600,
  });
  stubs.jar.set(COOKIE, { value: token });
  return { ...user, sid };
}

async function row(id: string) {
  return prisma().user.findUniqueOrThrow({
    where: { id },
    select: { name: true, bio: true, slug: true, passwordHash: true, tokenVersion: true },
  });
}

describe('« Mon profil » : name and presentation', () => {
  it('saves a new name and presentation, writes the audit log and purges the pages that show them', async () => {
    const { updateOwnProfileAction } = await import('../../lib/actions/profile-actions');
    const me = await signedIn();
    const rubrique = await createRubrique(prisma());
    const published = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: me.id, status: 'PUBLISHED' });
    const draft = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: me.id, status: 'DRAFT' });

    const result = await updateOwnProfileAction(
      { ok: false },
      form({ name: '  Aïssatou Ndiaye  ', bio: 'Journaliste à Thiès.\r\nSuit l’agriculture.  ' }),
    );
    expect(result).toMatchObject({ ok: true, message: 'Profil enregistré\u00a0: votre page d’auteur est à jour.' });
    // Trimmed, line ends normalised; the address of the author page does not follow the name.
    expect(await row(me.id)).toMatchObject({ name: 'Aïssatou Ndiaye', bio: 'Journaliste à Thiès.\nSuit l’agriculture.', slug: me.slug });

    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'user.profile', targetId: me.id } });
    expect(audit).toMatchObject({
      actorId: me.id,
      targetType: 'user',
      ip: '203.0.113.7',
      details: { via: 'profil', name: 'Aïssatou Ndiaye', previousName: me.name, bioChanged: true },
    });

    // The author page, and every page showing one of their published stories (a card or a byline carries the name).
    expect(stubs.purge).toHaveBeenCalledTimes(1);
    const keys = stubs.purge.mock.calls[0]?.[0] ?? [];
    // Bylines also show in search results and feeds.
    expect(keys).toEqual(
      expect.arrayContaining([`list:author:${me.id}`, 'list:authors', `article:${published.id}`, 'list:search', 'list:feeds']),
    );
    expect(keys).not.toContain(`article:${draft.id}`);
  });

  it('a presentation alone purges only the author page; nothing changed writes and purges nothing', async () => {
    const { updateOwnProfileAction } = await import('../../lib/actions/profile-actions');
    const me = await signedIn();
    const rubrique = await createRubrique(prisma());
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: me.id, status: 'PUBLISHED' });

    expect(await updateOwnProfileAction({ ok: false }, form({ name: me.name, bio: 'Nouvelle présentation.' }))).toMatchObject({ ok: true });
    expect(stubs.purge).toHaveBeenCalledWith([`list:author:${me.id}`, 'list:authors']);

    stubs.purge.mockClear();
    const audits = await prisma().auditLog.count();
    expect(await updateOwnProfileAction({ ok: false }, form({ name: me.name, bio: 'Nouvelle présentation.' }))).toMatchObject({
      ok: true,
      message: 'Rien à enregistrer\u00a0: votre profil est déjà à jour.',
    });
    expect(stubs.purge).not.toHaveBeenCalled();
    expect(await prisma().auditLog.count()).toBe(audits);
  });

  it('refuses an empty or long name and a long presentation, with French messages, and changes nothing', async () => {
    const { updateOwnProfileAction } = await import('../../lib/actions/profile-actions');
    const me = await signedIn();
    const before = await row(me.id);
    const audits = await prisma().auditLog.count();

    expect(await updateOwnProfileAction({ ok: false }, form({ name: '   ', bio: '' }))).toMatchObject({
      ok: false,
      message: 'Le nom est obligatoire.',
      fieldErrors: { name: 'Le nom est obligatoire.' },
    });
    expect(await updateOwnProfileAction({ ok: false }, form({ name: 'x'.repeat(121), bio: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { name: 'Le nom ne doit pas dépasser 120 caractères.' },
    });
    expect(await updateOwnProfileAction({ ok: false }, form({ name: 'Nom', bio: 'x'.repeat(301) }))).toMatchObject({
      ok: false,
      fieldErrors: { bio: 'La présentation ne doit pas dépasser 300 caractères.' },
    });
    expect(await updateOwnProfileAction({ ok: false }, form({ name: 'Nom', bio: 'nul \u0000 ici' }))).toMatchObject({
      ok: false,
      fieldErrors: { bio: expect.stringMatching(/caractère invalide/) },
    });

    expect(await row(me.id)).toEqual(before);
    expect(await prisma().auditLog.count()).toBe(audits);
    expect(stubs.purge).not.toHaveBeenCalled();
  });
});

describe('« Mon profil » : password', () => {
  it('a wrong current password is refused: nothing changes, the failure counts toward the sign-in lockout', async () => {
    const { changeOwnPasswordAction } = await import('../../lib/actions/profile-actions');
    const me = await signedIn();
    const before = await row(me.id);

    const result = await changeOwnPasswordAction(
      { ok: false },
      form({ currentPassword: 'pas-le-bon-mot-de-passe', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(result).toMatchObject({
      ok: false,
      message: 'Mot de passe actuel incorrect.',
      fieldErrors: { currentPassword: 'Mot de passe actuel incorrect.' },
    });
    expect(await row(me.id)).toEqual(before);
    expect(await prisma().auditLog.count({ where: { action: 'user.password-own', targetId: me.id } })).toBe(0);
    expect(await prisma().auditLog.findFirst({ where: { action: 'auth.failure', targetId: me.id } })).toMatchObject({
      actorId: me.id,
      details: { via: 'profil' },
    });
    expect(await prisma().loginThrottle.findUnique({ where: { key: `email:${me.email}` } })).toMatchObject({ failures: 1 });
    expect(stubs.jar.get(COOKIE)?.options).toBeUndefined();
  });

  it('after five wrong attempts, even the right current password waits', async () => {
    const { changeOwnPasswordAction } = await import('../../lib/actions/profile-actions');
    const me = await signedIn();
    const attempt = (current: string) =>
      changeOwnPasswordAction({ ok: false }, form({ currentPassword: current, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    for (let i = 0; i < 4; i += 1) expect(await attempt('faux-faux-faux')).toMatchObject({ message: 'Mot de passe actuel incorrect.' });
    expect(await attempt('faux-faux-faux')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Trop de tentatives\u00a0: réessayez dans \d+\u00a0secondes\.$/),
    });
    expect(await attempt(PASSWORD)).toMatchObject({ ok: false, message: expect.stringMatching(/^Trop de tentatives/) });
    expect(await verifyPassword((await row(me.id)).passwordHash, PASSWORD)).toBe(true);
  });

  it('under concurrent attempts, checks no more current passwords than the allowance, and refuses the right one once locked', async () => {
    const { changeOwnPasswordAction } = await import('../../lib/actions/profile-actions');
    const me = await signedIn();
    const attempt = (current: string) =>
      changeOwnPasswordAction({ ok: false }, form({ currentPassword: current, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    // Finding 13 of issue #18: thirty at once, the right current password 26th.
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(i === 25 ? PASSWORD : 'faux-faux-faux')));
    expect(results[25]).toMatchObject({ ok: false, message: expect.stringMatching(/^Trop de tentatives/) });
    expect(await prisma().auditLog.count({ where: { action: 'auth.failure', targetId: me.id } })).toBe(5);
    expect(await prisma().auditLog.count({ where: { action: 'auth.locked', targetId: me.id } })).toBe(1);
    expect(await verifyPassword((await row(me.id)).passwordHash, PASSWORD)).toBe(true);
  });

  it('refuses a mismatched confirmation, a weak or unchanged new password, and changes nothing', async () => {
    const { changeOwnPasswordAction } = await import('../../lib/actions/profile-actions');
    const me = await signedIn();
    const before = await row(me.id);

    expect(
      await changeOwnPasswordAction(
        { ok: false },
        form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` }),
      ),
    ).toMatchObject({
      ok: false,
      message: 'Les deux saisies du nouveau mot de passe ne correspondent pas.',
      fieldErrors: { confirmPassword: 'Les deux saisies du nouveau mot de passe ne correspondent pas.' },
    });
    expect(
      await changeOwnPasswordAction(
        { ok: false },
        form({ currentPassword: PASSWORD, newPassword: 'court-11car', confirmPassword: 'court-11car' }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: 'Le mot de passe doit compter au moins 12 caractères.' },
    });
    expect(
      await changeOwnPasswordAction({ ok: false }, form({ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: 'Le nouveau mot de passe doit être différent de l’actuel.' },
    });
    expect(
      await changeOwnPasswordAction({ ok: false }, form({ currentPassword: '', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: 'Saisissez votre mot de passe actuel.' },
    });
    expect(await row(me.id)).toEqual(before);
    expect(await prisma().auditLog.count({ where: { targetId: me.id } })).toBe(0);
  });

  it('changes the hash, bumps the token version (other sessions end) and re-issues the current session', async () => {
    const { changeOwnPasswordAction } = await import('../../lib/actions/profile-actions');
    const { getSessionUser } = await import('../../lib/data/get-session-user');
    const me = await signedIn('EDITOR');
    const oldToken = await decode({ token: stubs.jar.get(COOKIE)?.value, secret: SECRET });
    const { startUserSession } = await import('../../lib/data/user-sessions');
    const elsewhere = await startUserSession(me.id, 3_600);

    const result = await changeOwnPasswordAction(
      { ok: false },
      form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(result).toMatchObject({
      ok: true,
      message: 'Mot de passe changé\u00a0: vos autres sessions sont fermées, celle-ci reste ouverte.',
    });

    const after = await row(me.id);
    expect(after.tokenVersion).toBe(me.tokenVersion + 1);
    expect(after.passwordHash).not.toBe(me.passwordHash);
    expect(after.passwordHash).not.toContain(NEW_PASSWORD);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash, PASSWORD)).toBe(false);
    expect(await prisma().auditLog.findFirstOrThrow({ where: { action: 'user.password-own', targetId: me.id } })).toMatchObject({
      actorId: me.id,
      details: { via: 'profil' },
    });

    // Any session still carrying the old version is nobody now…
    expect(await getSessionUser({ userId: me.id, tokenVersion: me.tokenVersion, sessionId: me.sid })).toBeNull();
    // …but this one got a new cookie: same claims and expiry, the new version.
    const cookie = stubs.jar.get(COOKIE);
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', secure: false });
    const token = await decode({ token: cookie?.value, secret: SECRET });
    expect(token).toMatchObject({ uid: me.id, role: 'EDITOR', email: me.email, tv: after.tokenVersion, sid: me.sid });
    expect(Math.abs(Number(token?.exp) - Number(oldToken?.exp))).toBeLessThanOrEqual(2);
    expect(await getSessionUser({ userId: me.id, tokenVersion: token?.tv as number, sessionId: me.sid })).toMatchObject({ id: me.id });
    // The other session's row has ended as well; this one's stays open.
    expect(await prisma().userSession.findUniqueOrThrow({ where: { id: elsewhere } })).toMatchObject({ revokedAt: expect.any(Date) });
    expect(await prisma().userSession.findUniqueOrThrow({ where: { id: me.sid } })).toMatchObject({ revokedAt: null });
    expect(await getSessionUser({ userId: me.id, tokenVersion: token?.tv as number, sessionId: elsewhere })).toBeNull();
  });
});

describe('« Mon profil » acts on the signed-in account only', () => {
  it('ignores any account named in the form: only the session’s own row changes', async () => {
    const { changeOwnPasswordAction, updateOwnProfileAction } = await import('../../lib/actions/profile-actions');
    const other = await createUser(prisma(), { role: 'ADMIN', passwordHash: await hashPassword(PASSWORD) });
    const otherBefore = await row(other.id);
    const me = await signedIn();

    const hostile = { id: other.id, userId: other.id, email: other.email, slug: other.slug };
    expect(
      await updateOwnProfileAction({ ok: false }, form({ ...hostile, name: 'Nom usurpé', bio: 'Présentation usurpée.' })),
    ).toMatchObject({ ok: true });
    expect(
      await changeOwnPasswordAction(
        { ok: false },
        form({ ...hostile, currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      ),
    ).toMatchObject({ ok: true });

    expect(await row(other.id)).toEqual(otherBefore);
    expect(await row(me.id)).toMatchObject({ name: 'Nom usurpé', bio: 'Présentation usurpée.', tokenVersion: 1 });
    expect(await prisma().auditLog.count({ where: { targetId: other.id } })).toBe(0);
  });

  it('without a valid session: the French « session expirée » message, nothing written', async () => {
    const { changeOwnPasswordAction, updateOwnProfileAction } = await import('../../lib/actions/profile-actions');
    const me = await signedIn();
    const before = await row(me.id);
    // A session from before the last password change (or a role change) is no longer anyone.
    stubs.session.current = { user: { id: me.id, tv: me.tokenVersion - 1, sid: me.sid } };
    expect(await updateOwnProfileAction({ ok: false }, form({ name: 'Intrus', bio: '' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/session a expiré/),
    });
    stubs.session.current = null;
    expect(
      await changeOwnPasswordAction(
        { ok: false },
        form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      ),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/session a expiré/),
    });
    expect(await row(me.id)).toEqual(before);
    expect(await prisma().auditLog.count({ where: { targetId: me.id } })).toBe(0);
  });
});
