/**
 * `npm run backup [-- --out FILE]`: a timestamped backup of DATABASE_URL or the embedded database,
 * by default in .data/sauvegardes/dakarinfo-AAAAMMJJ-HHMMSS.json.gz.
 * `npm run restore -- FILE --oui`: replaces all the data with the backup's (one transaction).
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, restoreDatabase } from '../lib/ops/backup';
import { DATA_DIR, resolveDatabase } from '../lib/ops/database-url';

const restore = process.argv.includes('--restore');
const { values, positionals } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--restore'), options: { out: { type: 'string' }, oui: { type: 'boolean' } }, allowPositionals: true });

async function main() {
  if (restore && !positionals[0]) throw new Error('Utilisation : npm run restore -- FICHIER --oui');
  if (restore && !values.oui) throw new Error('La restauration remplace toutes les données actuelles : relancez avec --oui pour confirmer.');
  const { url, embedded } = await resolveDatabase((m) => console.error(`▸ ${m}`));
  try {
    if (restore) {
      const file = path.resolve(positionals[0] as string);
      const header = await restoreDatabase(url, file);
      console.log(`✓ Restauré depuis ${file} (sauvegarde du ${header.createdAt}) : ${Object.entries(header.counts).map(([t, n]) => `${t} ${n}`).join(', ')}.`);
      console.log('  Redémarrez le site (ou attendez une publication) pour vider le cache des pages.');
    } else {
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const file = path.resolve(values.out ?? path.join(DATA_DIR, 'sauvegardes', `dakarinfo-${stamp}.json.gz`));
      mkdirSync(path.dirname(file), { recursive: true });
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
