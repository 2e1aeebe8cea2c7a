import 'server-only';
import type { PrismaClient } from './generated/prisma/client';
import { createPrismaClient } from './prisma-client';
import { createReadRouter, parseLsn, processWrites, replicaUrls, type TReadRouter } from './read-replicas';

/**
 * The one Prisma client of the app. Only lib/data imports it. Created on first use, not at import,
 * because `next build` imports route modules without a DATABASE_URL.
 */
const globalForDb = globalThis as unknown as { dakarinfoDb?: PrismaClient; dakarinfoReplicaDbs?: PrismaClient[]; dakarinfoReadRouter?: TReadRouter<PrismaClient> };

export function db(): PrismaClient {
  if (!globalForDb.dakarinfoDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL manquant : lancez le site avec « npm start », qui démarre la base intégrée.');
    globalForDb.dakarinfoDb = createPrismaClient(url);
  }
  return globalForDb.dakarinfoDb;
}

/** One client per replica of DATABASE_REPLICA_URLS, in order (for health checks). */
export function replicaDbs(): PrismaClient[] {
  return replicaUrls().map((_, index) => replicaDb(index));
}

function replicaDb(index: number): PrismaClient {
  const urls = replicaUrls();
  globalForDb.dakarinfoReplicaDbs ??= [];
  globalForDb.dakarinfoReplicaDbs[index] ??= createPrismaClient(urls[index] as string);
  return globalForDb.dakarinfoReplicaDbs[index];
}

function router(): TReadRouter<PrismaClient> | null {
  const urls = replicaUrls();
  if (urls.length === 0) return null;
  globalForDb.dakarinfoReadRouter ??= createReadRouter<PrismaClient>({
    primary: db,
    replicas: urls.map((_, index) => () => replicaDb(index)),
    replayedLsn: async (index) => {
      const [row] = await replicaDb(index).$queryRaw<{ lsn: string | null }[]>`SELECT pg_last_wal_replay_lsn()::text AS lsn`;
      return parseLsn(row?.lsn);
    },
    // The positions the invalidation bus notes (lib/server), before every purge.
    writes: processWrites(),
    log: (message) => console.error(message),
  });
  return globalForDb.dakarinfoReadRouter;
}

/**
 * Where readers' pages read: a replica that has replayed every change already purged from the
 * caches (lib/read-replicas.ts), else the primary. The newsroom always uses db().
 */
export async function readDb(): Promise<PrismaClient> {
  return (await router()?.pick()) ?? db();
}
