import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client';
import { processBridge } from './process-bridge';

/**
 * Builds a Prisma client on PostgreSQL. The app uses lib/db.ts; command-line scripts call this directly.
 * Its connection pool is listed on lib/process-bridge.ts under `name`, for the metrics (connections in
 * use, idle, waited for); the client's `$disconnect` ends it.
 */
export function createPrismaClient(
  connectionString: string,
  poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10),
  name = 'primary',
): PrismaClient {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  const pools = processBridge().pools;
  for (let index = pools.length - 1; index >= 0; index -= 1) if (pools[index]?.pool.ended) pools.splice(index, 1);
  pools.push({ name, pool });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}
