import { afterAll, beforeAll, inject } from 'vitest';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { disconnectDatabases } from '../../lib/db';
import { createScratchDatabase } from '../../lib/ops/test-database';
import { createPrismaClient } from '../../lib/prisma-client';

/**
 * Gives the calling test file its own migrated, empty database, and points DATABASE_URL (hence
 * lib/db.ts) at it. Import lib/data modules after calling this, inside the tests.
 */
export function withScratchDatabase(): { prisma: () => PrismaClient } {
  let prisma: PrismaClient | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const scratch = await createScratchDatabase(inject('testServerUrl'));
    drop = scratch.drop;
    process.env.DATABASE_URL = scratch.url;
    prisma = createPrismaClient(scratch.url, 3);
  });
  afterAll(async () => {
    await disconnectDatabases();
    await prisma?.$disconnect();
    await drop?.();
  });
  return {
    prisma: () => {
      if (!prisma) throw new Error('withScratchDatabase: base pas encore prête');
      return prisma;
    },
  };
}
