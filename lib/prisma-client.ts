import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

/** Builds a Prisma client on PostgreSQL. The app uses lib/db.ts; command-line scripts call this directly. */
export function createPrismaClient(connectionString: string, poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10)): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}
