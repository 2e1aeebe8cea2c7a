import 'server-only';
import { db, disconnectDatabases, replicaDbs } from '../db';
import { parseLsn } from '../read-replicas';

/** True when PostgreSQL answers a trivial query within `timeoutMs`. */
export async function checkDatabase(timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export type TReplicaHealth = { etat: 'à jour' | 'en retard' | 'injoignable' | 'pas une réplique'; retardOctets?: number };

/**
 * Each read replica (DATABASE_REPLICA_URLS), for /api/health: how far its replay is behind the
 * primary's WAL, in bytes. Readiness does not depend on it: without a fresh replica, the primary serves.
 */
export async function checkReplicas(timeoutMs = 2_000): Promise<TReplicaHealth[]> {
  const replicas = replicaDbs();
  if (replicas.length === 0) return [];
  const withTimeout = <T>(work: Promise<T>) =>
    Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref())]);
  const [primary] = await withTimeout(db().$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`).catch(
    () => [] as { lsn: string }[],
  );
  const written = parseLsn(primary?.lsn);
  return Promise.all(
    replicas.map(async (replica): Promise<TReplicaHealth> => {
      try {
        const [row] = await withTimeout(
          replica.$queryRaw<
            { standby: boolean; lsn: string | null }[]
          >`SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS lsn`,
        );
        if (!row?.standby) return { etat: 'pas une réplique' };
        const replayed = parseLsn(row.lsn);
        if (written === null || replayed === null) return { etat: 'en retard' };
        const behind = written > replayed ? Number(written - replayed) : 0;
        return { etat: behind === 0 ? 'à jour' : 'en retard', retardOctets: behind };
      } catch {
        return { etat: 'injoignable' };
      }
    }),
  );
}

/** Closes this process's connections to the primary and the replicas (the server, at shutdown). */
export function closeDatabases(): Promise<void> {
  return disconnectDatabases();
}
