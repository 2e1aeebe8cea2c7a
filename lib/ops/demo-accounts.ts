/**
 * The demo newsroom and the record of its generated passwords (`.data/demo-accounts.txt`), as one
 * step: the record is written (into a folder created if needed) inside the seed's transaction, before
 * it commits, so a record that cannot be written leaves the database empty and the next start tries
 * again. Should the commit itself fail after the record was written, the database is still empty:
 * the next start seeds it and writes a new record over the old one.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '../generated/prisma/client';
import { seedDemoNewsroom, type TDemoAccount } from '../../prisma/seed';

export const DEMO_ACCOUNTS_FILE = 'demo-accounts.txt';

const ROLES: Record<string, string> = { ADMIN: 'administrateur', EDITOR: 'éditrice', JOURNALIST: 'journaliste' };

export function demoAccountsText(accounts: TDemoAccount[]): string {
  return accounts.map((a) => `  ${ROLES[a.role] ?? a.role} : ${a.email} / ${a.password}`).join('\n');
}

/** Written whole or not at all (a temporary file, flushed, then renamed), readable by its owner only. */
export function writeDemoAccountsRecord(dataDir: string, accounts: TDemoAccount[]): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DEMO_ACCOUNTS_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    try {
      writeSync(
        fd,
        `Comptes de démonstration de Dakarinfo (mots de passe générés à la création de la rédaction)\n${demoAccountsText(accounts)}\n`,
      );
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return file;
}

export async function seedDemoWithRecord(
  prisma: PrismaClient,
  dataDir: string,
): Promise<{ seeded: boolean; accounts: TDemoAccount[]; file: string }> {
  const file = path.join(dataDir, DEMO_ACCOUNTS_FILE);
  const { seeded, accounts } = await seedDemoNewsroom(prisma, { record: (created) => void writeDemoAccountsRecord(dataDir, created) });
  return { seeded, accounts, file };
}
