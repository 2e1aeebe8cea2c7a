import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../lib/auth/password';
import { addUser, deactivateUser, listUsers, resetPassword, setRole, UserAdminError } from '../../lib/ops/user-admin';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();

const PASSWORD = 'correct-horse-battery';
let counter = 0;
const uniqueEmail = () => `compte-${Date.now().toString(36)}-${(counter += 1)}@dakarinfo.test`;

async function counts() {
  return { users: await prisma().user.count(), audits: await prisma().auditLog.count() };
}

describe('user administration', () => {
  it('adds a user (lower-cased address, hashed password, audit row) and lists it', async () => {
    const email = uniqueEmail();
    const user = await addUser(prisma(), { email: `  ${email.toUpperCase()} `, name: 'Fatou Diop', role: 'EDITOR', password: PASSWORD });
    expect(user).toMatchObject({ email, name: 'Fatou Diop', role: 'EDITOR', active: true });

    const stored = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(true);
    expect(stored.tokenVersion).toBe(0);

    const listed = await listUsers(prisma());
    expect(listed.find((u) => u.email === email)).toMatchObject({ name: 'Fatou Diop', role: 'EDITOR', active: true });
    expect(listed[0]).not.toHaveProperty('passwordHash');

    const audits = await prisma().auditLog.findMany({ where: { targetId: user.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, action: 'user.create', targetType: 'user', details: { via: 'cli', role: 'EDITOR' } });
  });

  it('refuses a duplicate address, whatever its case, and writes nothing', async () => {
    const email = uniqueEmail();
    await addUser(prisma(), { email, name: 'Moussa Sarr', role: 'JOURNALIST', password: PASSWORD });
    const before = await counts();
    const attempt = addUser(prisma(), { email: email.toUpperCase(), name: 'Autre Moussa', role: 'ADMIN', password: PASSWORD });
    await expect(attempt).rejects.toThrow(UserAdminError);
    await expect(attempt).rejects.toThrow('Un compte existe déjà pour cette adresse.');
    expect(await counts()).toEqual(before);
  });

  it('refuses a short password, an invalid address, an empty or long name, and writes nothing', async () => {
    const before = await counts();
    const email = uniqueEmail();
    await expect(addUser(prisma(), { email, name: 'Awa Ba', role: 'JOURNALIST', password: 'court-11car' })).rejects.toThrow(
      'Le mot de passe doit compter au moins 12 caractères.',
    );
    await expect(addUser(prisma(), { email: 'pas-une-adresse', name: 'Awa Ba', role: 'JOURNALIST', password: PASSWORD })).rejects.toThrow(
      UserAdminError,
    );
    await expect(addUser(prisma(), { email, name: '   ', role: 'JOURNALIST', password: PASSWORD })).rejects.toThrow(
      'Le nom est obligatoire.',
    );
    await expect(addUser(prisma(), { email, name: 'x'.repeat(121), role: 'JOURNALIST', password: PASSWORD })).rejects.toThrow(
      UserAdminError,
    );
    expect(await counts()).toEqual(before);
    expect(await prisma().user.findUnique({ where: { email } })).toBeNull();
  });

  it('refuses an unknown role, on creation and on change, and writes nothing', async () => {
    const email = uniqueEmail();
    await expect(addUser(prisma(), { email, name: 'Ibou Fall', role: 'SUPERADMIN', password: PASSWORD })).rejects.toThrow(/Rôle inconnu/);
    await expect(addUser(prisma(), { email, name: 'Ibou Fall', role: 'admin', password: PASSWORD })).rejects.toThrow(UserAdminError);
    expect(await prisma().user.findUnique({ where: { email } })).toBeNull();

    const user = await addUser(prisma(), { email, name: 'Ibou Fall', role: 'JOURNALIST', password: PASSWORD });
    const before = await counts();
    await expect(setRole(prisma(), email, 'ROOT')).rejects.toThrow(/Rôle inconnu/);
    expect(await counts()).toEqual(before);
    expect(await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: 'JOURNALIST', tokenVersion: 0 });
  });

  it('changes a role, ends the sessions (tokenVersion) and writes an audit row', async () => {
    const email = uniqueEmail();
    const user = await addUser(prisma(), { email, name: 'Ndeye Faye', role: 'JOURNALIST', password: PASSWORD });
    const updated = await setRole(prisma(), email.toUpperCase(), 'EDITOR');
    expect(updated.role).toBe('EDITOR');
    expect(await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: 'EDITOR', tokenVersion: 1 });
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { targetId: user.id, action: 'user.role' } });
    expect(audit).toMatchObject({ actorId: null, targetType: 'user', details: { via: 'cli', role: 'EDITOR', previousRole: 'JOURNALIST' } });
  });

  it('deactivates an account, ends its sessions and writes an audit row', async () => {
    const email = uniqueEmail();
    const user = await addUser(prisma(), { email, name: 'Cheikh Ndiaye', role: 'EDITOR', password: PASSWORD });
    const updated = await deactivateUser(prisma(), email);
    expect(updated.active).toBe(false);
    expect(await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: false, tokenVersion: 1 });
    expect(
      await prisma().auditLog.count({ where: { targetId: user.id, action: 'user.deactivate', actorId: null, targetType: 'user' } }),
    ).toBe(1);
    expect((await listUsers(prisma())).find((u) => u.email === email)?.active).toBe(false);
  });

  it('resets a password: new hash, old password refused, sessions ended, audit row without the password', async () => {
    const email = uniqueEmail();
    const user = await addUser(prisma(), { email, name: 'Aminata Sow', role: 'ADMIN', password: PASSWORD });
    const oldHash = (await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    await resetPassword(prisma(), email, 'un-tout-nouveau-secret');
    const stored = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toBe(oldHash);
    expect(await verifyPassword(stored.passwordHash, 'un-tout-nouveau-secret')).toBe(true);
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(false);
    expect(stored.tokenVersion).toBe(1);
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { targetId: user.id, action: 'user.password' } });
    expect(audit).toMatchObject({ actorId: null, targetType: 'user', details: { via: 'cli' } });
    expect(JSON.stringify(audit.details)).not.toContain('un-tout-nouveau-secret');

    const before = await counts();
    await expect(resetPassword(prisma(), email, 'trop-court')).rejects.toThrow('Le mot de passe doit compter au moins 12 caractères.');
    expect(await counts()).toEqual(before);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).tokenVersion).toBe(1);
  });

  it('refuses unknown addresses with a French message and writes nothing', async () => {
    const before = await counts();
    const nobody = uniqueEmail();
    await expect(setRole(prisma(), nobody, 'ADMIN')).rejects.toThrow('Aucun compte pour cette adresse.');
    await expect(deactivateUser(prisma(), nobody)).rejects.toThrow('Aucun compte pour cette adresse.');
    await expect(resetPassword(prisma(), nobody, PASSWORD)).rejects.toThrow('Aucun compte pour cette adresse.');
    expect(await counts()).toEqual(before);
  });

  it('gives two people with the same name distinct author slugs', async () => {
    const name = 'Mame Diarra Guèye';
    const first = await addUser(prisma(), { email: uniqueEmail(), name, role: 'JOURNALIST', password: PASSWORD });
    const second = await addUser(prisma(), { email: uniqueEmail(), name, role: 'JOURNALIST', password: PASSWORD });
    const third = await addUser(prisma(), { email: uniqueEmail(), name, role: 'EDITOR', password: PASSWORD });
    expect(first.slug).toBe('mame-diarra-gueye');
    expect(second.slug).toBe('mame-diarra-gueye-2');
    expect(third.slug).toBe('mame-diarra-gueye-3');

    // A long name still gives a slug a URL accepts (80 characters at most), suffix included.
    const long = 'Abdoulaye '.repeat(12).trim();
    const a = await addUser(prisma(), { email: uniqueEmail(), name: long, role: 'JOURNALIST', password: PASSWORD });
    const b = await addUser(prisma(), { email: uniqueEmail(), name: long, role: 'JOURNALIST', password: PASSWORD });
    expect(a.slug.length).toBeLessThanOrEqual(80);
    expect(b.slug.length).toBeLessThanOrEqual(80);
    expect(b.slug).toMatch(/-2$/);
    expect(b.slug).not.toBe(a.slug);
  });
});
