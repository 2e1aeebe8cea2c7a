/**
 * The topology's PostgreSQL: a primary (embedded, lib/ops/embedded-postgres.ts) and a streaming
 * replica of it, made afresh each time (a copy of the cluster, then streaming from a slot).
 */
import { rmSync } from 'node:fs';
import { startEmbeddedReplica, type TEmbeddedPostgres } from '../../lib/ops/embedded-postgres';

/** The address of `database` on `server` (an embedded server's admin address). */
export function databaseOn(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A streaming replica of `primary` in `dataDir` (emptied first); the replica and `database`'s address on it. */
export async function startReplicaOf(
  primary: TEmbeddedPostgres,
  options: { primaryDataDir: string; dataDir: string; database: string; log?: (message: string) => void },
): Promise<{ replica: TEmbeddedPostgres; url: string }> {
  rmSync(options.dataDir, { recursive: true, force: true });
  const replica = await startEmbeddedReplica({
    primary,
    primaryDataDir: options.primaryDataDir,
    dataDir: options.dataDir,
    log: options.log,
  });
  return { replica, url: databaseOn(replica.adminUrl, options.database) };
}
