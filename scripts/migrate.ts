/** `npm run db:migrate`: apply the committed migrations to DATABASE_URL, or to the embedded database. */
import { resolveDatabase } from '../lib/ops/database-url';
import { migrate } from '../lib/ops/migrate';

const { url, embedded } = await resolveDatabase((m) => console.log(`▸ ${m}`));
try {
  const result = await migrate(url, { log: (m) => console.log(`▸ ${m}`) });
  console.log(result.applied.length ? `✓ ${result.applied.length} migration(s) appliquée(s).` : '✓ Schéma à jour.');
} finally {
  if (embedded?.owned) await embedded.stop();
}
