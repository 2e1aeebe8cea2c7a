/**
 * `npm run backup [-- --out FILE] [--format pg_dump|sql]`: a timestamped backup of DATABASE_URL or
 * the embedded database, in .data/sauvegardes/:
 *   - dakarinfo-AAAAMMJJ-HHMMSS.dump: pg_dump's custom format, when pg_dump is installed and at least
 *     as new as the server (a configured PostgreSQL, say);
 *   - dakarinfo-AAAAMMJJ-HHMMSS.json.gz otherwise (the embedded PostgreSQL 18, for which no pg_dump
 *     is shipped): every row in one consistent snapshot, by lib/ops/backup.ts.
 * `npm run restore -- FILE --oui`: replaces everything with the backup's content, in one transaction
 * (pg_restore --single-transaction for a .dump); the format is recognised from the file itself.
 *   Then the caches: with REDIS_URL, the shared ones and every running instance's, then the CDN in
 *   front (PURGE_URL, a BAN of everything); without, the site must be restarted, and
 * `npm run restore -- --vider-cdn` empties the CDN afterwards.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, restoreDatabase } from '../lib/ops/backup';
import { DATA_DIR, resolveDatabase } from '../lib/ops/database-url';
import { isPgDumpFile, pgDump, pgRestore, pgToolsFor } from '../lib/ops/pg-dump';
import { clearCachesAfterRestore, emptyCdn, primaryWritePosition } from '../lib/ops/restore-caches';
import { replicaUrls } from '../lib/read-replicas';

const restore = process.argv.includes('--restore');
const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--restore'),
  options: { out: { type: 'string' }, oui: { type: 'boolean' }, format: { type: 'string' }, 'vider-cdn': { type: 'boolean' } },
  allowPositionals: true,
});

async function main() {
  if (restore && values['vider-cdn']) {
    if (!process.env.PURGE_URL) throw new Error('PURGE_URL n’est pas défini : aucun cache HTTP à vider.');
    if (!(await emptyCdn(process.env.PURGE_URL, console))) process.exitCode = 1;
    return;
  }
  if (restore && !positionals[0]) throw new Error('Utilisation : npm run restore -- FICHIER --oui');
  if (restore && !values.oui)
    throw new Error('La restauration remplace toutes les données actuelles : relancez avec --oui pour confirmer.');
  if (values.format && !['pg_dump', 'sql'].includes(values.format)) throw new Error('--format : « pg_dump » ou « sql ».');
  const { url, embedded } = await resolveDatabase((m) => console.error(`▸ ${m}`));
  try {
    if (restore) {
      const file = path.resolve(positionals[0] as string);
      if (isPgDumpFile(file)) {
        pgRestore(url, file);
        console.log(`✓ Restauré depuis ${file} (pg_restore, une seule transaction).`);
      } else {
        const header = await restoreDatabase(url, file);
        console.log(
          `✓ Restauré depuis ${file} (sauvegarde du ${header.createdAt}) : ${Object.entries(header.counts)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')}.`,
        );
      }
      // With read replicas, instances must not read the old data back from a replica still replaying the restore.
      const writePosition = replicaUrls().length ? () => primaryWritePosition(url) : undefined;
      if (
        !(await clearCachesAfterRestore(
          { REDIS_URL: process.env.REDIS_URL, REDIS_PREFIX: process.env.REDIS_PREFIX, PURGE_URL: process.env.PURGE_URL },
          console,
          writePosition,
        ))
      )
        process.exitCode = 1;
      return;
    }
    const tools = values.format === 'sql' ? null : await pgToolsFor(url);
    if (values.format === 'pg_dump' && !tools?.usable)
      throw new Error(`pg_dump inutilisable ici : ${tools && !tools.usable ? tools.reason : ''}.`);
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const extension = tools?.usable ? 'dump' : 'json.gz';
    const file = path.resolve(values.out ?? path.join(DATA_DIR, 'sauvegardes', `dakarinfo-${stamp}.${extension}`));
    mkdirSync(path.dirname(file), { recursive: true });
    if (tools?.usable) {
      pgDump(url, file);
      console.log(`✓ Sauvegarde pg_dump ${tools.version} écrite : ${file} (${(statSync(file).size / 1024).toFixed(0)} Kio).`);
    } else {
      if (tools) console.error(`▸ ${tools.reason} : sauvegarde en SQL par Dakarinfo.`);
      const header = await backupDatabase(url, file);
      console.log(`✓ Sauvegarde écrite : ${file} (${(statSync(file).size / 1024).toFixed(0)} Kio, ${header.counts.Article} articles).`);
    }
  } finally {
    if (embedded?.owned) await embedded.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
