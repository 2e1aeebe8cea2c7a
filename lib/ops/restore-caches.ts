/**
 * After a restore, every cache shows what the database no longer holds. With REDIS_URL: the pages
 * shared in Redis, and every running instance's own page cache (through the purge channel);
 * then, last as for any purge, the CDN in front (PURGE_URL). Without Redis, the instances' caches are in
 * their memory: the site must be restarted, and the CDN emptied after that (`npm run restore -- --vider-cdn`),
 * or it would fetch the old pages again from an instance not yet restarted.
 */
import pg from 'pg';
import { readWritePosition } from '../read-replicas';
import { clearSharedCaches, varnishBanAll } from '../server/invalidation-bus';

type TLog = { log(message: string): void; error(message: string): void };

/** True when every cache that could be reached was emptied. */
export async function clearCachesAfterRestore(
  env: { REDIS_URL?: string; REDIS_PREFIX?: string; PURGE_URL?: string },
  out: TLog,
  /** With read replicas: where the restore ends in the primary's WAL, so no instance reads a replica behind it. */
  writePosition?: () => Promise<bigint | null>,
): Promise<boolean> {
  let ok = true;
  if (!env.REDIS_URL) {
    out.log('  Redémarrez le site : ses caches (en mémoire) montrent encore les anciennes pages.');
    if (env.PURGE_URL) out.log('  Puis videz le cache HTTP devant le site (PURGE_URL) : npm run restore -- --vider-cdn');
    return ok;
  }
  try {
    let lsn: bigint | null = null;
    for (let attempt = 0; writePosition && lsn === null && attempt < 3; attempt += 1) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 500));
      lsn = await writePosition().catch(() => null);
    }
    // Unknown: the caches are emptied all the same, and every instance reads from the primary for a minute.
    const hold = Boolean(writePosition) && lsn === null;
    if (hold) {
      out.error(
        '✗ Position de la restauration dans le journal de la base principale illisible : les instances liront la base principale pendant une minute. Vérifiez que les répliques ont rattrapé (/api/health).',
      );
      ok = false;
    }
    const { instances } = await clearSharedCaches(env.REDIS_URL, env.REDIS_PREFIX || undefined, lsn, hold);
    out.log(`✓ Caches vidés : pages et données partagées dans Redis, et ${instances} instance(s) en marche.`);
  } catch (error) {
    out.error(
      `✗ Les caches n’ont pas pu être vidés (${(error as Error).message}) : redémarrez chaque instance et videz Redis (préfixe ${env.REDIS_PREFIX || 'dakarinfo:'}).`,
    );
    ok = false;
  }
  if (env.PURGE_URL) ok = (await emptyCdn(env.PURGE_URL, out)) && ok;
  return ok;
}

/** Every page out of the CDN (a BAN of everything, varnish/default.vcl). */
export async function emptyCdn(purgeUrl: string, out: TLog): Promise<boolean> {
  try {
    await varnishBanAll(purgeUrl);
    out.log(`✓ Cache HTTP vidé (BAN envoyé à ${purgeUrl}).`);
    return true;
  } catch (error) {
    out.error(
      `✗ Le cache HTTP (PURGE_URL) n’a pas pu être vidé (${(error as Error).message}) : videz-le à la main, il garde les pages d’avant.`,
    );
    return false;
  }
}

/** The primary's current WAL position (`pg_current_wal_insert_lsn()`). */
export async function primaryWritePosition(databaseUrl: string): Promise<bigint | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await readWritePosition(client);
  } finally {
    await client.end();
  }
}
