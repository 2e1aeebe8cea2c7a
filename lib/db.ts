import 'server-only';
import type { PrismaClient } from './generated/prisma/client';
import { logger } from './log';
import { processBridge } from './process-bridge';
import { createPrismaClient } from './prisma-client';
import { createReadRouter, parseLsn, processWrites, replicaUrls, type TReadRouter } from './read-replicas';

/**
 * The one Prisma client of the app. Only lib/data imports it. Created on first use, not at import,
 * because `next build` imports route modules without a DATABASE_URL.
 */
const databases = () => processBridge().databases;

export function db(): PrismaClient {
  const shared = databases();
  if (!shared.primary) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL manquant : lancez le site avec « npm start », qui démarre la base intégrée.');
    shared.primary = createPrismaClient(url);
  }
  return shared.primary;
}

/** One client per replica of DATABASE_REPLICA_URLS, in order (for health checks). */
export function replicaDbs(): PrismaClient[] {
  return replicaUrls().map((_, index) => replicaDb(index));
}

function replicaDb(index: number): PrismaClient {
  const urls = replicaUrls();
  const shared = databases();
  shared.replicas[index] ??= createPrismaClient(urls[index] as string, undefined, `replica-${index + 1}`);
  return shared.replicas[index];
}

function router(): TReadRouter<PrismaClient> | null {
  const urls = replicaUrls();
  if (urls.length === 0) return null;
  const shared = databases();
  shared.router ??= createReadRouter<PrismaClient>({
    primary: db,
    replicas: urls.map((_, index) => () => replicaDb(index)),
    replayedLsn: async (index) => {
      const [row] = await replicaDb(index).$queryRaw<{ lsn: string | null }[]>`SELECT pg_last_wal_replay_lsn()::text AS lsn`;
      return parseLsn(row?.lsn);
    },
    // The positions the invalidation bus notes (lib/server), before every purge.
    writes: processWrites(),
    log: (message) => logger().warn({ event: 'replica' }, message),
  });
  return shared.router;
}

/** Closes this process's database clients (the server at shutdown, tests between files). */
export async function disconnectDatabases(): Promise<void> {
  const shared = databases();
  const clients = [shared.primary, ...shared.replicas].filter((client): client is PrismaClient => client !== null && client !== undefined);
  shared.primary = null;
  shared.replicas = [];
  shared.router = null;
  await Promise.all(clients.map((client) => client.$disconnect().catch(() => {})));
}

/**
 * Where readers' pages read: a replica that has replayed every change already purged from the
 * caches (lib/read-replicas.ts), else the primary. The newsroom always uses db().
 */
export async function readDb(): Promise<PrismaClient> {
  return (await router()?.pick()) ?? db();
}
