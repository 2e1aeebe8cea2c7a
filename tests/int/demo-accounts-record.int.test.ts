import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../lib/auth/password';
import { seedDemoWithRecord } from '../../lib/ops/demo-accounts';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();
const scratch = mkdtempSync(path.join(tmpdir(), 'dakarinfo-record-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * The demo newsroom and the record of its passwords are one step: a newsroom whose passwords nobody
 * was shown must never be left behind (a first start with DATABASE_URL had no `.data/` to write into).
 */
describe('demo newsroom and the record of its passwords', () => {
  it('a record that cannot be written leaves the database unseeded', { timeout: 90_000 }, async () => {
    const blocker = path.join(scratch, 'not-a-folder');
    writeFileSync(blocker, 'a file where the data folder should be');
    await expect(seedDemoWithRecord(prisma(), path.join(blocker, '.data'))).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(await prisma().article.count()).toBe(0);
    expect(await prisma().user.count()).toBe(0);
    expect(await prisma().rubrique.count()).toBe(0);
    expect(await prisma().image.count()).toBe(0);
  });

  it(
    'the next start seeds it, writing the record into a folder it creates; the passwords there open the accounts',
    { timeout: 90_000 },
    async () => {
      const dataDir = path.join(scratch, 'fresh-checkout', '.data');
      const result = await seedDemoWithRecord(prisma(), dataDir);
      expect(result.seeded).toBe(true);
      expect(result.file).toBe(path.join(dataDir, 'demo-accounts.txt'));
      const record = readFileSync(path.join(dataDir, 'demo-accounts.txt'), 'utf8');
      expect(statSync(path.join(dataDir, 'demo-accounts.txt')).mode & 0o777).toBe(0o600);
      expect(result.accounts).toHaveLength(3);
      for (const account of result.accounts) {
        expect(record).toContain(`${account.email} / ${account.password}`);
        const user = await prisma().user.findUniqueOrThrow({ where: { email: account.email } });
        expect(await verifyPassword(user.passwordHash, account.password)).toBe(true);
      }
      expect(await prisma().article.count()).toBeGreaterThan(40);

      // Seeded already: nothing changes, the record stays as it was.
      const again = await seedDemoWithRecord(prisma(), dataDir);
      expect(again.seeded).toBe(false);
      expect(readFileSync(path.join(dataDir, 'demo-accounts.txt'), 'utf8')).toBe(record);
    },
  );
});
