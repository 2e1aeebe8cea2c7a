import 'server-only';
import type { PrismaClient } from './generated/prisma/client';
import { createPrismaClient } from './prisma-client';

/**
 * The one Prisma client of the app. Only lib/data imports it. Created on first use, not at import,
 * because `next build` imports route modules without a DATABASE_URL.
 */
const globalForDb = globalThis as unknown as { dakarinfoDb?: PrismaClient };

export function db(): PrismaClient {
  if (!globalForDb.dakarinfoDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL manquant : lancez le site avec « npm start », qui démarre la base intégrée.');
    globalForDb.dakarinfoDb = createPrismaClient(url);
  }
  return globalForDb.dakarinfoDb;
}
