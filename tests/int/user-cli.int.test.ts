import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyPassword } from '../../lib/auth/password';
import { PROJECT_ROOT } from '../../lib/ops/database-url';
import { createScratchDatabase } from '../../lib/ops/test-database';
import { createPrismaClient } from '../../lib/prisma-client';

type TRun = { code: number | null; stdout: string; stderr: string };

let databaseUrl = '';
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const scratch = await createScratchDatabase(inject('testServerUrl'));
  databaseUrl = scratch.url;
  drop = scratch.drop;
});
afterAll(async () => {
  await drop?.();
});

/** Runs `npm run user -- …` as a child process, stdin not a terminal, on the scratch database. */
function user(args: string[], env: Record<string, string> = {}): Promise<TRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, ...env };
  if (!('PASSWORD' in env)) delete childEnv.PASSWORD;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/user.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: childEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run user', { timeout: 90_000 }, () => {
  it('adds an account with PASSWORD, then lists it', async () => {
    const added = await user(['add', '--email', 'Khady.Ndiaye@Dakarinfo.test', '--name', 'Khady Ndiaye', '--role', 'EDITOR'], {
      PASSWORD: 'un-mot-de-passe-solide',
    });
    expect(added.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Compte créé : khady.ndiaye@dakarinfo.test');

    const listed = await user(['list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('khady.ndiaye@dakarinfo.test');
    expect(listed.stdout).toMatch(/khady\.ndiaye@dakarinfo\.test\s+Khady Ndiaye\s+EDITOR\s+oui/);

    const prisma = createPrismaClient(databaseUrl, 1);
    try {
      const stored = await prisma.user.findUniqueOrThrow({ where: { email: 'khady.ndiaye@dakarinfo.test' } });
      expect(await verifyPassword(stored.passwordHash, 'un-mot-de-passe-solide')).toBe(true);
    } finally {
      await prisma.$disconnect();
    }

    const again = await user(['add', '--email', 'khady.ndiaye@dakarinfo.test', '--name', 'Khady', '--role', 'EDITOR'], {
      PASSWORD: 'un-mot-de-passe-solide',
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Un compte existe déjà pour cette adresse.');
  });

  it('exits 2 with a French usage text on a usage error', async () => {
    for (const args of [[], ['renommer'], ['add', '--email', 'a@dakarinfo.test'], ['list', '--inconnue']]) {
      const run = await user(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Utilisation : npm run user');
      expect(run.stderr).toMatch(/Erreur : /);
    }
  });

  it('exits 1 with a French message on a bad role, an unknown address, or no password available', async () => {
    const badRole = await user(['add', '--email', 'moussa@dakarinfo.test', '--name', 'Moussa', '--role', 'CHEF'], {
      PASSWORD: 'un-mot-de-passe-solide',
    });
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain('Rôle inconnu');
    expect(badRole.stderr).not.toMatch(/\n\s+at /);

    const unknown = await user(['set-role', '--email', 'personne@dakarinfo.test', '--role', 'ADMIN']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Aucun compte pour cette adresse.');

    const noPassword = await user(['add', '--email', 'moussa@dakarinfo.test', '--name', 'Moussa', '--role', 'JOURNALIST']);
    expect(noPassword.code).toBe(1);
    expect(noPassword.stderr).toContain('définissez la variable PASSWORD');
  });

  it('resets a password with --generate and prints the new one', async () => {
    const email = 'ousmane@dakarinfo.test';
    expect(
      (await user(['add', '--email', email, '--name', 'Ousmane Sy', '--role', 'JOURNALIST'], { PASSWORD: 'premier-mot-de-passe' })).code,
    ).toBe(0);
    const reset = await user(['reset-password', '--email', email, '--generate']);
    expect(reset.code).toBe(0);
    const generated = reset.stdout.match(/Nouveau mot de passe : (\S+)/)?.[1];
    expect(generated).toBeTruthy();

    const prisma = createPrismaClient(databaseUrl, 1);
    try {
      const stored = await prisma.user.findUniqueOrThrow({ where: { email } });
      expect(await verifyPassword(stored.passwordHash, generated ?? '')).toBe(true);
      expect(stored.tokenVersion).toBe(1);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('refuses a guessable password, flags the password it sets as temporary, and resets two-step sign-in (reset-2fa)', async () => {
    const email = 'adja.fall@dakarinfo.test';
    const weak = await user(['add', '--email', email, '--name', 'Adja Fall', '--role', 'EDITOR'], { PASSWORD: 'motdepasse123456' });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('Erreur : Ce mot de passe est trop facile à deviner.');
    const ownName = await user(['add', '--email', email, '--name', 'Adja Fall', '--role', 'EDITOR'], { PASSWORD: 'AdjaFall.2024!' });
    expect(ownName.code).toBe(1);
    expect(ownName.stderr).toContain('données personnelles');

    const added = await user(['add', '--email', email, '--name', 'Adja Fall', '--role', 'EDITOR'], {
      PASSWORD: 'Le baobab de Thiès fleurit en mai',
    });
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Ce mot de passe est provisoire');
    const prisma = createPrismaClient(databaseUrl, 1);
    try {
      const stored = await prisma.user.findUniqueOrThrow({ where: { email } });
      expect(stored.mustChangePassword).toBe(true);
      await prisma.user.update({ where: { email }, data: { totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: new Date(), totpLastStep: 1 } });
      await prisma.recoveryCode.create({ data: { userId: stored.id, codeHash: 'a'.repeat(64) } });

      const reset = await user(['reset-2fa', '--email', email.toUpperCase()]);
      expect(reset.code).toBe(0);
      expect(reset.stdout).toContain(`✓ Double authentification de ${email} désactivée`);
      const after = await prisma.user.findUniqueOrThrow({ where: { email } });
      expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, tokenVersion: stored.tokenVersion + 1 });
      expect(await prisma.recoveryCode.count({ where: { userId: stored.id } })).toBe(0);
      expect(await prisma.auditLog.count({ where: { action: 'user.2fa-reset', targetId: stored.id, actorId: null } })).toBe(1);
    } finally {
      await prisma.$disconnect();
    }
    const unknown = await user(['reset-2fa', '--email', 'personne@dakarinfo.test']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Aucun compte pour cette adresse.');
  });
});
