/** `npm run db:seed`: create the demo newsroom on an empty database (DATABASE_URL or embedded). */
import path from 'node:path';
import { DATA_DIR, PROJECT_ROOT, resolveDatabase } from '../lib/ops/database-url';
import { demoAccountsText, seedDemoWithRecord } from '../lib/ops/demo-accounts';
import { migrate } from '../lib/ops/migrate';
import { createPrismaClient } from '../lib/prisma-client';

const { url, embedded } = await resolveDatabase((m) => console.log(`▸ ${m}`));
const prisma = createPrismaClient(url, 2);
try {
  await migrate(url);
  const { seeded, accounts, file } = await seedDemoWithRecord(prisma, DATA_DIR);
  if (!seeded) console.log('La base contient déjà des articles : rien à faire.');
  else
    console.log(
      `✓ Rédaction de démonstration créée. Comptes (gardés dans ${path.relative(PROJECT_ROOT, file)}) :\n${demoAccountsText(accounts)}`,
    );
} finally {
  await prisma.$disconnect();
  if (embedded?.owned) await embedded.stop();
}
